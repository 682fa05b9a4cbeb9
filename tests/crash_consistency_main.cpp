// sbw_crash_check: kills `sbw import` with SIGKILL at random moments of a batch import, then checks
// the store as a user would find it: SQLite's integrity and foreign keys hold, no document is half
// imported (each has all its pages), and the next import completes. The suite runs a few kills;
// `ninja -C build bench` runs fifty (docs/reliability.md).
//
//   sbw_crash_check --kills N [--documents D] [--pages P] [--seed S] [--sbw PATH] [--work DIR]

#include <fmt/core.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <optional>

#include "store/database.h"
#include "support/fixture_pdf.h"

namespace {

struct Options {
  int kills = 4;
  int documents = 8;
  int pages = 6;  // per document
  quint32 seed = 20261201;
  QString sbw;
  QString work;
};

// Papers with enough text on each page that reading them takes a while.
void writeDocuments(const QString& folder, const Options& options) {
  QDir().mkpath(folder);
  for (int d = 0; d < options.documents; ++d) {
    sbw::test::writePaintedPdf(
        QDir(folder).filePath(QString("paper-%1.pdf").arg(d + 1)), options.pages, [d](QPainter& p, int page) {
          QFont font("DejaVu Sans");
          font.setPointSize(10);
          p.setFont(font);
          p.drawText(QPointF(72, 72), QString("Board paper %1, page %2").arg(d + 1).arg(page + 1));
          for (int row = 0; row < 30; ++row) {
            const double y = 110 + row * 20;
            p.drawText(QPointF(72, y), QString("Indicator %1").arg(row + 1));
            for (int col = 0; col < 4; ++col) {
              p.drawText(QPointF(260 + col * 70, y), QString::number((d + 1) * (row + 3) * (col + 7)));
            }
          }
        });
  }
}

void removeStore(const QString& store) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) QFile::remove(store + suffix);
}

// What is wrong with the store, or nothing.
std::optional<std::string> problemsOf(const QString& storePath) {
  if (!QFile::exists(storePath)) return std::nullopt;  // killed before it made the store: nothing written
  try {
    sbw::store::Database db = sbw::store::Database::openRawForReading(storePath.toStdString());
    auto integrity = db.prepare("PRAGMA integrity_check");
    while (integrity.step()) {
      if (integrity.text(0) != "ok") return "integrity: " + integrity.text(0);
    }
    auto keys = db.prepare("PRAGMA foreign_key_check");
    if (keys.step()) return "foreign key problem in table " + keys.text(0);
    if (db.userVersion() == 0) return std::nullopt;  // killed before the schema was made: nothing to check
    auto half = db.prepare(
        "SELECT d.file_name, d.page_count, (SELECT count(*) FROM pages p WHERE p.document_id = d.id) "
        "FROM documents d WHERE d.page_count <> (SELECT count(*) FROM pages p WHERE p.document_id = d.id)");
    if (half.step()) {
      return fmt::format("half-imported document {}: {} of {} pages", half.text(0), half.integer(2), half.integer(1));
    }
  } catch (const std::exception& error) {
    return std::string("cannot read the store: ") + error.what();
  }
  return std::nullopt;
}

int documentCount(const QString& storePath) {
  sbw::store::Database db = sbw::store::Database::openRawForReading(storePath.toStdString());
  auto count = db.prepare("SELECT count(*) FROM documents");
  count.step();
  return count.integer(0);
}

bool importToTheEnd(const Options& options, const QString& store, const QString& docs, qint64* elapsedMs = nullptr) {
  QProcess process;
  QElapsedTimer timer;
  timer.start();
  process.start(options.sbw, {"import", "--quiet", "--store", store, docs});
  const bool done =
      process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
  if (elapsedMs) *elapsedMs = timer.elapsed();
  if (!done) {
    fmt::print(stderr, "import failed (exit {}{}): {}\n", process.exitCode(),
               process.exitStatus() == QProcess::CrashExit ? ", crashed" : "",
               QString::fromUtf8(process.readAllStandardError()).toStdString());
  }
  return done;
}

Options parse(const QStringList& args) {
  Options options;
  options.sbw = QDir(QCoreApplication::applicationDirPath()).filePath("sbw");
  for (int i = 1; i + 1 < args.size(); i += 2) {
    const QString& name = args[i];
    const QString& value = args[i + 1];
    if (name == "--kills") {
      options.kills = value.toInt();
    } else if (name == "--documents") {
      options.documents = value.toInt();
    } else if (name == "--pages") {
      options.pages = value.toInt();
    } else if (name == "--seed") {
      options.seed = value.toUInt();
    } else if (name == "--sbw") {
      options.sbw = value;
    } else if (name == "--work") {
      options.work = value;
    } else {
      throw std::runtime_error("unknown option " + name.toStdString());
    }
  }
  if (options.kills < 1 || options.documents < 1 || options.pages < 1) {
    throw std::runtime_error("--kills, --documents and --pages want whole numbers of at least 1");
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  QGuiApplication app(argc, argv);  // Qt's PDF writer needs fonts
  try {
    const Options options = parse(app.arguments());
    QTemporaryDir scratch;
    const QString work = options.work.isEmpty() ? scratch.path() : options.work;
    const QString docs = QDir(work).filePath("docs");
    const QString store = QDir(work).filePath("crash.sqlite");
    writeDocuments(docs, options);

    // How long a whole import takes, so that the kills land anywhere in it.
    removeStore(store);
    qint64 wholeMs = 0;
    if (!importToTheEnd(options, store, docs, &wholeMs)) return 1;
    fmt::print("a whole import of {} documents ({} pages) takes {} ms\n", options.documents,
               options.documents * options.pages, wholeMs);

    QRandomGenerator random(options.seed);
    int intact = 0;
    int completed = 0;
    int killedMidway = 0;
    for (int kill = 0; kill < options.kills; ++kill) {
      removeStore(store);
      const int delayMs = static_cast<int>(random.bounded(static_cast<quint32>(std::max<qint64>(wholeMs, 1))));
      QProcess process;
      process.start(options.sbw, {"import", "--quiet", "--store", store, docs});
      process.waitForStarted();
      QThread::msleep(static_cast<unsigned long>(delayMs));
      const bool running = process.state() == QProcess::Running;
      process.kill();  // SIGKILL: no chance to tidy up
      process.waitForFinished();
      if (running) ++killedMidway;
      const auto problem = problemsOf(store);
      if (problem) {
        fmt::print(stderr, "kill {} at {} ms: {}\n", kill + 1, delayMs, *problem);
      } else {
        ++intact;
      }
      if (importToTheEnd(options, store, docs) && documentCount(store) == options.documents && !problemsOf(store)) {
        ++completed;
      } else {
        fmt::print(stderr, "kill {} at {} ms: the next import did not complete\n", kill + 1, delayMs);
      }
    }
    fmt::print("kills: {} ({} while the import was running), intact stores: {}/{}, next import completed: {}/{}\n",
               options.kills, killedMidway, intact, options.kills, completed, options.kills);
    return intact == options.kills && completed == options.kills ? 0 : 1;
  } catch (const std::exception& error) {
    fmt::print(stderr, "sbw_crash_check: {}\n", error.what());
    return 2;
  }
}
