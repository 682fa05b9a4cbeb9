#pragma once
// Rows, columns and spanning cells of one table region. Ruling lines inside the region decide
// the grid where they exist; text alignment (gaps that run through every line) fills in the rest.

#include <vector>

#include "pdf/rulings.h"
#include "pdf/table.h"
#include "pdf/table_options.h"
#include "pdf/word.h"

namespace sbw::pdf {

// Builds the grid of the words whose centres lie in `region`, in four phases (table_grid.h):
// column separators, row bands with continuation lines, spanning cells, header rows. `page`
// holds the measures of the whole page the thresholds are scaled by. The result has rowCount or
// columnCount 0 when the words do not form at least two rows and two columns.
Table buildTableStructure(const Box& region, const std::vector<Word>& pageWords, const Rulings& rulings,
                          const PageMeasures& page, const TableOptions& options = {});

// The same, with the measures taken from `pageWords`.
Table buildTableStructure(const Box& region, const std::vector<Word>& pageWords, const Rulings& rulings);

}  // namespace sbw::pdf
