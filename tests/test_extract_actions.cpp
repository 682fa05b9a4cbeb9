// Actions, recommendations, resolutions and plan actions read through the one reading pipeline
// (ingest::readDocument), layout by layout: trackers ruled and unruled, cells centred vertically
// and wrapped, the officer written after the action, a tracker carried over a page with and
// without its header, numbered recommendations, minutes, a business plan over pages, status
// wording and coloured RAG cells. Every fixture is drawn here; each expectation is what it drew.

#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "core/due_date.h"
#include "core/text.h"
#include "extract/action_phrases.h"
#include "ingest/read_document.h"
#include "pdf/pdf_document.h"
#include "support/fixture_pdf.h"

using namespace sbw;

namespace {

QFont font(double points, bool bold = false) {
  QFont f(QStringLiteral("DejaVu Sans"));
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

constexpr double kLine = 12;  // line pitch of the 9-point table text

// A table drawn cell by cell: each cell's lines from its top; `centred` sets a cell's lines in the
// middle of its row, as word processors do with vertically centred cells.
struct Drawn {
  std::vector<double> x;                       // column starts
  double right = 540;                          // the table's right edge
  std::vector<QStringList> header;             // one title (lines) per column
  std::vector<std::vector<QStringList>> rows;  // rows of cells, each cell its lines
  bool ruled = false;
  bool shadedHeader = false;
  bool centred = false;
  std::vector<std::vector<QColor>> fills;  // per row and column; invalid colour: none
};

double cellHeight(const QStringList& lines) { return std::max<double>(1, lines.size()) * kLine; }

// Draws the table from `top`; returns where it ends.
double drawTable(QPainter& p, const Drawn& t, double top) {
  const double pad = 4;
  double y = top;
  const auto rowHeight = [&](const std::vector<QStringList>& cells) {
    double h = 0;
    for (const auto& c : cells) h = std::max(h, cellHeight(c));
    return h + 2 * pad;
  };
  const auto drawRow = [&](const std::vector<QStringList>& cells, bool bold, const std::vector<QColor>* fills) {
    const double h = rowHeight(cells);
    for (size_t c = 0; c < cells.size(); ++c) {
      const double x1 = t.x[c];
      const double x2 = c + 1 < t.x.size() ? t.x[c + 1] : t.right;
      if (bold && t.shadedHeader) p.fillRect(QRectF(x1, y, x2 - x1, h), QColor(205, 215, 235));
      if (fills != nullptr && c < fills->size() && (*fills)[c].isValid())
        p.fillRect(QRectF(x1, y, x2 - x1, h), (*fills)[c]);
      if (t.ruled) {
        p.setPen(QPen(Qt::black, 0.8));
        p.drawRect(QRectF(x1, y, x2 - x1, h));
      }
      p.setPen(Qt::black);
      p.setFont(font(9, bold));
      const double offset = t.centred ? (h - cellHeight(cells[c])) / 2 : pad;
      for (qsizetype l = 0; l < cells[c].size(); ++l) {
        p.drawText(QPointF(x1 + pad, y + offset + (l + 1) * kLine - 3), cells[c][l]);
      }
    }
    y += h;
  };
  drawRow(t.header, true, nullptr);
  for (size_t r = 0; r < t.rows.size(); ++r) drawRow(t.rows[r], false, r < t.fills.size() ? &t.fills[r] : nullptr);
  return y;
}

void heading(QPainter& p, double y, const QString& text, double size = 12) {
  p.setPen(Qt::black);
  p.setFont(font(size, true));
  p.drawText(QPointF(57, y), text);
}

void line(QPainter& p, double y, const QString& text) {
  p.setPen(Qt::black);
  p.setFont(font(10.5));
  p.drawText(QPointF(57, y), text);
}

ingest::DocumentReading readPdf(const QString& path) {
  return ingest::readDocument(pdf::PdfDocument::open(path.toStdString()));
}

QString describe(const ingest::DocumentReading& reading) {
  QString out;
  for (const auto& a : reading.actions) {
    out += QString("\n[p%1 %2] %3 | owner %4 | due %5 | update %6")
               .arg(a.page)
               .arg(actionKindName(a.kind))
               .arg(QString::fromStdString(a.text), QString::fromStdString(a.owner), QString::fromStdString(a.dueLabel),
                    QString::fromStdString(a.updateText));
  }
  return out;
}

const ingest::Action* startingWith(const ingest::DocumentReading& reading, const std::string& start) {
  for (const auto& a : reading.actions) {
    if (a.text.rfind(start, 0) == 0) return &a;
  }
  return nullptr;
}

std::string iso(const std::optional<Date>& date) { return date ? date->iso() : std::string("-"); }

std::vector<QStringList> row(std::initializer_list<QStringList> cells) { return cells; }

}  // namespace

class TestExtractActions : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private Q_SLOTS:
  void ruledTrackerGivesOneActionPerRow() {
    Drawn t;
    t.x = {57, 100, 300, 400, 470};
    t.ruled = true;
    t.header = {{"Ref"}, {"Action"}, {"Owner"}, {"Due"}, {"Status"}};
    t.rows = {row({{"A1"},
                   {"Provide a breakdown of re-referrals", "by referral source to Members."},
                   {"Head of Service"},
                   {"March 2018"},
                   {"Complete"}}),
              row({{"A2"},
                   {"Report on the take-up of early help", "assessments by secondary schools."},
                   {"Director of", "Education"},
                   {"June 2018"},
                   {"In progress"}})};
    sbw::test::writePaintedPdf(path("ruled.pdf"), 1, [&](QPainter& p, int) {
      heading(p, 70, "Action Tracker");
      drawTable(p, t, 90);
    });
    const auto reading = readPdf(path("ruled.pdf"));
    QVERIFY2(reading.actions.size() == 2, qPrintable(describe(reading)));
    const auto& a1 = reading.actions[0];
    QCOMPARE(a1.reference, std::string("A1"));
    QCOMPARE(a1.text, std::string("Provide a breakdown of re-referrals by referral source to Members."));
    QCOMPARE(a1.owner, std::string("Head of Service"));
    QCOMPARE(iso(a1.dueDate), std::string("2018-03-31"));
    QVERIFY(a1.status == ActionStatus::Complete);
    QCOMPARE(reading.actions[1].owner, std::string("Director of Education"));  // wrapped in its cell
    QVERIFY(reading.actions[1].status == ActionStatus::InProgress);
    QVERIFY(a1.source == ActionSource::Tracker);
  }

  void unruledTrackerUnderShadedHeader() {
    Drawn t;
    t.x = {57, 160, 420};
    t.shadedHeader = true;
    t.header = {{"Agenda Item"}, {"Action"}, {"Update"}};
    t.rows = {row({{"Item 5 Finance"},
                   {"Officers to circulate the revised", "budget to all Members before the", "next meeting."},
                   {"Action complete."}}),
              row({{"Item 6 Transport"}, {"Report on the new transport contract."}, {"Not started"}})};
    sbw::test::writePaintedPdf(path("unruled.pdf"), 1, [&](QPainter& p, int) { drawTable(p, t, 90); });
    const auto reading = readPdf(path("unruled.pdf"));
    QVERIFY2(reading.actions.size() == 2, qPrintable(describe(reading)));
    QCOMPARE(reading.actions[0].agendaItem, std::string("Item 5 Finance"));
    QCOMPARE(reading.actions[0].owner, std::string("Officers"));  // "Officers to circulate…"
    QVERIFY(reading.actions[0].status == ActionStatus::Complete);
    QVERIFY(reading.actions[1].status == ActionStatus::Open);
  }

  void centredCellsWrappedOverSeveralLinesAreOneRow() {
    Drawn t;
    t.x = {57, 160, 430};
    t.centred = true;
    t.header = {{"Agenda Item"}, {"Action and responsible officer"}, {"Update"}};
    t.rows = {row({{"Agenda Item 5", "Questions and Answer", "Session: Cabinet", "Member for Sports,",
                    "Leisure and Open", "Spaces"},
                   {"Officers to advise members who was the fastest", "Councillor in the Westminster Mile."},
                   {"Action complete."}}),
              row({{"Agenda Item 6 SEN", "Passenger Transport", "Update"},
                   {"Updated report on SEN Passenger Transport", "be sent to members in the next 2 weeks."},
                   {"Action complete. It was", "decided not to establish", "a Task Group but keep a",
                    "close watch on the", "contract/operation."}})};
    sbw::test::writePaintedPdf(path("centred.pdf"), 1, [&](QPainter& p, int) {
      heading(p, 60, "ROUND ONE (18 June 2014)");
      drawTable(p, t, 80);
    });
    const auto reading = readPdf(path("centred.pdf"));
    QVERIFY2(reading.actions.size() == 2, qPrintable(describe(reading)));  // not one "action" per wrapped line
    QCOMPARE(reading.actions[0].text,
             std::string("Officers to advise members who was the fastest Councillor in the Westminster Mile."));
    QCOMPARE(
        reading.actions[0].agendaItem,
        std::string("Agenda Item 5 Questions and Answer Session: Cabinet Member for Sports, Leisure and Open Spaces"));
    QVERIFY(startsWith(reading.actions[1].updateText, "Action complete. It was decided"));
    // The heading dates the meeting; "in the next 2 weeks" counts from it.
    QCOMPARE(iso(reading.actions[1].dueDate), std::string("2014-07-02"));
  }

  void officerWrittenAfterTheActionIsSplitOff() {
    Drawn t;
    t.x = {57, 160, 400};
    t.header = {{"Agenda Item"}, {"Action and responsible officer"}, {"Update"}};
    t.rows = {row({{"Agenda item 6"},
                   {"Provide an update on whether the Active", "Westminster Map can be delivered sooner",
                    "Richard Barker, Director of Sport, Leisure", "& Wellbeing"},
                   {"Action is complete."}})};
    t.ruled = true;
    sbw::test::writePaintedPdf(path("owner.pdf"), 1, [&](QPainter& p, int) { drawTable(p, t, 80); });
    const auto reading = readPdf(path("owner.pdf"));
    QVERIFY2(reading.actions.size() == 1, qPrintable(describe(reading)));
    QCOMPARE(reading.actions[0].text,
             std::string("Provide an update on whether the Active Westminster Map can be delivered sooner"));
    QCOMPARE(reading.actions[0].owner, std::string("Richard Barker, Director of Sport, Leisure & Wellbeing"));
  }

  void trackerGoesOnOverThePageWithoutItsHeader() {
    Drawn first;
    first.x = {57, 160, 430};
    first.header = {{"Agenda Item"}, {"Action"}, {"Update"}};
    first.rows = {
        row({{"Item 3"}, {"Circulate the audit of child sexual exploitation cases to all Members."}, {"Complete"}}),
        row({{"Item 4"},
             {"Questions to the Cabinet Member about", "school places, the 75% target and",
              "what measures have been undertaken to"},
             {"Complete, response emailed."}})};
    Drawn rest = first;
    rest.header.clear();
    rest.rows = {row({{}, {"increase this target now to 80%?"}, {}}),
                 row({{"Item 5"}, {"Arrange a visit for Members to the Hub."}, {"In progress"}})};
    sbw::test::writePaintedPdf(path("carried.pdf"), 2, [&](QPainter& p, int page) {
      if (page == 0) {
        drawTable(p, first, 700);  // runs to the foot of the page
        return;
      }
      // The rest at the top of the next page, in the same columns, without the header.
      double y = 57;
      for (const auto& r : rest.rows) {
        p.setFont(font(9));
        for (size_t c = 0; c < r.size(); ++c) {
          for (qsizetype l = 0; l < r[c].size(); ++l)
            p.drawText(QPointF(rest.x[c] + 4, y + (l + 1) * kLine - 3), r[c][l]);
        }
        y += 2 * kLine;
      }
      heading(p, y + 40, "Recommendation Tracker");
    });
    const auto reading = readPdf(path("carried.pdf"));
    QVERIFY2(reading.actions.size() == 3, qPrintable(describe(reading)));
    QVERIFY(endsWith(reading.actions[1].text, "measures have been undertaken to increase this target now to 80%?"));
    QCOMPARE(reading.actions[1].page, 1);  // an item that runs over a break keeps its first page
    QCOMPARE(reading.actions[2].page, 2);
    QCOMPARE(reading.actions[2].agendaItem, std::string("Item 5"));
  }

  void trackerGoesOnUnderItsRepeatedHeader() {
    Drawn t;
    t.x = {57, 100, 330, 430};
    t.ruled = true;
    t.header = {{"Ref"}, {"Action"}, {"Owner"}, {"Due"}};
    t.rows = {row({{"A1"}, {"Review the thresholds document."}, {"Board Manager"}, {"Jan 14"}})};
    Drawn next = t;
    next.rows = {row({{"A2"}, {"Publish the annual report."}, {"Chair"}, {"2014/15"}})};
    sbw::test::writePaintedPdf(path("repeated.pdf"), 2, [&](QPainter& p, int page) {
      if (page == 0) {
        heading(p, 60, "Action Tracker");
        drawTable(p, t, 740);
      } else {
        drawTable(p, next, 57);
      }
    });
    const auto reading = readPdf(path("repeated.pdf"));
    QVERIFY2(reading.actions.size() == 2, qPrintable(describe(reading)));
    QCOMPARE(iso(reading.actions[0].dueDate), std::string("2014-01-31"));  // "Jan 14": the end of January 2014
    QCOMPARE(iso(reading.actions[1].dueDate), std::string("2015-03-31"));  // a financial year
    QCOMPARE(reading.actions[1].owner, std::string("Chair"));
  }

  void numberedRecommendationsWithTheirCabinetMember() {
    Drawn t;
    t.x = {57, 140};
    t.header = {{"Agenda Item"}, {"Recommendation and responsible officer / cabinet member"}};
    t.rows = {row({{"Special", "Educational", "Needs Strategy"},
                   {"1. That the City Council should do more to help parents of children with",
                    "    Special Educational Needs meet and work together.",
                    "2. That all schools should be encouraged to adopt the same standard",
                    "    template for their Local Offer."}})};
    sbw::test::writePaintedPdf(path("recommendations.pdf"), 1, [&](QPainter& p, int) {
      const double end = drawTable(p, t, 80);
      p.setFont(font(9));
      p.drawText(QPointF(200, end + 10), "Cabinet Member for Children and Young People");
    });
    const auto reading = readPdf(path("recommendations.pdf"));
    QVERIFY2(reading.actions.size() == 2, qPrintable(describe(reading)));
    for (const auto& a : reading.actions) {
      QVERIFY(a.kind == ActionKind::Recommendation);
      QCOMPARE(a.owner, std::string("Cabinet Member for Children and Young People"));
      QCOMPARE(a.agendaItem, std::string("Special Educational Needs Strategy"));
    }
    QCOMPARE(reading.actions[0].reference, std::string("1"));
    QVERIFY(startsWith(reading.actions[1].text, "That all schools should be encouraged"));
  }

  void minutesResolutionsThatAskToActAndThoseThatOnlyNote() {
    sbw::test::writePaintedPdf(path("minutes.pdf"), 1, [&](QPainter& p, int) {
      heading(p, 60, "MINUTES");
      heading(p, 85, "CHILDREN AND FAMILIES SCRUTINY COMMITTEE");
      line(p, 110, "Wednesday 18 June 2014");
      line(p, 130, "Members Present: Councillors Jane Smith (Chair), Ravi Patel and Anne Jones.");
      heading(p, 160, "4. ACTION TRACKER");
      line(p, 180, "4.1 RESOLVED: That the action tracker be noted.");
      heading(p, 210, "5. SCHOOL TRANSPORT");
      line(p, 230, "5.1 The Committee requested that an updated report on school transport be sent");
      line(p, 245, "to Members in the next 2 weeks.");
      line(p, 265, "5.2 RESOLVED: That officers report back to the Committee on the new contract");
      line(p, 280, "by October 2014.");
      line(p, 300, "5.3 ACTION: The Scrutiny Officer to circulate the contract terms to all Members.");
      line(p, 320, "5.4 The Chair said that she would take the proposal to the Youth Council.");
      line(p, 340, "5.5 Councillor Patel asked what had caused the increase in costs.");
      line(p, 370, "The meeting ended at 9.15 pm.");
    });
    const auto reading = readPdf(path("minutes.pdf"));
    QVERIFY2(reading.actions.size() == 4, qPrintable(describe(reading)));
    QVERIFY(!startingWith(reading, "That the action tracker be noted"));  // notes only: asks nothing
    const auto* requested = startingWith(reading, "The Committee requested");
    QVERIFY(requested != nullptr);
    QCOMPARE(iso(requested->dueDate), std::string("2014-07-02"));  // two weeks after the meeting
    QCOMPARE(requested->agendaItem, std::string("5. SCHOOL TRANSPORT"));
    const auto* resolved = startingWith(reading, "That officers report back");
    QVERIFY(resolved != nullptr);
    QVERIFY(resolved->kind == ActionKind::Resolution);
    QCOMPARE(iso(resolved->dueDate), std::string("2014-10-31"));
    const auto* action = startingWith(reading, "ACTION: The Scrutiny Officer");
    QVERIFY(action != nullptr);
    QCOMPARE(action->owner, std::string("The Scrutiny Officer"));
    const auto* undertaking = startingWith(reading, "The Chair said");
    QVERIFY(undertaking != nullptr);
    QCOMPARE(undertaking->owner, std::string("The Chair (Councillor Jane Smith)"));  // named from the attendance
    QVERIFY(!startingWith(reading, "Councillor Patel asked what"));                  // a question asks no one to act
    const auto& meeting = reading.meetings.at(static_cast<size_t>(requested->meeting));
    QCOMPARE(iso(meeting.date), std::string("2014-06-18"));
    QVERIFY(std::any_of(meeting.attendees.begin(), meeting.attendees.end(),
                        [](const auto& a) { return a.name == "Councillor Jane Smith" && a.role == "Chair"; }));
  }

  void planTableOverPagesWithBulletedActions() {
    Drawn t;
    t.x = {57, 150, 330, 410, 505};
    t.header = {{"Objective"}, {"Action"}, {"Outcome"}, {"Lead"}, {"Target"}};
    t.shadedHeader = true;
    t.rows = {row({{"Governance"},
                   {"• Review the governance strategy", "• Develop a notification protocol"},
                   {"Partners are", "assured"},
                   {"LSCB Chair"},
                   {"Jan 14", "Mar 14"}})};
    Drawn next = t;
    next.rows = {row({{"Early help"},
                      {"Agree a local information sharing", "agreement"},
                      {"Families helped", "earlier"},
                      {"Business Manager"},
                      {"On-going"}})};
    sbw::test::writePaintedPdf(path("plan.pdf"), 2, [&](QPainter& p, int page) {
      if (page == 0) {
        heading(p, 60, "Business Plan 2014-16");
        drawTable(p, t, 720);
      } else {
        drawTable(p, next, 57);
      }
    });
    const auto reading = readPdf(path("plan.pdf"));
    QVERIFY2(reading.actions.size() == 3, qPrintable(describe(reading)));
    for (const auto& a : reading.actions) QVERIFY(a.kind == ActionKind::Plan);
    QCOMPARE(reading.actions[0].text, std::string("Review the governance strategy"));
    QCOMPARE(iso(reading.actions[0].dueDate), std::string("2014-01-31"));
    QCOMPARE(reading.actions[1].text, std::string("Develop a notification protocol"));
    QCOMPARE(iso(reading.actions[1].dueDate), std::string("2014-03-31"));
    QCOMPARE(reading.actions[1].owner, std::string("LSCB Chair"));
    QCOMPARE(reading.actions[2].page, 2);  // under the header printed again
    QCOMPARE(reading.actions[2].owner, std::string("Business Manager"));
    QCOMPARE(reading.actions[2].dueLabel, std::string("On-going"));
    QVERIFY(!reading.actions[2].dueDate);
  }

  void statusWordingIsRead() {
    std::string printed;
    QVERIFY(extract::statusFromWording("Action complete", &printed) == ActionStatus::Complete);
    QCOMPARE(printed, std::string("action complete"));
    QVERIFY(extract::statusFromWording("Ongoing") == ActionStatus::InProgress);
    QVERIFY(extract::statusFromWording("Not started") == ActionStatus::Open);
    QVERIFY(extract::statusFromWording("Overdue – RED") == ActionStatus::Open);
    QVERIFY(extract::statusFromWording("Not yet complete") == ActionStatus::Open);
    QVERIFY(extract::statusFromWording("further work is required to embed this") == ActionStatus::InProgress);
    QVERIFY(!extract::statusFromWording("The report was presented to the Board"));

    Drawn t;
    t.x = {57, 100, 330, 430};
    t.ruled = true;
    t.header = {{"Ref"}, {"Action"}, {"Due"}, {"Progress"}};
    t.rows = {row({{"1"}, {"Refresh the neglect strategy."}, {"Sept 2017"}, {"Overdue – RED"}})};
    sbw::test::writePaintedPdf(path("wording.pdf"), 1, [&](QPainter& p, int) { drawTable(p, t, 80); });
    const auto reading = readPdf(path("wording.pdf"));
    QVERIFY2(reading.actions.size() == 1, qPrintable(describe(reading)));
    QVERIFY(reading.actions[0].status == ActionStatus::Open);
    QVERIFY(reading.actions[0].rag == Rag::Red);
    QCOMPARE(reading.actions[0].updateText, std::string("Overdue – RED"));  // printed wording kept
    QCOMPARE(iso(reading.actions[0].dueDate), std::string("2017-09-30"));
  }

  void colouredRagCellsWithTheirKey() {
    Drawn t;
    t.x = {57, 100, 400, 470};
    t.ruled = true;
    t.header = {{"Ref"}, {"Action"}, {"Owner"}, {"RAG"}};
    t.rows = {row({{"1"}, {"Publish the learning review."}, {"Chair"}, {}}),
              row({{"2"}, {"Audit the neglect cases."}, {"QA Group"}, {}}),
              row({{"3"}, {"Train the foster carers."}, {"Police"}, {}})};
    const QColor red(230, 40, 40), amber(255, 190, 0), green(40, 170, 70);
    t.fills = {{QColor(), QColor(), QColor(), red},
               {QColor(), QColor(), QColor(), amber},
               {QColor(), QColor(), QColor(), green}};
    sbw::test::writePaintedPdf(path("rag.pdf"), 1, [&](QPainter& p, int) {
      p.setFont(font(10));
      const std::vector<std::pair<QColor, QString>> key = {
          {red, "Not started"}, {amber, "In progress"}, {green, "Complete"}};
      double y = 60;
      for (const auto& [colour, words] : key) {
        p.fillRect(QRectF(57, y - 10, 24, 14), colour);
        p.setPen(Qt::black);
        p.drawText(QPointF(90, y), words);
        y += 22;
      }
      drawTable(p, t, 150);
    });
    const auto reading = readPdf(path("rag.pdf"));
    QVERIFY2(reading.actions.size() == 3, qPrintable(describe(reading)));
    QVERIFY(reading.actions[0].rag == Rag::Red);
    QVERIFY(reading.actions[1].rag == Rag::Amber);
    QVERIFY(reading.actions[2].rag == Rag::Green);
    QVERIFY(reading.actions[0].status == ActionStatus::Open);  // the key: red is "Not started"
    QVERIFY(reading.actions[1].status == ActionStatus::InProgress);
    QVERIFY(reading.actions[2].status == ActionStatus::Complete);
  }

  void dueDatesFollowTheConventions() {
    DueContext meeting;
    meeting.meeting = Date{2014, 6, 18};
    QCOMPARE(iso(resolveDueDate("in the next 2 weeks", meeting)), std::string("2014-07-02"));
    QCOMPARE(iso(resolveDueDate("in the next week", meeting)), std::string("2014-06-25"));
    DueContext report;
    report.reportingEnd = Date{2017, 3, 31};
    QCOMPARE(iso(resolveDueDate("for the coming year", report)), std::string("2018-03-31"));
    QCOMPARE(iso(resolveDueDate("Jan 14")), std::string("2014-01-31"));
    QCOMPARE(iso(resolveDueDate("in 2017-18")), std::string("2018-03-31"));
    QCOMPARE(iso(resolveDueDate("2014-16")), std::string("2016-03-31"));
    QCOMPARE(iso(resolveDueDate("early 2018")), std::string("2018-03-31"));
    QCOMPARE(iso(resolveDueDate("in the autumn of 2014")), std::string("2014-11-30"));
    QCOMPARE(iso(resolveDueDate("summer term 2017")), std::string("2017-07-31"));
    QCOMPARE(iso(resolveDueDate("at the end of quarter 3 2021/2022")), std::string("2021-12-31"));
    QCOMPARE(iso(resolveDueDate("later in 2017")), std::string("2017-12-31"));
    QVERIFY(!resolveDueDate("On-going"));
    QVERIFY(!resolveDueDate("4 x per annum"));
    QVERIFY(!resolveDueDate("17-18 and beyond"));
    QVERIFY(!resolveDueDate("over the next six months", report));  // not whole years
  }

  void reportListsAndCommitments() {
    sbw::test::writeHtmlPdf(
        path("report.pdf"),
        "<h1>Annual Report 2016-17</h1>"
        "<h2>Board Challenge</h2><ul><li>To monitor the Children Social Care action plan.</li>"
        "<li>To listen to young carers.</li></ul>"
        "<h2>Recommendations</h2><ol><li>Partners should audit referrals to the service every quarter.</li>"
        "<li>The Board should agree a joint working protocol.</li></ol>"
        "<p>The LSCB will publish its audit of neglect cases by March 2018. There will be a review of the "
        "specialist modules. The Board is considering a new approach to data. Referrals rose by a tenth in "
        "the year.</p>");
    const auto reading = readPdf(path("report.pdf"));
    const auto* challenge = startingWith(reading, "To monitor the Children Social Care action plan");
    QVERIFY2(challenge != nullptr, qPrintable(describe(reading)));
    QCOMPARE(challenge->owner, std::string("Board"));
    const auto* recommendation = startingWith(reading, "The Board should agree");
    QVERIFY2(recommendation != nullptr, qPrintable(describe(reading)));
    QVERIFY(recommendation->kind == ActionKind::Recommendation);
    const auto* commitment = startingWith(reading, "The LSCB will publish");
    QVERIFY2(commitment != nullptr, qPrintable(describe(reading)));
    QCOMPARE(commitment->owner, std::string("The LSCB"));
    QCOMPARE(iso(commitment->dueDate), std::string("2018-03-31"));
    QVERIFY(!startingWith(reading, "There will be a review"));    // names no one and no date
    QVERIFY(!startingWith(reading, "The Board is considering"));  // only weighing it
    QVERIFY(!startingWith(reading, "Referrals rose"));
  }

  // An update paper restates pledges; the one promise back to the committee is a task.
  void updatePaperKeepsOnlyPromisesToTheCommittee() {
    sbw::test::writeHtmlPdf(path("update.pdf"),
                            "<h1>Cabinet Member Update</h1><p>Date: 6 October 2014</p><p>Portfolio: Children</p>"
                            "<h2>Schools</h2><p>We will provide 240 extra primary school places in 2015. The existing "
                            "building will be demolished in October 2014.</p>"
                            "<h2>Health</h2><p>Information on this project will be provided by Public Health for "
                            "the next Policy and Scrutiny Committee.</p>");
    const auto reading = readPdf(path("update.pdf"));
    QVERIFY2(!startingWith(reading, "We will provide"), qPrintable(describe(reading)));
    QVERIFY2(!startingWith(reading, "The existing building"), qPrintable(describe(reading)));
    const auto* promise = startingWith(reading, "Information on this project");
    QVERIFY2(promise != nullptr, qPrintable(describe(reading)));
    QCOMPARE(promise->owner, std::string("Public Health"));
  }

  // What was done, aims, the paper describing itself and themes are not tasks; a dated
  // undertaking beside them is.
  void accountsAimsAndSelfDescriptionAreNotTasks() {
    sbw::test::writeHtmlPdf(
        path("accounts.pdf"),
        "<h1>Annual Report 2016-17</h1>"
        "<p>Public Health has led on the implementation of recommendations from the panel which included:</p>"
        "<ul><li>Development of a new protocol for primary care on follow up of missed appointments</li>"
        "<li>Carried out an analysis of the prevalence of consanguinity in the borough</li></ul>"
        "<p>The College will continue to prioritise safeguarding throughout the 2017-18 academic year.</p>"
        "<p>This section will set out the risks and priorities of the agencies for 2017-18.</p>"
        "<p>Neglect is a cross-cutting theme that needs to be highlighted across all the other priorities.</p>"
        "<p>When information cannot be shared, the LSCB will make the reasons clear.</p>"
        "<p>The Board will monitor the stability of education placements during 2017-18.</p>");
    const auto reading = readPdf(path("accounts.pdf"));
    QVERIFY2(!startingWith(reading, "Development of a new protocol"), qPrintable(describe(reading)));
    QVERIFY(!startingWith(reading, "Carried out"));
    QVERIFY(!startingWith(reading, "The College will continue"));
    QVERIFY(!startingWith(reading, "This section will"));
    QVERIFY(!startingWith(reading, "Neglect is"));
    QVERIFY(!startingWith(reading, "When information"));
    const auto* monitor = startingWith(reading, "The Board will monitor");
    QVERIFY2(monitor != nullptr, qPrintable(describe(reading)));
    QCOMPARE(monitor->owner, std::string("The Board"));
    QCOMPARE(iso(monitor->dueDate), std::string("2018-03-31"));
  }

  // The year looked back on: actions printed with how they went are still items, with status.
  void pastYearActionsWithTheirUpdates() {
    sbw::test::writeHtmlPdf(
        path("past.pdf"),
        "<h1>Annual Report 2016-17</h1>"
        "<p>In 2016/17, the service considered several actions as below. The actions were:</p>"
        "<p>\u2022 Continue to implement an effective conference service: the service has continued to develop "
        "good practice across all of its teams.</p>"
        "<p>\u2022 Meaningful participation so voices of children and families are heard: there has been wider "
        "discussion, but further work is required.</p>");
    const auto reading = readPdf(path("past.pdf"));
    const auto* first = startingWith(reading, "Continue to implement an effective conference service");
    QVERIFY2(first != nullptr, qPrintable(describe(reading)));
    const auto* second = startingWith(reading, "Meaningful participation");
    QVERIFY2(second != nullptr, qPrintable(describe(reading)));
    QVERIFY(second->status == ActionStatus::InProgress);
  }

  // "Priorities of the Health Subgroup for 2017-18" printed as a short line inside a paragraph
  // block heads the lines after it.
  void titleLineInsideAParagraphHeadsWhatFollows() {
    const QStringList lines = {"The Designated Doctors proposed that the structure should be changed and that there",
                               "should be one post across the three boroughs, which was supported by the partners.",
                               "Priorities of the Health Subgroup for 2017-18",
                               "To review the model of two Designated Doctors for the LSCB and propose one post in",
                               "its place across the three boroughs.",
                               "To hold an annual learning event for the group so that its work is captured and fed",
                               "back to the LSCB."};
    sbw::test::writePaintedPdf(path("title-line.pdf"), 1, [&](QPainter& p, int) {
      heading(p, 50, "Annual Report 2016-17", 16);
      p.setPen(Qt::black);
      p.setFont(font(10.5));
      for (qsizetype i = 0; i < lines.size(); ++i)
        p.drawText(QPointF(57, 80 + 14.5 * static_cast<double>(i)), lines[i]);
    });
    const auto reading = readPdf(path("title-line.pdf"));
    const auto* review = startingWith(reading, "To review the model");
    QVERIFY2(review != nullptr, qPrintable(describe(reading)));
    QVERIFY2(review->owner.find("Health Subgroup") != std::string::npos, qPrintable(describe(reading)));
    QCOMPARE(iso(review->dueDate), std::string("2018-03-31"));
    QVERIFY2(startingWith(reading, "To hold an annual learning event") != nullptr, qPrintable(describe(reading)));
  }

  // Lists run into a sentence after a decision or a task given, each entry an item.
  void listsRunIntoASentence() {
    sbw::test::writeHtmlPdf(
        path("inline.pdf"),
        "<h1>Annual Report 2013-14</h1>"
        "<p>The LSCB agreed that the Family Services Director would take forward phase two of this work in "
        "2014/15, including the following activities: to agree a work flow for missing children; to lead on "
        "engagement with the Police and other agencies; and to implement a Missing Children Protocol.</p>"
        "<p>Considering the evidence from the audit the SLWG will be tasked with: evaluating the impact of "
        "multi-agency work; identifying areas for improvement; and considering the needs of young people.</p>");
    const auto reading = readPdf(path("inline.pdf"));
    for (const std::string start : {"to agree a work flow", "to lead on engagement", "to implement a Missing"}) {
      const auto* item = startingWith(reading, start);
      QVERIFY2(item != nullptr, qPrintable(QString::fromStdString(start) + describe(reading)));
      QCOMPARE(item->owner, std::string("the Family Services Director"));
      QCOMPARE(iso(item->dueDate), std::string("2015-03-31"));
    }
    for (const std::string start : {"evaluating the impact", "identifying areas", "considering the needs"}) {
      const auto* item = startingWith(reading, start);
      QVERIFY2(item != nullptr, qPrintable(QString::fromStdString(start) + describe(reading)));
      QVERIFY2(item->owner.find("SLWG") != std::string::npos, qPrintable(describe(reading)));
    }
  }

  // "The subgroup", "the chair": the body named in the text just before.
  void genericOwnersFromTheTextBefore() {
    sbw::test::writeHtmlPdf(path("generic.pdf"),
                            "<h1>Annual Report 2016-17</h1><h2>Case reviews</h2>"
                            "<p>The Case Review subgroup considers how local agencies can learn from case reviews.</p>"
                            "<p>The subgroup will publish a key lessons briefing by March 2018.</p>");
    const auto reading = readPdf(path("generic.pdf"));
    const auto* briefing = startingWith(reading, "The subgroup will publish");
    QVERIFY2(briefing != nullptr, qPrintable(describe(reading)));
    QCOMPARE(briefing->owner, std::string("The subgroup (Case Review subgroup)"));
  }
};

QTEST_MAIN(TestExtractActions)
#include "test_extract_actions.moc"
