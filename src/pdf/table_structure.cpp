#include "pdf/table_structure.h"

#include <algorithm>

#include "pdf/table_grid.h"

namespace sbw::pdf {

Table buildTableStructure(const Box& box, const std::vector<Word>& pageWords, const Rulings& rulings,
                          const PageMeasures& page, const TableOptions& options) {
  Table table;
  table.bbox = box;
  table.bodyFontSize = page.fontSize;
  grid::Region region;
  region.box = box;
  region.page = page;
  for (const Word& word : pageWords) {
    if (box.contains(word.box.centerX(), word.box.centerY()) && !word.box.isEmpty()) region.words.push_back(word);
  }
  if (region.words.size() < 2) return table;
  region.lines = chunkLines(region.words, options.chunkGap);
  region.lineHeight = medianLineHeight(region.lines);

  const grid::Columns columns = grid::findColumns(region, rulings, options.columns);
  const grid::Rows rows = grid::findRows(region, columns, rulings, options);
  // Drawn separators, whichever way they run, make the grid a ruled one.
  table.ruled = !rows.separators.empty() ||
                std::any_of(columns.separators.begin(), columns.separators.end(),
                            [](const grid::Separator& separator) { return !separator.drawn.empty(); });
  grid::buildCells(table, region, columns, rows, options.columns);
  if (table.rowCount == 0) return table;
  table.headerRows = grid::countHeaderRows(table, options.header);
  return table;
}

Table buildTableStructure(const Box& region, const std::vector<Word>& pageWords, const Rulings& rulings) {
  return buildTableStructure(region, pageWords, rulings, PageMeasures::of(pageWords));
}

}  // namespace sbw::pdf
