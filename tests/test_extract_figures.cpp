// Figures read from tables and prose: the SAMPLE reports' known figures, and prose traps
// (paragraph numbers, dates, times, telephone numbers, page numbers) that are not figures.

#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "core/text.h"
#include "extract/document_context.h"
#include "extract/document_title.h"
#include "extract/mentions.h"
#include "ingest/read_document.h"
#include "pdf/pdf_document.h"
#include "report/sample_catalogue.h"
#include "report/sample_reports.h"
#include "support/fixture_pdf.h"

using namespace sbw;

namespace {

ingest::DocumentReading extractFrom(const QString& path) {
  return ingest::readDocument(pdf::PdfDocument::open(path.toStdString()));
}

std::vector<std::string> tokens(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& part : QString::fromStdString(text).split(' ', Qt::SkipEmptyParts))
    out.push_back(part.toStdString());
  return out;
}

bool containsNoCase(const std::string& text, const std::string& part) {
  return QString::fromStdString(text).contains(QString::fromStdString(part), Qt::CaseInsensitive);
}

// Paints paragraphs of prose, one line each, 18 pt apart, from y = 120.
void writeProse(const QString& path, const QStringList& lines) {
  sbw::test::writePaintedPdf(path, 1, [&](QPainter& p, int) {
    QFont font("DejaVu Sans");
    font.setPointSize(10);
    p.setFont(font);
    double y = 120;
    for (const QString& line : lines) {
      if (line.isEmpty()) {
        y += 18;  // a blank line: a paragraph break
        continue;
      }
      p.drawText(QPointF(72, y), line);
      y += 13;
    }
  });
}

}  // namespace

class TestExtractFigures : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void areasAreFoundInRunningText() {
    const auto mentions =
        extract::findAreaMentions(tokens("In 2016-17 LBHF received 1,954 referrals, against England's"));
    QCOMPARE(mentions.size(), size_t(1));
    QCOMPARE(mentions[0].area->name, std::string("Hammersmith and Fulham"));
    QCOMPARE(mentions[0].begin, size_t(2));
    const auto longest = extract::findAreaMentions(tokens("the Royal Borough of Kensington and Chelsea (99)"));
    QCOMPARE(longest.size(), size_t(1));
    QCOMPARE(longest[0].area->name, std::string("Kensington and Chelsea"));
    QCOMPARE(longest[0].end, size_t(7));
    // "National" in a body's name is not England; "the national average" is.
    QVERIFY(extract::findAreaMentions(tokens("the National Probation Service paid")).empty());
    const auto national = extract::findAreaMentions(tokens("above the national average of 22%"));
    QCOMPARE(national.size(), size_t(1));
    QCOMPARE(national[0].area->name, std::string("England"));
  }

  void periodsAreFoundInRunningText() {
    const auto mentions = extract::findPeriodMentions(tokens("During 2013/14 the Panel reviewed 46 cases"));
    QCOMPARE(mentions.size(), size_t(1));
    QCOMPARE(mentions[0].period.kind, PeriodKind::FinancialYear);
    QCOMPARE(mentions[0].period.start->iso(), std::string("2013-04-01"));
    const auto range = extract::findPeriodMentions(tokens("between 1 October 2020 to 31 March 2021, 800 referrals"));
    QCOMPARE(range.size(), size_t(1));
    QCOMPARE(range[0].begin, size_t(1));
    QCOMPARE(range[0].end, size_t(8));
    QVERIFY(extract::findPeriodMentions(tokens("there were 1,954 referrals")).empty());
  }

  void documentContextComesFromTitleAndFirstPages() {
    const auto context = extract::documentContext("Havering Safeguarding Children Board Annual Report 2016-17",
                                                  {"Havering LSCB works with partners across Havering.", "London"});
    QVERIFY(context.area != nullptr);
    QCOMPARE(context.area->name, std::string("Havering"));
    QCOMPARE(context.periodPrinted, std::string("2016-17"));
    QCOMPARE(context.periods.financialYearStart.value_or(0), 2016);
  }

  void everySampleTableFigureIsRead() {
    const QStringList paths = report::writeSampleDocuments(dir_.filePath("samples"));
    const auto& catalogue = report::sampleCatalogue();
    for (size_t d = 0; d < catalogue.size(); ++d) {
      const auto result = extractFrom(paths[qsizetype(d)]);
      QCOMPARE(result.area, catalogue[d].area);
      for (const auto& expected : catalogue[d].figures) {
        bool found = false;
        for (const auto& figure : result.figures) {
          if (figure.quantity.printed != expected.printed) continue;
          // A table figure's label is its row label; a prose figure's is the clause around it,
          // which names the indicator's words, not always in the catalogue's order.
          bool named = true;
          for (const auto& word : QString::fromStdString(expected.indicator).split(' ', Qt::SkipEmptyParts)) {
            const QString stem = word.endsWith('s') ? word.chopped(1) : word;  // "referrals" ~ "referral"
            named = named && containsNoCase(figure.indicatorLabel, stem.toStdString());
          }
          if (!named) continue;
          if (!containsNoCase(figure.area, expected.area)) continue;
          if (!iequals(figure.periodLabel, expected.period)) continue;  // "At 31 March 2017" opens a sentence
          QCOMPARE(std::string(methodName(figure.method)), expected.kind);
          found = true;
          break;
        }
        QVERIFY2(
            found,
            qPrintable(QString("%1: %2 %3 %4 %5 not read")
                           .arg(QString::fromStdString(catalogue[d].fileName), QString::fromStdString(expected.area),
                                QString::fromStdString(expected.indicator), QString::fromStdString(expected.period),
                                QString::fromStdString(expected.printed))));
      }
    }
  }

  void agendaPackGivesMeetingAndTrackedActions() {
    const QStringList paths = report::writeSampleDocuments(dir_.filePath("agenda"));
    const auto& sample = report::sampleCatalogue().back();
    const auto result = extractFrom(paths.back());
    QCOMPARE(result.meetings.size(), size_t(1));
    const auto& meeting = result.meetings.front();
    QCOMPARE(meeting.date->iso(), std::string("2018-03-12"));
    QCOMPARE(meeting.agenda.size(), size_t(6));
    QCOMPARE(meeting.agenda[3].number, std::string("4"));
    QCOMPARE(meeting.agenda[3].title, std::string("Action tracker"));
    QCOMPARE(result.actions.size(), sample.actions.size());
    for (size_t i = 0; i < sample.actions.size(); ++i) {
      const auto& expected = sample.actions[i];
      const auto& action = result.actions[i];
      QCOMPARE(action.reference, expected.reference);
      QCOMPARE(action.text, expected.text);  // wrapped over several lines, read as one cell
      QCOMPARE(action.owner, expected.owner);
      QCOMPARE(action.dueLabel, expected.due);
      QCOMPARE(action.updateText, expected.status);
      QCOMPARE(action.rag.has_value(), !expected.rag.empty());
      QCOMPARE(action.agendaItem, std::string("Item 4: Action tracker"));
      QCOMPARE(action.page, 2);
    }
    // A tracker's cells are not figures; the summary table beside it is.
    for (const auto& figure : result.figures) QVERIFY(figure.quantity.printed != "March 2018");
    QVERIFY(std::any_of(result.figures.begin(), result.figures.end(),
                        [](const auto& f) { return f.quantity.printed == "3,689" && f.periodLabel == "2016-17"; }));
  }

  void trackerWithOwnersWrittenIntoTheActionColumn() {
    const QString path = dir_.filePath("tracker.pdf");
    sbw::test::writeHtmlPdf(
        path,
        "<p><b>Action Tracker</b></p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
        "style=\"border-collapse: collapse\" width=\"100%\">"
        "<tr><th>Agenda Item</th><th>Action and responsible officer</th><th>Update</th></tr>"
        "<tr><td>Agenda item 6 Questions and Answer session</td><td>Provide an update on whether the Active "
        "Westminster Map can be delivered sooner. Richard Barker, Director of Sport</td><td>Action is "
        "complete</td></tr>"
        "<tr><td>Agenda Item 5 SEN Passenger Transport Update</td><td>Updated report on SEN Passenger Transport "
        "be sent to members in the next 2 weeks.</td><td>In progress</td></tr></table>");
    const auto result = extractFrom(path);
    QString texts;
    for (const auto& action : result.actions) texts += QString::fromStdString(action.text) + " | ";
    QVERIFY2(result.actions.size() == 2, qPrintable(texts));
    QCOMPARE(result.actions[0].agendaItem, std::string("Agenda item 6 Questions and Answer session"));
    QVERIFY(startsWith(result.actions[0].text, "Provide an update on whether the Active Westminster Map"));
    QCOMPARE(result.actions[0].updateText, std::string("Action is complete"));
    QCOMPARE(result.actions[1].updateText, std::string("In progress"));
    QVERIFY(result.actions[0].kind == extract::ActionKind::Action);
  }

  void annualReportIsNoMeeting() {
    const QStringList paths = report::writeSampleDocuments(dir_.filePath("report"));
    const auto result = extractFrom(paths.front());
    QVERIFY(result.meetings.empty());
    QVERIFY(result.actions.empty());
  }

  void comparatorsAreMarked() {
    const QStringList paths = report::writeSampleDocuments(dir_.filePath("comparators"));
    const auto result = extractFrom(paths.front());
    int england = 0, london = 0;
    for (const auto& figure : result.figures) {
      england += figure.comparator == Comparator::England;
      london += figure.comparator == Comparator::London;
    }
    QCOMPARE(england, 3);  // the three indicators with England figures in Camden's table 1
    QCOMPARE(london, 3);
  }

  void proseTrapsAreNotFigures() {
    const QString path = dir_.filePath("traps.pdf");
    writeProse(path, {"5.1 In the financial year 2016-17 Family Services received 1,954 referrals.", "",
                      "The meeting starts at 7.00 pm on 31 March 2017 in Room 5.", "",
                      "Please call 020 7641 2770 or see page 12 and item 4 of the agenda.", "",
                      "Nineteen deaths of children were reviewed by the panel.", "",
                      "In England 22% of referrals were re-referrals, compared with 18.5 per cent locally."});
    const auto result = extractFrom(path);
    QStringList values;
    for (const auto& figure : result.figures) values << QString::fromStdString(figure.quantity.printed);
    QCOMPARE(values.join(" | "), QString("1,954 | Nineteen | 22% | 18.5 per cent"));
    const auto& referrals = result.figures[0];
    QVERIFY2(endsWith(referrals.periodLabel, "2016-17"), referrals.periodLabel.c_str());  // "financial year 2016-17"
    QVERIFY(containsNoCase(referrals.indicatorLabel, "referrals"));
    QCOMPARE(referrals.method, ExtractionMethod::Prose);
    QVERIFY(referrals.box.has_value());
    QVERIFY(referrals.box->x1 > 72);  // the figure's own box, not the line's
    QCOMPARE(result.figures[2].area, std::string("England"));
    QCOMPARE(result.figures[2].comparator, Comparator::England);
    QVERIFY(result.figures[3].areaLabel.empty());  // "locally": the document's own area
  }

  void theSubjectOfAFollowingSentenceIsKept() {
    const QString path = dir_.filePath("anaphora.pdf");
    writeProse(path, {"Each looked after child should have a Personal Education Plan (PEP).",
                      "This has improved over the year from 64% to 72% by the end of 2016-17."});
    const auto result = extractFrom(path);
    QCOMPARE(result.figures.size(), size_t(2));
    for (const auto& figure : result.figures) QVERIFY(containsNoCase(figure.indicatorLabel, "Personal Education Plan"));
    QCOMPARE(result.figures[1].quantity.printed, std::string("72%"));
  }

  void aRegionNamedInPassingDoesNotTakeTheFigure() {
    const QString path = dir_.filePath("region.pdf");
    writeProse(path, {"Westminster is the most active borough in London with 42.7% of adults taking part,",
                      "against a London average of 36%."});
    const auto result = extractFrom(path);
    QCOMPARE(result.figures.size(), size_t(2));
    QCOMPARE(result.figures[0].quantity.printed, std::string("42.7%"));
    QCOMPARE(result.figures[0].area, std::string("Westminster"));
    QCOMPARE(result.figures[1].area, std::string("London"));
    QCOMPARE(result.figures[1].comparator, Comparator::London);
  }
};

QTEST_MAIN(TestExtractFigures)
#include "test_extract_figures.moc"
