#pragma once
// Reading the tab-separated resource files: '#' lines are comments, the first other line names
// the columns, and list cells separate their items with '|'.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sbw {

struct TsvRow {
  int line = 0;  // 1-based line in the file, for error messages
  std::map<std::string, std::string, std::less<>> cells;

  // The cell in `column` ("" when the row is short); throws std::invalid_argument for an unknown column.
  const std::string& at(std::string_view column) const;
  std::vector<std::string> list(std::string_view column) const;
};

// Throws std::invalid_argument naming the line when a row has more cells than the header.
std::vector<TsvRow> readTsv(std::string_view text, const std::vector<std::string>& requiredColumns);

}  // namespace sbw
