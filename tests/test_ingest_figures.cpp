// Figures read through the one reading pipeline (ingest::readDocument), rule by rule: for each
// rule a figure that must be read with its area, indicator and period, beside a distractor that
// must not become a figure. Fixtures come from two PDF producers: Qt's writer (typeset HTML and
// painted pages) and LibreOffice Writer, which most council papers are made with.

#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "core/period.h"
#include "core/text.h"
#include "extract/figure_extractor.h"
#include "extract/mentions.h"
#include "ingest/document_description.h"
#include "ingest/figure_checks.h"
#include "ingest/read_document.h"
#include "pdf/pdf_document.h"
#include "report/sample_catalogue.h"
#include "report/sample_reports.h"
#include "store/database.h"
#include "store/importer.h"
#include "support/fixture_pdf.h"

using namespace sbw;

namespace {

ingest::DocumentReading readPdf(const QString& path) {
  return ingest::readDocument(pdf::PdfDocument::open(path.toStdString()));
}

std::vector<std::string> tokens(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& part : QString::fromStdString(text).split(' ', Qt::SkipEmptyParts))
    out.push_back(part.toStdString());
  return out;
}

// The figures printed as `printed` (value text as printed, e.g. "1,954" or "Nineteen").
std::vector<const ingest::Figure*> printedAs(const ingest::DocumentReading& reading, const std::string& printed) {
  std::vector<const ingest::Figure*> out;
  for (const auto& f : reading.figures) {
    if (f.quantity.printed == printed) out.push_back(&f);
  }
  return out;
}

const ingest::Figure& only(const ingest::DocumentReading& reading, const std::string& printed) {
  const auto found = printedAs(reading, printed);
  if (found.size() != 1) {
    QString all;
    for (const auto& f : reading.figures) all += QString::fromStdString(f.quantity.printed) + " | ";
    qFatal("expected one figure printed as %s, found %d among: %s", printed.c_str(), int(found.size()),
           qPrintable(all));
  }
  return *found.front();
}

bool containsArea(const std::string& area, const std::string& printed) {
  return QString::fromStdString(area).contains(QString::fromStdString(printed), Qt::CaseInsensitive);
}

QString values(const ingest::DocumentReading& reading) {
  QStringList out;
  for (const auto& f : reading.figures) out << QString::fromStdString(f.quantity.printed);
  return out.join(" | ");
}

std::string period(const ingest::Figure& f) {
  return f.periodStart && f.periodEnd ? f.periodStart->iso() + ".." + f.periodEnd->iso() : std::string("none");
}

// A painted page's title (the Tri-borough's 2016-17 annual report), then body type for what follows.
void startReport(QPainter& p) {
  QFont title("DejaVu Sans");
  title.setPointSize(16);
  p.setFont(title);
  p.drawText(QPointF(72, 80), "Tri-borough LSCB Annual Report 2016-17");
  QFont font("DejaVu Sans");
  font.setPointSize(10);
  p.setFont(font);
}

// A report of one area and year: a title that sets the document's scope, then the body.
QString paper(const QString& title, const QString& body) {
  return "<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt\"><h1>" + title + "</h1>" + body +
         "</body></html>";
}

}  // namespace

class TestIngestFigures : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  int files_ = 0;

  // The same HTML through one producer or the other.
  ingest::DocumentReading typeset(const QString& html, bool libreOffice = false) {
    const QString path = dir_.filePath(QString("f%1.pdf").arg(++files_));
    if (libreOffice) {
      sbw::test::writeLibreOfficePdf(path, html);
    } else {
      sbw::test::writeHtmlPdf(path, html);
    }
    return readPdf(path);
  }

  // One borough each in a list; the three boroughs together are the partnership; one number
  // printed for two boroughs belongs to neither; parts that do not add up are flagged.
  void checkMultiBorough(bool libreOffice) {
    const auto reading = typeset(
        paper("Tri-borough Local Safeguarding Children Board Annual Report 2013/14",
              "<p>476 children were in care across the three boroughs. Hammersmith and Fulham (204), Kensington "
              "and Chelsea (99), Westminster (178).</p>"
              "<p>In Hammersmith &amp; Fulham 20% of residents are young people, 19% in Kensington and Chelsea and "
              "Westminster.</p>"),
        libreOffice);
    const auto& total = only(reading, "476");
    QCOMPARE(total.area, std::string("Tri-borough"));
    QCOMPARE(total.indicatorKey, std::string("looked_after_children"));
    QCOMPARE(only(reading, "204").area, std::string("Hammersmith and Fulham"));
    QCOMPARE(only(reading, "99").area, std::string("Kensington and Chelsea"));
    QCOMPARE(only(reading, "178").area, std::string("Westminster"));
    QCOMPARE(only(reading, "178").indicatorKey, std::string("looked_after_children"));
    QCOMPARE(only(reading, "20%").area, std::string("Hammersmith and Fulham"));
    // 19% is printed once for two boroughs: no area, and not trusted.
    QVERIFY(only(reading, "19%").areaKey.empty() || only(reading, "19%").area == "Bi-borough");
    QVERIFY(!only(reading, "19%").trusted || only(reading, "19%").area == "Bi-borough");
    const bool flagged = std::any_of(reading.notes.begin(), reading.notes.end(), [](const ingest::QualityNote& n) {
      return n.kind == ingest::kPartsDoNotAddUp && QString::fromStdString(n.message).contains("481");
    });
    QVERIFY2(flagged, "204 + 99 + 178 = 481 against 476 is flagged");
  }
  // A table of years as columns, one measure per row (a transposed table); a bare year header
  // read against the split year the prose gives for the same figure.
  void checkTransposedYearTable(bool libreOffice) {
    const auto reading = typeset(
        paper("Tower Hamlets Safeguarding Children Board Annual Report 2013-2014",
              "<h2>Allegations against staff (LADO)</h2><p>Total number of allegations per year:</p>"
              "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Year</th><th>2009</th><th>2010</th>"
              "<th>2011</th><th>2012</th><th>2013</th></tr><tr><td>Number of Referrals</td><td>90</td><td>95</td>"
              "<td>85</td><td>107</td><td>146</td></tr></table>"
              "<p>Schools were the source of 66 of the total number of 146 referrals in 2012-13.</p>"),
        libreOffice);
    QCOMPARE(printedAs(reading, "2009").size(), size_t(0));  // headers, not figures
    const auto& first = only(reading, "90");
    QCOMPARE(first.indicatorKey, std::string("lado_referrals"));
    QCOMPARE(first.method, ExtractionMethod::Table);
    QCOMPARE(first.periodEnd->year, 2009);
    QCOMPARE(first.periodStart->year, 2008);  // the year ending in 2009: 2008-09
    const auto referrals = printedAs(reading, "146");
    QCOMPARE(referrals.size(), size_t(2));  // the table cell and the prose, each where printed
    for (const auto* f : referrals) QCOMPARE(f->periodEnd->year, 2013);
    QCOMPARE(only(reading, "66").indicatorKey, std::string("lado_referrals"));
  }
 private Q_SLOTS:
  // A caption set wider than its table ("… at 31 March 2016" over a table of two narrow columns)
  // is read whole: the year beyond the table's right edge is the caption's, and the period with it.
  void captionWiderThanItsTableIsReadWhole() {
    pdf::Table table;
    table.bbox = {60, 150, 200, 250};
    std::vector<pdf::Word> words;
    double x = 60;
    for (const char* text : {"Table", "2:", "Plans", "by", "category,", "at", "31", "March", "2016"}) {
      const double width = 6.0 * std::string(text).size();
      words.push_back({text, {x, 132, x + width, 144}, "DejaVuSans-Bold", 11, true, false, true});
      x += width + 3;
    }
    QVERIFY(words.back().box.x1 > table.bbox.x2 + 11);  // beyond the side reach of the table
    // Words far off to the right on the same line (a neighbouring column) stay out.
    words.push_back({"Elsewhere", {520, 132, 570, 144}, "DejaVuSans", 11, false, false, true});
    const extract::TextAbove above = extract::textAbove(table, words, {});
    QCOMPARE(above.caption, std::string("Table 2: Plans by category, at 31 March 2016"));
  }

  // A document's title says who, what and when, whatever its first line or metadata says.
  void documentTitlesSayWhatADocumentIs() {
    using sbw::ingest::describeDocument;
    sbw::ingest::DocumentReading pack;
    pack.area = "Hammersmith and Fulham";
    pack.parts = {{1, 3, "agenda", "Agenda", "Hammersmith and Fulham", ""}, {4, 20, "minutes", "Minutes", "", ""}};
    sbw::ingest::Meeting meeting;
    meeting.body = "Children and Education Policy and Accountability Committee";
    meeting.date = sbw::Date{2017, 9, 11};
    pack.meetings = {meeting};
    QCOMPARE(
        QString::fromStdString(describeDocument(pack, "PRESENT")),
        QString("Children and Education Policy and Accountability Committee (Hammersmith and Fulham): agenda pack, "
                "11 September 2017"));
    pack.meetings.front().body = "London Borough of Hammersmith & Fulham Children Committee";  // names the area
    QVERIFY(!QString::fromStdString(describeDocument(pack, "PRESENT")).contains("(Hammersmith"));

    sbw::ingest::DocumentReading report;
    report.area = "Kensington and Chelsea";  // the scope read from a later page
    report.parts = {{1, 21, "report", "", "Tri-borough", "October 2020 – March 2021"}};
    report.pages.push_back({});
    report.pages.front().text = "Local Safeguarding Children Partnership Annual Report";
    QCOMPARE(
        QString::fromStdString(describeDocument(report, "Hammersmith & Fulham | Kensington and Chelsea | Westminster")),
        QString("Tri-borough (Hammersmith & Fulham, Kensington and Chelsea, Westminster): annual report, October "
                "2020 – March 2021"));

    sbw::ingest::DocumentReading board;
    board.area = "Havering";
    board.period = "2016-17";
    QCOMPARE(QString::fromStdString(describeDocument(board, "Havering Safeguarding Children Board Annual Report")),
             QString("Havering Safeguarding Children Board: annual report 2016-17"));
    sbw::ingest::DocumentReading unknown;
    QCOMPARE(QString::fromStdString(describeDocument(unknown, "Minutes of a meeting")),
             QString("Minutes of a meeting"));
  }

  void initTestCase() { QVERIFY(dir_.isValid()); }

  void mentionsInRunningText() {
    const auto areas = extract::findAreaMentions(tokens("In 2016-17 LBHF received 1,954 referrals, against England's"));
    QCOMPARE(areas.size(), size_t(1));
    QCOMPARE(areas[0].area->name, std::string("Hammersmith and Fulham"));
    // "National" in a body's name is not England; "the national average" is; an area inside an
    // organisation's name is not the area ("NHS England", "London Fire Brigade").
    QVERIFY(extract::findAreaMentions(tokens("the National Probation Service paid")).empty());
    QCOMPARE(extract::findAreaMentions(tokens("above the national average of 22%")).at(0).area->name,
             std::string("England"));
    QVERIFY(extract::findAreaMentions(tokens("NHS England and the London Fire Brigade")).empty());
    // A place name listed with other capitalised words is one of them: "Reading, Writing and Maths".
    QVERIFY(extract::findAreaMentions(tokens("Level 4 in Reading, Writing and Mathematics")).empty());
    QCOMPARE(extract::findAreaMentions(tokens("the tri-borough LSCB")).at(0).area->name, std::string("Tri-borough"));
    const auto range = extract::findPeriodMentions(tokens("Between April and June 2014, 100% of cases"));
    QCOMPARE(range.size(), size_t(1));
    QCOMPARE(range[0].period.start->iso(), std::string("2014-04-01"));
    QCOMPARE(range[0].period.end->iso(), std::string("2014-06-30"));
  }

  // Every figure the SAMPLE generator prints (a catalogue written by hand beside it) is read with
  // the area, indicator and period it was printed with.
  void everySampleFigureIsReadWithItsMeaning() {
    const QStringList paths = report::writeSampleDocuments(dir_.filePath("samples"));
    const auto& catalogue = report::sampleCatalogue();
    for (size_t d = 0; d < catalogue.size(); ++d) {
      const auto reading = readPdf(paths[qsizetype(d)]);
      for (const auto& expected : catalogue[d].figures) {
        PeriodContext context;
        if (const auto year = parsePeriod(reading.period)) context.financialYearStart = year->start->year;
        const auto want = parsePeriod(expected.period, context);
        QVERIFY(want.has_value());
        const auto match = std::find_if(reading.figures.begin(), reading.figures.end(), [&](const ingest::Figure& f) {
          return f.quantity.printed == expected.printed && containsArea(f.area, expected.area) &&
                 f.periodStart == want->start && f.periodEnd == want->end && f.indicatorKey == expected.indicatorKey;
        });
        QVERIFY2(match != reading.figures.end(),
                 qPrintable(QString("%1: %2 %3 %4 %5 [%6] not read")
                                .arg(QString::fromStdString(catalogue[d].fileName),
                                     QString::fromStdString(expected.area), QString::fromStdString(expected.indicator),
                                     QString::fromStdString(expected.period), QString::fromStdString(expected.printed),
                                     QString::fromStdString(expected.indicatorKey))));
        QCOMPARE(std::string(methodName(match->method)), expected.kind);
      }
    }
  }

  // Meeting details: rooms, times, dates, telephone numbers and item numbers are not figures.
  void meetingDetailsAreNotFigures() {
    const auto reading = typeset(
        paper("Westminster Children's Services Committee",
              "<p>The meeting will be held in Rooms 5, 6 &amp; 7, 64 Victoria Street at 7.00 pm on Monday 6 October "
              "2014. Please call 020 7641 2770 or see page 12 and item 4 of the agenda.</p>"
              "<p>In 2016-17 Westminster received 1,954 referrals to children's social care.</p>"));
    QCOMPARE(values(reading), QString("1,954"));
    const auto& referrals = only(reading, "1,954");
    QCOMPARE(referrals.area, std::string("Westminster"));
    QCOMPARE(referrals.indicatorKey, std::string("referrals"));
    QCOMPARE(period(referrals), std::string("2016-04-01..2017-03-31"));
  }

  // Paragraph numbers at the start of a paragraph; footnote marks; counts in the paragraph.
  void paragraphNumbersAreNotFigures() {
    const auto reading = typeset(paper("Havering Safeguarding Children Board Annual Report 2016-17",
                                       "<p>2.3 In 2016-17 the board reviewed 245 children in care.</p>"
                                       "<p>5.1 The Board met four times during the year.</p>"));
    QCOMPARE(values(reading), QString("245"));
    const auto& looked = only(reading, "245");
    QCOMPARE(looked.area, std::string("Havering"));
    QCOMPARE(looked.indicatorKey, std::string("looked_after_children"));
  }

  // Dates, days of the month and years are periods, not figures.
  void datesAreNotFiguresButGiveThePeriod() {
    const auto reading = typeset(paper("Tower Hamlets Safeguarding Children Board Annual Report 2013-2014",
                                       "<p>At 31 March 2014, 1,398 children were in need in Tower Hamlets.</p>"
                                       "<p>The Board was set up in 2006 and met on 17 July.</p>"));
    QCOMPARE(values(reading), QString("1,398"));
    const auto& need = only(reading, "1,398");
    QCOMPARE(period(need), std::string("2014-03-31..2014-03-31"));
    QCOMPARE(need.indicatorKey, std::string("children_in_need"));
  }

  // Ages and age bands describe a group; the count of the group is the figure.
  void ageBandsAreNotFigures() {
    const auto reading = typeset(paper("Westminster Annual Report 2013-14",
                                       "<p>Services are open to young people aged 16 to 19 and to children under 5.</p>"
                                       "<p>An estimated 86,600 children under 16 live in Westminster.</p>"
                                       "<p>Every 2 year old is offered a developmental review.</p>"));
    QCOMPARE(values(reading), QString("86,600"));
    const auto& children = only(reading, "86,600");
    QCOMPARE(children.indicatorKey, std::string("child_population"));
    QCOMPARE(children.bound, Bound::Approximate);
  }

  void multiBoroughSentences() { checkMultiBorough(false); }
  void multiBoroughSentencesFromLibreOffice() { checkMultiBorough(true); }

  void transposedYearTable() { checkTransposedYearTable(false); }
  void transposedYearTableFromLibreOffice() { checkTransposedYearTable(true); }

  // An account prints income as credits: the contributions are read as contributions, with a
  // sign the account gives them, and the store's amount draws them above zero.
  void accountCredits() {
    const QString path = dir_.filePath("account.pdf");
    sbw::test::writeHtmlPdf(
        path, paper("Tri-borough LSCB Budget 2020/21",
                    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>2020/21 Outturn</th><th>LBHF</th>"
                    "<th>RBKC</th><th>WCC</th><th>Total</th></tr>"
                    "<tr><td>CONTRIBUTIONS</td><td></td><td></td><td></td><td></td></tr>"
                    "<tr><td>Metropolitan Police</td><td>-5,000</td><td>-5,000</td><td>-5,000</td><td>-15,000</td></tr>"
                    "<tr><td>CCG (Health)</td><td>(20,000)</td><td>(20,000)</td><td>(20,000)</td><td>(60,000)</td></tr>"
                    "<tr><td>EXPENDITURE</td><td></td><td></td><td></td><td></td></tr>"
                    "<tr><td>Training</td><td>618</td><td>618</td><td>618</td><td>1,853</td></tr></table>"));
    const auto reading = readPdf(path);
    const auto police = printedAs(reading, "-5,000");
    QCOMPARE(police.size(), size_t(3));
    for (const auto* f : police) {
      QCOMPARE(f->indicatorKey, std::string("partner_contributions"));
      QVERIFY(f->credit);
      QCOMPARE(*f->quantity.value, -5000.0);  // as printed
      QCOMPARE(f->periodStart->iso(), std::string("2020-04-01"));
    }
    QCOMPARE(only(reading, "-15,000").area, std::string("Tri-borough"));  // the Total column
    QCOMPARE(only(reading, "(60,000)").indicatorKey, std::string("partner_contributions"));
    // Training under EXPENDITURE is spending on training, not training delivered.
    for (const auto* f : printedAs(reading, "618")) QCOMPARE(f->indicatorKey, std::string("expenditure"));
    QVERIFY(!only(reading, "1,853").credit);
    const bool flagged = std::any_of(reading.notes.begin(), reading.notes.end(), [](const ingest::QualityNote& n) {
      return n.kind == ingest::kPartsDoNotAddUp && QString::fromStdString(n.message).contains("1,853");
    });
    QVERIFY2(flagged, "618 x 3 = 1,854 against 1,853 is flagged");

    store::Database db = store::Database::open(dir_.filePath("account.sqlite").toStdString());
    QCOMPARE(int(store::Importer(db).importFile(path.toStdString()).status),
             int(store::ImportResult::Status::Imported));
    store::Statement low =
        db.prepare("SELECT min(amount), min(value) FROM observation_v WHERE indicator_key = 'partner_contributions'");
    QVERIFY(low.step());
    QCOMPARE(low.real(0), 5000.0);    // drawn above zero
    QCOMPARE(low.real(1), -60000.0);  // the value stays as printed
  }

  // Two columns of text on one page: each sentence is read within its column.
  void twoColumnPage() {
    const QString path = dir_.filePath("columns.pdf");
    const QStringList left = {"In 2016-17 Hammersmith and", "Fulham received 1,954",   "referrals to children's",
                              "social care, more than in",  "any earlier year of the", "partnership's work."};
    const QStringList right = {"At 31 March 2017 Westminster", "recorded 12 private",       "fostering arrangements,",
                               "the same number as the",       "year before, and all were", "visited on time."};
    sbw::test::writePaintedPdf(path, 1, [&](QPainter& p, int) {
      startReport(p);
      for (int i = 0; i < left.size(); ++i) {
        p.drawText(QPointF(72, 140 + 14 * i), left[i]);
        p.drawText(QPointF(320, 140 + 14 * i), right[i]);
      }
    });
    const auto reading = readPdf(path);
    const auto& referrals = only(reading, "1,954");
    QCOMPARE(referrals.area, std::string("Hammersmith and Fulham"));
    QCOMPARE(referrals.indicatorKey, std::string("referrals"));
    QCOMPARE(period(referrals), std::string("2016-04-01..2017-03-31"));
    const auto& fostering = only(reading, "12");
    QCOMPARE(fostering.area, std::string("Westminster"));
    QCOMPARE(fostering.indicatorKey, std::string("private_fostering"));
    QCOMPARE(period(fostering), std::string("2017-03-31..2017-03-31"));
  }

  // Targets are kept apart from outturns; changes too; a count and its share are two figures.
  void targetsChangesAndShares() {
    const auto reading = typeset(
        paper("Westminster Annual Report 2013-14",
              "<p>We will ensure that 75% of assessments are completed within 45 days.</p>"
              "<p>In 2013-14, 71% of assessments were completed within 45 days, a 1% increase on the previous year.</p>"
              "<p>In 2013-14, 1,937 (33%) of contacts progressed to a referral.</p>"));
    QCOMPARE(only(reading, "75%").kind, FigureKind::Target);
    QCOMPARE(only(reading, "71%").kind, FigureKind::Outturn);
    QCOMPARE(only(reading, "71%").indicatorKey, std::string("assessments_45_days"));
    const auto& change = only(reading, "1%");
    QCOMPARE(change.kind, FigureKind::Change);
    QCOMPARE(period(change), std::string("2013-04-01..2014-03-31"));  // the previous year is the baseline
    QCOMPARE(only(reading, "1,937").quantity.unit, Unit::Count);
    QCOMPARE(only(reading, "33%").quantity.unit, Unit::Percent);
  }

  // Numbers in words count when they count activity, not structure; ordinals only as ranks.
  void numbersInWords() {
    const auto reading =
        typeset(paper("Havering Safeguarding Children Board Annual Report 2016-17",
                      "<p>The Board covers three boroughs and has four Lay Members.</p>"
                      "<p>The Havering CDOP is aware of the deaths of twelve children during 2016/17.</p>"
                      "<p>The team includes two recently recruited workers.</p>"
                      "<p>Havering is the second most deprived borough in outer London.</p>"
                      "<p>This is the first year of the new arrangements.</p>"));
    QCOMPARE(values(reading), QString("twelve | second"));
    QCOMPARE(only(reading, "twelve").indicatorKey, std::string("child_death_notifications"));
    QCOMPARE(only(reading, "second").indicatorKey, std::string("ranking"));
    QCOMPARE(only(reading, "second").area, std::string("Havering"));
  }

  // Relative periods against the year reported on; "currently" leaves a figure undated.
  void relativePeriods() {
    const auto reading = typeset(paper("Havering Safeguarding Children Board Annual Report 2016-17",
                                       "<p>This year 73 delegates attended, as opposed to only 9 last year.</p>"
                                       "<p>There are currently 23 cases in live care proceedings.</p>"
                                       "<p>40 people attended a workshop in March.</p>"));
    QCOMPARE(period(only(reading, "73")), std::string("2016-04-01..2017-03-31"));
    QCOMPARE(period(only(reading, "9")), std::string("2015-04-01..2016-03-31"));
    QCOMPARE(period(only(reading, "23")), std::string("none"));
    QVERIFY(!only(reading, "23").trusted);
    QCOMPARE(period(only(reading, "40")), std::string("2017-03-01..2017-03-31"));
  }

  // Trusted: area, indicator and period all sure. A figure with its period only from the
  // document's year, or whose measure names nothing the dictionary knows, waits for review.
  void trustedOrForReview() {
    const auto reading = typeset(paper("Camden Safeguarding Children Board Annual Report 2016-17",
                                       "<p>In 2016-17 Camden received 2,134 referrals.</p>"
                                       "<p>The board's newsletter reached 640 subscribers.</p>"));
    const auto& referrals = only(reading, "2,134");
    QVERIFY(referrals.trusted);
    QVERIFY(referrals.doubt.empty());
    const auto& subscribers = only(reading, "640");
    QVERIFY(!subscribers.trusted);
    QVERIFY(!subscribers.doubt.empty());
  }

  // Notes run together at the foot of a page are marks, not figures; the figure they annotate is.
  void footnoteRunsAreNotFigures() {
    const auto reading = typeset(paper("Westminster LSCB Annual Report 2016-17",
                                       "<p>In 2016-17 Westminster received 1,954 referrals to children's social "
                                       "care.</p><p>1 ONS Mid-Year Estimates 2014 2 End Child Poverty 2014</p>"));
    QCOMPARE(values(reading), QString("1,954"));
  }

  // A row naming its own source of income is not the section's; a row of costs is the section's.
  void incomeRowsKeepTheirOwnMeaning() {
    const auto reading = typeset(
        paper("Tri-borough LSCB Budget 2020/21",
              "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>2020/21 Outturn</th><th>LBHF</th>"
              "<th>RBKC</th><th>WCC</th></tr>"
              "<tr><td>CONTRIBUTIONS</td><td></td><td></td><td></td></tr>"
              "<tr><td>Metropolitan Police</td><td>-5,000</td><td>-5,000</td><td>-5,000</td></tr>"
              "<tr><td>Training income</td><td>-2,300</td><td>-2,300</td><td>-2,300</td></tr>"
              "<tr><td>EXPENDITURE</td><td></td><td></td><td></td></tr>"
              "<tr><td>Other LSCB costs</td><td>9,778</td><td>9,778</td><td>9,778</td></tr></table>"));
    for (const auto* f : printedAs(reading, "-5,000")) QCOMPARE(f->indicatorKey, std::string("partner_contributions"));
    for (const auto* f : printedAs(reading, "-2,300")) {
      QVERIFY2(f->indicatorKey.empty(), f->indicatorKey.c_str());  // income from training, no partner's
      QVERIFY(!f->trusted);
    }
    for (const auto* f : printedAs(reading, "9,778")) QCOMPARE(f->indicatorKey, std::string("expenditure"));
  }

  // "Ave" after three month columns is the average over those months, not the last month.
  void averageColumnsSpanTheirMonths() {
    const auto reading =
        typeset(paper("Westminster Cabinet Member Update, October 2014",
                      "<p>Three Month Averages - NEET</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                      "<tr><th></th><th>Apr-14</th><th>May-14</th><th>Jun-14</th><th>Ave</th></tr>"
                      "<tr><td>Westminster</td><td>3.2%</td><td>3.3%</td><td>3.4%</td><td>3.3%</td></tr></table>"));
    QCOMPARE(period(only(reading, "3.2%")), std::string("2014-04-01..2014-04-30"));
    const auto average = printedAs(reading, "3.3%");
    QCOMPARE(average.size(), size_t(2));
    QCOMPARE(period(*average.back()), std::string("2014-04-01..2014-06-30"));
  }

  // The year in a law's name is no period; the figure takes the year the sentence gives.
  void lawsYearsAreNoPeriods() {
    const auto reading = typeset(paper("Havering Safeguarding Children Board Annual Report 2016-17",
                                       "<p>Under the Children Act 1989, 245 children were in care in Havering at 31 "
                                       "March 2017.</p>"));
    QCOMPARE(values(reading), QString("245"));
    QCOMPARE(period(only(reading, "245")), std::string("2017-03-31..2017-03-31"));
  }

  // The progress paragraph under a numbered commitment is about what the commitment is about.
  void numberedCommitmentsGiveTheTopic() {
    const auto reading = typeset(
        paper("Westminster Cabinet Member Update, October 2014",
              "<p>1.6 We will ensure that at least half of the families on the Troubled Families programme will have "
              "resolved their offending.</p><p>In 2013-14, 599 families were worked with.</p>"
              "<p>1.7 We will improve attendance.</p><p>In 2013-14, 212 families were visited.</p>"));
    QCOMPARE(only(reading, "599").indicatorKey, std::string("troubled_families"));
    QVERIFY(only(reading, "212").indicatorKey.empty());  // the next number ends the topic
  }

  // Sessions given to parents are not the training of practitioners; a passive verb says what
  // was counted ("deaths were reviewed" counts reviews).
  void audiencesAndPassives() {
    const auto reading = typeset(
        paper("Tower Hamlets Safeguarding Children Board Annual Report 2013-2014",
              "<h2>Training</h2><p>Safeguarding training sessions are delivered to staff in schools. 12 courses were "
              "delivered over the past year.</p><p>13 sessions were delivered to 50 parents over the past year.</p>"
              "<h2>Child Death Overview Panel</h2><p>A total of 30 child deaths were reviewed during 2013-14.</p>"));
    QCOMPARE(only(reading, "12").indicatorKey, std::string("training_delivered"));
    QVERIFY(only(reading, "13").indicatorKey.empty());
    QCOMPARE(only(reading, "30").indicatorKey, std::string("child_death_reviews"));
  }

  // A paper in a pack, dated on its cover: "currently" is that date. A generic noun counted under
  // a heading about something is read as that something, but waits for review.
  void currentlyIsTheCoverDate() {
    const auto reading = typeset(
        "<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt\">"
        "<p>Hammersmith and Fulham Policy and Accountability Committee</p><p>Minutes</p>"
        "<p>Monday 11 September 2017</p><p>The committee noted the report.</p>"
        "<p style=\"page-break-before: always\">London Borough of Hammersmith &amp; Fulham</p>"
        "<p>13 November 2017</p><h1>CHILD PROTECTION REPORT 2016-2017</h1>"
        "<p>Report of the Director for Children's Services</p><p>Key Decision: No</p>"
        "<p>Wards Affected: All</p><h2>Care Proceedings</h2>"
        "<p>5.12 There are currently 23 cases in live care proceedings.</p>"
        "<p>5.14 There are currently 17 cases in which Supervision Orders are in place.</p></body></html>");
    const auto& live = only(reading, "23");
    QCOMPARE(live.indicatorKey, std::string("care_proceedings"));
    QCOMPARE(period(live), std::string("2017-11-13..2017-11-13"));
    QVERIFY(live.trusted);
    const auto& orders = only(reading, "17");
    QCOMPARE(period(orders), std::string("2017-11-13..2017-11-13"));
    QVERIFY2(!orders.trusted, orders.doubt.c_str());  // only the heading says these are care proceedings
  }

  // A table printed as lines of text: a header line naming the columns, rows ending in figures.
  void tablePrintedAsText() {
    const QString path = dir_.filePath("lines.pdf");
    const QStringList lines = {"Local Population Profile (mid year 2015 estimates)", "LBHF RBKC WCC Total",
                               "All ages resident population 179,410 157,711 242,299 579,420",
                               "0 to 4 years 11,601 8,981 13,927 34,509"};
    sbw::test::writePaintedPdf(path, 1, [&](QPainter& p, int) {
      startReport(p);
      for (int i = 0; i < lines.size(); ++i) p.drawText(QPointF(72, 140 + 20 * i), lines[i]);
    });
    const auto reading = readPdf(path);
    QCOMPARE(printedAs(reading, "0").size(), size_t(0));  // the age band's numbers are its label
    QCOMPARE(only(reading, "179,410").area, std::string("Hammersmith and Fulham"));
    QCOMPARE(only(reading, "179,410").indicatorKey, std::string("population"));
    QCOMPARE(only(reading, "579,420").area, std::string("Tri-borough"));
    QCOMPARE(only(reading, "13,927").area, std::string("Westminster"));
    QCOMPARE(only(reading, "13,927").indicatorKey, std::string("child_population"));
    QCOMPARE(period(only(reading, "13,927")), std::string("2015-06-30..2015-06-30"));  // a mid-year estimate
  }
};

QTEST_MAIN(TestIngestFigures)
#include "test_ingest_figures.moc"
