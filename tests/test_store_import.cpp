// The store: migrations, import of generated PDFs, idempotence, rollback, search.

#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <filesystem>

#include "store/database.h"
#include "store/document_repository.h"
#include "store/importer.h"
#include "store/migrations.h"
#include "store/search_query.h"
#include "support/fixture_pdf.h"

using namespace sbw::store;

namespace {

void writeReport(const QString& path, const QString& phrase) {
  sbw::test::writePaintedPdf(path, 3, [&](QPainter& p, int page) {
    QFont font("DejaVu Sans");
    font.setPointSize(11);
    p.setFont(font);
    p.drawText(QPointF(72, 100), QString("Page %1 of the board report").arg(page + 1));
    if (page == 1) p.drawText(QPointF(72, 140), phrase);
  });
}

int count(Database& db, const char* sql) {
  Statement stmt = db.prepare(sql);
  stmt.step();
  return stmt.integer(0);
}

}  // namespace

class TestStoreImport : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    writeReport(path("a.pdf"), "Operation Encompass notifications rose");
    writeReport(path("b.pdf"), "Private fostering arrangements");
  }

  void newStoreHasLatestSchemaWalAndForeignKeys() {
    Database db = Database::open(path("new.sqlite").toStdString());
    QCOMPARE(db.userVersion(), latestSchemaVersion());
    Statement mode = db.prepare("PRAGMA journal_mode");
    QVERIFY(mode.step());
    QCOMPARE(mode.text(0), std::string("wal"));
    QCOMPARE(count(db, "PRAGMA foreign_keys"), 1);
    // Opening again is a no-op, not a second migration.
    Database again = Database::open(path("new.sqlite").toStdString());
    QCOMPARE(again.userVersion(), latestSchemaVersion());
  }

  void refusesAStoreFromTheFuture() {
    {
      Database db = Database::openRaw(path("future.sqlite").toStdString());
      db.exec("PRAGMA user_version = 999");
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, Database::open(path("future.sqlite").toStdString()));
  }

  void importsPagesWordsAndIndexesText() {
    Database db = Database::open(path("import.sqlite").toStdString());
    Importer importer(db);
    const auto result = importer.importFile(path("a.pdf").toStdString());
    QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
    QCOMPARE(result.pages, 3);
    DocumentRepository documents(db);
    const auto all = documents.all();
    QCOMPARE(all.size(), size_t(1));
    QCOMPARE(all.front().fileName, std::string("a.pdf"));
    QCOMPARE(all.front().pageCount, 3);
    QCOMPARE(all.front().sha256.size(), size_t(64));
    QCOMPARE(count(db, "SELECT count(*) FROM pages"), 3);
    QVERIFY(count(db, "SELECT count(*) FROM words") >= 3 * 6);

    const auto page = documents.page(all.front().id, 2);
    QVERIFY(page.has_value());
    QVERIFY(page->text.find("Operation Encompass") != std::string::npos);
    QVERIFY(!page->words.empty());
    QVERIFY(page->words.front().box.x1 > 70 && page->words.front().box.x1 < 75);

    const auto hits = documents.search("operation encompass");
    QCOMPARE(hits.size(), size_t(1));
    QCOMPARE(hits.front().page, 2);
    QVERIFY(hits.front().snippet.find("[Operation]") != std::string::npos);
    QVERIFY(documents.search("fostering").empty());
  }

  void reimportingUnchangedFileIsANoOp() {
    Database db = Database::open(path("idem.sqlite").toStdString());
    Importer importer(db);
    QCOMPARE(int(importer.importFile(path("a.pdf").toStdString()).status), int(ImportResult::Status::Imported));
    const int words = count(db, "SELECT count(*) FROM words");
    const auto again = importer.importFile(path("a.pdf").toStdString());
    QCOMPARE(int(again.status), int(ImportResult::Status::Unchanged));
    QCOMPARE(count(db, "SELECT count(*) FROM documents"), 1);
    QCOMPARE(count(db, "SELECT count(*) FROM words"), words);
  }

  // A file at the same path with the same size and modification time is passed over without
  // being read or hashed; touched, it is hashed again (still unchanged in content), and changed, it
  // is read again.
  void sizeAndTimeSkipHashingUnchangedFiles() {
    writeReport(path("timed.pdf"), "Private fostering arrangements rose");
    QFile file(path("timed.pdf"));
    // A time Qt can set again exactly (it keeps milliseconds; the file system nanoseconds).
    const QDateTime modified = QDateTime::fromSecsSinceEpoch(1'700'000'000);
    QVERIFY(file.open(QIODevice::ReadWrite) && file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
    Database db = Database::open(path("timed.sqlite").toStdString());
    QCOMPARE(int(Importer(db).importFile(path("timed.pdf").toStdString()).status), int(ImportResult::Status::Imported));
    QVERIFY(file.open(QIODevice::ReadWrite));
    // The same size and time, other bytes: trusted to be the same file, as rsync would.
    QByteArray bytes = file.readAll();
    bytes[bytes.size() / 2] = bytes[bytes.size() / 2] == 'x' ? 'y' : 'x';
    QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
    file.close();
    QVERIFY(file.open(QIODevice::ReadWrite) && file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
    const auto skipped = Importer(db).importFile(path("timed.pdf").toStdString());
    QCOMPARE(int(skipped.status), int(ImportResult::Status::Unchanged));
    QVERIFY(skipped.warnings.empty());
    // Another time: hashed, and the changed bytes make it another file.
    QVERIFY(file.open(QIODevice::ReadWrite) &&
            file.setFileTime(modified.addSecs(60), QFileDevice::FileModificationTime));
    file.close();
    const auto reread = Importer(db).importFile(path("timed.pdf").toStdString());
    QVERIFY2(reread.status != ImportResult::Status::Unchanged, reread.message.c_str());
    QCOMPARE(count(db, "SELECT count(*) FROM documents WHERE file_mtime <> 0"), 1);
  }

  void changedFileAtSamePathReplacesTheOldVersion() {
    const QString file = path("changing.pdf");
    writeReport(file, "first version");
    Database db = Database::open(path("changing.sqlite").toStdString());
    Importer importer(db);
    QCOMPARE(int(importer.importFile(file.toStdString()).status), int(ImportResult::Status::Imported));
    writeReport(file, "second version");
    QCOMPARE(int(importer.importFile(file.toStdString()).status), int(ImportResult::Status::Updated));
    DocumentRepository documents(db);
    QCOMPARE(documents.documentCount(), 1);
    QCOMPARE(documents.pageCount(), 3);
    QCOMPARE(documents.search("first").size(), size_t(0));
    QCOMPARE(documents.search("second version").size(), size_t(1));
  }

  void failedImportLeavesNothingBehind() {
    Database db = Database::open(path("rollback.sqlite").toStdString());
    Importer importer(db);
    importer.importFile(path("a.pdf").toStdString());
    const int words = count(db, "SELECT count(*) FROM words");
    // A trigger that fails on the third page's insert stands in for a failure mid-import.
    db.exec(
        "CREATE TEMP TRIGGER fail_third AFTER INSERT ON pages WHEN new.number = 3 "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const auto result = importer.importFile(path("b.pdf").toStdString());
    QCOMPARE(int(result.status), int(ImportResult::Status::Failed));
    QVERIFY(result.message.find("disk full") != std::string::npos);
    QCOMPARE(count(db, "SELECT count(*) FROM documents"), 1);
    QCOMPARE(count(db, "SELECT count(*) FROM pages"), 3);
    QCOMPARE(count(db, "SELECT count(*) FROM words"), words);
    QCOMPARE(DocumentRepository(db).search("fostering").size(), size_t(0));
  }

  void batchGoesOnPastBadFiles() {
    QVERIFY(QDir().mkpath(path("batch")));
    sbw::test::writeBytes(path("batch/empty.pdf"), {});
    sbw::test::writeBytes(path("batch/notes.pdf"), "just some notes");
    QVERIFY(QFile::copy(path("a.pdf"), path("batch/good.pdf")));
    Database db = Database::open(path("batch.sqlite").toStdString());
    const auto results = Importer(db).importPaths({path("batch").toStdString()});
    QCOMPARE(results.size(), size_t(3));
    int failed = 0;
    for (const auto& r : results) failed += r.status == ImportResult::Status::Failed;
    QCOMPARE(failed, 2);
    QCOMPARE(count(db, "SELECT count(*) FROM documents"), 1);
  }

  // Read on several workers, written in the order given: the same store and the same results as
  // one worker, whichever file happens to be read first; a duplicate in the batch is unchanged.
  void parallelImportMatchesOneWorkerInOrderAndContent() {
    QVERIFY(QDir().mkpath(path("many")));
    std::vector<std::filesystem::path> files;
    for (int i = 0; i < 7; ++i) {
      const QString file = path(QString("many/report-%1.pdf").arg(i));
      // Longer documents first, so that later files finish reading before earlier ones.
      sbw::test::writePaintedPdf(file, 12 - i, [&](QPainter& p, int page) {
        QFont font("DejaVu Sans");
        font.setPointSize(11);
        p.setFont(font);
        p.drawText(QPointF(72, 100), QString("Report %1 page %2 on private fostering").arg(i).arg(page + 1));
      });
      files.push_back(file.toStdString());
    }
    sbw::test::writeBytes(path("many/broken.pdf"), "not a pdf");
    files.insert(files.begin() + 3, path("many/broken.pdf").toStdString());
    files.push_back(files.front());  // the same file again
    const auto summary = [](Database& db) {
      Statement stmt = db.prepare(
          "SELECT group_concat(file_name || ':' || page_count, ',') FROM (SELECT * FROM documents ORDER BY id)");
      stmt.step();
      return stmt.text(0);
    };
    std::vector<std::vector<ImportResult>> runs;
    std::vector<std::string> stores;
    for (const int jobs : {1, 3}) {
      Database db = Database::open(path(QString("many-%1.sqlite").arg(jobs)).toStdString());
      ImportOptions options;
      options.jobs = jobs;
      std::vector<std::string> seen;
      std::atomic<int> pagesSeen = 0;
      options.progress = [&](const ImportProgress&) { ++pagesSeen; };
      runs.push_back(Importer(db, options).importFiles(files, [&](const ImportResult& r) { seen.push_back(r.path); }));
      QCOMPARE(int(seen.size()), int(files.size()));
      for (size_t i = 0; i < files.size(); ++i) QCOMPARE(seen[i], files[i].string());  // reported in order
      QVERIFY(pagesSeen > 0);
      stores.push_back(summary(db));
      QCOMPARE(count(db, "SELECT count(*) FROM documents"), 7);
      QCOMPARE(count(db, "SELECT count(*) FROM pages"), 12 + 11 + 10 + 9 + 8 + 7 + 6);
    }
    QCOMPARE(stores[1], stores[0]);  // the same documents, in the same order of ids
    for (size_t i = 0; i < files.size(); ++i) {
      QCOMPARE(int(runs[1][i].status), int(runs[0][i].status));
      QCOMPARE(runs[1][i].message, runs[0][i].message);
    }
    QCOMPARE(int(runs[1][3].status), int(ImportResult::Status::Failed));
    QCOMPARE(int(runs[1].back().status), int(ImportResult::Status::Unchanged));

    // Re-extraction in parallel reads every document again, in order.
    Database db = Database::open(path("many-3.sqlite").toStdString());
    ImportOptions options;
    options.jobs = 2;
    const auto again = Importer(db, options).reextractAll();
    QCOMPARE(again.size(), size_t(7));
    for (const auto& r : again) QCOMPARE(int(r.status), int(ImportResult::Status::Updated));
    QCOMPARE(again.front().path.filename().string(), std::string("report-0.pdf"));
  }

  // Cancelled while workers read: what is stored is whole documents only, the rest reported.
  void parallelImportCancelsCleanly() {
    std::vector<std::filesystem::path> files;
    for (int i = 0; i < 6; ++i) {
      const QString file = path(QString("many/report-%1.pdf").arg(i));
      files.push_back(file.toStdString());
    }
    Database db = Database::open(path("cancel.sqlite").toStdString());
    std::atomic<bool> cancel = false;
    ImportOptions options;
    options.jobs = 2;
    options.cancel = &cancel;
    int written = 0;
    const auto results = Importer(db, options).importFiles(files, [&](const ImportResult& r) {
      if (r.status == ImportResult::Status::Imported && ++written == 2) cancel = true;
    });
    QCOMPARE(results.size(), files.size());
    QCOMPARE(count(db, "SELECT count(*) FROM documents"), 2);
    for (size_t i = 2; i < results.size(); ++i) QCOMPARE(int(results[i].status), int(ImportResult::Status::Cancelled));
    QCOMPARE(count(db, "SELECT count(*) FROM pages WHERE document_id NOT IN (SELECT id FROM documents)"), 0);
  }

  void userQueriesBecomeSafeFtsQueries() {
    QCOMPARE(toFtsQuery("Operation Encompass"), std::string("\"Operation\" \"Encompass\""));
    QCOMPARE(toFtsQuery("\"child protection\" plan*"), std::string("\"child protection\" \"plan\"*"));
    QCOMPARE(toFtsQuery("NEET (16-18)"), std::string("\"NEET\" \"16\" \"18\""));
    QCOMPARE(toFtsQuery("\"unclosed phrase"), std::string("\"unclosed phrase\""));
    QCOMPARE(toFtsQuery("  ^:*  "), std::string());
    Database db = Database::open(path("query.sqlite").toStdString());
    // Syntax FTS5 would reject outright is searched safely.
    QVERIFY(DocumentRepository(db).search("AND OR NOT ( \" :").empty());
  }
};

QTEST_MAIN(TestStoreImport)
#include "test_store_import.moc"
