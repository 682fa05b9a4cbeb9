// sbw: the Safeguarding Board Workbench on the command line.

#include <fmt/core.h>

#include <malloc.h>

#include <cstdio>
#include <map>
#include <string>

#include "cli/arguments.h"
#include "cli/commands.h"

namespace {

constexpr const char* kUsage = R"(Usage: sbw COMMAND [OPTIONS]

Commands:
  import --store STORE PATH...   Import PDF files and folders of them into STORE (SQLite).
         [--password P] [--password-file F]   Passwords to try on protected PDFs (never stored).
         [--redact]              Keep e-mail addresses and phone numbers out of the store.
         [--jobs N]              Documents read at once (default: one per core); stored in the order given.
                                 Exit 0 when every file was imported or unchanged, 3 when any failed.
  search --store STORE QUERY     Full-text search over imported pages ("quoted phrase", prefix*).
         [--limit N] [--json]
  text FILE.pdf [--page N]       Print a PDF's text in reading order.
       [--blocks|--words]        ...or its layout blocks, or poppler's words with fonts.
  tables FILE.pdf [--json|--csv [--out DIR]] [--pages A-B]   Find tables: rows, columns, spans (docs/tables.md).
  figures FILE.pdf [--json]      Figures the importer would store: area, indicator, period, trusted or for review.
          [--page N]             ...on one page, with how each was read.
  reextract --store STORE [DOC...]   Read stored documents again with the current readers (keeps corrections).
            [--password P] [--password-file F] [--jobs N]
  actions --store STORE          Actions, recommendations, resolutions and plan actions in the store.
          [--open] [--overdue [--as-of DATE]] [--owner TEXT] [--kind K] [--csv|--json]
  export --store STORE --view figures|actions|pages --csv FILE|-   Export as CSV (RFC 4180).
         [--redact] [--trusted]  ...without e-mail addresses and phone numbers; only trusted figures.
  export --store STORE --view pivot --indicator KEY [--areas A,B] [--from P] [--to Q] --csv FILE|-
  export --store STORE --view comparison --indicator KEY [--period P] --csv FILE|-
  chart --store STORE --indicator KEY --out FILE.pdf|.svg|.png   Export a trend chart with its sources.
        [--areas A,B] [--from P] [--to Q]   ...of these areas (and the comparators), these periods;
        [--compare PERIOD]                  ...or every area's bar for one period.
        [--width PX --height PX] [--dpi N]  Size (PDF and SVG at 96 px to the inch) and PNG resolution.
  pack --store STORE --spec PACK.json --out PACK.pdf [--as-of DATE]   Build a committee pack (docs/cli.md).
  check --store STORE [--json]   Check a store: integrity, schema version, counts. Exit 1 on problems.
  sample --out DIR               Write the built-in SAMPLE report PDFs (invented figures) to DIR.
         [--store STORE]         ...and import them into STORE.

Options:
  --help       Show this help.
  --version    Show the version.

See docs/cli.md for details.
)";

}  // namespace

int main(int argc, char** argv) {
  // Page rasters (a few MiB each) are allocated and freed page after page; above glibc's default
  // threshold each one is a fresh mmap, and the page faults cost more than the ruling scan itself.
  // Keeping them on the heap lets the next page reuse the memory.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
  const std::vector<std::string> all(argv + 1, argv + argc);
  if (all.empty()) {
    std::fputs(kUsage, stderr);
    return sbw::cli::kExitUsage;
  }
  const std::string& command = all.front();
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage, stdout);
    return sbw::cli::kExitOk;
  }
  if (command == "--version") {
    fmt::print("sbw {}\n", SBW_VERSION);
    return sbw::cli::kExitOk;
  }
  const std::map<std::string, int (*)(const sbw::cli::Args&)> commands = {
      {"import", sbw::cli::runImport},   {"search", sbw::cli::runSearch},       {"text", sbw::cli::runText},
      {"sample", sbw::cli::runSample},   {"check", sbw::cli::runCheck},         {"tables", sbw::cli::runTables},
      {"figures", sbw::cli::runFigures}, {"reextract", sbw::cli::runReextract}, {"actions", sbw::cli::runActions},
      {"export", sbw::cli::runExport},   {"chart", sbw::cli::runChart},         {"pack", sbw::cli::runPack},
  };
  const auto found = commands.find(command);
  if (found == commands.end()) {
    fmt::print(stderr, "sbw: unknown command '{}' (try sbw --help)\n", command);
    return sbw::cli::kExitUsage;
  }
  const sbw::cli::Args rest(all.begin() + 1, all.end());
  for (const auto& arg : rest) {
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return sbw::cli::kExitOk;
    }
  }
  try {
    return found->second(rest);
  } catch (const sbw::cli::UsageError& error) {
    fmt::print(stderr, "sbw {}: {}\n", command, error.what());
    return sbw::cli::kExitUsage;
  } catch (const std::exception& error) {
    fmt::print(stderr, "sbw {}: {}\n", command, error.what());
    return sbw::cli::kExitError;
  }
}
