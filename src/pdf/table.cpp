#include "pdf/table.h"

namespace sbw::pdf {

const TableCell* Table::cellAt(int row, int col) const {
  for (const TableCell& cell : cells) {
    if (row >= cell.row && row < cell.row + cell.rowspan && col >= cell.col && col < cell.col + cell.colspan) {
      return &cell;
    }
  }
  return nullptr;
}

std::vector<std::string> Table::rowTexts(int row) const {
  std::vector<std::string> out(static_cast<size_t>(columnCount));
  for (const TableCell& cell : cells) {
    if (cell.row == row && cell.col < columnCount) out[static_cast<size_t>(cell.col)] = cell.text;
  }
  return out;
}

}  // namespace sbw::pdf
