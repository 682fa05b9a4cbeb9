// Table layouts met in the development corpus, redrawn here so that each failure they caused
// stays fixed: shaded header cells over an unruled body, figures set a few points apart, a
// contents page without dot leaders, a stack of small tables under shaded captions, rules drawn
// over shaded cells, an action tracker of wrapped prose under a shaded header, a dark header band
// over a body ruled between rows, a table in one column of two, tables side by side under their
// own captions, an organisation chart of ruled boxes. Every expected row is what the test drew.

#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include "pdf/pdf_document.h"
#include "pdf/rulings.h"
#include "pdf/table_detector.h"
#include "pdf/table_extractor.h"
#include "pdf/table_rejection.h"
#include "pdf/text_chunks.h"
#include "support/fixture_pdf.h"
#include "support/table_devset.h"

using sbw::pdf::Table;

namespace {

QFont font(double points, bool bold = false) {
  QFont f(QStringLiteral("DejaVu Sans"));
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

// Text with its left end at x and its baseline at y.
void text(QPainter& p, double x, double y, const QString& s) { p.drawText(QPointF(x, y), s); }

QStringList rowOf(const Table& table, int row) {
  QStringList out;
  for (const std::string& cell : table.rowTexts(row)) out << QString::fromStdString(cell);
  return out;
}

std::vector<Table> tablesOf(const QString& path) {
  return sbw::pdf::extractTables(sbw::pdf::PdfDocument::open(path.toStdString()));
}

sbw::pdf::Word word(const char* text, double x1, double x2) {
  return {text, {x1, 100, x2, 110}, "", 10, false, false, true};
}

}  // namespace

class TestPdfTableLayouts : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }
  // The generated development set (support/table_devset.h): each boundary and rejection rule
  // has a page of its own there, drawn by Qt's writer or typeset by LibreOffice.
  std::vector<Table> devset(const QString& name) const { return tablesOf(dir_.filePath("devset/" + name + ".pdf")); }
  bool reachesDetection(const QString& name) const {
    const auto document = sbw::pdf::PdfDocument::open(dir_.filePath("devset/" + name + ".pdf").toStdString());
    return sbw::pdf::mayHoldTable(document.words(0));
  }
  void rejected(const QString& name) const {
    QVERIFY2(reachesDetection(name), qPrintable(name + " never reaches detection"));
    QCOMPARE(devset(name).size(), size_t(0));
  }

 private Q_SLOTS:
  void initTestCase() { QCOMPARE(sbw::test::writeTableDevSet(dir_.filePath("devset")), 26); }

  void captionBetweenStackedTablesKeepsThemApart() {
    const auto tables = devset("qt-unruled-stacked");
    QCOMPARE(tables.size(), size_t(2));
    QCOMPARE(rowOf(tables[0], 0), QStringList({"Source", "Q1", "Q2", "Q3", "Q4"}));
    QCOMPARE(rowOf(tables[1], 0), QStringList({"Area", "2017", "2018", "2019"}));
    QVERIFY(tables[0].bbox.y2 < tables[1].bbox.y1);
  }

  void tablesSideBySideStayTwo() {
    const auto tables = devset("qt-side-by-side");
    QCOMPARE(tables.size(), size_t(2));
    QCOMPARE(tables[0].columnCount, 3);
    QCOMPARE(tables[1].columnCount, 3);
    QVERIFY(tables[0].bbox.x2 < tables[1].bbox.x1);
    // Each is as wide as the rule under its header, which reaches past its text.
    QVERIFY(tables[0].bbox.x1 <= 61);
  }

  void tableContinuedOnTheNextPageIsLinked() {
    const auto tables = devset("qt-page-break");
    QCOMPARE(tables.size(), size_t(2));
    QCOMPARE(tables[0].page, 1);
    QCOMPARE(tables[1].page, 2);
    QCOMPARE(tables[1].continues, std::optional<int>(0));
    QCOMPARE(tables[0].rowCount + tables[1].rowCount, 42);  // 41 rows and the header repeated
  }

  void spanningHeaderOverTwoLevelsOfColumns() {
    const auto tables = devset("qt-booktabs-spans");
    QCOMPARE(tables.size(), size_t(1));
    QCOMPARE(tables[0].columnCount, 5);
    const sbw::pdf::TableCell* span = tables[0].cellAt(0, 1);
    QVERIFY(span != nullptr);
    QCOMPARE(QString::fromStdString(span->text), QString("2017-18"));
    QCOMPARE(span->colspan, 2);
    QCOMPARE(tables[0].headerRows, 2);
  }

  void centredHeadersSetApartAreSeparateCells() {
    // LibreOffice: column labels centred over right-aligned figures come out as one phrase; the
    // gaps between them are wider than a word space, which a spanning label's are not.
    const auto tables = devset("lo-tables");
    QCOMPARE(tables.size(), size_t(5));
    QCOMPARE(rowOf(tables[1], 0), QStringList({"Locality", "January", "February", "March"}));
    // Header words LibreOffice broke over two lines of a narrow cell ("Numbe" over "r") are one.
    QCOMPARE(rowOf(tables[2], 1), QStringList({"Borough", "Number", "Share", "Number", "Share"}));
    QCOMPARE(tables[4].continues, std::optional<int>(3));
  }

  void fontChangeSplitsGluedColumns() {
    // The widest bold label touches its figure; the change of font is where the cell ends.
    const auto tables = devset("qt-glued-columns");
    QCOMPARE(tables.size(), size_t(1));
    QCOMPARE(tables[0].columnCount, 3);
    QCOMPARE(rowOf(tables[0], 2), QStringList({"Re-referrals within 12 months", "1229", "1236"}));
  }

  void keyFactsAreNotATable() { rejected("qt-key-facts"); }

  void headingBetweenTwoHeaderRulesKeepsTwoTables() {
    const auto tables = devset("qt-stacked-headings");
    QCOMPARE(tables.size(), size_t(2));
    QCOMPARE(rowOf(tables[0], 0), QStringList({"Month", "2017-18", "2018-19"}));
    QCOMPARE(rowOf(tables[1], 0), QStringList({"Team", "2017-18", "2018-19"}));
  }

  void rulesBetweenRowsKeepTheHeaderAndTheLastRow() {
    const auto tables = devset("qt-between-rows");
    QCOMPARE(tables.size(), size_t(1));
    QCOMPARE(tables[0].rowCount, 6);
    QCOMPARE(rowOf(tables[0], 0), QStringList({"No.", "Action", "Lead", "Due", "Per cent"}));
    QCOMPARE(rowOf(tables[0], 3),
             QStringList({"3", "Publish the learning from the thematic review of adolescents in the newsletter",
                          "Manager", "Apr 2019", "90%"}));
    QCOMPARE(rowOf(tables[0], 5),
             QStringList({"5", "Report on missing episodes to the Executive", "Police", "May 2019", "55%"}));
  }

  void headerGridOverRuledBodyIsOneTable() {
    const auto tables = devset("qt-header-grid");
    QCOMPARE(tables.size(), size_t(1));
    QCOMPARE(tables[0].rowCount, 10);  // two header rows, the first row above the first rule, seven more
    QCOMPARE(tables[0].headerRows, 2);
  }

  void rejectionRulesNameWhatTheGridIs() {
    // Grids as the structure phase hands them over; each rule names what it saw.
    const auto grid = [](const QList<QStringList>& rows, double figureSize = 9, double labelSize = 9) {
      Table t;
      t.rowCount = static_cast<int>(rows.size());
      t.columnCount = static_cast<int>(rows.front().size());
      t.bodyFontSize = 9;
      for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
          sbw::pdf::TableCell cell;
          cell.row = r;
          cell.col = c;
          cell.text = rows[r][c].toStdString();
          cell.box = {72.0 + 100 * c, 100.0 + 12 * r, 172.0 + 100 * c, 112.0 + 12 * r};
          cell.fontSize = cell.text.empty() ? 0 : (sbw::pdf::looksNumeric(cell.text) ? figureSize : labelSize);
          t.cells.push_back(cell);
        }
      }
      return t;
    };
    const sbw::pdf::TableOptions::Rejection options;
    const auto reason = [&](const Table& t) {
      const char* why = sbw::pdf::rejection::notATable(t, options);
      return QString::fromLatin1(why == nullptr ? "table" : why);
    };
    QCOMPARE(reason(grid(
                 {{"\u2022", "Review the threshold"}, {"\u2022", "Audit neglect cases"}, {"\u2022", "Train staff"}})),
             QString("list"));
    QCOMPARE(reason(grid({{"Ann Smith", "Chair", "ann.smith@council.gov.uk"},
                          {"Bob Jones", "Nurse", "bob.jones@nhs.net"},
                          {"Cat Brown", "Head", "cat@school.sch.uk"}})),
             QString("contact list"));
    QCOMPARE(reason(grid({{"Name of child:", "", "Date of birth:", ""}, {"School:", "", "Agency:", ""}})),
             QString("form"));
    QCOMPARE(reason(grid({{"60", "", "", ""}, {"40", "", "", ""}, {"20", "", "", ""}, {"0", "", "", "Referrals"}})),
             QString("chart"));
    QCOMPARE(reason(grid({{"Greece", "Spain"}, {"Ireland", "Italy"}, {"Portugal", "UK"}})), QString("labels"));
    QCOMPARE(reason(grid({{"1,204", "87%"}, {"contacts a month", "seen within a day"}}, 22, 8)), QString("key facts"));
    // The same shapes as tables: figures beside labels in one size, row numbers, years.
    QCOMPARE(reason(grid({{"Area", "2018", "2019"}, {"Barnet", "412", "456"}, {"Camden", "3.1%", "4.6%"}})),
             QString("table"));
    QCOMPARE(reason(grid({{"1", "Contacts", "412"}, {"2", "Referrals", "88"}, {"3", "Plans", "61"}})),
             QString("table"));
    QCOMPARE(reason(grid({{"2016", "412"}, {"2017", "456"}, {"2018", "470"}, {"2019", "480"}})), QString("table"));
  }

  // Each page below holds lines cut into cells, so it gets past the first look at the text
  // (mayHoldTable) and is turned down by the rule named.
  void chartIsNotATable() {
    QCOMPARE(devset("qt-chart").size(), size_t(0));         // axis ticks at even steps, a legend
    QCOMPARE(devset("qt-chart-labels").size(), size_t(0));  // figures over bars
    QCOMPARE(devset("qt-chart-panels").size(), size_t(0));  // panel titles in frames, a legend
    QVERIFY(reachesDetection("qt-chart"));
    QVERIFY(reachesDetection("qt-chart-panels"));
  }
  void formIsNotATable() { rejected("qt-form"); }
  void contentsIsNotATable() { rejected("qt-contents"); }
  void bulletListIsNotATable() {
    // The list's frame and bullets would make a grid of two columns; only the table under it is one.
    QVERIFY(reachesDetection("qt-list"));
    const auto tables = devset("qt-list");
    QCOMPARE(tables.size(), size_t(1));
    QCOMPARE(rowOf(tables[0], 0), QStringList({"Area", "2018", "2019"}));
  }
  void twoColumnProseIsNotATable() { rejected("qt-two-column-prose"); }
  void contactListIsNotATable() { rejected("qt-contacts"); }

  void shadedHeaderCellsOverUnruledBodyStayOneTable() {
    // Each header cell is shaded on its own (white gaps between), with a two-line label; the
    // body has no lines at all. The shaded band alone looks like a small ruled grid.
    const std::vector<double> x = {72, 220, 300, 380};
    sbw::test::writePaintedPdf(path("shaded-header.pdf"), 1, [&](QPainter& p, int) {
      p.setPen(Qt::NoPen);
      p.setBrush(QColor(205, 215, 235));
      for (size_t c = 0; c < x.size(); ++c)
        p.drawRect(QRectF(x[c] - 2, 200, (c + 1 < x.size() ? x[c + 1] : 460) - x[c] - 2, 28));
      p.setPen(Qt::black);
      p.setFont(font(9, true));
      const QStringList first = {"Area of", "Rate in", "Rate in", "Change in"};
      const QStringList second = {"the board", "2013", "2014", "the rate"};
      for (size_t c = 0; c < x.size(); ++c) {
        text(p, x[c], 211, first[static_cast<int>(c)]);
        text(p, x[c], 223, second[static_cast<int>(c)]);
      }
      p.setFont(font(9));
      const QList<QStringList> body = {{"England", "5.3%", "5.9%", "-8.5%"},
                                       {"London", "4.0%", "4.8%", "-14.6%"},
                                       {"Westminster", "3.2%", "7.7%", "-58.4%"}};
      for (int r = 0; r < body.size(); ++r) {
        for (size_t c = 0; c < x.size(); ++c) text(p, x[c], 246 + 14 * r, body[r][static_cast<int>(c)]);
      }
    });
    const auto tables = tablesOf(path("shaded-header.pdf"));
    QCOMPARE(tables.size(), size_t(1));
    const Table& t = tables[0];
    QCOMPARE(t.rowCount, 4);
    QCOMPARE(t.columnCount, 4);
    QCOMPARE(rowOf(t, 0), QStringList({"Area of the board", "Rate in 2013", "Rate in 2014", "Change in the rate"}));
    QCOMPARE(rowOf(t, 1), QStringList({"England", "5.3%", "5.9%", "-8.5%"}));
    QCOMPARE(rowOf(t, 3), QStringList({"Westminster", "3.2%", "7.7%", "-58.4%"}));
    QCOMPARE(t.headerRows, 1);
  }

  void trackerOfWrappedProseUnderShadedHeaderIsATable() {
    // An action tracker: a shaded header band naming three columns, then rows of prose with no
    // rulings at all, each cell wrapped over several lines (11 points apart), the rows 19 points
    // apart; a heading and a paragraph of prose follow.
    const std::vector<double> x = {72, 172, 400};
    const QList<QList<QStringList>> body = {
        {{"Agenda item 6", "Questions and", "Answer session"},
         {"Provide an update on whether the", "Active Westminster Map can be", "delivered sooner"},
         {"Action is complete and", "the maps were sent."}},
        {{"Agenda item 7", "Transport"},
         {"Updated report on passenger", "transport be sent to members", "in the next two weeks", "Richard Barker"},
         {"Action complete."}},
        {{"Agenda item 8"}, {"Officers to advise members", "who ran fastest"}, {"Outstanding, due", "in March"}}};
    sbw::test::writePaintedPdf(path("tracker.pdf"), 1, [&](QPainter& p, int) {
      p.fillRect(QRectF(70, 200, 470, 14), QColor(205, 215, 235));
      p.setFont(font(9, true));
      const QStringList header = {"Agenda Item", "Action and responsible officer", "Update"};
      for (size_t c = 0; c < x.size(); ++c) text(p, x[c], 210, header[static_cast<int>(c)]);
      p.setFont(font(9));
      double y = 228;
      for (const auto& row : body) {
        qsizetype tallest = 0;
        for (size_t c = 0; c < x.size(); ++c) {
          const QStringList& cell = row[static_cast<int>(c)];
          for (int k = 0; k < cell.size(); ++k) text(p, x[c], y + 11 * k, cell[k]);
          tallest = std::max(tallest, cell.size());
        }
        y += 11 * static_cast<double>(tallest - 1) + 19;
      }
      p.setFont(font(12, true));
      text(p, 72, y + 10, QStringLiteral("ROUND TWO (18 June 2014)"));
      p.setFont(font(9));
      text(p, 72, y + 30, QStringLiteral("The committee asked for the tracker to be brought back at every meeting"));
      text(p, 72, y + 41, QStringLiteral("until all of the actions above are complete."));
    });
    const auto tables = tablesOf(path("tracker.pdf"));
    QCOMPARE(tables.size(), size_t(1));
    const Table& t = tables[0];
    QCOMPARE(t.columnCount, 3);
    QCOMPARE(t.rowCount, 4);
    QCOMPARE(t.headerRows, 1);
    QCOMPARE(rowOf(t, 0), QStringList({"Agenda Item", "Action and responsible officer", "Update"}));
    QCOMPARE(rowOf(t, 1),
             QStringList({"Agenda item 6 Questions and Answer session",
                          "Provide an update on whether the Active Westminster Map can be delivered sooner",
                          "Action is complete and the maps were sent."}));
    QCOMPARE(rowOf(t, 2), QStringList({"Agenda item 7 Transport",
                                       "Updated report on passenger transport be sent to members in the next two "
                                       "weeks Richard Barker",
                                       "Action complete."}));
    QCOMPARE(rowOf(t, 3),
             QStringList({"Agenda item 8", "Officers to advise members who ran fastest", "Outstanding, due in March"}));
  }

  void figuresAFewPointsApartAreSeparateColumns() {
    // Percentages 25 points apart, about 23 wide: 2 points of white between columns, less than
    // a word space at this size, yet every line agrees on the boundaries.
    sbw::test::writePaintedPdf(path("narrow.pdf"), 1, [&](QPainter& p, int) {
      p.setFont(font(9));
      const QList<QStringList> rows = {{"Area", "Apr", "May", "Jun", "Ave"},
                                       {"England", "5.3%", "5.4%", "5.5%", "5.4%"},
                                       {"London", "4.0%", "4.1%", "4.1%", "4.1%"},
                                       {"Westminster", "3.2%", "3.3%", "3.3%", "3.2%"}};
      for (int r = 0; r < rows.size(); ++r) {
        text(p, 72, 200 + 14 * r, rows[r][0]);
        for (int c = 1; c < 5; ++c) text(p, 150 + 25 * (c - 1), 200 + 14 * r, rows[r][c]);
      }
    });
    const auto tables = tablesOf(path("narrow.pdf"));
    QCOMPARE(tables.size(), size_t(1));
    QCOMPARE(tables[0].columnCount, 5);
    QCOMPARE(rowOf(tables[0], 0), QStringList({"Area", "Apr", "May", "Jun", "Ave"}));
    QCOMPARE(rowOf(tables[0], 2), QStringList({"London", "4.0%", "4.1%", "4.1%", "4.1%"}));
  }

  void numberInAWrappedLabelCarriesTheLabelOn() {
    // An open table whose narrow label column wraps each label over three lines, the figures set
    // beside the middle one; one label wraps at a number ("plans per" / "10,000" / "children"),
    // which is the label going on, not a row of its own, and not where the table ends.
    sbw::test::writePaintedPdf(path("wrapped-number.pdf"), 1, [&](QPainter& p, int) {
      p.setFont(font(10));
      text(p, 72, 180, "Indicator");
      for (int c = 0; c < 3; ++c) text(p, 200 + 70 * c, 180, QStringLiteral("201%1-1%2").arg(4 + c).arg(5 + c));
      const QList<QStringList> labels = {{"Referrals to", "children's", "social care"},
                                         {"Child", "protection plans per", "10,000", "children"},
                                         {"Looked-after", "children at", "year end"}};
      const QList<QStringList> figures = {{"2,698", "2,938", "2,703"}, {"37.3", "38.0", "38.2"}, {"291", "283", "293"}};
      double y = 200;
      for (int r = 0; r < labels.size(); ++r) {
        for (int l = 0; l < labels[r].size(); ++l) text(p, 72, y + 12 * l, labels[r][l]);
        for (int c = 0; c < figures[r].size(); ++c) text(p, 200 + 70 * c, y + 12, figures[r][c]);
        y += 12 * labels[r].size() + 8;
      }
    });
    const auto tables = tablesOf(path("wrapped-number.pdf"));
    QCOMPARE(tables.size(), size_t(1));
    QCOMPARE(tables[0].columnCount, 4);
    QCOMPARE(tables[0].rowCount, 4);
    QCOMPARE(rowOf(tables[0], 2), QStringList({"Child protection plans per 10,000 children", "37.3", "38.0", "38.2"}));
    QCOMPARE(rowOf(tables[0], 3), QStringList({"Looked-after children at year end", "291", "283", "293"}));
  }

  void figuresInAChunkAreSplitButDigitGroupsAndProseAreNot() {
    using sbw::pdf::chunkLines;
    // Gaps of 3 points: far under the 6-point chunk gap of a 10-point line.
    const auto split = chunkLines({word("5.5%", 100, 120), word("5.4%", 123, 143)});
    QCOMPARE(split.size(), size_t(1));
    QCOMPARE(split[0].chunks.size(), size_t(2));
    const auto grouped = chunkLines({word("1", 100, 106), word("234", 109, 127), word("567", 130, 148)});
    QCOMPARE(grouped[0].chunks.size(), size_t(1));
    QCOMPARE(grouped[0].chunks[0].text, std::string("1 234 567"));
    const auto prose = chunkLines({word("2021,", 100, 125), word("97", 128, 140), word("notifications", 143, 200)});
    QCOMPARE(prose[0].chunks.size(), size_t(1));
  }

  void contentsWithoutLeadersIsNotATable() {
    // Titles on the left, page numbers on the right, no dots between; one entry is highlighted
    // with a shaded band, as a contents page marks the current section.
    sbw::test::writePaintedPdf(path("contents.pdf"), 1, [&](QPainter& p, int) {
      p.setFont(font(14, true));
      text(p, 72, 90, QStringLiteral("Contents"));
      p.setFont(font(10));
      const QStringList titles = {"Introduction",
                                  "Safeguarding in numbers",
                                  "Hammersmith and Fulham",
                                  "Kensington and Chelsea",
                                  "Westminster",
                                  "Working together during the pandemic",
                                  "Progress with our priorities",
                                  "Operation Encompass",
                                  "Learning from case reviews"};
      const QList<int> pages = {3, 4, 4, 8, 12, 15, 16, 16, 29};
      for (int i = 0; i < titles.size(); ++i) {
        const double y = 130 + 16 * i;
        if (i == 7) p.fillRect(QRectF(70, y - 11, 330, 14), QColor(210, 220, 240));
        text(p, 72, y, titles[i]);
        text(p, 380, y, QString::number(pages[i]));
      }
    });
    QCOMPARE(tablesOf(path("contents.pdf")).size(), size_t(0));
  }

  void smallTablesUnderShadedCaptionsStaySeparate() {
    // Three label/figure lists stacked without space between them, each under a shaded caption
    // line; the figure column of each sits at its own x.
    sbw::test::writePaintedPdf(path("stack.pdf"), 1, [&](QPainter& p, int) {
      double y = 200;
      const QStringList captions = {"Breakdown by age (30 cases)", "Breakdown by ethnicity (28 cases)",
                                    "Breakdown by cause (30 cases)"};
      const QList<QStringList> labels = {{"Under 1 year", "1 to 4 years", "5 to 9 years"},
                                         {"Bangladeshi", "White British", "Asian Other"},
                                         {"Perinatal", "Acute medical", "Infection"}};
      const QList<QStringList> figures = {{"19", "2", "9"}, {"11", "4", "3"}, {"6", "3", "3"}};
      const QList<double> figureX = {240, 262, 250};
      for (int t = 0; t < 3; ++t) {
        p.fillRect(QRectF(70, y - 10, figureX[t] - 70, 13), QColor(205, 215, 235));
        p.setFont(font(9, true));
        text(p, 72, y, captions[t]);
        p.setFont(font(9));
        for (int r = 0; r < 3; ++r) {
          text(p, 72, y + 14 * (r + 1), labels[t][r]);
          text(p, figureX[t], y + 14 * (r + 1), figures[t][r]);
        }
        y += 14 * 4;
      }
    });
    const auto tables = tablesOf(path("stack.pdf"));
    QCOMPARE(tables.size(), size_t(3));
    QCOMPARE(rowOf(tables[0], 0).first(), QStringLiteral("Breakdown by age (30 cases)"));
    QCOMPARE(rowOf(tables[0], 1), QStringList({"Under 1 year", "19"}));
    QCOMPARE(tables[0].rowCount, 4);
    QCOMPARE(rowOf(tables[1], 0).first(), QStringLiteral("Breakdown by ethnicity (28 cases)"));
    QCOMPARE(rowOf(tables[1], 3), QStringList({"Asian Other", "3"}));
    QCOMPARE(rowOf(tables[2], 0).first(), QStringLiteral("Breakdown by cause (30 cases)"));
    QCOMPARE(rowOf(tables[2], 2), QStringList({"Acute medical", "3"}));
  }

  void darkHeaderBandOverABodyRuledBetweenRowsIsOneTable() {
    // A dark header fill with white labels, then a body ruled only between its rows: the first
    // row sits between the band and the first rule, the last under the last rule. The band and
    // the rules are drawn as two groups that do not touch.
    const std::vector<double> x = {72, 250, 340, 430};
    const QList<QStringList> body = {{"Referrals", "3,120", "3,045", "2,980"},
                                     {"Assessments", "2,710", "2,655", "2,590"},
                                     {"Child protection plans", "312", "298", "305"},
                                     {"Looked after children", "402", "417", "421"}};
    sbw::test::writePaintedPdf(path("dark-band.pdf"), 1, [&](QPainter& p, int) {
      p.setFont(font(11, true));
      text(p, 72, 170, QStringLiteral("Activity across the partnership"));
      p.fillRect(QRectF(70, 200, 430, 18), QColor(31, 56, 100));
      p.setPen(Qt::white);
      p.setFont(font(9, true));
      const QStringList header = {"Measure", "2021/22", "2022/23", "2023/24"};
      for (size_t c = 0; c < x.size(); ++c) text(p, x[c], 212, header[static_cast<int>(c)]);
      p.setPen(Qt::black);
      p.setFont(font(9));
      for (int r = 0; r < body.size(); ++r) {
        const double baseline = 234 + 18 * r;
        for (size_t c = 0; c < x.size(); ++c) text(p, x[c], baseline, body[r][static_cast<int>(c)]);
        if (r + 1 < body.size()) p.drawLine(QPointF(70, baseline + 6), QPointF(500, baseline + 6));
      }
      text(p, 72, 340, QStringLiteral("The number of referrals fell for the third year running, while the number"));
      text(p, 72, 352, QStringLiteral("of looked after children rose a little."));
    });
    const auto tables = tablesOf(path("dark-band.pdf"));
    QCOMPARE(tables.size(), size_t(1));
    const Table& t = tables[0];
    QCOMPARE(t.columnCount, 4);
    QCOMPARE(t.rowCount, 5);
    QCOMPARE(t.headerRows, 1);
    QCOMPARE(rowOf(t, 0), QStringList({"Measure", "2021/22", "2022/23", "2023/24"}));
    QCOMPARE(rowOf(t, 1), body[0]);
    QCOMPARE(rowOf(t, 4), body[3]);
  }

  void tableInOneColumnOfTwoReadsOnlyItsOwnColumn() {
    // Two columns of text; the left one holds a table ruled between its rows, with its header
    // over the first rule and its last row under the last. Each line of the page runs on into
    // the right column's prose, which is no part of the table.
    const QList<QStringList> rows = {{"Age group", "Plans", "Rate"},
                                     {"Under 1", "41", "12.5"},
                                     {"1 to 4", "96", "9.8"},
                                     {"5 to 9", "112", "8.1"},
                                     {"10 to 15", "87", "6.4"}};
    const std::vector<double> x = {72, 170, 230};
    const QStringList prose = {"The partnership saw fewer children",   "made subject to a plan this year,",
                               "and the fall was sharpest among the",  "youngest children. Plans lasting",
                               "more than two years were reviewed by", "the independent chair and most",
                               "were ended within six months. Repeat", "plans remain below the London",
                               "average and the board will keep this", "under review through its audits."};
    sbw::test::writePaintedPdf(path("two-column-table.pdf"), 1, [&](QPainter& p, int) {
      p.setFont(font(9));
      for (int k = 0; k < prose.size(); ++k) text(p, 310, 200 + 12 * k, prose[k]);
      for (int r = 0; r < rows.size(); ++r) {
        const double baseline = 206 + 18 * r;
        p.setFont(font(9, r == 0));
        for (size_t c = 0; c < x.size(); ++c) text(p, x[c], baseline, rows[r][static_cast<int>(c)]);
        if (r + 1 < rows.size()) p.drawLine(QPointF(70, baseline + 6), QPointF(280, baseline + 6));
      }
    });
    const auto tables = tablesOf(path("two-column-table.pdf"));
    QCOMPARE(tables.size(), size_t(1));
    const Table& t = tables[0];
    QCOMPARE(t.columnCount, 3);
    QCOMPARE(t.rowCount, 5);
    QCOMPARE(rowOf(t, 0), rows[0]);
    QCOMPARE(rowOf(t, 4), rows[4]);
    QVERIFY(t.bbox.x2 < 300);
  }

  void tablesSideBySideUnderTheirOwnCaptionsStayTwo() {
    // Two unruled tables side by side, each under its own caption wrapped over two lines; the
    // right one is much shorter, so most lines have cells on the left only.
    const QList<QStringList> left = {{"Source", "Number"}, {"Police", "412"},  {"Schools", "388"},
                                     {"Health", "301"},    {"Housing", "155"}, {"Anonymous", "42"},
                                     {"Family", "97"},     {"Other", "61"},    {"Total", "1,456"}};
    const QList<QStringList> right = {
        {"Category", "Plans"}, {"Neglect", "148"}, {"Emotional abuse", "102"}, {"Physical abuse", "31"}};
    sbw::test::writePaintedPdf(path("captions-side-by-side.pdf"), 1, [&](QPainter& p, int) {
      p.setFont(font(12, true));
      text(p, 72, 150, QStringLiteral("Children in need"));
      p.setFont(font(9, true));
      text(p, 72, 190, QStringLiteral("Table 1: Referrals to children's social"));
      text(p, 72, 201, QStringLiteral("care by source"));
      text(p, 320, 190, QStringLiteral("Table 2: Child protection plans by"));
      text(p, 320, 201, QStringLiteral("category of abuse"));
      for (int r = 0; r < left.size(); ++r) {
        p.setFont(font(9, r == 0));
        text(p, 72, 222 + 14 * r, left[r][0]);
        text(p, 220, 222 + 14 * r, left[r][1]);
        if (r < right.size()) {
          text(p, 320, 222 + 14 * r, right[r][0]);
          text(p, 470, 222 + 14 * r, right[r][1]);
        }
      }
    });
    const auto tables = tablesOf(path("captions-side-by-side.pdf"));
    QCOMPARE(tables.size(), size_t(2));
    const auto leftFirst = tables[0].bbox.x1 < tables[1].bbox.x1;
    const Table& l = tables[leftFirst ? 0 : 1];
    const Table& r = tables[leftFirst ? 1 : 0];
    QCOMPARE(l.rowCount, 9);
    QCOMPARE(l.columnCount, 2);
    QCOMPARE(rowOf(l, 0), left[0]);
    QCOMPARE(rowOf(l, 8), left[8]);
    QCOMPARE(r.rowCount, 4);
    QCOMPARE(r.columnCount, 2);
    QCOMPARE(rowOf(r, 0), right[0]);
    QCOMPARE(rowOf(r, 3), right[3]);
  }

  void organisationChartIsNotATable() {
    // The partnership's structure: a row of boxes for the three safeguarding partners joined by
    // connector lines to a row of boxes for the sub-groups, and those to a row of task groups,
    // each box naming a body and its lead. The boxes line up in a grid of three by three.
    sbw::test::writePaintedPdf(path("org-chart.pdf"), 1, [&](QPainter& p, int) {
      p.setFont(font(12, true));
      text(p, 72, 120, QStringLiteral("How the partnership is organised"));
      const auto box = [&](double x, double y, const QString& name, const QString& lead) {
        p.setPen(QPen(Qt::black, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(x, y, 120, 36));
        p.setFont(font(8, true));
        text(p, x + 6, y + 14, name);
        p.setFont(font(8));
        text(p, x + 6, y + 27, lead);
      };
      const QStringList partners = {"Local Authority", "Police", "Integrated Care Board"};
      const QStringList heads = {"Director of Children", "Borough Commander", "Chief Nurse"};
      for (int k = 0; k < 3; ++k) {
        box(57 + 180 * k, 150, partners[k], heads[k]);
        p.drawLine(QPointF(117 + 180 * k, 186), QPointF(117 + 180 * k, 206));
      }
      p.drawLine(QPointF(117, 206), QPointF(477, 206));
      const QStringList groups = {"Quality Assurance", "Learning Reviews", "Child Death Overview"};
      const QStringList leads = {"Head of Service", "Designated Nurse", "Public Health Lead"};
      for (int k = 0; k < 3; ++k) {
        const double x = 57 + 180 * k;
        p.drawLine(QPointF(x + 60, 206), QPointF(x + 60, 226));
        box(x, 226, groups[k], leads[k]);
        p.drawLine(QPointF(x + 60, 262), QPointF(x + 60, 282));
      }
      const QStringList tasks = {"Audit Task Group", "Training Task Group", "Rapid Response"};
      const QStringList taskLeads = {"Business Manager", "Training Officer", "Paediatrician"};
      for (int k = 0; k < 3; ++k) box(57 + 180 * k, 282, tasks[k], taskLeads[k]);
      p.setFont(font(9));
      text(p, 72, 360, QStringLiteral("Each group reports to the board at every meeting and publishes its minutes."));
    });
    QCOMPARE(tablesOf(path("org-chart.pdf")).size(), size_t(0));
  }

  void rulesDrawnAcrossShadedCellsAreFound() {
    // 72 dpi: a grey band (luminance 200) from y = 100 to 140 with a black one-pixel rule across
    // it at y = 120, and a vertical rule through it at x = 300. Ink levels alone see one grey
    // block; the luminance steps see the band's edges and both rules.
    sbw::pdf::Raster raster;
    raster.dpi = 72;
    raster.width = 595;
    raster.height = 300;
    raster.pixels.assign(static_cast<size_t>(raster.width) * raster.height, 0xffffffffu);
    const auto set = [&](int px, int py, std::uint32_t argb) {
      raster.pixels[static_cast<size_t>(py) * raster.width + px] = argb;
    };
    for (int py = 100; py < 140; ++py) {
      for (int px = 100; px < 500; ++px) set(px, py, 0xffc8c8c8u);
    }
    for (int px = 100; px < 500; ++px) set(px, 120, 0xff000000u);
    for (int py = 100; py < 140; ++py) set(300, py, 0xff000000u);
    const auto found = sbw::pdf::findRulings(raster, {});
    const auto near = [](const std::vector<sbw::pdf::Ruling>& rulings, double pos) {
      return std::any_of(rulings.begin(), rulings.end(),
                         [&](const sbw::pdf::Ruling& r) { return std::abs(r.pos - pos) <= 1; });
    };
    QVERIFY(near(found.horizontal, 100));    // top of the band
    QVERIFY(near(found.horizontal, 120.5));  // the rule inside it
    QVERIFY(near(found.horizontal, 140));    // bottom of the band
    QVERIFY(near(found.vertical, 300.5));
    for (const auto& r : found.horizontal) QVERIFY(r.from >= 99 && r.to <= 501);
  }
};

QTEST_MAIN(TestPdfTableLayouts)
#include "test_pdf_table_layouts.moc"
