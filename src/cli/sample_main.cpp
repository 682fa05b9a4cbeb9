// sbw-sample: the typesetting half of `sbw sample --out DIR [--store STORE]`. It lives in its own
// executable because typesetting needs Qt Gui, and loading Qt Gui costs every other sbw command
// (tables, text, search) several times its own start-up; `sbw sample` runs this program.

#include <fmt/core.h>

#include <QGuiApplication>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "cli/arguments.h"
#include "report/sample_reports.h"
#include "store/database.h"
#include "store/importer.h"

namespace {

int runSample(const std::vector<std::string>& args) {
  using namespace sbw;
  const cli::Arguments parsed(args, {"--out", "--store"}, {});
  const std::string out = parsed.required("--out");
  // Typesetting needs fonts, hence a GUI application, but never a display.
  if (std::getenv("QT_QPA_PLATFORM") == nullptr) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  // Qt's own chatter (runtime folder notices and the like) is not for sbw's users.
  if (std::getenv("SBW_DEBUG") == nullptr)
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
  int argc = 1;
  char name[] = "sbw";
  char* argv[] = {name, nullptr};
  QGuiApplication app(argc, argv);
  const QStringList paths = report::writeSampleDocuments(QString::fromStdString(out));
  for (const QString& path : paths) fmt::print("wrote     {}\n", path.toStdString());
  if (const auto storePath = parsed.value("--store")) {
    store::Database db = store::Database::open(*storePath);
    store::Importer importer(db);
    int failed = 0;
    for (const QString& path : paths) {
      const auto result = importer.importFile(path.toStdString());
      if (result.status == store::ImportResult::Status::Failed) {
        ++failed;
        fmt::print(stderr, "error: {}: {}\n", path.toStdString(), result.message);
      } else {
        fmt::print("{:<9} {} ({})\n", store::statusName(result.status), path.toStdString(), result.message);
      }
    }
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
