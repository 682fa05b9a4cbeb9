#include <fmt/core.h>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "store/importer.h"

namespace sbw::cli {

int runImport(const Args& args) {
  const Arguments parsed(args, {"--store"}, {"--quiet"});
  const std::string storePath = parsed.required("--store");
  if (parsed.operands().empty()) throw UsageError("give at least one PDF file or folder");

  store::Database db = openStore(storePath);

  std::vector<std::filesystem::path> paths;
  int failed = 0;
  for (const auto& operand : parsed.operands()) {
    const std::filesystem::path path(operand);
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec) && store::expandImportPaths({path}).empty()) {
      fmt::print(stderr, "error: {}: folder contains no PDF files\n", operand);
      ++failed;
      continue;
    }
    paths.push_back(path);
  }

  store::Importer importer(db);
  int imported = 0;
  int unchanged = 0;
  const bool quiet = parsed.has("--quiet");
  importer.importPaths(paths, [&](const store::ImportResult& result) {
    using Status = store::ImportResult::Status;
    if (result.status == Status::Failed) {
      ++failed;
      fmt::print(stderr, "error: {}: {}\n", result.path.string(), result.message);
      return;
    }
    (result.status == Status::Unchanged ? unchanged : imported) += 1;
    if (!quiet) fmt::print("{:<9} {} ({})\n", store::statusName(result.status), result.path.string(), result.message);
  });
  fmt::print("{} imported, {} unchanged, {} failed\n", imported, unchanged, failed);
  return failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace sbw::cli
