// Import end to end: the SAMPLE documents go in, and the contract views observation_v and
// action_v hold their figures and actions, resolved, with their pages.

#include <QTemporaryDir>
#include <QtTest>
#include <tuple>

#include "core/period.h"
#include "report/sample_catalogue.h"
#include "report/sample_reports.h"
#include "store/correction_repository.h"
#include "store/database.h"
#include "store/importer.h"

using namespace sbw;

class TestImportFigures : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString storePath_;

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    const QStringList paths = report::writeSampleDocuments(dir_.filePath("pdf"));
    storePath_ = dir_.filePath("store.sqlite");
    store::Database db = store::Database::open(storePath_.toStdString());
    for (const QString& path : paths) {
      const auto result = store::Importer(db).importFile(path.toStdString());
      QCOMPARE(int(result.status), int(store::ImportResult::Status::Imported));
      QVERIFY(result.figures > 0);
    }
  }

  void observationViewHoldsResolvedFigures() {
    store::Database db = store::Database::open(storePath_.toStdString());
    store::Statement row = db.prepare(
        "SELECT area, area_code, indicator_key, period_label, period_start, period_end, value, unit, page "
        "FROM observation_v WHERE document = 'sample-camden-lscb-annual-report-2016-17.pdf' "
        "AND indicator_label = 'Referrals to children''s social care' AND period_label = '2016-17'");
    QVERIFY(row.step());
    QCOMPARE(row.text(0), std::string("Camden"));
    QCOMPARE(row.text(1), std::string("E09000007"));
    QCOMPARE(row.text(2), std::string("referrals"));
    QCOMPARE(row.text(4), std::string("2016-04-01"));
    QCOMPARE(row.text(5), std::string("2017-03-31"));
    QCOMPARE(row.real(6), 2134.0);
    QCOMPARE(row.text(7), std::string("count"));
    QCOMPARE(row.integer(8), 1);
    QVERIFY(!row.step());  // one figure, not one per extraction pass

    store::Statement england = db.prepare(
        "SELECT area, area_code, value, unit FROM observation_v WHERE document LIKE 'sample-camden%' "
        "AND area = 'England' AND indicator_key = 'cp_plan_rate'");
    QVERIFY(england.step());
    QCOMPARE(england.text(1), std::string("E92000001"));
    QCOMPARE(england.real(2), 43.3);
    QCOMPARE(england.text(3), std::string("rate_per_10k"));
  }

  void everyCatalogueFigureIsInTheStore() {
    store::Database db = store::Database::open(storePath_.toStdString());
    for (const auto& document : report::sampleCatalogue()) {
      for (const auto& figure : document.figures) {
        // The period by its dates: "Over the year" in a 2016-17 report is 2016-17.
        const auto period = parsePeriod(figure.period);
        QVERIFY2(period && period->start && period->end, figure.period.c_str());
        store::Statement found = db.prepare(
            "SELECT count(*) FROM observation_v WHERE document = ? AND abs(value - ?) < 0.001 AND period_start = ? "
            "AND period_end = ? AND trusted = 1");
        found.bind(1, document.fileName)
            .bind(2, figure.value)
            .bind(3, period->start->iso())
            .bind(4, period->end->iso());
        QVERIFY(found.step());
        QVERIFY2(found.integer(0) >= 1, (document.fileName + ": " + figure.indicator + " " + figure.printed).c_str());
      }
    }
  }

  void everyValueIsPrintedOnItsPage() {
    store::Database db = store::Database::open(storePath_.toStdString());
    store::Statement rows = db.prepare(
        "SELECT o.value_text, p.text FROM observation_v o JOIN pages p ON p.document_id = o.document_id "
        "AND p.number = o.page");
    int checked = 0;
    while (rows.step()) {
      ++checked;
      QVERIFY2(rows.text(1).find(rows.text(0)) != std::string::npos, rows.text(0).c_str());
    }
    QVERIFY(checked >= 100);
  }

  void actionViewHoldsTheTracker() {
    store::Database db = store::Database::open(storePath_.toStdString());
    const auto& expected = report::sampleCatalogue().back().actions;
    store::Statement rows = db.prepare(
        "SELECT meeting_date, agenda_item, action_text, owner, due_date, status, rag, page FROM action_v "
        "WHERE document = 'sample-hackney-scrutiny-agenda-2018-03-12.pdf' ORDER BY action_text");
    std::map<std::string, std::vector<std::string>> byText;
    while (rows.step()) {
      QCOMPARE(rows.text(0), std::string("2018-03-12"));
      QCOMPARE(rows.text(1), std::string("Item 4: Action tracker"));
      QCOMPARE(rows.integer(7), 2);
      byText[rows.text(2)] = {rows.text(3), rows.text(4), rows.text(5), rows.text(6)};
    }
    QCOMPARE(byText.size(), expected.size());
    const auto& a1 = byText.at(expected[0].text);
    QCOMPARE(a1[0], expected[0].owner);
    QCOMPARE(a1[1], std::string("2018-03-31"));  // "March 2018": by the end of the month
    QCOMPARE(a1[2], std::string("complete"));
    QCOMPARE(a1[3], std::string("green"));
    QCOMPARE(byText.at(expected[1].text)[2], std::string("in_progress"));
    QCOMPARE(byText.at(expected[2].text)[2], std::string("open"));  // "Overdue"
    QCOMPARE(byText.at(expected[2].text)[3], std::string("red"));
  }

  void aCorrectionSurvivesReimportOfAChangedFile() {
    const QString folder = dir_.filePath("changing");
    QStringList paths = report::writeSampleDocuments(folder);
    const QString store = dir_.filePath("changing.sqlite");
    store::Database db = store::Database::open(store.toStdString());
    QCOMPARE(int(store::Importer(db).importFile(paths.front().toStdString()).status),
             int(store::ImportResult::Status::Imported));
    const auto referrals = [&] {
      store::Statement row = db.prepare(
          "SELECT observation_id, value, printed_value, corrected FROM observation_v WHERE area = 'Camden' AND "
          "indicator_key = 'referrals' AND period_label = '2016-17'");
      row.step();
      return std::tuple{row.int64(0), row.real(1), row.real(2), row.integer(3)};
    };
    store::CorrectionRepository(db).correctValue(std::get<0>(referrals()), 2143, "J. Smith", "erratum from the board");
    QCOMPARE(std::get<1>(referrals()), 2143.0);

    // The board publishes the file again (new bytes, same figures): the importer replaces the
    // document and its figures, and the correction attaches to the figure read again.
    QTest::qWait(1100);  // the PDF's creation time changes, so its bytes do
    paths = report::writeSampleDocuments(folder);
    const auto again = store::Importer(db).importFile(paths.front().toStdString());
    QCOMPARE(int(again.status), int(store::ImportResult::Status::Updated));
    const auto [id, value, printed, corrected] = referrals();
    QCOMPARE(value, 2143.0);
    QCOMPARE(printed, 2134.0);
    QCOMPARE(corrected, 1);
    QCOMPARE(store::CorrectionRepository(db).detachedCount(), 0);
  }

  void reimportingKeepsTheSameFigures() {
    store::Database db = store::Database::open(storePath_.toStdString());
    const auto count = [&] {
      store::Statement n = db.prepare("SELECT count(*) FROM observation_v");
      n.step();
      return n.integer(0);
    };
    const int before = count();
    const auto again = store::Importer(db).importPaths({dir_.filePath("pdf").toStdString()});
    for (const auto& result : again) QCOMPARE(int(result.status), int(store::ImportResult::Status::Unchanged));
    QCOMPARE(count(), before);
  }
};

QTEST_MAIN(TestImportFigures)
#include "test_import_figures.moc"
