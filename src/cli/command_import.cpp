#include <fmt/core.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string>

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

// The batch on one line, rewritten in place on a terminal: the files done, then each file being
// read with its page ("[2/5] report.pdf 12/40, minutes.pdf 3/9"), however many workers read at once.
class BatchProgress {
 public:
  explicit BatchProgress(int files) : files_(files) {}

  void reading(const store::ImportProgress& at) {
    const std::lock_guard lock(mutex_);
    files_ = at.files;
    reading_[at.file] = at;
    if (!paused_) show();
  }

  // A file's result is in: it leaves the line, and the line is cleared (and kept clear until
  // resume) for the result's own. Results come in the batch's order, so the n-th is file n.
  void done() {
    const std::lock_guard lock(mutex_);
    ++done_;
    paused_ = true;
    reading_.erase(done_);
    fmt::print(stderr, "\r\033[K");
  }

  // The batch stopped short (the store is busy): the line is cleared for good, whatever the files
  // still being read tell.
  void stop() {
    const std::lock_guard lock(mutex_);
    paused_ = stopped_ = true;
    fmt::print(stderr, "\r\033[K");
  }

  // After a result's line: the batch again, for the files still being read.
  void resume() {
    const std::lock_guard lock(mutex_);
    paused_ = stopped_;
    if (!reading_.empty() && !paused_) show();
  }

 private:
  void show() const {
    std::string line = fmt::format("[{}/{}]", done_, files_);
    for (const auto& [index, at] : reading_) {
      line +=
          fmt::format("{}{} {}/{}", line.back() == ']' ? " " : ", ", at.path.filename().string(), at.page, at.pages);
    }
    const size_t width = terminalWidth();
    if (line.size() >= width) {
      size_t cut = width - 2;
      while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
      line = line.substr(0, cut) + "…";
    }
    fmt::print(stderr, "\r\033[K{}", line);
    std::fflush(stderr);
  }

  static size_t terminalWidth() {
    constexpr size_t kAssumedWidth = 80;
    winsize size{};
    return ::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 10 ? size.ws_col : kAssumedWidth;
  }

  std::mutex mutex_;  // workers tell pages while the writer tells results
  int files_ = 0;
  int done_ = 0;
  bool paused_ = false;
  bool stopped_ = false;
  std::map<int, store::ImportProgress> reading_;  // by the file's place in the batch
};

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
  BatchProgress batch(static_cast<int>(files.size()));
  if (terminal && !quiet) options.progress = [&batch](const store::ImportProgress& at) { batch.reading(at); };
  options.cancel = &interrupted;
  std::signal(SIGINT, onInterrupt);
  store::Importer importer(db, options);
  int imported = 0;
  int unchanged = 0;
  int cancelled = 0;
  const auto tell = [&](const store::ImportResult& result) {
    using Status = store::ImportResult::Status;
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
  const auto report = [&](const store::ImportResult& result) {
    const bool showing = terminal && !quiet;
    if (showing) batch.done();
    tell(result);
    if (showing) batch.resume();
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
    if (terminal && !quiet) batch.stop();
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
