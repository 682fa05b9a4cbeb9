#pragma once
// Rows, columns and spanning cells of one table region. Ruling lines inside the region decide
// the grid where they exist; text alignment (gaps that run through every line) fills in the rest.

#include <vector>

#include "pdf/rulings.h"
#include "pdf/table.h"
#include "pdf/word.h"

namespace sbw::pdf {

// Builds the grid of the words whose centres lie in `region`. The result has rowCount or
// columnCount 0 when the words do not form at least two rows and two columns.
Table buildTableStructure(const Box& region, const std::vector<Word>& pageWords, const Rulings& rulings);

}  // namespace sbw::pdf
