// Migrations from every earlier schema version: a store made by an older program keeps its data and
// gains the new tables and views; a store migrated step by step ends exactly like a new one.

#include <QTemporaryDir>
#include <QtTest>
#include <set>

#include "store/database.h"
#include "store/document_repository.h"
#include "store/migrations.h"
#include "store/observation_repository.h"
#include "support/store_fixtures.h"

using namespace sbw::store;

namespace {

std::set<std::string> schemaOf(Database& db) {
  Statement stmt = db.prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master");
  std::set<std::string> out;
  while (stmt.step()) out.insert(stmt.text(0));
  return out;
}

std::vector<std::string> columnsOf(Database& db, const std::string& table) {
  Statement stmt = db.prepare("SELECT name FROM pragma_table_info(?)");
  stmt.bind(1, table);
  std::vector<std::string> out;
  while (stmt.step()) out.push_back(stmt.text(0));
  return out;
}

}  // namespace

class TestStoreMigrations : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void versionsRunInOrderWithoutGaps() {
    int expected = 1;
    for (const Migration& migration : migrations()) QCOMPARE(migration.version, expected++);
    QCOMPARE(latestSchemaVersion(), 9);
  }

  // Counting trusted outturns per indicator is answered by the index alone, whatever the store's size.
  void trustedOutturnsAreCountedFromTheIndex() {
    auto db = Database::open(dir_.filePath("counted.sqlite").toStdString());
    // The count the explorer's catalogue runs, as the repository builds it.
    QString steps;
    for (const auto& step : ObservationRepository(db).indicatorCountsPlan(true, true)) {
      steps += QString::fromStdString(step) + "\n";
    }
    QVERIFY2(steps.contains("COVERING INDEX observations_trusted"), qPrintable(steps));
    QVERIFY2(!steps.contains("SCAN o\n") && !steps.contains("SCAN observations"), qPrintable(steps));
  }

  void aVersion1StoreKeepsItsDocumentsAndGainsTheDomainModel() {
    {
      Database v1 = Database::openRaw(path("v1.sqlite"));
      migrateTo(v1, 1);
      QCOMPARE(v1.userVersion(), 1);
      v1.exec(R"sql(
INSERT INTO documents (id, file_name, path, sha256, title, page_count, file_size, imported_at)
  VALUES (7, 'tower-hamlets-2013-14.pdf', '/r/tower-hamlets-2013-14.pdf', 'abc', 'LSCB Annual Report', 2, 1000,
          '2023-05-01T10:00:00Z');
INSERT INTO pages (id, document_id, number, width, height, text) VALUES
  (1, 7, 1, 595, 842, 'Tower Hamlets LSCB annual report'),
  (2, 7, 2, 595, 842, 'Private fostering arrangements numbered 42');
INSERT INTO words (page_id, seq, text, x1, y1, x2, y2) VALUES (2, 0, 'Private', 72, 100, 110, 112);
)sql");
      QCOMPARE(schemaOf(v1).count("table observations: "), size_t(0));
    }
    Database db = Database::open(path("v1.sqlite"));  // what every command does on opening
    QCOMPARE(db.userVersion(), latestSchemaVersion());
    DocumentRepository documents(db);
    const auto document = documents.byId(7);
    QVERIFY(document);
    QCOMPARE(document->title, std::string("LSCB Annual Report"));
    QCOMPARE(documents.pageCount(), 2);
    QCOMPARE(documents.page(7, 2)->words.size(), size_t(1));
    QCOMPARE(documents.search("fostering").size(), size_t(1));  // the full-text index survived

    // The old document takes figures like a new one.
    sbw::extract::PrintedFigure figure;
    figure.page = 2;
    figure.area = "LBTH";
    figure.label = "Private fostering";
    figure.period = "at 31 March 2014";
    figure.value = "42";
    sbw::test::storePrintedFigures(db, 7, {figure});
    Statement row = db.prepare("SELECT area_code, value, document FROM observation_v");
    QVERIFY(row.step());
    QCOMPARE(row.text(0), std::string("E09000030"));
    QCOMPARE(row.real(1), 42.0);
    QCOMPARE(row.text(2), std::string("tower-hamlets-2013-14.pdf"));
  }

  void aVersion2StoreKeepsItsActionsAndTheirHistory() {
    {
      Database v2 = Database::openRaw(path("v2.sqlite"));
      migrateTo(v2, 2);
      v2.exec(R"sql(
INSERT INTO documents (id, file_name, path, sha256, title, page_count, file_size, imported_at)
  VALUES (3, 'pack.pdf', '/r/pack.pdf', 'def', 'Agenda', 1, 10, '2023-05-01T10:00:00Z');
INSERT INTO pages (id, document_id, number, width, height, text) VALUES (5, 3, 1, 595, 842, '');
INSERT INTO meetings (id, document_id, page, body, title, meeting_date) VALUES (1, 3, 1, 'Committee', '', '2014-10-06');
INSERT INTO actions (id, document_id, page, meeting_id, kind, reference, text, owner, status, rag, subject_key)
  VALUES (9, 3, 1, 1, 'recommendation', 'R1', 'Review the protocol', 'LSCB', 'open', 'red', 'ref:r1');
INSERT INTO action_updates (action_id, as_of, as_of_label, status, rag, note)
  VALUES (9, '2014-12-01', 'Dec 14', 'in_progress', 'amber', 'started');
INSERT INTO observations (id, document_id, page, area, indicator_label, value, value_text, unit, method, subject_key)
  VALUES (4, 3, 1, 'Westminster', 'Referrals', 10, '10', 'count', 'prose', 'k');
)sql");
    }
    Database db = Database::open(path("v2.sqlite"));
    QCOMPARE(db.userVersion(), latestSchemaVersion());
    Statement action = db.prepare(
        "SELECT kind, reference, action_text, owner, status, rag, meeting_date, meeting_body, source FROM action_v");
    QVERIFY(action.step());
    QCOMPARE(action.text(0), std::string("recommendation"));
    QCOMPARE(action.text(1), std::string("R1"));
    QCOMPARE(action.text(2), std::string("Review the protocol"));
    QCOMPARE(action.text(3), std::string("LSCB"));
    QCOMPARE(action.text(4), std::string("open"));
    QCOMPARE(action.text(5), std::string("red"));
    QCOMPARE(action.text(6), std::string("2014-10-06"));
    QCOMPARE(action.text(7), std::string("Committee"));  // from the meeting when the row names none
    QCOMPARE(action.text(8), std::string("tracker"));
    Statement update = db.prepare("SELECT action_id, note, rag FROM action_updates");
    QVERIFY(update.step());
    QCOMPARE(update.integer(0), 9);
    QCOMPARE(update.text(1), std::string("started"));
    // A figure read by an older program waits for review until it is read again.
    Statement figure = db.prepare("SELECT trusted, figure_kind, amount FROM observation_v");
    QVERIFY(figure.step());
    QCOMPARE(figure.integer(0), 0);
    QCOMPARE(figure.text(1), std::string("outturn"));
    QCOMPARE(figure.real(2), 10.0);
    // The new kinds are accepted.
    db.exec("UPDATE actions SET kind = 'plan', source = 'plan' WHERE id = 9");
    QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("UPDATE actions SET kind = 'wish' WHERE id = 9"));
  }

  void stepByStepEndsLikeANewStore() {
    Database fresh = Database::open(path("fresh.sqlite"));
    Database stepped = Database::openRaw(path("stepped.sqlite"));
    for (const Migration& migration : migrations()) {
      migrateTo(stepped, migration.version);
      QCOMPARE(stepped.userVersion(), migration.version);
    }
    QCOMPARE(schemaOf(stepped), schemaOf(fresh));
    Statement check = stepped.prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), std::string("ok"));
  }

  void theViewsHaveTheContractColumnsFirst() {
    Database db = Database::open(path("views.sqlite"));
    const std::vector<std::string> observation = {"area",         "area_code",    "indicator_key", "indicator_label",
                                                  "period_label", "period_start", "period_end",    "value",
                                                  "unit",         "document",     "page",          "trusted"};
    const auto observationColumns = columnsOf(db, "observation_v");
    QVERIFY(observationColumns.size() > observation.size());
    QCOMPARE(std::vector<std::string>(observationColumns.begin(), observationColumns.begin() + 12), observation);
    const std::vector<std::string> action = {"document",  "page",        "meeting_date", "agenda_item", "action_text",
                                             "owner",     "due_date",    "status",       "rag",         "kind",
                                             "reference", "update_text", "meeting_body", "source"};
    const auto actionColumns = columnsOf(db, "action_v");
    QCOMPARE(std::vector<std::string>(actionColumns.begin(), actionColumns.begin() + 14), action);
  }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "test_store_migrations.moc"
