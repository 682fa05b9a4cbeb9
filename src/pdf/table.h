#pragma once
// A table as the engine reports it: a grid of rows and columns with spanning cells, placed on a
// page in PDF points (top-left origin). `sbw tables --json` prints exactly these fields.

#include <optional>
#include <string>
#include <vector>

#include "pdf/geometry.h"

namespace sbw::pdf {

struct TableCell {
  int row = 0;
  int col = 0;
  int rowspan = 1;
  int colspan = 1;
  std::string text;     // words in reading order, wrapped lines joined with a space; empty for an empty cell
  Box box;              // the cell's extent in the grid
  double fontSize = 0;  // the largest size its words are set in (points); 0 for an empty cell
};

struct Table {
  int page = 0;  // 1-based
  double pageWidth = 0;
  double pageHeight = 0;
  Box bbox;
  int rowCount = 0;
  int columnCount = 0;
  int headerRows = 0;            // leading rows that label the columns
  bool ruled = false;            // structure came from ruling lines rather than text alignment alone
  double bodyFontSize = 10;      // the page's body font size (points), which scales thresholds across pages
  std::optional<int> continues;  // index (in the document's table list) of the part on the previous page
  std::vector<TableCell> cells;  // every grid position is covered by exactly one cell, empty ones included

  const TableCell* cellAt(int row, int col) const;
  std::vector<std::string> rowTexts(int row) const;  // one entry per column; spans repeat nothing
};

}  // namespace sbw::pdf
