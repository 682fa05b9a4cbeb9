// `sbw export --store STORE --view figures|actions|pages --csv FILE [--redact] [--trusted]`.

#include <fmt/core.h>

#include <cstdio>
#include <fstream>

#include "cli/arguments.h"
#include "cli/commands.h"
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

}  // namespace

int runExport(const Args& args) {
  const Arguments parsed(args, {"--store", "--view", "--csv"}, {"--redact", "--trusted"});
  if (!parsed.operands().empty()) throw UsageError("unexpected argument '" + parsed.operands().front() + "'");
  const std::string storePath = parsed.required("--store");
  const std::string viewName = parsed.required("--view");
  const auto view = store::exportViewFromName(viewName);
  if (!view) throw UsageError("--view is one of " + joined(store::exportViewNames()) + "; not '" + viewName + "'");
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
  const std::string partial = out + ".partial";
  {
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    if (!file) throw std::runtime_error(out + ": cannot write file");
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!file.flush()) throw std::runtime_error(out + ": cannot write file");
  }
  if (std::rename(partial.c_str(), out.c_str()) != 0) {
    std::remove(partial.c_str());
    throw std::runtime_error(out + ": cannot write file");
  }
  fmt::print(stderr, "{}: {} rows of {}{}\n", out, table.rows.size(), viewName, options.redact ? ", redacted" : "");
  return kExitOk;
}

}  // namespace sbw::cli
