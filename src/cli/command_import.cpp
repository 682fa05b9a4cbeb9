#include <fmt/core.h>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "cli/passwords.h"
#include "store/importer.h"

namespace sbw::cli {
int runImport(const Args& args) {
  const Arguments parsed(args, {"--store", "--password", "--password-file"}, {"--quiet", "--redact"});
  const std::string storePath = parsed.required("--store");
  if (parsed.operands().empty()) throw UsageError("give at least one PDF file or folder");
  store::ImportOptions options;
  options.passwords = passwordsFrom(parsed);
  options.redact = parsed.has("--redact");

  store::Database db = openStore(storePath);

  int failed = 0;
  int skipped = 0;
  std::vector<std::filesystem::path> files;
  for (const auto& operand : parsed.operands()) {
    const store::ImportPlan plan = store::planImport({operand});
    for (const auto& skip : plan.skipped) {
      fmt::print(stderr, "{}: {}: {}\n", skip.failure ? "error" : "skipped", skip.path.string(), skip.reason);
      ++(skip.failure ? failed : skipped);
    }
    std::error_code ec;
    if (plan.files.empty() && std::filesystem::is_directory(operand, ec)) {
      fmt::print(stderr, "error: {}: folder contains no PDF files\n", operand);
      ++failed;
      continue;
    }
    files.insert(files.end(), plan.files.begin(), plan.files.end());
  }

  store::Importer importer(db, options);
  int imported = 0;
  int unchanged = 0;
  const bool quiet = parsed.has("--quiet");
  const auto report = [&](const store::ImportResult& result) {
    using Status = store::ImportResult::Status;
    for (const auto& warning : result.warnings) fmt::print(stderr, "warning: {}: {}\n", result.path.string(), warning);
    if (result.status == Status::Failed) {
      ++failed;
      fmt::print(stderr, "error: {}: {}\n", result.path.string(), result.message);
      return;
    }
    (result.status == Status::Unchanged ? unchanged : imported) += 1;
    if (!quiet) fmt::print("{:<9} {} ({})\n", store::statusName(result.status), result.path.string(), result.message);
  };
  const auto summary = [&] {
    fmt::print("{} imported, {} unchanged, {} failed{}\n", imported, unchanged, failed,
               skipped > 0 ? fmt::format(", {} skipped", skipped) : std::string());
  };
  try {
    importer.importFiles(files, report);
  } catch (const store::StoreBusyError& busy) {
    // One message for the batch: every later file would wait for the same lock.
    summary();
    throw std::runtime_error(storePath + ": " + busy.what() + " (files above were imported; run again to go on)");
  }
  summary();
  return failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace sbw::cli
