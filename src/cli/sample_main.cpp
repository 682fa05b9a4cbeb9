// sbw-sample: the typesetting half of `sbw sample --out DIR [--store STORE]`, and of the scaled
// sample (`--boroughs N --years Y [--pages P] [--first-year Y] [--seed S]`). It lives in its own
// executable because typesetting needs Qt Gui, and loading Qt Gui costs every other sbw command
// (tables, text, search) several times its own start-up; `sbw sample` runs this program.

#include <fmt/core.h>

#include <QGuiApplication>
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/arguments.h"
#include "report/sample_reports.h"
#include "report/scaled_sample.h"
#include "store/database.h"
#include "store/importer.h"

namespace {

constexpr std::array<const char*, 5> kScaledOptions = {"--boroughs", "--years", "--first-year", "--pages", "--seed"};

int runSample(const std::vector<std::string>& args) {
  using namespace sbw;
  const cli::Arguments parsed(args, {"--out", "--store", "--boroughs", "--years", "--first-year", "--pages", "--seed"},
                              {});
  const std::string out = parsed.required("--out");
  const bool scaled = std::any_of(kScaledOptions.begin(), kScaledOptions.end(),
                                  [&](const char* option) { return parsed.value(option).has_value(); });
  // Typesetting needs fonts, hence a GUI application, but never a display.
  if (std::getenv("QT_QPA_PLATFORM") == nullptr) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  // Qt's own chatter (runtime folder notices and the like) is not for sbw's users.
  if (std::getenv("SBW_DEBUG") == nullptr)
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
  int argc = 1;
  char name[] = "sbw";
  char* argv[] = {name, nullptr};
  QGuiApplication app(argc, argv);
  QStringList paths;
  if (scaled) {
    report::ScaledSampleOptions options;
    options.boroughs = parsed.intValue("--boroughs").value_or(options.boroughs);
    options.years = parsed.intValue("--years").value_or(options.years);
    options.firstYear = parsed.intValue("--first-year").value_or(options.firstYear);
    options.narrativePages = parsed.intValue("--pages").value_or(options.narrativePages);
    options.seed = static_cast<std::uint64_t>(parsed.intValue("--seed").value_or(1));
    try {
      const auto written =
          report::writeScaledSample(QString::fromStdString(out), options, [](const QString& path, int pages) {
            fmt::print("wrote     {} ({} pages)\n", path.toStdString(), pages);
            std::fflush(stdout);
          });
      paths = written.paths;
      fmt::print("wrote     {}/truth.json ({} documents, {} pages, {} figures)\n", out, paths.size(), written.pages,
                 written.figures);
    } catch (const std::invalid_argument& error) {
      throw cli::UsageError(error.what());
    }
  } else {
    paths = report::writeSampleDocuments(QString::fromStdString(out));
    for (const QString& path : paths) fmt::print("wrote     {}\n", path.toStdString());
  }
  if (const auto storePath = parsed.value("--store")) {
    store::Database db = store::Database::open(*storePath);
    // Read on every core, as `sbw import` does: a scaled sample may be thousands of pages.
    store::ImportOptions options;
    options.jobs = 0;
    store::Importer importer(db, options);
    std::vector<std::filesystem::path> files;
    for (const QString& path : paths) files.emplace_back(path.toStdString());
    int failed = 0;
    importer.importFiles(files, [&failed](const store::ImportResult& result) {
      if (result.status == store::ImportResult::Status::Failed) {
        ++failed;
        fmt::print(stderr, "error: {}: {}\n", result.path.string(), result.message);
      } else {
        fmt::print("{:<9} {} ({})\n", store::statusName(result.status), result.path.string(), result.message);
      }
      std::fflush(stdout);
    });
    return failed > 0 ? cli::kExitSomeFailed : cli::kExitOk;
  }
  return cli::kExitOk;
}

}  // namespace

// Arguments as for `sbw sample`; messages are worded as sbw's, since users call it through sbw.
int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return runSample(args);
  } catch (const sbw::cli::UsageError& error) {
    fmt::print(stderr, "sbw sample: {}\n", error.what());
    return sbw::cli::kExitUsage;
  } catch (const std::exception& error) {
    fmt::print(stderr, "sbw sample: {}\n", error.what());
    return sbw::cli::kExitError;
  }
}
