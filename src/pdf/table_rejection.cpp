// What looks like a table but is not one.

#include "pdf/table_rejection.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>

#include "pdf/table_regions.h"

namespace sbw::pdf::rejection {
namespace {

// Text of every non-empty cell, by column.
std::map<int, std::vector<const TableCell*>> filledByColumn(const Table& table) {
  std::map<int, std::vector<const TableCell*>> columns;
  for (const TableCell& cell : table.cells) {
    if (!cell.text.empty()) columns[cell.col].push_back(&cell);
  }
  return columns;
}

// "•", "• •", "1.", "a)": what a list sets before its items.
bool onlyMarkers(const std::string& text) {
  size_t from = 0;
  bool any = false;
  while (from < text.size()) {
    const size_t space = text.find(' ', from);
    const std::string word = text.substr(from, space == std::string::npos ? std::string::npos : space - from);
    if (!word.empty()) {
      if (!regions::bulletLike(word)) return false;
      any = true;
    }
    if (space == std::string::npos) break;
    from = space + 1;
  }
  return any;
}

// A bullet or numbered list set with a hanging indent: one column holds nothing but the markers.
bool markerColumn(const Table& table) {
  for (const auto& [col, cells] : filledByColumn(table)) {
    if (cells.size() >= 2 &&
        std::all_of(cells.begin(), cells.end(), [](const TableCell* c) { return onlyMarkers(c->text); }))
      return true;
  }
  return false;
}

bool hasEmailAddress(const std::string& text) {
  const size_t at = text.find('@');
  return at != std::string::npos && at > 0 && text.find('.', at) != std::string::npos;
}

// A membership or contact list: names, roles and e-mail addresses (and telephone numbers, which
// look like figures) in most rows.
bool contactList(const Table& table, const TableOptions::Rejection& options) {
  std::vector<bool> rowWithAddress(static_cast<size_t>(table.rowCount), false);
  for (const TableCell& cell : table.cells) {
    if (hasEmailAddress(cell.text)) rowWithAddress[static_cast<size_t>(cell.row)] = true;
  }
  const auto rows = std::count(rowWithAddress.begin(), rowWithAddress.end(), true);
  return rows >= 2 && rows >= options.contactShare * (table.rowCount - table.headerRows);
}

// A form: prompts ("Name:", "Date of referral:") beside spaces to fill in, no figures.
bool form(const Table& table, const TableOptions::Rejection& options) {
  int filled = 0;
  int prompts = 0;
  for (const TableCell& cell : table.cells) {
    if (cell.text.empty()) continue;
    ++filled;
    if (cell.text.back() == ':') ++prompts;
    if (looksNumeric(cell.text)) return false;
  }
  return prompts >= 2 && prompts >= options.formLabelShare * filled;
}

bool parseValue(const std::string& text, double& value) {
  std::string digits;
  for (const char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-') {
      digits += c;
    } else if (c != ',' && c != '%' && c != ' ') {
      return false;
    }
  }
  char* end = nullptr;
  value = std::strtod(digits.c_str(), &end);
  return !digits.empty() && end == digits.c_str() + digits.size();
}

// A chart's value axis read as a table column: tick labels at even steps (0, 20, 40, 60 ...),
// beside a plot area whose cells are mostly empty (bars and lines are no text).
bool chartAxis(const Table& table, const TableOptions::Rejection& options) {
  const auto columns = filledByColumn(table);
  int filled = 0;
  for (const auto& [col, cells] : columns) filled += static_cast<int>(cells.size());
  for (const auto& [col, cells] : columns) {
    if (static_cast<int>(cells.size()) < options.minAxisTicks) continue;
    std::vector<double> values;
    for (const TableCell* cell : cells) {
      double value = 0;
      if (!parseValue(cell->text, value)) break;
      values.push_back(value);
    }
    if (values.size() != cells.size()) continue;
    const double step = values[1] - values[0];
    if (step == 0) continue;
    const bool even = std::all_of(values.begin() + 1, values.end(), [&, i = size_t(0)](double v) mutable {
      ++i;
      return std::abs(v - values[i - 1] - step) <= 1e-6 * std::max(1.0, std::abs(step));
    });
    const int slots = table.rowCount * table.columnCount - static_cast<int>(cells.size());
    const int others = filled - static_cast<int>(cells.size());
    if (even && slots > 0 && others <= (1 - options.axisEmptyShare) * slots) return true;
  }
  return false;
}

}  // namespace

bool plausibleGrid(const Table& table, const TableOptions::Rejection& options) {
  if (table.rowCount < 2 || table.columnCount < 2) return false;
  int filled = 0;
  int longText = 0;
  for (const TableCell& cell : table.cells) {
    if (cell.text.empty()) continue;
    ++filled;
    if (std::count(cell.text.begin(), cell.text.end(), ' ') >= options.longCellSpaces) ++longText;
  }
  const int slots = table.rowCount * table.columnCount;
  if (filled < options.minFilledCells || filled < options.minFilledShare * slots) return false;
  return longText <= options.maxLongCells * filled;
}

bool looksLikeContents(const Box& box, const std::vector<ChunkLine>& lines, size_t minimumPages,
                       const TableOptions::Rejection& options) {
  std::vector<int> pages;
  size_t inside = 0;
  for (const ChunkLine& line : lines) {
    if (!box.contains(line.box.centerX(), line.box.centerY())) continue;
    ++inside;
    const std::string& last = line.chunks.back().text;
    const bool page =
        line.chunks.size() >= 2 && last.size() <= static_cast<size_t>(options.pageNumberDigits) &&
        std::all_of(last.begin(), last.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    // Other figures in the lines make it a table.
    const bool otherFigures =
        std::any_of(line.chunks.begin(), line.chunks.end() - 1, [](const Chunk& c) { return c.numeric; });
    if (otherFigures) return false;
    if (page) pages.push_back(std::stoi(last));
  }
  return pages.size() >= minimumPages && pages.size() >= options.contentsShare * inside &&
         std::is_sorted(pages.begin(), pages.end());
}

const char* notATable(const Table& table, const TableOptions::Rejection& options) {
  if (markerColumn(table)) return "list";
  if (contactList(table, options)) return "contact list";
  if (form(table, options)) return "form";
  if (chartAxis(table, options)) return "chart";
  return nullptr;
}

}  // namespace sbw::pdf::rejection
