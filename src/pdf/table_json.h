#pragma once
// Serialisation of extracted tables: the `sbw tables --json` contract (../shared/README.md) and
// RFC 4180 CSV, one file per table.

#include <string>
#include <string_view>
#include <vector>

#include "pdf/table.h"

namespace sbw::pdf {

std::string tablesToJson(std::string_view fileName, const std::vector<Table>& tables);

// The grid as CSV: one line per row, a spanning cell's text in its first row and column.
std::string tableToCsv(const Table& table);

}  // namespace sbw::pdf
