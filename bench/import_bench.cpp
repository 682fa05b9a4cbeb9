// Import benchmark: imports a folder of PDFs into a fresh store (pages, words, full-text index,
// tables, figures, actions) and times it against `pdftotext` over the same files in the same
// run, since poppler's own text extraction is the floor for getting text out of a PDF.
//
// usage: sbw_import_bench --data DIR --sbw PATH [--runs N]

#include <sys/resource.h>
#include <sys/wait.h>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
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
  int runs = 3;
  const QStringList args = app.arguments();
  for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
    if (args[i] == "--data")
      data = args[i + 1];
    else if (args[i] == "--sbw")
      sbw = args[i + 1];
    else if (args[i] == "--runs")
      runs = std::max(1, args[i + 1].toInt());
  }
  const QStringList pdfs = QDir(data).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
  if (pdfs.isEmpty()) {
    std::fprintf(stderr, "error: %s: no PDF files\n", qPrintable(data));
    return 1;
  }
  std::vector<double> poppler, imports;
  long peakKb = 0;
  for (int r = 0; r < runs; ++r) {
    double total = 0;
    for (const QString& pdf : pdfs) {
      const Run run = timed(QStringLiteral("pdftotext"), {QDir(data).filePath(pdf), QStringLiteral("-")});
      if (!run.ok) {
        std::fprintf(stderr, "error: pdftotext failed on %s\n", qPrintable(pdf));
        return 1;
      }
      total += run.seconds;
    }
    poppler.push_back(total);
    QTemporaryDir dir;
    const Run import = timed(sbw, {QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--store"),
                                   dir.filePath(QStringLiteral("bench.sqlite")), data});
    if (!import.ok) {
      std::fprintf(stderr, "error: sbw import failed on %s\n", qPrintable(data));
      return 1;
    }
    imports.push_back(import.seconds);
    peakKb = std::max(peakKb, import.peakKb);
  }
  const double text = median(poppler);
  const double import = median(imports);
  std::printf("import benchmark: %lld PDFs in %s, median of %d runs\n", static_cast<long long>(pdfs.size()),
              qPrintable(data), runs);
  std::printf("  pdftotext (text only)                 %7.2f s\n", text);
  std::printf("  sbw import (text, words, index, tables, figures, actions)  %7.2f s  = %.1fx pdftotext\n", import,
              import / text);
  std::printf("  peak memory of a process (sbw import) %7.1f MiB\n", static_cast<double>(peakKb) / 1024.0);
  return 0;
}
