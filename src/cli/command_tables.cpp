// sbw tables FILE.pdf [--json | --csv [--out DIR]] [--pages A-B]

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "pdf/page_parallel.h"
#include "pdf/pdf_document.h"
#include "pdf/table_extractor.h"
#include "pdf/table_json.h"

namespace sbw::cli {
namespace {

// "3" or "3-7" (either end may be left out: "-7", "3-").
std::pair<int, int> parsePages(const std::string& text, int pageCount) {
  const auto dash = text.find('-');
  auto number = [&](const std::string& part, int fallback) {
    if (part.empty()) return fallback;
    size_t used = 0;
    int value = 0;
    try {
      value = std::stoi(part, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != part.size() || value < 1)
      throw UsageError("--pages wants A-B with page numbers from 1, not '" + text + "'");
    return value;
  };
  const int first = number(dash == std::string::npos ? text : text.substr(0, dash), 1);
  const int last = dash == std::string::npos ? first : number(text.substr(dash + 1), pageCount);
  if (first > last) throw UsageError("--pages: " + text + " is an empty range");
  if (first > pageCount) throw UsageError(fmt::format("--pages: the document has {} pages", pageCount));
  return {first, std::min(last, pageCount)};
}

}  // namespace

int runTables(const Args& args) {
  const Arguments parsed(args, {"--pages", "--out"}, {"--json", "--csv"});
  if (parsed.operands().size() != 1) throw UsageError("give one PDF file");
  if (parsed.has("--json") && parsed.has("--csv")) throw UsageError("choose --json or --csv");
  const std::filesystem::path file = parsed.operands().front();
  const auto document = [&] {
    try {
      return pdf::PdfDocument::open(file);
    } catch (const pdf::PdfError& error) {
      throw std::runtime_error(file.string() + ": " + error.what());
    }
  }();
  pdf::TableExtractionOptions options;
  // A one-off command with the machine to itself: use its cores.
  options.threads = pdf::commandThreads();
  if (const auto pages = parsed.value("--pages")) {
    std::tie(options.firstPage, options.lastPage) = parsePages(*pages, document.pageCount());
  }
  const std::vector<pdf::Table> tables = pdf::extractTables(document, options);

  if (parsed.has("--json")) {
    fmt::print("{}", pdf::tablesToJson(file.filename().string(), tables));
    return kExitOk;
  }
  if (parsed.has("--csv")) {
    const std::filesystem::path dir = parsed.value("--out").value_or(".");
    std::filesystem::create_directories(dir);
    for (size_t i = 0; i < tables.size(); ++i) {
      const auto path = dir / fmt::format("{}-p{}-t{}.csv", file.stem().string(), tables[i].page, i + 1);
      std::ofstream out(path, std::ios::binary);
      out << pdf::tableToCsv(tables[i]);
      if (!out) throw std::runtime_error("cannot write " + path.string());
      fmt::print("{}\n", path.string());
    }
    return kExitOk;
  }
  for (size_t i = 0; i < tables.size(); ++i) {
    const pdf::Table& table = tables[i];
    fmt::print("table {} on page {}: {} rows x {} columns, box [{:.0f} {:.0f} {:.0f} {:.0f}]{}\n", i, table.page,
               table.rowCount, table.columnCount, table.bbox.x1, table.bbox.y1, table.bbox.x2, table.bbox.y2,
               table.continues ? fmt::format(", continues table {}", *table.continues) : std::string());
    for (int r = 0; r < table.rowCount; ++r) {
      std::string line;
      const std::vector<std::string> texts = table.rowTexts(r);
      for (size_t c = 0; c < texts.size(); ++c) line += (c == 0 ? "" : "\t") + texts[c];
      fmt::print("  {}\n", line);
    }
  }
  return kExitOk;
}

}  // namespace sbw::cli
