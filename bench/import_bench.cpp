// Import benchmark: imports a folder of PDFs into a fresh store (pages, words, full-text index,
// tables, figures, actions) on one worker and on two, and times each against `pdftotext -layout`
// over the same files in the same run, since poppler's own text extraction is the floor for
// getting text out of a PDF; `sbw text` (reading order) is timed against the same. Also prints the
// store's size per page and per observation, and the import's peak memory.
//
// usage: sbw_import_bench --data DIR --sbw PATH [--floor PATH] [--runs N]
// --floor names sbw_text_floor (text_floor.cpp): poppler-cpp's word boxes alone, the floor under
// `sbw text`, timed over the same files.

#include <sys/resource.h>
#include <sys/wait.h>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Run {
  double seconds = 0;
  long peakKb = 0;
  bool ok = false;
};

// Runs a program to the end, timing it and reading its peak memory from the kernel.
Run timed(const QString& program, const QStringList& arguments) {
  QElapsedTimer timer;
  timer.start();
  QProcess process;
  process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
  process.setStandardOutputFile(QProcess::nullDevice());
  process.start(program, arguments);
  Run run;
  run.ok = process.waitForFinished(600000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
  run.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);  // the largest child so far: the import is the largest
  run.peakKb = usage.ru_maxrss;
  return run;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QString data = QStringLiteral("../shared/corpus");
  QString sbw = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sbw"));
  QString floor = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sbw_text_floor"));
  int runs = 3;
  const QStringList args = app.arguments();
  for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
    if (args[i] == "--data")
      data = args[i + 1];
    else if (args[i] == "--sbw")
      sbw = args[i + 1];
    else if (args[i] == "--floor")
      floor = args[i + 1];
    else if (args[i] == "--runs")
      runs = std::max(1, args[i + 1].toInt());
  }
  const QStringList pdfs = QDir(data).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
  if (pdfs.isEmpty()) {
    std::fprintf(stderr, "error: %s: no PDF files\n", qPrintable(data));
    return 1;
  }
  // Each run: pdftotext and sbw text (on every core, then on one) over every file, then an import on
  // one worker and one on two.
  std::vector<double> poppler, floors, texts, textsOneWorker, oneWorker, twoWorkers;
  long peakOne = 0;
  long peakTwo = 0;
  qint64 storeBytes = 0;
  QJsonObject counts;
  const auto overFiles = [&](const QString& program, const QStringList& before, const QStringList& after) {
    double total = 0;
    for (const QString& pdf : pdfs) {
      const Run run = timed(program, before + QStringList{QDir(data).filePath(pdf)} + after);
      if (!run.ok) return -1.0;
      total += run.seconds;
    }
    return total;
  };
  for (int r = 0; r < runs; ++r) {
    const double text = overFiles(QStringLiteral("pdftotext"), {QStringLiteral("-layout")}, {QStringLiteral("-")});
    const double ours = overFiles(sbw, {QStringLiteral("text")}, {});
    const double oursOneWorker =
        overFiles(sbw, {QStringLiteral("text"), QStringLiteral("--jobs"), QStringLiteral("1")}, {});
    if (text < 0 || ours < 0 || oursOneWorker < 0) {
      std::fprintf(stderr, "error: pdftotext or sbw text failed on a file of %s\n", qPrintable(data));
      return 1;
    }
    poppler.push_back(text);
    texts.push_back(ours);
    textsOneWorker.push_back(oursOneWorker);
    if (QFileInfo(floor).isExecutable()) floors.push_back(overFiles(floor, {}, {}));
    for (const int jobs : {1, 2}) {
      QTemporaryDir dir;
      const QString store = dir.filePath(QStringLiteral("bench.sqlite"));
      const Run import = timed(sbw, {QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--jobs"),
                                     QString::number(jobs), QStringLiteral("--store"), store, data});
      if (!import.ok) {
        std::fprintf(stderr, "error: sbw import --jobs %d failed on %s\n", jobs, qPrintable(data));
        return 1;
      }
      // The largest child so far: the one-worker imports run first, so theirs is read before the others.
      (jobs == 1 ? oneWorker : twoWorkers).push_back(import.seconds);
      if (r == 0) (jobs == 1 ? peakOne : peakTwo) = import.peakKb;
      if (jobs == 1 && r == 0) {
        storeBytes = QFileInfo(store).size() + QFileInfo(store + QStringLiteral("-wal")).size();
        QProcess check;
        check.start(sbw, {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--store"), store});
        check.waitForFinished(60000);
        counts =
            QJsonDocument::fromJson(check.readAllStandardOutput()).object().value(QStringLiteral("counts")).toObject();
      }
    }
  }
  const double text = median(poppler);
  const double ours = median(texts);
  const double one = median(oneWorker);
  const double two = median(twoWorkers);
  const int pages = counts.value(QStringLiteral("pages")).toInt();
  const int observations = counts.value(QStringLiteral("observations")).toInt();
  std::printf("import benchmark: %lld PDFs (%d pages) in %s, median of %d runs\n", static_cast<long long>(pdfs.size()),
              pages, qPrintable(data), runs);
  std::printf("  pdftotext -layout (text only)            %7.2f s\n", text);
  if (!floors.empty() && median(floors) > 0) {
    std::printf("  poppler-cpp word boxes with fonts alone  %7.2f s  = %.2fx pdftotext (the floor under sbw text)\n",
                median(floors), median(floors) / text);
  }
  std::printf("  sbw text (reading order, pages on every core)  %7.2f s  = %.2fx pdftotext (target 1.2x)\n", ours,
              ours / text);
  std::printf("  sbw text --jobs 1 (one thread, as pdftotext)    %7.2f s  = %.2fx pdftotext\n", median(textsOneWorker),
              median(textsOneWorker) / text);
  std::printf(
      "  sbw import --jobs 1 (text, words, index, tables, figures, actions)  %7.2f s  = %.1fx pdftotext (target 3x)\n",
      one, one / text);
  std::printf(
      "  sbw import --jobs 2                      %7.2f s  = %.1fx pdftotext; %.2fx faster than one worker (target "
      "1.7x)\n",
      two, two / text, one / two);
  std::printf("  peak memory of sbw import: %.1f MiB on one worker, %.1f MiB on two\n",
              static_cast<double>(peakOne) / 1024.0, static_cast<double>(std::max(peakOne, peakTwo)) / 1024.0);
  if (pages > 0 && observations > 0) {
    std::printf("  store: %.1f MiB, %.1f KiB per page, %.0f bytes per observation (%d observations)\n",
                static_cast<double>(storeBytes) / 1048576.0, static_cast<double>(storeBytes) / 1024.0 / pages,
                static_cast<double>(storeBytes) / observations, observations);
  }
  return 0;
}
