#include "core/tsv.h"

#include <stdexcept>

#include "core/text.h"

namespace sbw {

const std::string& TsvRow::at(std::string_view column) const {
  const auto found = cells.find(column);
  if (found == cells.end()) throw std::invalid_argument("no column '" + std::string(column) + "'");
  return found->second;
}

std::vector<std::string> TsvRow::list(std::string_view column) const {
  std::vector<std::string> out;
  for (const auto& item : split(at(column), '|')) {
    std::string clean = trimmed(item);
    if (!clean.empty()) out.push_back(std::move(clean));
  }
  return out;
}

std::vector<TsvRow> readTsv(std::string_view text, const std::vector<std::string>& requiredColumns) {
  std::vector<std::string> header;
  std::vector<TsvRow> rows;
  int lineNumber = 0;
  for (const auto& rawLine : split(text, '\n')) {
    ++lineNumber;
    std::string line = rawLine;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trimmed(line).empty() || line.front() == '#') continue;
    auto cells = split(line, '\t');
    if (header.empty()) {
      header = std::move(cells);
      for (const auto& column : requiredColumns) {
        bool present = false;
        for (const auto& name : header) present = present || name == column;
        if (!present)
          throw std::invalid_argument("line " + std::to_string(lineNumber) + ": no column '" + column + "'");
      }
      continue;
    }
    if (cells.size() > header.size()) {
      throw std::invalid_argument("line " + std::to_string(lineNumber) + ": " + std::to_string(cells.size()) +
                                  " cells but " + std::to_string(header.size()) + " columns");
    }
    TsvRow row;
    row.line = lineNumber;
    for (size_t i = 0; i < header.size(); ++i) row.cells[header[i]] = i < cells.size() ? trimmed(cells[i]) : "";
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace sbw
