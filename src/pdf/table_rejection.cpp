// What looks like a table but is not one.

#include "pdf/table_rejection.h"

#include <algorithm>
#include <cctype>
#include <charconv>
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

// The numbers of a cell, left to right ("0.16 0.14" holds two); false when anything else is in it.
bool cellValues(const std::string& text, std::vector<double>& values) {
  size_t from = 0;
  while (from < text.size()) {
    size_t to = text.find(' ', from);
    if (to == std::string::npos) to = text.size();
    std::string token;
    for (size_t i = from; i < to; ++i) {
      if (text[i] != ',' && text[i] != '%') token += text[i];
    }
    if (!token.empty()) {
      // from_chars: the same in every locale, and no "nan", "inf" or hex.
      double value = 0;
      const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
      if (error != std::errc() || end != token.data() + token.size() || !std::isfinite(value)) return false;
      values.push_back(value);
    }
    from = to + 1;
  }
  return true;
}

// Tick labels at even steps that are multiples of the step (0, 20, 40; 0.04, 0.06, 0.08), as
// axes print them; 1007, 1118, 1229 step evenly too but are no axis.
bool evenSteps(const std::vector<double>& values) {
  if (values.size() < 2) return false;
  const double step = values[1] - values[0];
  if (step == 0) return false;
  const double ratio = values[0] / step;
  if (std::abs(ratio - std::round(ratio)) > 1e-6 * std::max(1.0, std::abs(ratio))) return false;
  for (size_t i = 2; i < values.size(); ++i) {
    if (std::abs(values[i] - values[i - 1] - step) > 1e-6 * std::max(1.0, std::abs(step))) return false;
  }
  return true;
}

bool yearsOnly(const std::vector<double>& values) {
  return std::all_of(values.begin(), values.end(),
                     [](double v) { return v == std::floor(v) && v >= 1900 && v <= 2100; });
}

// A chart's value axis read as a table column: tick labels at even steps (0, 20, 40, 60 ...),
// beside a plot area whose cells are mostly empty (bars and lines are no text), or beside
// nothing but the axis title. Years at even steps are a table's row labels, not ticks.
bool chartAxis(const Table& table, const TableOptions::Rejection& options) {
  const auto columns = filledByColumn(table);
  int filled = 0;
  for (const auto& [col, cells] : columns) filled += static_cast<int>(cells.size());
  std::map<int, bool> hasFigures;
  for (const auto& [col, cells] : columns) {
    hasFigures[col] = std::any_of(cells.begin(), cells.end(), [](const TableCell* c) { return looksNumeric(c->text); });
  }
  for (const auto& [col, cells] : columns) {
    std::vector<double> values;
    const bool allNumbers =
        std::all_of(cells.begin(), cells.end(), [&](const TableCell* c) { return cellValues(c->text, values); });
    if (!allNumbers || static_cast<int>(values.size()) < options.minAxisTicks || !evenSteps(values) ||
        yearsOnly(values))
      continue;
    // Row numbers (1, 2, 3 ...) step evenly too, but count rows rather than mark an axis.
    if (values[0] == 1 && values[1] == 2) continue;
    const int slots = table.rowCount * table.columnCount - static_cast<int>(cells.size());
    const int others = filled - static_cast<int>(cells.size());
    const bool plotArea = slots > 0 && others <= (1 - options.axisEmptyShare) * slots;
    // A copy of `col`: clang before 16 cannot capture a structured binding (bench/fuzz.sh uses 14).
    const bool onlyFigures = std::none_of(columns.begin(), columns.end(), [&, column = col](const auto& other) {
      return other.first != column && hasFigures[other.first];
    });
    if (plotArea || onlyFigures) return true;
  }
  return false;
}

// Short labels and not one figure, either a few in two columns (a chart's legend) or in rows
// far apart (the titles of a chart's panels, with the plots between them). A table of short
// labels sets its rows close together ("Procter & Gamble | Ariel | Vizir").
bool labelGrid(const Table& table, const TableOptions::Rejection& options) {
  std::vector<double> heights;
  for (const TableCell& cell : table.cells) {
    if (cell.rowspan == 1) heights.push_back(cell.box.height());
  }
  if (heights.empty()) return false;
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  const bool sparse = heights[heights.size() / 2] > options.sparseRows * table.bodyFontSize;
  const bool legend = table.columnCount <= 2 && table.rowCount <= options.legendRows;
  if (!sparse && !legend) return false;
  bool any = false;
  for (const TableCell& cell : table.cells) {
    if (cell.text.empty()) continue;
    any = true;
    if (looksNumeric(cell.text) || std::any_of(cell.text.begin(), cell.text.end(),
                                               [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return false;
    if (std::count(cell.text.begin(), cell.text.end(), ' ') >= options.labelWords) return false;
  }
  return any;
}

double medianOf(std::vector<double> values) {
  if (values.empty()) return 0;
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

// Key facts: figures set large, each over or beside a few words of label in small type (an
// infographic panel). A table sets its figures in the size of its labels.
bool keyFacts(const Table& table, const TableOptions::Rejection& options) {
  std::vector<double> figures;
  std::vector<double> labels;
  for (const TableCell& cell : table.cells) {
    if (cell.text.empty() || cell.fontSize <= 0) continue;
    const bool figure = looksNumeric(cell.text) || std::isdigit(static_cast<unsigned char>(cell.text.front()));
    (figure ? figures : labels).push_back(cell.fontSize);
  }
  if (figures.empty() || labels.empty()) return false;
  return medianOf(figures) >= options.keyFactSize * medianOf(labels);
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
    // Entries without a page (section titles, titles wrapped over two lines) do not count.
    if (!box.contains(line.box.centerX(), line.box.centerY()) || line.chunks.size() < 2) continue;
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
  if (labelGrid(table, options)) return "labels";
  if (keyFacts(table, options)) return "key facts";
  return nullptr;
}

}  // namespace sbw::pdf::rejection
