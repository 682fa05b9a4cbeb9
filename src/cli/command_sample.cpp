#include <fmt/core.h>

#include <QGuiApplication>
#include <cstdlib>
#include <filesystem>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "report/sample_reports.h"
#include "store/database.h"
#include "store/importer.h"

namespace sbw::cli {

int runSample(const Args& args) {
  const Arguments parsed(args, {"--out", "--store"}, {});
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
    return failed > 0 ? kExitSomeFailed : kExitOk;
  }
  return kExitOk;
}

}  // namespace sbw::cli
