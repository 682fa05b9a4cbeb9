// Phases 3 and 4 of a table's grid: spanning cells and cell text, then header rows.

#include <algorithm>
#include <cctype>
#include <map>

#include "pdf/table_grid.h"
#include "pdf/union_find.h"

namespace sbw::pdf::grid {
namespace {

// The grid before empty rows and columns are dropped: which words fall in each position, and
// which positions are one cell.
struct Grid {
  int rows = 0, cols = 0;
  UnionFind groups;
  std::vector<std::vector<int>> words;  // per position, indices into the region's words
  Grid(int r, int c) : rows(r), cols(c), groups(static_cast<size_t>(r) * c), words(static_cast<size_t>(r) * c) {}
  int id(int r, int c) const { return r * cols + c; }
  const std::vector<int>& at(int r, int c) const { return words[static_cast<size_t>(id(r, c))]; }
};

// A boundary the other lines agree on that falls between two words of the chunk splits it: two
// short cells set close together ("Apr-13 May-13"), not one spanning label. So does one that
// falls anywhere between two words set further apart than a word space, or whose space opens onto
// the column's whitespace ("January February" over right-aligned figures), which a label spanning
// those columns would not do.
bool boundaryBetweenWords(const Chunk& chunk, const Separator& sep, const Region& region,
                          const TableOptions::Columns& options) {
  if (!sep.drawn.empty()) return false;
  const double slack = region.page.em(options.betweenWordsSlack);
  const double wide = options.wideWordGap * region.page.wordGap;
  return std::adjacent_find(chunk.words.begin(), chunk.words.end(), [&](int a, int b) {
           const Box& left = region.words[static_cast<size_t>(a)].box;
           const Box& right = region.words[static_cast<size_t>(b)].box;
           if (left.verticalOverlap(right) <= 0) return false;
           if (left.x2 <= sep.pos + slack && right.x1 >= sep.pos - slack) return true;
           // The space between the two words opens onto the whitespace the boundary stands in:
           // "January" ends where the figures of its column end.
           const bool ontoGap = left.x2 < sep.gapTo && right.x1 > sep.gapFrom;
           return (ontoGap || right.x1 - left.x2 > wide) && left.centerX() < sep.pos && right.centerX() > sep.pos;
         }) != chunk.words.end();
}

// A chunk that crosses a column boundary not drawn in its row becomes a column span.
void joinColumnSpans(Grid& grid, const Region& region, const Columns& columns, const Rows& rows,
                     const TableOptions::Columns& options) {
  const double drawnSlack = region.page.em(options.drawnSlack);
  for (size_t li = 0; li < region.lines.size(); ++li) {
    const int r = rows.lineRow[li];
    if (r < 0) continue;
    const ChunkLine& line = region.lines[li];
    for (const Chunk& chunk : line.chunks) {
      const int first = columnOf(chunk.box.x1 + 1, columns.bounds);
      const int last = columnOf(chunk.box.x2 - 1, columns.bounds);
      int spanFrom = first;
      for (int c = first; c < last; ++c) {
        const Separator& sep = columns.separators[static_cast<size_t>(c)];
        if (sep.covers(line.box.centerY(), drawnSlack) || boundaryBetweenWords(chunk, sep, region, options)) {
          spanFrom = c + 1;
        } else {
          grid.groups.join(grid.id(r, spanFrom), grid.id(r, c + 1));
        }
      }
      for (const int w : chunk.words) {
        const int c = columnOf(region.words[static_cast<size_t>(w)].box.centerX(), columns.bounds);
        grid.words[static_cast<size_t>(grid.id(r, c))].push_back(w);
      }
    }
  }
}

// In ruled rows, an empty cell with no ruling between it and its neighbour above is one cell
// with it (a row span).
void joinRowSpans(Grid& grid, const Region& region, const Columns& columns, const Rows& rows,
                  const TableOptions::Columns& options) {
  if (!rows.ruled) return;
  const double slack = region.page.em(options.drawnSlack);
  for (int r = 1; r < grid.rows; ++r) {
    const int sep = rows.bands[static_cast<size_t>(r)].separator;
    if (sep < 0) continue;
    for (int c = 0; c < grid.cols; ++c) {
      const double cx = (columns.bounds[static_cast<size_t>(c)] + columns.bounds[static_cast<size_t>(c) + 1]) / 2;
      const bool drawn = rows.separators[static_cast<size_t>(sep)].covers(cx, slack);
      const bool oneEmpty = grid.at(r, c).empty() || grid.at(r - 1, c).empty();
      if (!drawn && oneEmpty) grid.groups.join(grid.id(r - 1, c), grid.id(r, c));
    }
  }
}

// New indices for the rows (or columns) that hold text, -1 for the others: empty ones come from
// double rulings and fill edges.
std::vector<int> keptIndices(const std::vector<bool>& used, int& kept) {
  std::vector<int> index(used.size(), -1);
  kept = 0;
  for (size_t i = 0; i < used.size(); ++i) index[i] = used[i] ? kept++ : -1;
  return index;
}

// A fragment a producer broke off a word too long for its cell ("Numbe" over "r"): one or two
// lower-case letters that are not a word of their own.
bool brokenOffTail(const std::string& text) {
  if (text.empty() || text.size() > 2) return false;
  if (!std::all_of(text.begin(), text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
    return false;
  for (const char* word : {"a",  "an", "of", "to", "in", "on", "or", "by", "at", "as", "is", "it",
                           "be", "we", "no", "up", "so", "do", "if", "me", "my", "us", "vs", "per"}) {
    if (text == word) return false;
  }
  return true;
}

// Reading order inside a cell: line by line (by word centre, with tolerance), then left to right.
// A word hyphenated at the end of a wrapped line ("May-" over "14") is rejoined as printed on one
// line ("May-14"), and so is a word broken off without a hyphen ("Numbe" over "r"); a lone dash
// keeps its spaces.
std::string cellText(std::vector<int> order, const std::vector<Word>& words) {
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const Box& ba = words[static_cast<size_t>(a)].box;
    const Box& bb = words[static_cast<size_t>(b)].box;
    if (ba.verticalOverlap(bb) < 0.5 * std::min(ba.height(), bb.height())) return ba.centerY() < bb.centerY();
    return ba.x1 < bb.x1;
  });
  std::string text;
  for (size_t k = 0; k < order.size(); ++k) {
    const Word& word = words[static_cast<size_t>(order[k])];
    const Word* previous = k > 0 ? &words[static_cast<size_t>(order[k - 1])] : nullptr;
    const bool newLine = previous != nullptr && previous->box.verticalOverlap(word.box) <
                                                    0.5 * std::min(previous->box.height(), word.box.height());
    const bool rejoin = newLine && previous->text.size() > 1 &&
                        (previous->text.back() == '-' ||
                         (std::isalpha(static_cast<unsigned char>(previous->text.back())) && brokenOffTail(word.text)));
    if (!text.empty() && !rejoin) text += ' ';
    text += word.text;
  }
  return text;
}

}  // namespace

void buildCells(Table& table, const Region& region, const Columns& columns, const Rows& rows,
                const TableOptions::Columns& options) {
  const int rowCount = static_cast<int>(rows.bands.size());
  const int colCount = static_cast<int>(columns.bounds.size()) - 1;
  if (rowCount < 2 || colCount < 2) return;
  Grid grid(rowCount, colCount);
  joinColumnSpans(grid, region, columns, rows, options);
  UnionFind columnSpans = grid.groups;  // each group one row's run of columns: always a rectangle
  joinRowSpans(grid, region, columns, rows, options);

  std::vector<bool> rowUsed(static_cast<size_t>(rowCount), false);
  std::vector<bool> colUsed(static_cast<size_t>(colCount), false);
  for (int r = 0; r < rowCount; ++r) {
    for (int c = 0; c < colCount; ++c) {
      if (grid.at(r, c).empty()) continue;
      rowUsed[static_cast<size_t>(r)] = true;
      colUsed[static_cast<size_t>(c)] = true;
    }
  }
  int keptRows = 0;
  int keptCols = 0;
  const std::vector<int> rowIndex = keptIndices(rowUsed, keptRows);
  const std::vector<int> colIndex = keptIndices(colUsed, keptCols);
  if (keptRows < 2 || keptCols < 2) return;

  struct Group {
    int r1 = 1 << 30, r2 = -1, c1 = 1 << 30, c2 = -1;
    int positions = 0;
    std::vector<int> words;
    bool rectangle() const { return positions == (r2 - r1 + 1) * (c2 - c1 + 1); }
  };
  // Row spans joined under part of a column span can leave a group that is no rectangle (an L),
  // whose box would overlap its neighbours and hide them from cellAt: it stays its column spans.
  std::map<int, Group> joined;
  for (int r = 0; r < rowCount; ++r) {
    for (int c = 0; c < colCount; ++c) {
      const int kr = rowIndex[static_cast<size_t>(r)];
      const int kc = colIndex[static_cast<size_t>(c)];
      if (kr < 0 || kc < 0) continue;
      Group& g = joined[grid.groups.find(grid.id(r, c))];
      g.r1 = std::min(g.r1, kr);
      g.r2 = std::max(g.r2, kr);
      g.c1 = std::min(g.c1, kc);
      g.c2 = std::max(g.c2, kc);
      ++g.positions;
    }
  }
  const auto cellRoot = [&](int r, int c) {
    const int root = grid.groups.find(grid.id(r, c));
    return joined[root].rectangle() ? root : columnSpans.find(grid.id(r, c));
  };
  std::map<int, Group> byRoot;
  std::vector<double> colX1(static_cast<size_t>(keptCols)), colX2(static_cast<size_t>(keptCols));
  std::vector<double> rowY1(static_cast<size_t>(keptRows)), rowY2(static_cast<size_t>(keptRows));
  for (int r = 0; r < rowCount; ++r) {
    const int kr = rowIndex[static_cast<size_t>(r)];
    if (kr < 0) continue;
    rowY1[static_cast<size_t>(kr)] = rows.bands[static_cast<size_t>(r)].y1;
    rowY2[static_cast<size_t>(kr)] = rows.bands[static_cast<size_t>(r)].y2;
    for (int c = 0; c < colCount; ++c) {
      const int kc = colIndex[static_cast<size_t>(c)];
      if (kc < 0) continue;
      colX1[static_cast<size_t>(kc)] = columns.bounds[static_cast<size_t>(c)];
      colX2[static_cast<size_t>(kc)] = columns.bounds[static_cast<size_t>(c) + 1];
      Group& g = byRoot[cellRoot(r, c)];
      g.r1 = std::min(g.r1, kr);
      g.r2 = std::max(g.r2, kr);
      g.c1 = std::min(g.c1, kc);
      g.c2 = std::max(g.c2, kc);
      const auto& ws = grid.at(r, c);
      g.words.insert(g.words.end(), ws.begin(), ws.end());
    }
  }
  for (auto& [root, g] : byRoot) {
    TableCell cell;
    cell.row = g.r1;
    cell.col = g.c1;
    cell.rowspan = g.r2 - g.r1 + 1;
    cell.colspan = g.c2 - g.c1 + 1;
    for (const int w : g.words) cell.fontSize = std::max(cell.fontSize, region.words[static_cast<size_t>(w)].fontSize);
    cell.text = cellText(std::move(g.words), region.words);
    cell.box = {colX1[static_cast<size_t>(g.c1)], rowY1[static_cast<size_t>(g.r1)], colX2[static_cast<size_t>(g.c2)],
                rowY2[static_cast<size_t>(g.r2)]};
    table.cells.push_back(std::move(cell));
  }
  std::sort(table.cells.begin(), table.cells.end(),
            [](const TableCell& a, const TableCell& b) { return a.row != b.row ? a.row < b.row : a.col < b.col; });
  table.rowCount = keptRows;
  table.columnCount = keptCols;
}

bool looksLikePeriod(const std::string& text) {
  const auto digits = [&](size_t from, size_t count) {
    if (from + count > text.size()) return false;
    for (size_t i = from; i < from + count; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
  };
  // "Q1" to "Q4": quarters label columns too.
  if (text.size() == 2 && text[0] == 'Q' && text[1] >= '1' && text[1] <= '4') return true;
  if (!digits(0, 4) || (text.compare(0, 2, "19") != 0 && text.compare(0, 2, "20") != 0)) return false;
  if (text.size() == 4) return true;
  return (text[4] == '-' || text[4] == '/') &&
         ((text.size() == 7 && digits(5, 2)) || (text.size() == 9 && digits(5, 4)));
}

int countHeaderRows(const Table& table, const TableOptions::Header& options) {
  int header = 0;
  for (int r = 0; r < std::min(options.maxRows, table.rowCount - 1); ++r) {
    const bool figures = std::any_of(table.cells.begin(), table.cells.end(), [&](const TableCell& cell) {
      return cell.row == r && cell.col > 0 && looksNumeric(cell.text) && !looksLikePeriod(cell.text);
    });
    if (figures) break;
    header = r + 1;
  }
  const bool laterFigures = std::any_of(table.cells.begin(), table.cells.end(), [&](const TableCell& cell) {
    return cell.row >= header && cell.col > 0 && looksNumeric(cell.text) && !cell.text.empty();
  });
  return laterFigures ? header : std::min(1, header);
}

}  // namespace sbw::pdf::grid
