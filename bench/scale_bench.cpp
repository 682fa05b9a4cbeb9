// Scale benchmark: imports scaled samples (`sbw sample --boroughs N --years Y --pages P`, London
// boroughs' annual reports and agenda packs with known figures) of growing size and shows that the
// import's time grows in proportion to the pages and its memory does not grow at all; times
// `pdftotext -layout` over the same files in the same run as the reference; scores the figures
// each store holds against the set's truth.json (every figure with its page); and imports a
// single document of about 300 pages to show one long document's peak memory.
//
// usage: sbw_scale_bench --sbw PATH --work DIR [--pages 1000,5000,20000] [--document-pages 50]
//                        [--long-document 300] [--jobs N]
// The samples are written once into DIR and kept while their options stay the same.

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "support/truth_score.h"

extern char** environ;

namespace {

constexpr int kBoroughs = 33;              // London's boroughs and the City
constexpr int kFixedPagesPerDocument = 2;  // the figures, before the narrative chapters

struct Run {
  double seconds = 0;
  double peakMiB = 0;
  bool ok = false;
};

// Runs a program to the end, its output discarded; the time it took and its own peak memory
// (wait4 reports the child's, not the largest of all children so far).
Run run(const std::vector<std::string>& command, bool quiet = true) {
  std::vector<char*> argv;
  for (const std::string& arg : command) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (quiet) posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  QElapsedTimer timer;
  timer.start();
  pid_t pid = 0;
  Run out;
  if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) == pid) {
      out.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
      out.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
    }
  }
  out.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  posix_spawn_file_actions_destroy(&actions);
  return out;
}

struct SampleShape {
  int boroughs = 1;
  int years = 1;
  int narrativePages = 0;
  QString key() const { return QStringLiteral("%1 %2 %3").arg(boroughs).arg(years).arg(narrativePages); }
};

// Documents of about `documentPages` pages each, as many as make `pages`: two per borough and year.
SampleShape shapeFor(int pages, int documentPages) {
  SampleShape shape;
  const int documents = std::max(2, static_cast<int>(std::lround(static_cast<double>(pages) / documentPages)));
  const int pairs = (documents + 1) / 2;
  shape.years = (pairs + kBoroughs - 1) / kBoroughs;
  shape.boroughs = (pairs + shape.years - 1) / shape.years;
  shape.narrativePages = std::max(0, documentPages - kFixedPagesPerDocument);
  return shape;
}

// Writes the sample into `dir` unless the one there was written with the same shape by the same
// build of sbw-sample (beside sbw), whose documents change as the generator does.
bool ensureSample(const std::string& sbw, const QString& dir, const SampleShape& shape) {
  QFile stamp(QDir(dir).filePath(QStringLiteral("shape.txt")));
  const QFileInfo generator(QFileInfo(QString::fromStdString(sbw)).dir().filePath(QStringLiteral("sbw-sample")));
  const QString key =
      shape.key() + QStringLiteral(" %1 %2").arg(generator.size()).arg(generator.lastModified().toMSecsSinceEpoch());
  if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("truth.json"))) && stamp.open(QIODevice::ReadOnly) &&
      QString::fromUtf8(stamp.readAll()) == key) {
    return true;
  }
  stamp.close();
  QDir(dir).removeRecursively();
  std::printf("  writing the sample in %s ...\n", qPrintable(dir));
  std::fflush(stdout);
  const Run written = run({sbw, "sample", "--out", dir.toStdString(), "--boroughs", std::to_string(shape.boroughs),
                           "--years", std::to_string(shape.years), "--pages", std::to_string(shape.narrativePages)});
  if (!written.ok || !stamp.open(QIODevice::WriteOnly)) return false;
  stamp.write(key.toUtf8());
  return true;
}

QStringList pdfsIn(const QString& dir) {
  QStringList out;
  for (const QString& name : QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name)) {
    out << QDir(dir).filePath(name);
  }
  return out;
}

double pdftotextSeconds(const QStringList& pdfs) {
  double total = 0;
  for (const QString& pdf : pdfs) {
    const Run r = run({"pdftotext", "-layout", pdf.toStdString(), "-"});
    if (!r.ok) return -1;
    total += r.seconds;
  }
  return total;
}

double percent(int part, int whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }

qint64 storeBytes(const QString& store) {
  return QFileInfo(store).size() + QFileInfo(store + QStringLiteral("-wal")).size();
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  std::string sbw = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sbw")).toStdString();
  QString work = QStringLiteral("scale-bench");
  std::vector<int> sizes = {1000, 5000, 20000};
  int documentPages = 50;
  int longDocument = 300;
  QString jobs;
  const QStringList args = app.arguments();
  for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
    if (args[i] == "--sbw") {
      sbw = args[i + 1].toStdString();
    } else if (args[i] == "--work") {
      work = args[i + 1];
    } else if (args[i] == "--pages") {
      sizes.clear();
      for (const QString& n : args[i + 1].split(',')) sizes.push_back(std::max(10, n.toInt()));
    } else if (args[i] == "--document-pages") {
      documentPages = std::max(kFixedPagesPerDocument + 1, args[i + 1].toInt());
    } else if (args[i] == "--long-document") {
      longDocument = std::max(kFixedPagesPerDocument + 1, args[i + 1].toInt());
    } else if (args[i] == "--jobs") {
      jobs = args[i + 1];
    }
  }
  if (!QDir().mkpath(work)) {
    std::fprintf(stderr, "error: %s: cannot create the folder\n", qPrintable(work));
    return 1;
  }
  std::printf("scale benchmark: scaled samples of London boroughs' papers, about %d pages a document, in %s\n",
              documentPages, qPrintable(work));
  std::printf("  %7s %5s %12s %10s %8s %11s %9s %10s %10s %9s\n", "pages", "docs", "pdftotext s", "import s", "ms/page",
              "x pdftotext", "peak MiB", "store MiB", "value P/R", "right P/R");
  std::vector<std::pair<int, double>> perPage;
  QString oneWorker;
  for (const int size : sizes) {
    const QString dir = QDir(work).filePath(QStringLiteral("pages-%1").arg(size));
    if (!ensureSample(sbw, dir, shapeFor(size, documentPages))) {
      std::fprintf(stderr, "error: %s: sbw sample could not write the sample\n", qPrintable(dir));
      return 1;
    }
    const QStringList pdfs = pdfsIn(dir);
    const QString store = QDir(work).filePath(QStringLiteral("pages-%1.sqlite").arg(size));
    for (const QString& stale : {store, store + "-wal", store + "-shm"}) QFile::remove(stale);
    const double reference = pdftotextSeconds(pdfs);
    std::vector<std::string> import = {sbw, "import", "--quiet", "--store", store.toStdString()};
    if (!jobs.isEmpty()) import.insert(import.end(), {"--jobs", jobs.toStdString()});
    import.push_back(dir.toStdString());
    const Run imported = run(import);
    if (!imported.ok || reference < 0) {
      std::fprintf(stderr, "error: %s: sbw import or pdftotext failed\n", qPrintable(dir));
      return 1;
    }
    const sbw::test::TruthScore s =
        sbw::test::scoreAgainstTruth(store, QDir(dir).filePath(QStringLiteral("truth.json")));
    const int pages = s.pages;
    const double msPerPage = 1000.0 * imported.seconds / std::max(1, pages);
    perPage.push_back({pages, msPerPage});
    std::printf("  %7d %5lld %12.1f %10.1f %8.2f %11.1f %9.1f %10.1f %4.1f/%4.1f%% %4.1f/%4.1f%%\n", pages,
                static_cast<long long>(pdfs.size()), reference, imported.seconds, msPerPage,
                imported.seconds / reference, imported.peakMiB, static_cast<double>(storeBytes(store)) / 1048576.0,
                percent(s.paired, s.observations), percent(s.paired, s.truth), percent(s.right, s.observations),
                percent(s.right, s.truth));
    std::fflush(stdout);
    // On the smallest batch, one worker against the workers used above: many files of like size.
    if (size == sizes.front()) {
      const QString single = QDir(work).filePath(QStringLiteral("pages-%1-one-worker.sqlite").arg(size));
      for (const QString& stale : {single, single + "-wal", single + "-shm"}) QFile::remove(stale);
      const Run one =
          run({sbw, "import", "--quiet", "--jobs", "1", "--store", single.toStdString(), dir.toStdString()});
      if (one.ok) {
        oneWorker = QStringLiteral("  on %1 pages, one worker took %2 s: %3x the time of %4\n")
                        .arg(pages)
                        .arg(one.seconds, 0, 'f', 1)
                        .arg(one.seconds / imported.seconds, 0, 'f', 2)
                        .arg(jobs.isEmpty() ? QStringLiteral("the default workers (one per core)")
                                            : QStringLiteral("%1 workers").arg(jobs));
      }
    }
  }
  std::printf("%s", qPrintable(oneWorker));
  if (perPage.size() >= 2) {
    const auto& [fewest, first] = perPage.front();
    const auto& [most, last] = perPage.back();
    std::printf("  linearity: %.2f ms a page at %d pages, %.2f at %d: %.2fx the time a page (1.00 is linear)\n", first,
                fewest, last, most, last / first);
  }
  // One long document: its pages are read and held together, so its memory is the import's most.
  SampleShape shape;
  shape.narrativePages = longDocument - kFixedPagesPerDocument;
  const QString longDir = QDir(work).filePath(QStringLiteral("document-%1").arg(longDocument));
  if (!ensureSample(sbw, longDir, shape)) {
    std::fprintf(stderr, "error: %s: sbw sample could not write the sample\n", qPrintable(longDir));
    return 1;
  }
  const QString report = pdfsIn(longDir).value(0);
  QFile longTruth(QDir(longDir).filePath(QStringLiteral("truth.json")));
  longTruth.open(QIODevice::ReadOnly);
  int longPages = 0;
  for (const QJsonValue& page :
       QJsonDocument::fromJson(longTruth.readAll()).object().value(QStringLiteral("pages")).toArray()) {
    longPages += page.toObject().value(QStringLiteral("doc")).toString() == QStringLiteral("000") ? 1 : 0;
  }
  const QString store = QDir(work).filePath(QStringLiteral("document-%1.sqlite").arg(longDocument));
  for (const QString& stale : {store, store + "-wal", store + "-shm"}) QFile::remove(stale);
  const double reference = pdftotextSeconds({report});
  const Run imported = run({sbw, "import", "--quiet", "--store", store.toStdString(), report.toStdString()});
  if (!imported.ok) {
    std::fprintf(stderr, "error: %s: sbw import failed\n", qPrintable(report));
    return 1;
  }
  std::printf(
      "  one document of %d pages (%s): import %.1f s (%.1fx pdftotext), peak memory %.1f MiB (target 300 MB)\n",
      longPages, qPrintable(QFileInfo(report).fileName()), imported.seconds, imported.seconds / reference,
      imported.peakMiB);
  return 0;
}
