#include "pdf/table_extractor.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "pdf/page_parallel.h"
#include "pdf/rulings.h"
#include "pdf/table_detector.h"

namespace sbw::pdf {
namespace {

// Column boundaries as fractions of the table's width.
std::vector<double> columnEdges(const Table& table) {
  std::vector<double> edges(static_cast<size_t>(table.columnCount) + 1, -1);
  for (const TableCell& cell : table.cells) {
    if (cell.colspan == 1) {
      edges[static_cast<size_t>(cell.col)] = cell.box.x1;
      edges[static_cast<size_t>(cell.col) + 1] = cell.box.x2;
    }
  }
  return edges;
}

bool sameColumns(const Table& a, const Table& b, double slack) {
  if (a.columnCount != b.columnCount) return false;
  const std::vector<double> ea = columnEdges(a);
  const std::vector<double> eb = columnEdges(b);
  int compared = 0;
  for (size_t i = 1; i + 1 < ea.size(); ++i) {
    if (ea[i] < 0 || eb[i] < 0) continue;
    if (std::abs(ea[i] - eb[i]) > slack) return false;
    ++compared;
  }
  return compared > 0 || a.columnCount == 2;
}

std::vector<Table> pageTables(const PdfDocument& document, int number, const TableExtractionOptions& options) {
  return findPageTables(document, number - 1, document.words(number - 1), document.pageInfo(number - 1), options.dpi,
                        options.table);
}

}  // namespace

std::vector<Table> findPageTables(const PdfDocument& document, int index, const std::vector<Word>& words,
                                  const PageInfo& info, double dpi, const TableOptions& options) {
  if (!mayHoldTable(words, options)) return {};
  const Rulings rulings = findRulings(document.render(index, dpi, Antialiasing::Off, PixelFormat::Grey), words);
  std::vector<Table> tables = detectTables(words, rulings, options);
  for (Table& table : tables) {
    table.page = index + 1;
    table.pageWidth = info.width;
    table.pageHeight = info.height;
  }
  return tables;
}

void linkContinuations(std::vector<Table>& tables, const TableOptions::Continuation& options) {
  for (size_t i = 0; i < tables.size(); ++i) {
    Table& next = tables[i];
    // The first table on its page, and the last table of the page just before.
    if (i == 0 || tables[i - 1].page == next.page || tables[i - 1].page != next.page - 1) continue;
    const Table& previous = tables[i - 1];
    const bool endsLow = previous.bbox.y2 > options.endsBelow * previous.pageHeight;
    const bool startsHigh = next.bbox.y1 < options.startsAbove * next.pageHeight;
    const double slack = options.edgeSlack * previous.bodyFontSize;
    if (endsLow && startsHigh && sameColumns(previous, next, slack)) next.continues = static_cast<int>(i - 1);
  }
}

std::vector<Table> extractTables(const PdfDocument& document, const TableExtractionOptions& options) {
  const int count = document.pageCount();
  const int first = std::max(1, options.firstPage);
  const int last = options.lastPage <= 0 ? count : std::min(count, options.lastPage);
  if (first > last) return {};
  // One slot per page, filled by whichever thread takes the page: the order stays the pages' order.
  std::vector<std::vector<Table>> perPage(static_cast<size_t>(last - first + 1));
  forEachPage(document, first - 1, last - 1, options.threads, [&](const PdfDocument& doc, int index) {
    perPage[static_cast<size_t>(index - first + 1)] = pageTables(doc, index + 1, options);
  });
  std::vector<Table> tables;
  for (std::vector<Table>& page : perPage) std::move(page.begin(), page.end(), std::back_inserter(tables));
  linkContinuations(tables, options.table.continuation);
  return tables;
}

}  // namespace sbw::pdf
