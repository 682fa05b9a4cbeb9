// Hostile conditions around the store and the files it reads: several programs at once, a busy or
// read-only store, paths that are not files, folders that cannot be read, protected and damaged
// PDFs, and who may read what is stored.

#include <sys/stat.h>
#include <unistd.h>
#include <csignal>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "core/csv.h"
#include "core/redaction.h"
#include "store/database.h"
#include "store/migrations.h"
#include "support/encrypted_pdf.h"
#include "support/fixture_pdf.h"
#include "support/sbw_process.h"

using sbw::test::runSbw;
using sbw::test::runSbwAsUnprivileged;

namespace {

int modeOf(const QString& path) {
  struct stat info {};
  if (::stat(QFile::encodeName(path).constData(), &info) != 0) return -1;
  return static_cast<int>(info.st_mode & 0777);
}

QByteArray bytesOf(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Phone numbers as UK papers print them, for checking an export holds none.
const QRegularExpression kPhone(QStringLiteral(R"((\+44|\b0\d{2,4})[ -]?\d{3,4}[ -]?\d{3,4})"));

}  // namespace

class TestReliability : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

  void writeDocument(const QString& file, const QStringList& lines, int pages = 1) {
    sbw::test::writePaintedPdf(file, pages, [&](QPainter& p, int page) {
      QFont font("DejaVu Sans");
      font.setPointSize(11);
      p.setFont(font);
      double y = 100;
      for (const QString& line : lines) {
        p.drawText(QPointF(72, y), QString(line).replace("%page", QString::number(page + 1)));
        y += 20;
      }
    });
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    dir_.setAutoRemove(!qEnvironmentVariableIsSet("SBW_KEEP_TEST_FILES"));  // to look at them after a failure
    // Other users (see runSbwAsUnprivileged) must be able to enter the fixture folder.
    QVERIFY(QFile::setPermissions(
        dir_.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                         QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    QVERIFY(QDir().mkpath(path("docs")));
    for (int i = 1; i <= 3; ++i) {
      writeDocument(path(QString("docs/paper-%1.pdf").arg(i)),
                    {QString("Board paper %1 page %page").arg(i), "Referrals to children's social care"}, 2);
    }
    writeDocument(path("contacts.pdf"),
                  {"Contact: Jane Doe, jane.doe@example-council.gov.uk", "Telephone 020 8227 2000 or (01708) 433 000",
                   "Mobile +44 (0)7700 900123", "Referrals in 2016-17: 1,234"});
  }

  // Several programs creating one new store at once: all succeed, and the store holds each file once.
  void concurrentFirstOpensAllSucceed() {
    const QString store = path("concurrent.sqlite");
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 6; ++i) {
      auto process = std::make_unique<QProcess>();
      process->start(sbw::test::sbwPath(),
                     {"import", "--store", store, path(QString("docs/paper-%1.pdf").arg(i % 3 + 1))});
      processes.push_back(std::move(process));
    }
    for (auto& process : processes) {
      const auto result = sbw::test::finished(*process, 120000);
      QVERIFY2(result.exitCode == 0, qPrintable(result.err));
      QVERIFY2(!result.err.contains("already exists"), qPrintable(result.err));
    }
    const auto check = runSbw({"check", "--store", store, "--json"});
    QCOMPARE(check.exitCode, 0);
    const auto counts = QJsonDocument::fromJson(check.out.toUtf8()).object()["counts"].toObject();
    QCOMPARE(counts["documents"].toInt(), 3);
  }

  // Several programs upgrading one old store at once: every one opens it, it ends at the latest version.
  void concurrentUpgradesAllSucceed() {
    const QString store = path("old.sqlite");
    {
      sbw::store::Database db = sbw::store::Database::openRaw(store.toStdString());
      db.exec("PRAGMA journal_mode = WAL");
      sbw::store::migrateTo(db, 1);
      QCOMPARE(db.userVersion(), 1);
    }
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 6; ++i) {
      auto process = std::make_unique<QProcess>();
      process->start(sbw::test::sbwPath(), {"search", "--store", store, "referrals"});
      processes.push_back(std::move(process));
    }
    for (auto& process : processes) {
      const auto result = sbw::test::finished(*process, 60000);
      QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }
    sbw::store::Database db = sbw::store::Database::openRawForReading(store.toStdString());
    QCOMPARE(db.userVersion(), sbw::store::latestSchemaVersion());
  }

  void storesThatKeepNothingAreRefused() {
    const QString pdf = path("docs/paper-1.pdf");
    for (const QString store : {":memory:", "file:boards.sqlite?mode=memory", "file::memory:"}) {
      const auto result = runSbw({"import", "--store", store, pdf});
      QCOMPARE(result.exitCode, 1);
      QVERIFY2(result.err.contains("in-memory store keeps nothing") || result.err.contains("not a URI"),
               qPrintable(result.err));
      QCOMPARE(result.err.count('\n'), 1);
    }
    QVERIFY(!QFile::exists("file:boards.sqlite?mode=memory"));
    QDir().mkpath(path("a-folder.sqlite"));
    const auto folder = runSbw({"import", "--store", path("a-folder.sqlite"), pdf});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY2(folder.err.contains("is a folder, not a store file"), qPrintable(folder.err));
  }

  // A store its user may not write: reading commands work on it unchanged, import says why it cannot.
  void readOnlyStoreOpensForReading() {
    QVERIFY(QDir().mkpath(path("shelf")));
    const QString store = path("shelf/read-only.sqlite");
    QCOMPARE(runSbw({"import", "--store", store, path("docs/paper-1.pdf")}).exitCode, 0);
    // Readable by all, writable by no one but root (who is not the user the commands run as).
    QVERIFY(QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(path("shelf"), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                     QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QByteArray before = QCryptographicHash::hash(bytesOf(store), QCryptographicHash::Sha256);

    const auto search = runSbwAsUnprivileged({"search", "--store", store, "referrals"});
    QVERIFY2(search.exitCode == 0, qPrintable(search.err));
    QVERIFY2(search.out.contains("paper-1.pdf p.1"), qPrintable(search.out));
    QVERIFY2(search.err.contains("store is read-only; opened for reading only"), qPrintable(search.err));
    const auto check = runSbwAsUnprivileged({"check", "--store", store});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
    QVERIFY(check.out.contains("integrity: ok"));
    const auto actions = runSbwAsUnprivileged({"actions", "--store", store});
    QVERIFY2(actions.exitCode == 0, qPrintable(actions.err));
    const auto exported = runSbwAsUnprivileged({"export", "--store", store, "--view", "pages", "--csv", "-"});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(exported.out.contains("Board paper 1 page 2"));

    const auto import = runSbwAsUnprivileged({"import", "--store", store, path("docs/paper-2.pdf")});
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains("store is read-only: no permission to write it or its folder"),
             qPrintable(import.err));
    QCOMPARE(QCryptographicHash::hash(bytesOf(store), QCryptographicHash::Sha256), before);
    QVERIFY(!QFile::exists(store + "-wal"));
    QVERIFY(QFile::setPermissions(path("shelf"), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                     QFileDevice::ExeOther));
  }

  // Another writer holds the store: one message saying what is waited for, not one per file.
  void busyStoreIsSaidOnce() {
    const QString store = path("busy.sqlite");
    QCOMPARE(runSbw({"import", "--store", store, path("docs/paper-1.pdf")}).exitCode, 0);
    sbw::store::Database holder = sbw::store::Database::open(store.toStdString());
    holder.exec("BEGIN IMMEDIATE");
    const auto result = sbw::test::runSbwWith(
        {"SBW_STORE_WAIT=1"}, {"import", "--store", store, path("docs/paper-2.pdf"), path("docs/paper-3.pdf")});
    holder.exec("ROLLBACK");
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("store is busy: another program is writing to it; waited 1 s"),
             qPrintable(result.err));
    QVERIFY2(!result.err.contains("database is locked"), qPrintable(result.err));
    QCOMPARE(result.err.count("store is busy"), 1);
    QVERIFY(result.out.contains("0 imported, 0 unchanged, 0 failed"));
    // The lock gone, the same import goes through.
    const auto again = runSbw({"import", "--store", store, path("docs/paper-2.pdf"), path("docs/paper-3.pdf")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(again.out.contains("2 imported"));
  }

  // Every path passed over is named with its reason; an unreadable folder counts as a failure.
  void skippedPathsAreReported() {
    QVERIFY(QDir().mkpath(path("tree/locked")));
    QVERIFY(QFile::copy(path("docs/paper-1.pdf"), path("tree/paper-1.pdf")));
    QVERIFY(QFile::copy(path("docs/paper-2.pdf"), path("tree/locked/paper-2.pdf")));
    QCOMPARE(::mkfifo(QFile::encodeName(path("tree/pipe.pdf")).constData(), 0644), 0);
    QVERIFY(QFile::link(path("tree"), path("tree/loop")));
    QVERIFY(QFile::link(path("tree/nowhere.pdf"), path("tree/dangling.pdf")));
    QVERIFY(QFile::setPermissions(path("tree/locked"), QFileDevice::Permissions()));
    // Not root's: root reads every folder, so the import runs as the unprivileged user into a store of its own.
    QVERIFY(QDir().mkpath(path("theirs")));
    sbw::test::giveToUnprivilegedUser(path("theirs"));
    const QString store = path("theirs/tree.sqlite");
    const auto result = runSbwAsUnprivileged({"import", "--store", store, path("tree")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("error: " + path("tree/locked") + ": folder cannot be read: Permission denied"),
             qPrintable(result.err));
    QVERIFY2(result.err.contains("skipped: " + path("tree/pipe.pdf") + ": is a FIFO (named pipe), not a file"),
             qPrintable(result.err));
    QVERIFY2(result.err.contains("skipped: " + path("tree/loop") + ": symbolic link loop"), qPrintable(result.err));
    QVERIFY2(result.err.contains("skipped: " + path("tree/dangling.pdf") + ": broken symbolic link"),
             qPrintable(result.err));
    QVERIFY2(result.out.contains("1 imported, 0 unchanged, 1 failed, 3 skipped"), qPrintable(result.out));

    // A FIFO named on the command line is refused at once; reading it would wait for a writer forever.
    const auto fifo = runSbw({"import", "--store", path("fifo.sqlite"), path("tree/pipe.pdf")}, 20000);
    QCOMPARE(fifo.exitCode, 3);
    QVERIFY2(fifo.err.contains("pipe.pdf: is a FIFO (named pipe), not a PDF file"), qPrintable(fifo.err));
    QVERIFY(QFile::setPermissions(path("tree/locked"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
  }

  // Damage poppler reads past is a warning; what it cannot read keeps its reason.
  void repairedFilesAreWarnings() {
    const QByteArray whole = bytesOf(path("docs/paper-3.pdf"));
    sbw::test::writeBytes(path("junk-after-end.pdf"), whole + QByteArray(5000, '\0'));
    QByteArray wrongOffset = whole;
    const auto at = wrongOffset.lastIndexOf("startxref");
    wrongOffset = wrongOffset.left(at) + "startxref\n17\n%%EOF\n";
    sbw::test::writeBytes(path("wrong-xref.pdf"), wrongOffset);
    sbw::test::writeBytes(path("half.pdf"), whole.left(whole.size() / 2));
    const QString store = path("repaired.sqlite");
    const auto result =
        runSbw({"import", "--store", store, path("junk-after-end.pdf"), path("wrong-xref.pdf"), path("half.pdf")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("warning: " + path("junk-after-end.pdf") + ": data after the %%EOF end marker"),
             qPrintable(result.err));
    QVERIFY2(result.err.contains("warning: " + path("wrong-xref.pdf") + ": damaged cross-reference table"),
             qPrintable(result.err));
    QVERIFY2(result.err.contains("error: " + path("half.pdf") + ": truncated PDF"), qPrintable(result.err));
    // junk-after-end.pdf and wrong-xref.pdf differ in bytes, so both are imported.
    QVERIFY2(result.out.contains("2 imported, 0 unchanged, 1 failed"), qPrintable(result.out));
  }

  void passwordsOpenProtectedFiles() {
    const QByteArray password = "Kq7-board-pw";
    sbw::test::writePasswordProtectedCopy(path("docs/paper-1.pdf"), path("locked-1.pdf"), password);
    sbw::test::writePasswordProtectedCopy(path("docs/paper-2.pdf"), path("locked-2.pdf"), password);
    const QString store = path("locked.sqlite");

    const auto none = runSbw({"import", "--store", store, path("locked-1.pdf")});
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(none.err.contains("password-protected PDF (needs a password to open)"), qPrintable(none.err));
    const auto wrong = runSbw({"import", "--store", store, "--password", "not-it", path("locked-1.pdf")});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("the password given does not open it"), qPrintable(wrong.err));

    const auto given = runSbw({"import", "--store", store, "--password", "not-it", "--password",
                               QString::fromLatin1(password), path("locked-1.pdf")});
    QVERIFY2(given.exitCode == 0, qPrintable(given.err));
    QVERIFY(given.out.contains("1 imported"));
    sbw::test::writeBytes(path("passwords.txt"), "first-guess\n" + password + "\n");
    const auto fromFile =
        runSbw({"import", "--store", store, "--password-file", path("passwords.txt"), path("locked-2.pdf")});
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
    const auto search = runSbw({"search", "--store", store, "Board paper 2"});
    QVERIFY2(search.out.contains("locked-2.pdf"), qPrintable(search.out));

    // Never echoed, never stored.
    for (const auto& output : {none, wrong, given, fromFile}) {
      QVERIFY(!output.out.contains(QString::fromLatin1(password)) &&
              !output.err.contains(QString::fromLatin1(password)));
    }
    for (const QString& file : {store, store + "-wal"}) QVERIFY(!bytesOf(file).contains(password));
  }

  // Stores are private: 0600 files in 0700 folders, their -wal and -shm too.
  void newStoresArePrivate() {
    const QString store = path("private/nested/boards.sqlite");
    QCOMPARE(runSbw({"import", "--store", store, path("docs/paper-1.pdf")}).exitCode, 0);
    QCOMPARE(modeOf(path("private")), 0700);
    QCOMPARE(modeOf(path("private/nested")), 0700);
    QCOMPARE(modeOf(store), 0600);
    sbw::store::Database open = sbw::store::Database::open(store.toStdString());
    open.exec("CREATE TEMP TABLE t(x)");
    open.prepare("SELECT count(*) FROM documents").step();
    QVERIFY(QFile::exists(store + "-wal"));
    QCOMPARE(modeOf(store + "-wal"), 0600);
    QCOMPARE(modeOf(store + "-shm"), 0600);
    // An existing folder keeps its mode: the user chose it.
    QCOMPARE(modeOf(dir_.path()), 0755);
  }

  void redactionKeepsContactDetailsOut() {
    const QString redacted = path("redacted.sqlite");
    const auto import = runSbw({"import", "--store", redacted, "--redact", path("contacts.pdf")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    const auto pages = runSbw({"export", "--store", redacted, "--view", "pages", "--csv", "-"});
    QCOMPARE(pages.exitCode, 0);
    QVERIFY2(pages.out.contains("Contact: Jane Doe, [email]"), qPrintable(pages.out));
    QVERIFY2(pages.out.contains("Telephone [phone] or [phone]"), qPrintable(pages.out));
    QVERIFY2(pages.out.contains("Mobile [phone]"), qPrintable(pages.out));
    QVERIFY2(pages.out.contains("Referrals in 2016-17: 1,234"), qPrintable(pages.out));  // figures stay
    QVERIFY(!runSbw({"search", "--store", redacted, "example-council"}).out.contains("contacts.pdf"));
    QVERIFY(!runSbw({"search", "--store", redacted, "8227"}).out.contains("contacts.pdf"));
    QVERIFY(runSbw({"search", "--store", redacted, "Jane"}).out.contains("contacts.pdf"));
    const QByteArray bytes = bytesOf(redacted) + bytesOf(redacted + "-wal");
    QVERIFY(!bytes.contains("jane.doe") && !bytes.contains("8227") && !bytes.contains("900123"));

    // A store imported as printed, exported with --redact: no address or number in any cell.
    const QString plain = path("plain.sqlite");
    QCOMPARE(runSbw({"import", "--store", plain, path("contacts.pdf")}).exitCode, 0);
    QVERIFY(runSbw({"search", "--store", plain, "8227"}).out.contains("contacts.pdf"));
    for (const QString view : {"pages", "figures", "actions"}) {
      const QString csv = path("export-" + view + ".csv");
      const auto exported = runSbw({"export", "--store", plain, "--view", view, "--csv", csv, "--redact"});
      QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
      const QString text = QString::fromUtf8(bytesOf(csv));
      QVERIFY2(!text.contains('@'), qPrintable(text));
      QVERIFY2(!kPhone.match(text).hasMatch(), qPrintable(kPhone.match(text).captured()));
      QVERIFY(!sbw::parseCsv(text.toStdString()).empty());
    }

    // Imported again with --redact, the unredacted copy is replaced; a redacted store stays so when read again.
    const auto again = runSbw({"import", "--store", plain, "--redact", path("contacts.pdf")});
    QVERIFY2(again.out.contains("updated"), qPrintable(again.out));
    QVERIFY(!runSbw({"search", "--store", plain, "8227"}).out.contains("contacts.pdf"));
    QCOMPARE(runSbw({"reextract", "--store", redacted}).exitCode, 0);
    for (const QString view : {"pages", "figures", "actions"}) {
      const auto exported = runSbw({"export", "--store", redacted, "--view", view, "--csv", "-"});
      QVERIFY(!exported.out.contains('@') && !kPhone.match(exported.out).hasMatch());
    }
  }

  // Ctrl+C stops `sbw import` cleanly: the files done stay, the one being read is dropped.
  void interruptStopsTheImportCleanly() {
    QVERIFY(QDir().mkpath(path("many")));
    for (int i = 1; i <= 12; ++i) {
      writeDocument(path(QString("many/paper-%1.pdf").arg(i, 2, 10, QChar('0'))),
                    {QString("Interrupted batch paper %1 page %page").arg(i)}, 4);
    }
    const QString store = path("interrupted.sqlite");
    QProcess process;
    process.start(sbw::test::sbwPath(), {"import", "--store", store, path("many")});
    QVERIFY(process.waitForStarted());
    QByteArray out;
    while (!out.contains("imported ") && process.state() == QProcess::Running) {
      process.waitForReadyRead(10000);
      out += process.readAllStandardOutput();
    }
    QVERIFY(process.state() == QProcess::Running);
    QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGINT), 0);
    const auto result = sbw::test::finished(process, 60000);
    out += result.out.toUtf8();
    QCOMPARE(result.exitCode, 130);
    QVERIFY2(out.contains("cancelled"), out.constData());
    QVERIFY2(result.err.contains("interrupted"), qPrintable(result.err));
    const auto check = runSbw({"check", "--store", store, "--json"});
    QCOMPARE(check.exitCode, 0);
    const int documents =
        QJsonDocument::fromJson(check.out.toUtf8()).object()["counts"].toObject()["documents"].toInt();
    QVERIFY(documents >= 1 && documents < 12);
    // The next import finishes the batch.
    const auto rest = runSbw({"import", "--store", store, path("many")});
    QCOMPARE(rest.exitCode, 0);
    QVERIFY2(rest.out.contains(QString("%1 imported, %2 unchanged").arg(12 - documents).arg(documents)),
             qPrintable(rest.out));
  }

  void redactionRules_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("email") << "Email a.b-c@lbbd.gov.uk."
                           << "Email [email].";
    QTest::newRow("london") << "Call 020 8227 2000 now"
                            << "Call [phone] now";
    QTest::newRow("outer") << "01708 433000"
                           << "[phone]";
    QTest::newRow("bracketed") << "(020) 7527 2000"
                               << "[phone]";
    QTest::newRow("mobile") << "07700 900 123"
                            << "[phone]";
    QTest::newRow("international") << "+44 (0)20 7641 2500"
                                   << "[phone]";
    QTest::newRow("hyphens") << "0208-753-5140"
                             << "[phone]";
    QTest::newRow("unbroken") << "tel:02082272000"
                              << "tel:[phone]";
    QTest::newRow("count") << "1,234 referrals"
                           << "1,234 referrals";
    QTest::newRow("money") << "£0.5m of 12,000,000"
                           << "£0.5m of 12,000,000";
    QTest::newRow("date") << "01/04/2017 to 31/03/2018"
                          << "01/04/2017 to 31/03/2018";
    QTest::newRow("year") << "2016-17 and 2017 2018 2019"
                          << "2016-17 and 2017 2018 2019";
    QTest::newRow("code") << "E09000002"
                          << "E09000002";
    QTest::newRow("table row") << "0 12 5 8 0 3 1 4 9 7"
                               << "0 12 5 8 0 3 1 4 9 7";
    QTest::newRow("decimal") << "0.123 4567 8901"
                             << "0.123 4567 8901";
    QTest::newRow("at sign") << "meet @ 10am"
                             << "meet @ 10am";
  }
  void redactionRules() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(sbw::redactContactDetails(text.toStdString())), expected);
  }

  void csvRoundTrips() {
    const std::vector<std::string> record = {"plain", "with, comma", "with \"quotes\"", "two\r\nlines", "", "£5"};
    const std::string text = sbw::csvRecord(record) + sbw::csvRecord({"a", "b"});
    QVERIFY(text.find("\"with, comma\"") != std::string::npos);
    QVERIFY(text.find("\"with \"\"quotes\"\"\"") != std::string::npos);
    const auto parsed = sbw::parseCsv(text);
    QCOMPARE(parsed.size(), size_t(2));
    QVERIFY(parsed[0] == record);
    QCOMPARE(parsed[1].size(), size_t(2));
  }
};

QTEST_MAIN(TestReliability)
#include "test_reliability.moc"
