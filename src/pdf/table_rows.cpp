// Phase 2 of a table's grid: row bands, and continuation lines merged back into their row.

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

#include "pdf/table_grid.h"

namespace sbw::pdf::grid {
namespace {

bool startsLowerOrOpen(const std::string& text) {
  if (text.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(text.front());
  return std::islower(c) || c == '(' || c == '&' || c == '-';
}

bool endsOpen(const std::string& text) {
  if (text.empty()) return false;
  const char c = text.back();
  if (c == ',' || c == '-' || c == '&' || c == '(' || c == '/') return true;
  for (const char* tail : {" and", " of", " or", " the", " for", " in", " to", " with"}) {
    const std::string_view t(tail);
    if (text.size() > t.size() && text.compare(text.size() - t.size(), t.size(), t) == 0) return true;
  }
  return false;
}

// Two consecutive lines that each carry two or more figures are two data rows, even when no
// ruling between them was found (white hairlines on shaded cells vanish in the raster); a wrapped
// label or a multi-line header never has figures stacked like that.
bool stackedFigures(const std::vector<ChunkLine>& lines, const std::vector<size_t>& band) {
  const auto figures = [&](size_t i) {
    return std::count_if(lines[i].chunks.begin(), lines[i].chunks.end(), [](const Chunk& c) { return c.numeric; });
  };
  for (size_t k = 1; k < band.size(); ++k) {
    if (figures(band[k - 1]) >= 2 && figures(band[k]) >= 2) return true;
  }
  return false;
}

// A row boundary drawn only where neither neighbouring line has text (the edge of the shading of
// empty cells, a scrap of an edge) separates nothing: it must run under enough of some
// neighbouring chunk.
void dropRulingsUnderNoText(std::vector<Separator>& separators, const Region& region,
                            const TableOptions::Rows& options) {
  const double reach = options.ruleReach * region.lineHeight;
  std::erase_if(separators, [&](const Separator& sep) {
    for (const ChunkLine& line : region.lines) {
      if (line.box.y2 < sep.pos - reach || line.box.y1 > sep.pos + reach) continue;
      for (const Chunk& chunk : line.chunks) {
        double under = 0;
        for (const auto& [from, to] : sep.drawn)
          under += std::max(0.0, std::min(to, chunk.box.x2) - std::max(from, chunk.box.x1));
        if (under >= options.ruleUnder * chunk.box.width()) return false;
      }
    }
    return true;
  });
}

// The lines whose centres fall in each band between row rulings.
std::vector<std::vector<size_t>> linesPerBand(const Region& region, const std::vector<double>& bounds) {
  std::vector<std::vector<size_t>> bands(bounds.size() - 1);
  for (size_t i = 0; i < region.lines.size(); ++i) {
    const double cy = region.lines[i].box.centerY();
    for (size_t band = 0; band + 1 < bounds.size(); ++band) {
      if (cy >= bounds[band] && cy < bounds[band + 1]) {
        bands[band].push_back(i);
        break;
      }
    }
  }
  return bands;
}

// Rulings are the rows when they put (nearly) every line in a band of its own, or when the bands
// are of comparable height (a tracker's rows of three or four wrapped lines each). Two bands
// over several lines are a ruled caption or header over text rows, and one band far taller than
// the rest is an unruled body under a ruled header.
bool rulingsAreRows(const std::vector<std::vector<size_t>>& bands, size_t lineCount,
                    const TableOptions::Rows& options) {
  std::vector<size_t> counts;
  for (const auto& band : bands) {
    if (!band.empty()) counts.push_back(band.size());
  }
  if (bands.size() < 2 || counts.empty()) return false;
  std::sort(counts.begin(), counts.end());
  const size_t textBands = counts.size();
  const bool balanced = counts.back() <= options.balancedBands * counts[counts.size() / 2];
  return (textBands >= static_cast<size_t>(options.minRuledBands) || textBands == lineCount) &&
         (textBands >= options.ruledBandShare * lineCount || balanced);
}

// Which columns a line's chunks start in, with their text.
struct Occupied {
  std::map<int, std::string> byColumn;
  bool allNumeric = true;
};

Occupied occupancy(const ChunkLine& line, const std::vector<double>& bounds) {
  Occupied occ;
  for (const Chunk& chunk : line.chunks) {
    auto& text = occ.byColumn[columnOf(chunk.box.x1 + 0.5, bounds)];
    if (!text.empty()) text += ' ';
    text += chunk.text;
    if (!chunk.numeric) occ.allNumeric = false;
  }
  return occ;
}

// A line close under the row being built carries that row on: a wrapped label (empty first
// column, only columns the row has), a multi-line header, or cells that visibly continue the
// cells above ("Averages -" / "NEET June"). A line that opens new columns under a spanning label
// ("2013-14" over "Apr-14 May-14 ...") is a header row of its own.
bool continuesRow(const Occupied& row, const Occupied& line) {
  const bool firstEmpty = !line.byColumn.contains(0);
  const bool rowFirst = row.byColumn.contains(0);
  bool subset = true;
  for (const auto& [col, text] : line.byColumn) subset = subset && row.byColumn.contains(col);
  if (firstEmpty && subset && !(line.allNumeric && row.allNumeric)) return true;
  if (firstEmpty && !rowFirst && !line.allNumeric && subset) return true;
  bool carriesOn = subset && !line.allNumeric;
  for (const auto& [col, text] : line.byColumn) {
    carriesOn = carriesOn && (startsLowerOrOpen(text) || endsOpen(row.byColumn.at(col)));
  }
  if (carriesOn) return true;
  const bool onlyFirst = line.byColumn.size() == 1 && line.byColumn.contains(0);
  const bool rowOnlyFirst = row.byColumn.size() == 1 && row.byColumn.contains(0);
  const auto firstCarriesOn = [&] { return startsLowerOrOpen(line.byColumn.at(0)) || endsOpen(row.byColumn.at(0)); };
  if (onlyFirst && !rowOnlyFirst && rowFirst && firstCarriesOn()) return true;
  // A number alone in the first column, under a row with figures beside its label, is the label
  // going on ("Child protection plans per" / "10,000" / "children"): a row of its own would have
  // figures of its own.
  if (onlyFirst && !rowOnlyFirst && rowFirst && line.allNumeric) return true;
  return rowOnlyFirst && line.byColumn.contains(0) && line.byColumn.size() > 1 && firstCarriesOn();
}

// Rows of wrapped prose told apart by whitespace: the lines of one cell follow at the tightest
// pitch, rows step further apart, and more than once. Returns the tightest pitch, or 0 when the
// band's lines do not show two pitches.
double wrappedLinePitch(const Region& region, const std::vector<size_t>& band, const PageMeasures& page,
                        const TableOptions::Rows& options) {
  std::vector<double> steps;
  for (size_t k = 1; k < band.size(); ++k)
    steps.push_back(region.lines[band[k]].box.y1 - region.lines[band[k - 1]].box.y1);
  if (steps.size() < 3) return 0;
  const double pitch = *std::min_element(steps.begin(), steps.end());
  const double limit = options.rowStep * pitch + page.em(options.rowStepSlack);
  const auto wider = std::count_if(steps.begin(), steps.end(), [&](double s) { return s > limit; });
  return wider >= 2 && wider < static_cast<std::ptrdiff_t>(steps.size()) ? pitch : 0;
}

bool hasFigure(const ChunkLine& line) {
  return std::any_of(line.chunks.begin(), line.chunks.end(), [](const Chunk& c) { return c.numeric; });
}

// Every line of a band is a row, but for the lines that continue the row above: by their cells,
// or (prose without figures) by following at the pitch of wrapped lines, unless the first column
// starts again after a line without it.
void splitIntoLineRows(Rows& rows, const Region& region, const std::vector<size_t>& band, int separatorAbove,
                       const std::vector<double>& bounds, const TableOptions::Rows& options) {
  const double pitch = wrappedLinePitch(region, band, region.page, options);
  const double limit = options.rowStep * pitch + region.page.em(options.rowStepSlack);
  Occupied current;
  double currentBottom = 0;
  bool rowHasFigure = false;
  for (size_t k = 0; k < band.size(); ++k) {
    const ChunkLine& line = region.lines[band[k]];
    const Occupied occ = occupancy(line, bounds);
    const bool close = k > 0 && line.box.y1 - currentBottom < options.continuationGap * region.lineHeight;
    bool wrapped = false;
    if (k > 0 && pitch > 0 && !rowHasFigure && !hasFigure(line)) {
      const ChunkLine& above = region.lines[band[k - 1]];
      const bool restarts = occ.byColumn.contains(0) && !occupancy(above, bounds).byColumn.contains(0);
      wrapped = line.box.y1 - above.box.y1 <= limit && !restarts;
    }
    if (wrapped || (close && continuesRow(current, occ))) {
      rows.bands.back().y2 = std::max(rows.bands.back().y2, line.box.y2);
      for (const auto& [col, text] : occ.byColumn) current.byColumn[col] += " " + text;
      current.allNumeric = current.allNumeric && occ.allNumeric;
    } else {
      rows.bands.push_back({line.box.y1, line.box.y2, k == 0 ? separatorAbove : -1});
      current = occ;
      rowHasFigure = false;
    }
    rowHasFigure = rowHasFigure || hasFigure(line);
    currentBottom = line.box.y2;
    rows.lineRow[band[k]] = static_cast<int>(rows.bands.size()) - 1;
  }
}

}  // namespace

Rows findRows(const Region& region, const Columns& columns, const Rulings& rulings, const TableOptions& options) {
  const Box& box = region.box;
  Rows rows;
  rows.separators = clusterRulings(rulings.horizontal, box.y1, box.y2, box.x1, box.x2, region.page, options.columns);
  dropRulingsUnderNoText(rows.separators, region, options.rows);
  std::vector<double> bounds{box.y1};
  for (const Separator& sep : rows.separators) bounds.push_back(sep.pos);
  bounds.push_back(box.y2);
  const std::vector<std::vector<size_t>> bands = linesPerBand(region, bounds);
  rows.ruled = !rows.separators.empty() && rulingsAreRows(bands, region.lines.size(), options.rows);
  rows.lineRow.assign(region.lines.size(), -1);
  for (size_t band = 0; band < bands.size(); ++band) {
    if (bands[band].empty()) continue;
    const int separatorAbove = band == 0 ? -1 : static_cast<int>(band) - 1;
    if (rows.ruled && !stackedFigures(region.lines, bands[band])) {
      rows.bands.push_back({bounds[band], bounds[band + 1], separatorAbove});
      for (const size_t i : bands[band]) rows.lineRow[i] = static_cast<int>(rows.bands.size()) - 1;
      continue;
    }
    splitIntoLineRows(rows, region, bands[band], separatorAbove, columns.bounds, options.rows);
  }
  return rows;
}

}  // namespace sbw::pdf::grid
