// Migrations from every earlier schema version: a store made by an older program keeps its data and
// gains the new tables and views; a store migrated step by step ends exactly like a new one.

#include <QTemporaryDir>
#include <QtTest>
#include <set>

#include "store/database.h"
#include "store/document_repository.h"
#include "store/migrations.h"
#include "store/observation_repository.h"

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
    QCOMPARE(latestSchemaVersion(), 2);
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
    PrintedFigure figure;
    figure.page = 2;
    figure.area = "LBTH";
    figure.indicator = "Private fostering";
    figure.period = "at 31 March 2014";
    figure.value = "42";
    ObservationRepository(db).replaceFigures(7, {figure});
    Statement row = db.prepare("SELECT area_code, value, document FROM observation_v");
    QVERIFY(row.step());
    QCOMPARE(row.text(0), std::string("E09000030"));
    QCOMPARE(row.real(1), 42.0);
    QCOMPARE(row.text(2), std::string("tower-hamlets-2013-14.pdf"));
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
                                                  "unit",         "document",     "page"};
    const auto observationColumns = columnsOf(db, "observation_v");
    QVERIFY(observationColumns.size() > observation.size());
    QCOMPARE(std::vector<std::string>(observationColumns.begin(), observationColumns.begin() + 11), observation);
    const std::vector<std::string> action = {"document", "page",     "meeting_date", "agenda_item", "action_text",
                                             "owner",    "due_date", "status",       "rag"};
    const auto actionColumns = columnsOf(db, "action_v");
    QCOMPARE(std::vector<std::string>(actionColumns.begin(), actionColumns.begin() + 9), action);
  }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "test_store_migrations.moc"
