// Observations in the store: figures resolved from their printed forms, conflicting figures kept side
// by side, the latest document picked on request, indexed queries, quality flags and computed rates.

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "store/audit_log.h"
#include "store/database.h"
#include "store/observation_repository.h"
#include "store/quality_flag_repository.h"
#include "store/rates.h"
#include "support/store_fixtures.h"

using namespace sbw;
using namespace sbw::store;

namespace {

using sbw::test::addBareDocument;

using sbw::test::storePrintedFigures;

extract::PrintedFigure figure(int page, const char* area, const char* indicator, const char* period, const char* value,
                              ExtractionMethod method = ExtractionMethod::Table) {
  extract::PrintedFigure f = sbw::test::printedFigure(page, area, indicator, period, value);
  f.method = method;
  return f;
}

QString scalar(Database& db, const std::string& sql) {
  Statement stmt = db.prepare(sql);
  if (!stmt.step()) return "no row";
  return stmt.isNull(0) ? QString("NULL") : QString::fromStdString(stmt.text(0));
}

}  // namespace

class TestStoreObservations : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  int stores_ = 0;

  Database freshStore() { return Database::open(dir_.filePath(QString("s%1.sqlite").arg(++stores_)).toStdString()); }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void figuresAreResolvedFromTheirPrintedForms() {
    Database db = freshStore();
    const auto doc = addBareDocument(db, "001_agenda.pdf", 5, "2024-01-01T00:00:00Z");
    ObservationRepository observations(db);
    const auto summary =
        storePrintedFigures(db, doc,
                            {figure(3, "LBHF", "Referrals", "2016-17", "1,954", ExtractionMethod::Prose),
                             figure(4, "WCC", "Sovereign Borough General Fund contribution", "2020/21", "(59,800)"),
                             figure(4, "England", "Re-referrals within 12 months", "2016-17", "22%"),
                             figure(5, "Westminster", "UASC", "at 31 March 2014", "c"),
                             figure(5, "Westminster", "Volunteer registrations", "Q1", "66"),
                             figure(5, "Westminster", "Referrals", "2013-14", "n/a")});
    QCOMPARE(summary.stored, 5);
    QCOMPARE(summary.unreadable, 1);
    QCOMPARE(observations.count(), 5);

    // The contract view, column by column.
    Statement row = db.prepare(
        "SELECT area, area_code, indicator_key, indicator_label, period_label, period_start, period_end, value, unit, "
        "document, page FROM observation_v WHERE indicator_key = 'referrals'");
    QVERIFY(row.step());
    QCOMPARE(row.text(0), std::string("Hammersmith and Fulham"));
    QCOMPARE(row.text(1), std::string("E09000013"));
    QCOMPARE(row.text(2), std::string("referrals"));
    QCOMPARE(row.text(3), std::string("Referrals"));
    QCOMPARE(row.text(4), std::string("2016-17"));
    QCOMPARE(row.text(5), std::string("2016-04-01"));
    QCOMPARE(row.text(6), std::string("2017-03-31"));
    QCOMPARE(row.real(7), 1954.0);
    QCOMPARE(row.text(8), std::string("count"));
    QCOMPARE(row.text(9), std::string("001_agenda.pdf"));
    QCOMPARE(row.integer(10), 3);
    QVERIFY(!row.step());

    // A deficit in brackets stays negative; pounds come from the dictionary when the cell shows no £.
    QCOMPARE(scalar(db,
                    "SELECT value || ' ' || unit || ' ' || area FROM observation_v WHERE page = 4 AND "
                    "indicator_key = 'partner_contributions'"),
             QString("-59800.0 gbp Westminster"));
    // England's figure is a comparator.
    QCOMPARE(scalar(db, "SELECT comparator || ' ' || unit || ' ' || value FROM observation_v WHERE area = 'England'"),
             QString("england percent 22.0"));
    // Suppressed: no value, but a state, and not confused with a missing figure.
    QCOMPARE(scalar(db,
                    "SELECT coalesce(value, 'NULL') || ' ' || suppression || ' ' || period_kind FROM "
                    "observation_v WHERE indicator_key = 'uasc'"),
             QString("NULL c point_in_time"));
    // An unmatched label is kept as printed with no key.
    QCOMPARE(scalar(db,
                    "SELECT coalesce(indicator_key, 'NULL') || ' ' || indicator_label FROM observation_v WHERE "
                    "value = 66"),
             QString("NULL Volunteer registrations"));

    // An unmatched measure is a state of the figure (no key), not a quality flag; an unreadable
    // value is flagged.
    const auto flags = QualityFlagRepository(db).forDocument(doc);
    QCOMPARE(flags.size(), size_t(1));
    QCOMPARE(QString::fromStdString(flags[0].kind), QString("unreadable_value"));
    QVERIFY(QString::fromStdString(flags[0].message).contains("n/a"));
    QVERIFY(!QualityFlagRepository(db).countByKind().contains("unmatched"));
    // Reading the document again replaces its flags instead of piling them up.
    QualityFlagRepository(db).add(doc, std::nullopt, QualityFlagRepository::kNoTextLayer, "page 9 is a scan");
    storePrintedFigures(db, doc, {figure(5, "Westminster", "Referrals", "2013-14", "n/a")});
    QCOMPARE(QualityFlagRepository(db).forDocument(doc).size(), size_t(1));
    QCOMPARE(observations.count(), 0);
    const auto audit = AuditLog(db).recent();
    QCOMPARE(QString::fromStdString(audit.front().event), QString("observations_replaced"));
    QCOMPARE(QString::fromStdString(audit.front().subject), QString("001_agenda.pdf"));
    QCOMPARE(QString::fromStdString(audit.front().detail), QString("0 observations"));
    QCOMPARE(QString::fromStdString(audit[1].detail), QString("5 observations"));
  }

  void replacingReplacesAndRemovingTheDocumentCascades() {
    Database db = freshStore();
    const auto doc = addBareDocument(db, "a.pdf", 2, "2024-01-01T00:00:00Z");
    ObservationRepository observations(db);
    storePrintedFigures(
        db, doc,
        {figure(1, "Havering", "Contacts", "2016-17", "9,293"), figure(1, "Havering", "Contacts", "2015-16", "5,859")});
    storePrintedFigures(db, doc, {figure(2, "Havering", "Contacts", "2016-17", "9,293")});
    QCOMPARE(observations.count(), 1);
    QCOMPARE(observations.forDocument(doc).front().page, 2);
    db.prepare("DELETE FROM documents WHERE id = ?").bind(1, doc).run();
    QCOMPARE(observations.count(), 0);
  }

  void aFigureMustCiteAPageTheDocumentHas() {
    Database db = freshStore();
    const auto doc = addBareDocument(db, "a.pdf", 2, "2024-01-01T00:00:00Z");
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             storePrintedFigures(db, doc, {figure(3, "Havering", "Contacts", "2016-17", "1")}));
  }

  void conflictingFiguresAreKeptAndTheLatestDocumentCanBePicked() {
    Database db = freshStore();
    // The later report (restating 2013-14 and adding 2014-15) is imported first: import order must not decide.
    const auto later = addBareDocument(db, "2014-15-report.pdf", 1, "2024-01-01T00:00:00Z");
    const auto earlier = addBareDocument(db, "2013-14-report.pdf", 1, "2024-02-01T00:00:00Z");
    ObservationRepository observations(db);
    storePrintedFigures(db, earlier, {figure(1, "Westminster", "Referrals", "2013-14", "2,342")});
    storePrintedFigures(db, later,
                        {figure(1, "Westminster", "Referrals", "2013-14", "2,350"),
                         figure(1, "Westminster", "Referrals", "2014-15", "2,500"),
                         figure(1, "England", "Referrals", "2013-14", "657,800")});

    const auto all = observations.forIndicator("referrals");
    QCOMPARE(all.size(), size_t(4));  // both 2013-14 figures for Westminster are kept
    const auto latest = observations.forIndicator("referrals", true);
    QCOMPARE(latest.size(), size_t(3));
    for (const auto& o : latest) {
      if (o.area == "Westminster" && o.periodLabel == "2013-14") {
        QCOMPARE(*o.value(), 2350.0);
        QCOMPARE(o.document, std::string("2014-15-report.pdf"));
      }
    }
    // Ordered for a chart: by area, then period.
    QCOMPARE(all.front().area, std::string("England"));
    QCOMPARE(latest.back().periodLabel, std::string("2014-15"));

    // A pivot's read: the same figures, in any order, without the long texts.
    ObservationQuery lean;
    lean.indicatorKey = "referrals";
    lean.withoutText = true;
    lean.anyOrder = true;
    auto leanFigures = observations.find(lean);
    QCOMPARE(leanFigures.size(), all.size());
    std::sort(leanFigures.begin(), leanFigures.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    auto full = all;
    std::sort(full.begin(), full.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    for (size_t i = 0; i < full.size(); ++i) {
      QCOMPARE(leanFigures[i].area, full[i].area);
      QCOMPARE(leanFigures[i].periodStart, full[i].periodStart);
      QCOMPARE(leanFigures[i].value(), full[i].value());
      QCOMPARE(leanFigures[i].document, full[i].document);
      QCOMPARE(leanFigures[i].subjectKey, full[i].subjectKey);
      QVERIFY(!full[i].snippet.empty());
      QVERIFY(leanFigures[i].snippet.empty());
      QVERIFY(leanFigures[i].indicatorLabel.empty());
    }
  }

  void oneAreaAllIndicators() {
    Database db = freshStore();
    const auto doc = addBareDocument(db, "003_annual.pdf", 2, "2024-01-01T00:00:00Z");
    ObservationRepository observations(db);
    storePrintedFigures(db, doc,
                        {figure(1, "LBTH", "Children in need", "at 31 March 2014", "1,398"),
                         figure(1, "LBTH", "Neglect", "at 31 March 2014", "96"),
                         figure(2, "LBTH", "Private fostering", "at 31 March 2014", "42"),
                         figure(2, "Havering", "Private fostering", "at 31 March 2014", "7")});
    const auto towerHamlets = observations.forArea("Tower Hamlets");
    QCOMPARE(towerHamlets.size(), size_t(3));
    QCOMPARE(towerHamlets[0].indicatorKey, std::string("children_in_need"));
    QCOMPARE(towerHamlets[1].indicatorKey, std::string("cp_category_neglect"));
    QCOMPARE(towerHamlets[2].indicatorKey, std::string("private_fostering"));
    QCOMPARE(towerHamlets[0].areaCode, std::string("E09000030"));
    QCOMPARE(towerHamlets[0].areaLabel, std::string("LBTH"));
    QCOMPARE(towerHamlets[0].periodStart->iso(), std::string("2014-03-31"));
  }

  void theDesktopQueriesUseIndexesNotScans() {
    Database db = freshStore();
    const char* areas[] = {"Westminster", "Havering", "Tower Hamlets", "Hammersmith and Fulham", "England"};
    const char* indicators[] = {"Referrals", "Contacts", "CP plans", "Looked after children"};
    std::vector<extract::PrintedFigure> figures;
    for (int year = 2010; year < 2020; ++year) {
      const std::string period = std::to_string(year) + "-" + std::to_string((year + 1) % 100);
      for (const char* area : areas) {
        for (const char* indicator : indicators) {
          figures.push_back(figure(1, area, indicator, "", std::to_string(year).c_str()));
          figures.back().period = period;
        }
      }
    }
    const auto doc = addBareDocument(db, "big.pdf", 1, "2024-01-01T00:00:00Z");
    ObservationRepository observations(db);
    QCOMPARE(storePrintedFigures(db, doc, figures).stored, 200);
    db.exec("ANALYZE");

    const auto noScanOfObservations = [](const std::vector<std::string>& plan) {
      for (const auto& line : plan) {
        if (line.starts_with("SCAN o") || line.find("SCAN observations") != std::string::npos) return false;
      }
      return true;
    };
    const auto joined = [](const std::vector<std::string>& plan) {
      std::string all;
      for (const auto& line : plan) all += line + "\n";
      return QString::fromStdString(all);
    };
    ObservationQuery byIndicator;
    byIndicator.indicatorKey = "referrals";
    const auto indicatorPlan = observations.queryPlan(byIndicator);
    QVERIFY2(noScanOfObservations(indicatorPlan), qPrintable(joined(indicatorPlan)));
    QVERIFY2(joined(indicatorPlan).contains("USING INDEX observations_by_indicator"),
             qPrintable(joined(indicatorPlan)));
    ObservationQuery byArea;
    byArea.area = "Westminster";
    const auto areaPlan = observations.queryPlan(byArea);
    QVERIFY2(noScanOfObservations(areaPlan), qPrintable(joined(areaPlan)));
    QVERIFY2(joined(areaPlan).contains("USING INDEX observations_by_area"), qPrintable(joined(areaPlan)));
    ObservationQuery byDocument;
    byDocument.documentId = doc;
    QVERIFY(noScanOfObservations(observations.queryPlan(byDocument)));
    QCOMPARE(observations.forIndicator("referrals").size(), size_t(50));
    QCOMPARE(observations.forArea("Westminster").size(), size_t(40));

    // The contract view, filtered the same ways, is searched too.
    for (const char* sql : {"EXPLAIN QUERY PLAN SELECT * FROM observation_v WHERE indicator_key = 'referrals'",
                            "EXPLAIN QUERY PLAN SELECT * FROM observation_v WHERE area = 'Havering'"}) {
      Statement explain = db.prepare(sql);
      std::vector<std::string> plan;
      while (explain.step()) plan.push_back(explain.text(3));
      QVERIFY2(noScanOfObservations(plan), qPrintable(joined(plan)));
    }
  }

  void ratesPer10kFromTheStoredChildPopulation() {
    Database db = freshStore();
    const auto doc = addBareDocument(db, "000_pack.pdf", 2, "2024-01-01T00:00:00Z");
    storePrintedFigures(db, doc,
                        {figure(1, "Westminster", "Referrals", "2013-14", "2,342"),
                         figure(1, "Havering", "Referrals", "2013-14", "3,000"),  // no population for Havering: no rate
                         figure(2, "Westminster", "Child population", "mid-2013", "40,000"),
                         figure(2, "Westminster", "Child population", "mid-2016", "41,000")});
    const auto rates = RateCalculator(db).ratesPer10k("referrals");
    QCOMPARE(rates.size(), size_t(1));
    QCOMPARE(rates.front().count.area, std::string("Westminster"));
    QCOMPARE(rates.front().working.rate, 585.5);  // 2342 / 40000 * 10000
    QCOMPARE(QString::fromStdString(rates.front().working.working),
             QString("2,342 \xC3\xB7 40,000 \xC3\x97 10,000 = 585.5"));
    QCOMPARE(rates.front().population.periodLabel, std::string("mid-2013"));
  }
};

QTEST_GUILESS_MAIN(TestStoreObservations)
#include "test_store_observations.moc"
