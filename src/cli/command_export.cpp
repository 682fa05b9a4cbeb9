// `sbw export --store STORE --view figures|actions|pages --csv FILE [--redact] [--trusted]`; the
// pivot and comparison views are drawn by the models, in sbw-report (`--view pivot|comparison`).

#include <fmt/core.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/hand_over.h"
#include "cli/open_store.h"
#include "core/csv.h"
#include "store/export_tables.h"

namespace sbw::cli {
namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

bool writeAll(int fd, const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

int runExport(const Args& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    const bool named = i + 1 < args.size() && args[i] == "--view";
    const bool drawn = (named && (args[i + 1] == "pivot" || args[i + 1] == "comparison")) ||
                       args[i] == "--view=pivot" || args[i] == "--view=comparison";
    if (drawn) {
      Args forwarded{"export"};
      forwarded.insert(forwarded.end(), args.begin(), args.end());
      handOver("sbw-report", forwarded);
    }
  }
  const Arguments parsed(args, {"--store", "--view", "--csv"}, {"--redact", "--trusted"});
  if (!parsed.operands().empty()) throw UsageError("unexpected argument '" + parsed.operands().front() + "'");
  const std::string storePath = parsed.required("--store");
  const std::string viewName = parsed.required("--view");
  const auto view = store::exportViewFromName(viewName);
  if (!view) {
    throw UsageError("--view is one of " + joined(store::exportViewNames()) + ", pivot, comparison; not '" + viewName +
                     "'");
  }
  const std::string out = parsed.required("--csv");

  store::Database db = openStoreForReading(storePath);
  store::ExportOptions options;
  options.redact = parsed.has("--redact");
  options.trustedOnly = parsed.has("--trusted");
  const store::ExportTable table = store::exportTable(db, *view, options);

  std::string text = csvRecord(table.columns);
  for (const auto& row : table.rows) text += csvRecord(row);
  if (out == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kExitOk;
  }
  // Written beside the target and renamed over it: a failed export never leaves half a file.
  // The export holds what the store holds: readable by its owner only, as the store is.
  const std::string partial = out + ".partial";
  const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error(out + ": cannot write file: " + std::strerror(errno));
  const bool written = writeAll(fd, text);
  const bool closed = ::close(fd) == 0;
  if (!written || !closed || std::rename(partial.c_str(), out.c_str()) != 0) {
    std::remove(partial.c_str());
    throw std::runtime_error(out + ": cannot write file");
  }
  fmt::print(stderr, "{}: {} rows of {}{}\n", out, table.rows.size(), viewName, options.redact ? ", redacted" : "");
  return kExitOk;
}

}  // namespace sbw::cli
