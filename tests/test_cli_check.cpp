// `sbw check`: integrity, schema version and counts, for scripts and for users worried about a store.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "store/database.h"
#include "store/migrations.h"
#include "store/observation_repository.h"
#include "support/sbw_process.h"
#include "support/store_fixtures.h"

using sbw::test::runSbw;
using namespace sbw::store;

class TestCliCheck : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    Database db = Database::open(path("good.sqlite").toStdString());
    db.exec(R"sql(
INSERT INTO documents (id, file_name, path, sha256, title, page_count, file_size, imported_at)
  VALUES (1, 'havering.pdf', '/r/havering.pdf', 'abc', '', 1, 10, '2024-01-01T00:00:00Z');
INSERT INTO pages (document_id, number, width, height, text) VALUES (1, 1, 595, 842, '');
)sql");
    sbw::extract::PrintedFigure contacts;
    contacts.page = 1;
    contacts.area = "Havering";
    contacts.label = "Contacts";
    contacts.period = "2016-17";
    contacts.value = "9,293";
    sbw::extract::PrintedFigure suppressed = contacts;
    suppressed.label = "UASC";
    suppressed.value = "c";
    sbw::test::storePrintedFigures(db, 1, {contacts, suppressed});
  }

  void reportsAHealthyStore() {
    const auto result = runSbw({"check", "--store", path("good.sqlite")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("schema version: 9 (latest)"), qPrintable(result.out));
    QVERIFY(result.out.contains("integrity: ok"));
    QVERIFY(result.out.contains("foreign keys: ok"));
    QVERIFY(result.out.contains(QRegularExpression("documents\\s+1\\n")));
    QVERIFY(result.out.contains(QRegularExpression("observations\\s+2\\n")));
    QVERIFY(result.out.contains("suppressed observations: 1"));
    QVERIFY(result.out.contains("reviews waiting for their figure: 0"));
    QVERIFY(result.out.trimmed().endsWith("ok"));
  }

  void jsonForScripts() {
    const auto result = runSbw({"check", "--store", path("good.sqlite"), "--json"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root["ok"].toBool(), true);
    QCOMPARE(root["schema_version"].toInt(), 9);
    QCOMPARE(root["detached_reviews"].toInt(), 0);
    QVERIFY(root.contains("detached_reviews"));
    QCOMPARE(root["counts"].toObject()["observations"].toInt(), 2);
    QCOMPARE(root["counts"].toObject()["pages"].toInt(), 1);
    QCOMPARE(root["suppressed_observations"].toInt(), 1);
  }

  void anOldStoreIsReportedNotUpgraded() {
    {
      Database db = Database::openRaw(path("old.sqlite").toStdString());
      migrateTo(db, 1);
    }
    const auto result = runSbw({"check", "--store", path("old.sqlite")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("schema version: 1 (latest 9"), qPrintable(result.out));
    QVERIFY(!result.out.contains("observations"));
    QCOMPARE(Database::openRaw(path("old.sqlite").toStdString()).userVersion(), 1);
  }

  void failures() {
    const auto missing = runSbw({"check", "--store", path("nowhere.sqlite")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("store not found"));
    QCOMPARE(runSbw({"check"}).exitCode, 2);
    QFile junk(path("junk.sqlite"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    const auto notAStore = runSbw({"check", "--store", path("junk.sqlite")});
    QCOMPARE(notAStore.exitCode, 1);
    QVERIFY2(notAStore.err.contains("not a database"), qPrintable(notAStore.err));
  }

  void listedInHelp() { QVERIFY(runSbw({"--help"}).out.contains("check --store STORE")); }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "test_cli_check.moc"
