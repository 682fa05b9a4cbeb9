#pragma once
// The phases that turn one table region into a grid (used by buildTableStructure, in this order):
// column separators, row bands with their continuation lines, spanning cells, header rows.
// Internal to the table engine; docs/tables.md describes each phase.

#include <utility>
#include <vector>

#include "pdf/rulings.h"
#include "pdf/table.h"
#include "pdf/table_options.h"
#include "pdf/text_chunks.h"

namespace sbw::pdf::grid {

// A boundary between two columns (or rows), with where along it a ruling actually draws it.
struct Separator {
  double pos = 0;
  std::vector<std::pair<double, double>> drawn;  // empty for a boundary found in the text
  double gapFrom = 0, gapTo = 0;                 // for one found in the text: the whitespace it stands in
  bool covers(double at, double slack) const;
  double drawnLength() const;
};

// The table's own words and lines, and the measures the phases scale their thresholds by.
struct Region {
  Box box;
  std::vector<Word> words;
  std::vector<ChunkLine> lines;  // chunk indices point into `words`
  double lineHeight = 12;        // median height of the region's lines
  PageMeasures page;
};

// Rulings across [lo, hi] (exclusive of a margin at the ends), clipped to [crossLo, crossHi] and
// clustered into separators.
std::vector<Separator> clusterRulings(const std::vector<Ruling>& rulings, double lo, double hi, double crossLo,
                                      double crossHi, const PageMeasures& page, const TableOptions::Columns& options);

// Phase 1. Drawn separators that cut no word, then text gaps that no drawn separator explains.
struct Columns {
  std::vector<Separator> separators;  // left to right
  std::vector<double> bounds;         // region left, each separator, region right
  bool ruled = false;                 // some drawn separator runs through most of the table
};
Columns findColumns(const Region& region, const Rulings& rulings, const TableOptions::Columns& options);

// Phase 2. Rows: between row rulings where they hold (nearly) every line on its own, else text
// lines with their continuation lines merged back.
struct RowBand {
  double y1 = 0, y2 = 0;
  int separator = -1;  // index into `separators` of the ruling above, -1 for none
};
struct Rows {
  std::vector<Separator> separators;  // drawn row boundaries, top to bottom
  std::vector<RowBand> bands;
  std::vector<int> lineRow;  // per region line, its row
  bool ruled = false;
};
Rows findRows(const Region& region, const Columns& columns, const Rulings& rulings, const TableOptions& options);

// Phase 3. Cells: grid positions joined where a chunk spans a column boundary not drawn in its
// row, and (ruled rows) where an empty cell has no ruling between it and its neighbour above;
// empty rows and columns dropped; cell text in reading order. Leaves `table` empty (no rows)
// when fewer than two rows or columns hold text.
void buildCells(Table& table, const Region& region, const Columns& columns, const Rows& rows,
                const TableOptions::Columns& options);

// Phase 4. Leading rows without figures (periods are labels) when figures follow.
int countHeaderRows(const Table& table, const TableOptions::Header& options);

// The column of x among bounds (first and last are the table's edges).
int columnOf(double x, const std::vector<double>& bounds);

// "2019", "2019-20", "2019/2020", "Q3": column labels in indicator tables.
bool looksLikePeriod(const std::string& text);

}  // namespace sbw::pdf::grid
