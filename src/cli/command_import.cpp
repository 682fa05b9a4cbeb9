#include <fmt/core.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "cli/passwords.h"
#include "store/importer.h"

namespace sbw::cli {
namespace {

// Ctrl+C asks the import to stop cleanly: the file being read is dropped, the store stays whole.
// A second Ctrl+C ends the program at once (the store is safe then too: each file is one transaction).
std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int) {
  if (interrupted.exchange(true)) std::_Exit(130);
}

// "[2/5] report.pdf: page 12 of 40", rewritten in place on a terminal.
void showProgress(const store::ImportProgress& at) {
  fmt::print(stderr, "\r\033[K[{}/{}] {}: page {} of {}", at.file, at.files, at.path.filename().string(), at.page,
             at.pages);
  std::fflush(stderr);
}

}  // namespace
int runImport(const Args& args) {
  const Arguments parsed(args, {"--store", "--password", "--password-file", "--jobs"}, {"--quiet", "--redact"});
  const std::string storePath = parsed.required("--store");
  if (parsed.operands().empty()) throw UsageError("give at least one PDF file or folder");
  store::ImportOptions options;
  options.passwords = passwordsFrom(parsed);
  options.redact = parsed.has("--redact");
  options.jobs = jobsFrom(parsed);

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

  const bool quiet = parsed.has("--quiet");
  const bool terminal = ::isatty(STDERR_FILENO) == 1;
  if (terminal && !quiet) options.progress = showProgress;
  options.cancel = &interrupted;
  std::signal(SIGINT, onInterrupt);
  store::Importer importer(db, options);
  int imported = 0;
  int unchanged = 0;
  int cancelled = 0;
  const auto report = [&](const store::ImportResult& result) {
    using Status = store::ImportResult::Status;
    if (terminal && !quiet) fmt::print(stderr, "\r\033[K");  // clear the progress line
    if (result.status == Status::Cancelled) {
      ++cancelled;
      return;
    }
    for (const auto& warning : result.warnings) fmt::print(stderr, "warning: {}: {}\n", result.path.string(), warning);
    if (result.status == Status::Failed) {
      ++failed;
      fmt::print(stderr, "error: {}: {}\n", result.path.string(), result.message);
      return;
    }
    (result.status == Status::Unchanged ? unchanged : imported) += 1;
    if (!quiet) fmt::print("{:<9} {} ({})\n", store::statusName(result.status), result.path.string(), result.message);
    std::fflush(stdout);  // a line per file as it is done, for whoever reads the output as it comes
  };
  const auto summary = [&] {
    fmt::print("{} imported, {} unchanged, {} failed{}{}\n", imported, unchanged, failed,
               skipped > 0 ? fmt::format(", {} skipped", skipped) : std::string(),
               cancelled > 0 ? fmt::format(", {} cancelled", cancelled) : std::string());
  };
  try {
    importer.importFiles(files, report);
  } catch (const store::StoreBusyError& busy) {
    // One message for the batch: every later file would wait for the same lock.
    summary();
    throw std::runtime_error(storePath + ": " + busy.what() + " (files above were imported; run again to go on)");
  }
  summary();
  if (cancelled > 0) {
    fmt::print(stderr, "sbw import: interrupted; the files above were imported, the rest were not\n");
    return kExitInterrupted;
  }
  return failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace sbw::cli
