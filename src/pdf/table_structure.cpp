#include "pdf/table_structure.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>

#include "pdf/text_chunks.h"

namespace sbw::pdf {
namespace {

// A boundary between two columns (or rows), with where along it a ruling actually draws it.
struct Separator {
  double pos = 0;
  std::vector<std::pair<double, double>> drawn;  // empty for a boundary found in the text
  bool covers(double at) const {
    if (drawn.empty()) return false;
    return std::any_of(drawn.begin(), drawn.end(),
                       [&](const auto& span) { return at >= span.first - 2 && at <= span.second + 2; });
  }
};

std::vector<Separator> clusterRulings(const std::vector<Ruling>& rulings, double lo, double hi, double crossLo,
                                      double crossHi) {
  std::vector<Separator> out;
  for (const Ruling& ruling : rulings) {
    if (ruling.pos <= lo + 3 || ruling.pos >= hi - 3) continue;
    const double from = std::max(ruling.from, crossLo);
    const double to = std::min(ruling.to, crossHi);
    if (to - from < 4) continue;
    if (!out.empty() && ruling.pos - out.back().pos <= 3) {
      out.back().drawn.emplace_back(from, to);
      continue;
    }
    out.push_back({ruling.pos, {{from, to}}});
  }
  return out;
}

// Gaps in the horizontal projection of the chunks: x positions no line covers. A few chunks may
// cross a gap (titles, spanning headers) when the table has many lines.
struct Gap {
  double from, to, pos;
};

std::vector<Gap> textColumnGaps(const std::vector<ChunkLine>& lines, double x1, double x2, double minGap) {
  const int width = static_cast<int>(x2 - x1) + 2;
  if (width <= 2 || lines.empty()) return {};
  std::vector<int> cover(static_cast<size_t>(width), 0);
  int multi = 0;
  for (const ChunkLine& line : lines) {
    if (line.chunks.size() > 1) ++multi;
    for (const Chunk& chunk : line.chunks) {
      const int a = std::clamp(static_cast<int>(chunk.box.x1 - x1), 0, width - 1);
      const int b = std::clamp(static_cast<int>(chunk.box.x2 - x1), 0, width - 1);
      for (int x = a; x <= b; ++x) ++cover[static_cast<size_t>(x)];
    }
  }
  // Spanning headers and notes cross the gaps of the body: a few crossing lines are tolerated
  // once there are enough body lines to be sure of the gap.
  const int allowed = multi >= 20 ? multi / 10 : multi >= 6 ? std::min(2, multi / 4) : 0;
  std::vector<Gap> gaps;
  int start = -1;
  bool seenText = false;
  for (int x = 0; x < width; ++x) {
    const bool free = cover[static_cast<size_t>(x)] <= allowed;
    if (!free) {
      if (start >= 0 && seenText && x - start >= minGap) {
        // Put the boundary where the fewest chunks cross, at the middle of that stretch.
        int best = start;
        for (int k = start; k < x; ++k) {
          if (cover[static_cast<size_t>(k)] < cover[static_cast<size_t>(best)]) best = k;
        }
        int end = best;
        while (end + 1 < x && cover[static_cast<size_t>(end + 1)] == cover[static_cast<size_t>(best)]) ++end;
        gaps.push_back({x1 + start, x1 + x, x1 + (best + end) / 2.0 + 0.5});
      }
      start = -1;
      seenText = true;
    } else if (start < 0) {
      start = x;
    }
  }
  return gaps;
}

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
  void join(int a, int b) { parent[find(a)] = find(b); }
};

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

// "2019", "2019-20", "2019/2020": column labels in indicator tables.
bool looksLikePeriod(const std::string& text) {
  const auto digits = [&](size_t from, size_t count) {
    if (from + count > text.size()) return false;
    for (size_t i = from; i < from + count; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
  };
  if (!digits(0, 4) || (text.compare(0, 2, "19") != 0 && text.compare(0, 2, "20") != 0)) return false;
  if (text.size() == 4) return true;
  return (text[4] == '-' || text[4] == '/') &&
         ((text.size() == 7 && digits(5, 2)) || (text.size() == 9 && digits(5, 4)));
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

int columnOf(double x, const std::vector<double>& bounds) {
  const auto it = std::upper_bound(bounds.begin(), bounds.end(), x);
  return std::clamp(static_cast<int>(it - bounds.begin()) - 1, 0, static_cast<int>(bounds.size()) - 2);
}

}  // namespace

Table buildTableStructure(const Box& region, const std::vector<Word>& pageWords, const Rulings& rulings) {
  Table table;
  table.bbox = region;
  std::vector<Word> words;
  for (const Word& word : pageWords) {
    if (region.contains(word.box.centerX(), word.box.centerY()) && !word.box.isEmpty()) words.push_back(word);
  }
  if (words.size() < 2) return table;
  const std::vector<ChunkLine> lines = chunkLines(words);
  const double lineHeight = medianLineHeight(lines);

  // Columns: drawn separators first, then wide text gaps that no drawn separator explains.
  std::vector<Separator> colSeps = clusterRulings(rulings.vertical, region.x1, region.x2, region.y1, region.y2);
  std::vector<Separator> rowSeps = clusterRulings(rulings.horizontal, region.y1, region.y2, region.x1, region.x2);
  // Strokes that cut through words are not cell borders (strike-through, glyph remnants).
  std::erase_if(colSeps, [&](const Separator& sep) {
    int crossed = 0;
    for (const Word& word : words) {
      if (word.box.x1 < sep.pos - 1 && word.box.x2 > sep.pos + 1 && sep.covers(word.box.centerY())) ++crossed;
    }
    return crossed > 0;
  });
  // A row boundary drawn only where neither neighbouring line has text (the edge of the shading
  // of empty cells, a scrap of an edge) separates nothing: it must run under at least half of
  // some neighbouring chunk.
  std::erase_if(rowSeps, [&](const Separator& sep) {
    for (const ChunkLine& line : lines) {
      if (line.box.y2 < sep.pos - lineHeight || line.box.y1 > sep.pos + lineHeight) continue;
      for (const Chunk& chunk : line.chunks) {
        double under = 0;
        for (const auto& [from, to] : sep.drawn)
          under += std::max(0.0, std::min(to, chunk.box.x2) - std::max(from, chunk.box.x1));
        if (under >= 0.5 * chunk.box.width()) return false;
      }
    }
    return true;
  });
  // Columns count as ruled when some drawn separator runs through most of the table; one drawn
  // only in a shaded header band says nothing about the gaps of the body below it.
  const bool ruledColumns = std::any_of(colSeps.begin(), colSeps.end(), [&](const Separator& sep) {
    double drawn = 0;
    for (const auto& [from, to] : sep.drawn) drawn += to - from;
    return drawn >= 0.5 * region.height();
  });
  table.ruled = !colSeps.empty() || !rowSeps.empty();
  {
    const double minGap = ruledColumns ? 0.8 * lineHeight : 1.5;
    // Chunks running across a drawn separator are spanning cells: they must not hide the gaps.
    std::vector<ChunkLine> gapLines = lines;
    for (ChunkLine& line : gapLines) {
      std::erase_if(line.chunks, [&](const Chunk& chunk) {
        return std::any_of(colSeps.begin(), colSeps.end(), [&](const Separator& sep) {
          return chunk.box.x1 < sep.pos - 1 && chunk.box.x2 > sep.pos + 1;
        });
      });
    }
    for (const Gap& gap : textColumnGaps(gapLines, region.x1, region.x2, minGap)) {
      // A drawn separator anywhere in the gap already divides the columns there.
      const bool explained = std::any_of(colSeps.begin(), colSeps.end(), [&](const Separator& sep) {
        return sep.pos >= gap.from - 2 && sep.pos <= gap.to + 2;
      });
      if (!explained) colSeps.push_back({gap.pos, {}});
    }
    std::sort(colSeps.begin(), colSeps.end(), [](const Separator& a, const Separator& b) { return a.pos < b.pos; });
  }
  std::vector<double> colBounds{region.x1};
  for (const Separator& sep : colSeps) colBounds.push_back(sep.pos);
  colBounds.push_back(region.x2);

  // Rows: drawn separators split the region into bands. When rulings separate (nearly) every
  // line they are the rows, and lines inside a band are one wrapped row; otherwise each band is
  // split into lines and continuation lines are merged back into their row.
  std::vector<double> bandBounds{region.y1};
  for (const Separator& sep : rowSeps) bandBounds.push_back(sep.pos);
  bandBounds.push_back(region.y2);
  // Bands that hold text: a ruled header over an unruled body has many rules but two such bands.
  size_t textBands = 0;
  for (size_t band = 0; band + 1 < bandBounds.size(); ++band) {
    textBands +=
        std::any_of(lines.begin(), lines.end(),
                    [&](const ChunkLine& line) {
                      return line.box.centerY() >= bandBounds[band] && line.box.centerY() < bandBounds[band + 1];
                    })
            ? 1
            : 0;
  }
  // Two bands over several lines are a ruled caption or header over text rows, not two rows. Bands
  // of comparable height are rows, however many lines their wrapped cells take (a tracker's rows of
  // three or four lines each); one band far taller than the rest is an unruled body under a ruled
  // header.
  std::vector<size_t> linesPerBand;
  for (size_t band = 0; band + 1 < bandBounds.size(); ++band) {
    const auto count = static_cast<size_t>(std::count_if(lines.begin(), lines.end(), [&](const ChunkLine& line) {
      return line.box.centerY() >= bandBounds[band] && line.box.centerY() < bandBounds[band + 1];
    }));
    if (count > 0) linesPerBand.push_back(count);
  }
  std::sort(linesPerBand.begin(), linesPerBand.end());
  const bool balancedBands = !linesPerBand.empty() && linesPerBand.back() <= 3 * linesPerBand[linesPerBand.size() / 2];
  const bool ruledRows = !rowSeps.empty() && (textBands >= 3 || textBands == lines.size()) &&
                         (textBands >= 0.4 * lines.size() || balancedBands);

  struct RowSpan {
    double y1, y2;
    int sep;  // index into rowSeps of the separator above, -1 for none or a text boundary
  };
  std::vector<RowSpan> rows;
  std::vector<int> lineRow(lines.size(), -1);
  for (size_t band = 0; band + 1 < bandBounds.size(); ++band) {
    std::vector<size_t> inBand;
    for (size_t i = 0; i < lines.size(); ++i) {
      const double cy = lines[i].box.centerY();
      if (cy >= bandBounds[band] && cy < bandBounds[band + 1]) inBand.push_back(i);
    }
    if (inBand.empty()) continue;
    const int sepAbove = band == 0 ? -1 : static_cast<int>(band) - 1;
    if (ruledRows && !stackedFigures(lines, inBand)) {
      rows.push_back({bandBounds[band], bandBounds[band + 1], sepAbove});
      for (const size_t i : inBand) lineRow[i] = static_cast<int>(rows.size()) - 1;
      continue;
    }
    // Text rows, merging lines that continue the row above (wrapped labels, multi-line headers).
    struct Occupied {
      std::map<int, std::string> byColumn;
      bool allNumeric = true;
    };
    auto occupancy = [&](const ChunkLine& line) {
      Occupied occ;
      for (const Chunk& chunk : line.chunks) {
        const int col = columnOf(chunk.box.x1 + 0.5, colBounds);
        auto& text = occ.byColumn[col];
        if (!text.empty()) text += ' ';
        text += chunk.text;
        if (!chunk.numeric) occ.allNumeric = false;
      }
      return occ;
    };
    Occupied current;
    double currentBottom = 0;
    for (size_t k = 0; k < inBand.size(); ++k) {
      const ChunkLine& line = lines[inBand[k]];
      const Occupied occ = occupancy(line);
      bool merge = false;
      if (k > 0) {
        const double gap = line.box.y1 - currentBottom;
        const bool close = gap < 0.8 * lineHeight;
        const bool firstEmpty = !occ.byColumn.contains(0);
        const bool prevFirst = current.byColumn.contains(0);
        bool subset = true;
        for (const auto& [col, text] : occ.byColumn) subset = subset && current.byColumn.contains(col);
        const bool onlyFirst = occ.byColumn.size() == 1 && occ.byColumn.contains(0);
        const bool prevOnlyFirst = current.byColumn.size() == 1 && current.byColumn.contains(0);
        if (close && firstEmpty && subset && !(occ.allNumeric && current.allNumeric)) merge = true;
        // A multi-line header continues cells of the line above; a line that opens new columns
        // under a spanning label ("2013-14" over "Apr-14 May-14 ...") is a header row of its own.
        if (close && firstEmpty && !prevFirst && !occ.allNumeric && subset) merge = true;
        // Every cell of the line visibly carries on the cell above ("Averages -" / "NEET June").
        bool carriesOn = subset && !occ.allNumeric;
        for (const auto& [col, text] : occ.byColumn) {
          carriesOn = carriesOn && (startsLowerOrOpen(text) || endsOpen(current.byColumn.at(col)));
        }
        if (close && carriesOn) merge = true;
        if (close && onlyFirst && !prevOnlyFirst && prevFirst &&
            (startsLowerOrOpen(occ.byColumn.at(0)) || endsOpen(current.byColumn.at(0)))) {
          merge = true;
        }
        if (close && prevOnlyFirst && occ.byColumn.contains(0) && occ.byColumn.size() > 1 &&
            (startsLowerOrOpen(occ.byColumn.at(0)) || endsOpen(current.byColumn.at(0)))) {
          merge = true;
        }
      }
      if (merge) {
        rows.back().y2 = std::max(rows.back().y2, line.box.y2);
        for (const auto& [col, text] : occ.byColumn) current.byColumn[col] += " " + text;
        current.allNumeric = current.allNumeric && occ.allNumeric;
      } else {
        rows.push_back({line.box.y1, line.box.y2, k == 0 ? sepAbove : -1});
        current = occ;
      }
      currentBottom = line.box.y2;
      lineRow[inBand[k]] = static_cast<int>(rows.size()) - 1;
    }
  }
  const int rowCount = static_cast<int>(rows.size());
  const int colCount = static_cast<int>(colBounds.size()) - 1;
  if (rowCount < 2 || colCount < 2) return table;

  // Grid cells, joined where a chunk runs across a column boundary that no ruling draws there,
  // and (in ruled grids) where an empty cell has no ruling between it and its neighbour.
  const auto id = [&](int r, int c) { return r * colCount + c; };
  UnionFind groups(static_cast<size_t>(rowCount) * colCount);
  std::vector<std::vector<int>> cellWords(static_cast<size_t>(rowCount) * colCount);
  for (size_t li = 0; li < lines.size(); ++li) {
    const int r = lineRow[li];
    if (r < 0) continue;
    for (const Chunk& chunk : lines[li].chunks) {
      const int first = columnOf(chunk.box.x1 + 1, colBounds);
      const int last = columnOf(chunk.box.x2 - 1, colBounds);
      int spanFrom = first;
      for (int c = first; c < last; ++c) {
        const Separator& sep = colSeps[static_cast<size_t>(c)];
        const bool drawnHere = sep.covers(lines[li].box.centerY());
        // A boundary the other lines agree on that falls between two words of the chunk splits
        // it: two short cells set close together ("Apr-13 May-13"), not one spanning label.
        const bool betweenWords =
            sep.drawn.empty() && std::adjacent_find(chunk.words.begin(), chunk.words.end(), [&](int a, int b) {
                                   const Box& left = words[static_cast<size_t>(a)].box;
                                   const Box& right = words[static_cast<size_t>(b)].box;
                                   return left.verticalOverlap(right) > 0 && left.x2 <= sep.pos + 0.5 &&
                                          right.x1 >= sep.pos - 0.5;
                                 }) != chunk.words.end();
        if (drawnHere || betweenWords) {
          spanFrom = c + 1;
        } else {
          groups.join(id(r, spanFrom), id(r, c + 1));
        }
      }
      for (const int w : chunk.words) {
        const int c = columnOf(words[w].box.centerX(), colBounds);
        cellWords[static_cast<size_t>(id(r, c))].push_back(w);
      }
    }
  }
  if (ruledRows) {
    for (int r = 1; r < rowCount; ++r) {
      const int sep = rows[static_cast<size_t>(r)].sep;
      for (int c = 0; c < colCount; ++c) {
        const double cx = (colBounds[static_cast<size_t>(c)] + colBounds[static_cast<size_t>(c) + 1]) / 2;
        const bool drawn = sep >= 0 && rowSeps[static_cast<size_t>(sep)].covers(cx);
        const bool oneEmpty =
            cellWords[static_cast<size_t>(id(r, c))].empty() || cellWords[static_cast<size_t>(id(r - 1, c))].empty();
        if (!drawn && oneEmpty && rows[static_cast<size_t>(r)].sep >= 0) groups.join(id(r - 1, c), id(r, c));
      }
    }
  }

  // Drop rows and columns without any text; they come from double rulings and fill edges.
  std::vector<int> rowIndex(static_cast<size_t>(rowCount), -1);
  std::vector<int> colIndex(static_cast<size_t>(colCount), -1);
  for (int r = 0; r < rowCount; ++r) {
    for (int c = 0; c < colCount; ++c) {
      if (!cellWords[static_cast<size_t>(id(r, c))].empty()) {
        rowIndex[static_cast<size_t>(r)] = 0;
        colIndex[static_cast<size_t>(c)] = 0;
      }
    }
  }
  int keptRows = 0;
  for (int& v : rowIndex) v = v < 0 ? -1 : keptRows++;
  int keptCols = 0;
  for (int& v : colIndex) v = v < 0 ? -1 : keptCols++;
  if (keptRows < 2 || keptCols < 2) return table;

  struct Group {
    int r1 = 1 << 30, r2 = -1, c1 = 1 << 30, c2 = -1;
    std::vector<int> words;
  };
  std::map<int, Group> byRoot;
  for (int r = 0; r < rowCount; ++r) {
    if (rowIndex[static_cast<size_t>(r)] < 0) continue;
    for (int c = 0; c < colCount; ++c) {
      if (colIndex[static_cast<size_t>(c)] < 0) continue;
      Group& g = byRoot[groups.find(id(r, c))];
      g.r1 = std::min(g.r1, rowIndex[static_cast<size_t>(r)]);
      g.r2 = std::max(g.r2, rowIndex[static_cast<size_t>(r)]);
      g.c1 = std::min(g.c1, colIndex[static_cast<size_t>(c)]);
      g.c2 = std::max(g.c2, colIndex[static_cast<size_t>(c)]);
      const auto& ws = cellWords[static_cast<size_t>(id(r, c))];
      g.words.insert(g.words.end(), ws.begin(), ws.end());
    }
  }
  std::vector<double> keptColX1(static_cast<size_t>(keptCols)), keptColX2(static_cast<size_t>(keptCols));
  for (int c = 0; c < colCount; ++c) {
    if (colIndex[static_cast<size_t>(c)] < 0) continue;
    keptColX1[static_cast<size_t>(colIndex[static_cast<size_t>(c)])] = colBounds[static_cast<size_t>(c)];
    keptColX2[static_cast<size_t>(colIndex[static_cast<size_t>(c)])] = colBounds[static_cast<size_t>(c) + 1];
  }
  std::vector<double> keptRowY1(static_cast<size_t>(keptRows)), keptRowY2(static_cast<size_t>(keptRows));
  for (int r = 0; r < rowCount; ++r) {
    if (rowIndex[static_cast<size_t>(r)] < 0) continue;
    keptRowY1[static_cast<size_t>(rowIndex[static_cast<size_t>(r)])] = rows[static_cast<size_t>(r)].y1;
    keptRowY2[static_cast<size_t>(rowIndex[static_cast<size_t>(r)])] = rows[static_cast<size_t>(r)].y2;
  }
  for (auto& [root, g] : byRoot) {
    // Reading order inside a cell: line by line (by word centre, with tolerance), then left to right.
    std::sort(g.words.begin(), g.words.end(), [&](int a, int b) {
      const Box& ba = words[a].box;
      const Box& bb = words[b].box;
      if (ba.verticalOverlap(bb) < 0.5 * std::min(ba.height(), bb.height())) return ba.centerY() < bb.centerY();
      return ba.x1 < bb.x1;
    });
    TableCell cell;
    cell.row = g.r1;
    cell.col = g.c1;
    cell.rowspan = g.r2 - g.r1 + 1;
    cell.colspan = g.c2 - g.c1 + 1;
    for (size_t k = 0; k < g.words.size(); ++k) {
      const Word& word = words[static_cast<size_t>(g.words[k])];
      // A word hyphenated at the end of a wrapped line ("May-" over "14") is rejoined as printed
      // on one line ("May-14"); a lone dash keeps its spaces.
      const Word* previous = k > 0 ? &words[static_cast<size_t>(g.words[k - 1])] : nullptr;
      const bool rejoin =
          previous != nullptr && previous->text.size() > 1 && previous->text.back() == '-' &&
          previous->box.verticalOverlap(word.box) < 0.5 * std::min(previous->box.height(), word.box.height());
      if (!cell.text.empty() && !rejoin) cell.text += ' ';
      cell.text += word.text;
    }
    cell.box = {keptColX1[static_cast<size_t>(g.c1)], keptRowY1[static_cast<size_t>(g.r1)],
                keptColX2[static_cast<size_t>(g.c2)], keptRowY2[static_cast<size_t>(g.r2)]};
    table.cells.push_back(std::move(cell));
  }
  std::sort(table.cells.begin(), table.cells.end(),
            [](const TableCell& a, const TableCell& b) { return a.row != b.row ? a.row < b.row : a.col < b.col; });
  table.rowCount = keptRows;
  table.columnCount = keptCols;

  // Header rows: leading rows with no figures (years and periods label columns, they are not
  // figures), when figures follow; at most three.
  int header = 0;
  for (int r = 0; r < std::min(3, keptRows - 1); ++r) {
    bool figures = false;
    for (const TableCell& cell : table.cells) {
      if (cell.row == r && cell.col > 0 && looksNumeric(cell.text) && !looksLikePeriod(cell.text)) figures = true;
    }
    if (figures) break;
    header = r + 1;
  }
  bool laterFigures = false;
  for (const TableCell& cell : table.cells) {
    if (cell.row >= header && cell.col > 0 && looksNumeric(cell.text) && !cell.text.empty()) laterFigures = true;
  }
  table.headerRows = laterFigures ? header : std::min(1, header);
  return table;
}

}  // namespace sbw::pdf
