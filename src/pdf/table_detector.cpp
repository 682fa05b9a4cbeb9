#include "pdf/table_detector.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <numeric>

#include "pdf/table_structure.h"
#include "pdf/text_chunks.h"

namespace sbw::pdf {
namespace {

constexpr double kTouch = 3;  // points: rulings this close are connected

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
  void join(int a, int b) { parent[find(a)] = find(b); }
};

bool overlaps(const Box& a, const Box& b) { return a.horizontalOverlap(b) > 0 && a.verticalOverlap(b) > 0; }

int wordsInside(const Box& box, const std::vector<Word>& words) {
  int n = 0;
  for (const Word& word : words) n += box.contains(word.box.centerX(), word.box.centerY()) ? 1 : 0;
  return n;
}

Box padded(const Box& box, double by) { return {box.x1 - by, box.y1 - by, box.x2 + by, box.y2 + by}; }

// A table never cuts a phrase: chunks with a word inside the area are taken in whole ("Change
// between ave" in a header cell wider than the shading found around it).
Box grownToWholeChunks(Box area, const std::vector<ChunkLine>& lines, const std::vector<Word>& words) {
  const Box before = area;
  for (const ChunkLine& line : lines) {
    if (line.box.y2 < before.y1 || line.box.y1 > before.y2) continue;
    for (const Chunk& chunk : line.chunks) {
      const bool inside = std::any_of(chunk.words.begin(), chunk.words.end(), [&](int w) {
        return before.contains(words[static_cast<size_t>(w)].box.centerX(),
                               words[static_cast<size_t>(w)].box.centerY());
      });
      if (inside) area = area.united(padded(chunk.box, 1));
    }
  }
  return area;
}

// A table of contents set without dot leaders: lines of a title and, last, a page number, the
// numbers never going down. (Other figures in the lines, or falling numbers, make it a table.)
// Read from the lines rather than the grid, which may have joined rows under a shaded entry.
bool looksLikeContents(const Box& box, const std::vector<ChunkLine>& lines, size_t minimumPages) {
  std::vector<int> pages;
  size_t inside = 0;
  for (const ChunkLine& line : lines) {
    if (!box.contains(line.box.centerX(), line.box.centerY())) continue;
    ++inside;
    const std::string& last = line.chunks.back().text;
    const bool page = line.chunks.size() >= 2 && last.size() <= 3 && std::all_of(last.begin(), last.end(), [](char c) {
                        return std::isdigit(static_cast<unsigned char>(c));
                      });
    const bool otherFigures =
        std::any_of(line.chunks.begin(), line.chunks.end() - 1, [](const Chunk& c) { return c.numeric; });
    if (otherFigures) return false;
    if (page) pages.push_back(std::stoi(last));
  }
  return pages.size() >= minimumPages && pages.size() * 5 >= inside * 4 && std::is_sorted(pages.begin(), pages.end());
}

// A table worth reporting: at least two rows and columns, and more than a frame around prose.
bool plausible(const Table& table) {
  if (table.rowCount < 2 || table.columnCount < 2) return false;
  int filled = 0;
  int longText = 0;
  for (const TableCell& cell : table.cells) {
    if (cell.text.empty()) continue;
    ++filled;
    if (std::count(cell.text.begin(), cell.text.end(), ' ') >= 12) ++longText;
  }
  const int slots = table.rowCount * table.columnCount;
  if (filled < 4 || filled * 10 < slots * 4) return false;
  return longText * 2 <= filled;
}

// Ruling groups: rulings that touch one another. Those with vertical strokes are grids; stacks of
// horizontal rules of about the same length are rule-only tables (top rule, header rule, bottom rule).
std::vector<Box> ruledRegions(const Rulings& rulings) {
  std::vector<Ruling> hs;
  std::vector<Ruling> vs;
  for (const Ruling& r : rulings.horizontal) {
    if (r.length() >= 15) hs.push_back(r);
  }
  for (const Ruling& r : rulings.vertical) {
    if (r.length() >= 6) vs.push_back(r);
  }
  const size_t nh = hs.size();
  UnionFind uf(nh + vs.size());
  for (size_t i = 0; i < nh; ++i) {
    for (size_t j = 0; j < vs.size(); ++j) {
      const Ruling& h = hs[i];
      const Ruling& v = vs[j];
      if (v.pos >= h.from - kTouch && v.pos <= h.to + kTouch && h.pos >= v.from - kTouch && h.pos <= v.to + kTouch) {
        uf.join(static_cast<int>(i), static_cast<int>(nh + j));
      }
    }
  }
  // Parallel horizontal rules of similar extent, stacked close together, belong to one table, as
  // long as neither is part of a grid already (a grid's rules would swallow its neighbours).
  std::vector<bool> inGrid(nh, false);
  {
    std::vector<bool> rootHasVertical(nh + vs.size(), false);
    for (size_t j = 0; j < vs.size(); ++j) rootHasVertical[uf.find(static_cast<int>(nh + j))] = true;
    for (size_t i = 0; i < nh; ++i) inGrid[i] = rootHasVertical[uf.find(static_cast<int>(i))];
  }
  for (size_t i = 0; i < nh; ++i) {
    if (inGrid[i]) continue;
    for (size_t k = i + 1; k < nh; ++k) {
      if (inGrid[k]) continue;
      const Ruling& a = hs[i];
      const Ruling& b = hs[k];
      const double tolerance = 0.05 * std::max(a.length(), b.length()) + 4;
      if (std::abs(a.from - b.from) <= tolerance && std::abs(a.to - b.to) <= tolerance &&
          std::abs(a.pos - b.pos) <= 200 && a.length() >= 60) {
        uf.join(static_cast<int>(i), static_cast<int>(k));
      }
    }
  }
  std::vector<Box> boxes(nh + vs.size());
  std::vector<int> hCount(nh + vs.size(), 0);
  std::vector<bool> used(nh + vs.size(), false);
  for (size_t i = 0; i < nh + vs.size(); ++i) {
    const Box b = i < nh ? Box{hs[i].from, hs[i].pos, hs[i].to, hs[i].pos}
                         : Box{vs[i - nh].pos, vs[i - nh].from, vs[i - nh].pos, vs[i - nh].to};
    const int root = uf.find(static_cast<int>(i));
    boxes[root] = used[root] ? boxes[root].united(b) : b;
    used[root] = true;
    if (i < nh) ++hCount[root];
  }
  std::vector<Box> out;
  for (size_t i = 0; i < boxes.size(); ++i) {
    if (!used[i] || hCount[i] < 2) continue;
    if (boxes[i].width() < 30 || boxes[i].height() < 8) continue;
    out.push_back(boxes[i]);
  }
  return out;
}

bool bulletLike(const std::string& text) {
  if (text.empty()) return false;
  if (text == "\xe2\x80\xa2" || text == "-" || text == "*" || text == "\xef\x82\xb7" || text == "o") return true;
  const bool enumerator =
      text.size() <= 4 && (text.back() == '.' || text.back() == ')') &&
      std::all_of(text.begin(), text.end() - 1, [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
  return enumerator;
}

bool tabularLine(const ChunkLine& line) {
  if (line.chunks.size() < 2) return false;
  if (bulletLike(line.chunks.front().text) && line.chunks.size() == 2) return false;
  // Dot leaders: a table of contents.
  for (const Chunk& chunk : line.chunks) {
    if (chunk.text.find("....") != std::string::npos) return false;
  }
  // Two columns of running prose side by side.
  int longChunks = 0;
  for (const Chunk& chunk : line.chunks) longChunks += chunk.words.size() >= 7 ? 1 : 0;
  return longChunks < 2;
}

// Runs of lines whose chunks line up: at least three tabular lines, allowing single wrapped or
// label lines between them, and more than one line with a figure or several short cells.
std::vector<Box> textRegions(const std::vector<Word>& words, const std::vector<Box>& taken,
                             const std::vector<Box>& bands) {
  std::vector<Word> free;
  for (const Word& word : words) {
    bool inside = false;
    for (const Box& box : taken) inside = inside || box.contains(word.box.centerX(), word.box.centerY());
    if (!inside) free.push_back(word);
  }
  const std::vector<ChunkLine> lines = chunkLines(free);
  const double lineHeight = medianLineHeight(lines);
  std::vector<Box> out;
  size_t i = 0;
  while (i < lines.size()) {
    if (!tabularLine(lines[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    size_t tabular = 1;
    int numericLines = lines[i].chunks.back().numeric ? 1 : 0;
    size_t k = i + 1;
    while (k < lines.size()) {
      const double gap = lines[k].box.y1 - lines[k - 1].box.y2;
      if (gap > 1.8 * lineHeight) break;
      // A shaded or ruled band heads the next table in a stack of small tables.
      const bool headsAnother = std::any_of(bands.begin(), bands.end(), [&](const Box& band) {
        const auto inBand = [&](const ChunkLine& line) {
          return band.contains(line.box.centerX(), line.box.centerY());
        };
        return inBand(lines[k]) && !inBand(lines[k - 1]);
      });
      if (headsAnother) break;
      if (tabularLine(lines[k])) {
        end = k;
        ++tabular;
        numericLines += lines[k].chunks.back().numeric ? 1 : 0;
        ++k;
        continue;
      }
      // A single non-tabular line may be a wrapped label inside the table.
      if (k + 1 < lines.size() && tabularLine(lines[k + 1]) && lines[k].chunks.size() == 1 &&
          lines[k].chunks.front().words.size() <= 6) {
        ++k;
        continue;
      }
      break;
    }
    if (tabular >= 3 && numericLines >= 2) {
      Box box = lines[i].box;
      for (size_t m = i; m <= end; ++m) box = box.united(lines[m].box);
      // A short label under the last row, in the first column, with nothing after it on the
      // page: a section row ("BALANCE SHEET") whose figures follow on the next page.
      const size_t after = end + 1;
      if (after < lines.size() && lines[after].chunks.size() == 1 && lines[after].wordCount() <= 4 &&
          std::abs(lines[after].box.x1 - box.x1) <= 2 && lines[after].box.y1 - box.y2 < 0.8 * lineHeight &&
          (after + 1 == lines.size() || lines[after + 1].box.y1 - lines[after].box.y2 > 1.8 * lineHeight)) {
        box = box.united(lines[after].box);
      }
      out.push_back(box);
    }
    i = std::max(end + 1, i + 1);
  }
  return out;
}

double medianHeight(const std::vector<const Word*>& words) {
  std::vector<double> h;
  for (const Word* w : words) h.push_back(w->box.height());
  std::nth_element(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(h.size() / 2), h.end());
  return h[h.size() / 2];
}

// An action tracker: a shaded or ruled header band whose cells name the columns, over an unruled
// body of wrapped prose. The header cells give the columns (cut at the band's drawn separators,
// else just left of each label); the body runs down while its lines keep to those columns, and
// its rows are told apart by whitespace wider than the spacing of wrapped lines, or by the first
// column starting a new cell. Returns a table with no rows when the band heads no such body.
Table tableUnderBand(const Box& band, const std::vector<Word>& words, const Rulings& rulings,
                     const std::vector<Box>& taken, const std::vector<Box>& bands) {
  Table none;
  std::vector<Word> headerWords;
  for (const Word& word : words) {
    if (!word.box.isEmpty() && band.contains(word.box.centerX(), word.box.centerY())) headerWords.push_back(word);
  }
  if (headerWords.size() < 2) return none;
  // Header cells: the chunks of the band's lines, overlapping ones (a two-line label) merged.
  std::vector<std::pair<double, double>> labels;
  for (const ChunkLine& line : chunkLines(headerWords)) {
    for (const Chunk& chunk : line.chunks) {
      // Column names, not "Date:" over its value or figures.
      if (chunk.words.size() > 8 || chunk.numeric || chunk.text.back() == ':') return none;
      labels.emplace_back(chunk.box.x1, chunk.box.x2);
    }
  }
  std::sort(labels.begin(), labels.end());
  std::vector<std::pair<double, double>> columns;
  for (const auto& label : labels) {
    if (!columns.empty() && label.first <= columns.back().second + 1) {
      columns.back().second = std::max(columns.back().second, label.second);
    } else {
      columns.push_back(label);
    }
  }
  if (columns.size() < 2) return none;
  const double left = std::min(band.x1, columns.front().first - 1);
  const double right = std::max(band.x2, columns.back().second + 1);
  std::vector<double> bounds{left};
  for (size_t c = 1; c < columns.size(); ++c) {
    double at = columns[c].first - 2;
    for (const Ruling& v : rulings.vertical) {
      if (v.pos > columns[c - 1].second && v.pos < columns[c].first + 1 && v.to >= band.y1 && v.from <= band.y2) {
        at = v.pos;
      }
    }
    bounds.push_back(at);
  }
  bounds.push_back(right);
  const auto columnAt = [&](double x) {
    const auto it = std::upper_bound(bounds.begin(), bounds.end(), x);
    return std::clamp(static_cast<int>(it - bounds.begin()) - 1, 0, static_cast<int>(columns.size()) - 1);
  };

  // Lines below the band: words whose boxes overlap by half their height.
  std::vector<const Word*> below;
  for (const Word& word : words) {
    if (!word.box.isEmpty() && word.box.centerY() > band.y2) below.push_back(&word);
  }
  std::sort(below.begin(), below.end(), [](const Word* a, const Word* b) {
    return a->box.y1 != b->box.y1 ? a->box.y1 < b->box.y1 : a->box.x1 < b->box.x1;
  });
  struct Line {
    Box box;
    std::vector<const Word*> words;
  };
  std::vector<Line> lines;
  for (const Word* word : below) {
    // Against the line's first word, so that lines set at staggered heights do not chain.
    const Box* first = lines.empty() ? nullptr : &lines.back().words.front()->box;
    if (first != nullptr && first->verticalOverlap(word->box) >= 0.5 * std::min(first->height(), word->box.height())) {
      lines.back().box = lines.back().box.united(word->box);
      lines.back().words.push_back(word);
    } else {
      lines.push_back({word->box, {word}});
    }
  }
  std::vector<const Word*> headerPtrs;
  for (const Word& word : headerWords) headerPtrs.push_back(&word);
  const double headerHeight = medianHeight(headerPtrs);
  double bodyHeight = 0;
  size_t bodyLines = 0;
  for (const Line& line : lines) {
    const double height = medianHeight(line.words);
    const double previousBottom = bodyLines == 0 ? band.y2 : lines[bodyLines - 1].box.y2;
    const double reference = bodyLines == 0 ? headerHeight : bodyHeight;
    if (line.box.y1 - previousBottom > 1.5 * reference) break;
    if (height > 1.2 * reference || height < 0.7 * reference) break;
    const bool outside = std::any_of(line.words.begin(), line.words.end(), [&](const Word* w) {
      if (w->box.x1 < left - 3 || w->box.x2 > right + 3) return true;
      return std::any_of(bounds.begin() + 1, bounds.end() - 1,
                         [&](double b) { return w->box.x1 < b - 1 && w->box.x2 > b + 1; });
    });
    if (outside) break;
    const auto within = [&](const Box& box) { return box.contains(line.box.centerX(), line.box.centerY()); };
    if (std::any_of(taken.begin(), taken.end(), within) || std::any_of(bands.begin(), bands.end(), within)) break;
    if (bodyLines == 0) bodyHeight = height;
    ++bodyLines;
  }
  if (bodyLines == 0) return none;
  lines.resize(bodyLines);

  // Rows: a new one where the lines step further apart than wrapped lines do, or where the first
  // column starts again after a line without it.
  double pitch = 1e9;
  for (size_t i = 1; i < lines.size(); ++i) pitch = std::min(pitch, lines[i].box.y1 - lines[i - 1].box.y1);
  const auto hasFirst = [&](const Line& line) {
    return std::any_of(line.words.begin(), line.words.end(),
                       [&](const Word* w) { return columnAt(w->box.centerX()) == 0; });
  };
  std::vector<std::vector<size_t>> rows;
  bool rowHasFirst = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const bool first = hasFirst(lines[i]);
    bool starts = i == 0;
    if (i > 0) {
      const double step = lines[i].box.y1 - lines[i - 1].box.y1;
      starts = step > 1.15 * pitch + 0.5 || (first && rowHasFirst && !hasFirst(lines[i - 1]));
    }
    if (starts) {
      rows.emplace_back();
      rowHasFirst = false;
    }
    rows.back().push_back(i);
    rowHasFirst = rowHasFirst || first;
  }

  // A wrapped cell takes a few lines; a "row" of many more is a list of one-line rows set at one
  // spacing, which neither whitespace nor the first column tells apart here.
  if (std::any_of(rows.begin(), rows.end(), [](const std::vector<size_t>& row) { return row.size() > 8; })) return none;
  const int colCount = static_cast<int>(columns.size());
  Table table;
  table.ruled = true;
  table.rowCount = static_cast<int>(rows.size()) + 1;
  table.columnCount = colCount;
  table.headerRows = 1;
  const auto addRow = [&](int row, const std::vector<std::vector<const Word*>>& byLine, double y1, double y2) {
    std::vector<std::string> texts(static_cast<size_t>(colCount));
    for (const auto& lineWords : byLine) {
      std::vector<const Word*> sorted = lineWords;
      std::sort(sorted.begin(), sorted.end(), [](const Word* a, const Word* b) { return a->box.x1 < b->box.x1; });
      for (const Word* w : sorted) {
        std::string& text = texts[static_cast<size_t>(columnAt(w->box.centerX()))];
        if (!text.empty()) text += ' ';
        text += w->text;
      }
    }
    for (int c = 0; c < colCount; ++c) {
      TableCell cell;
      cell.row = row;
      cell.col = c;
      cell.text = texts[static_cast<size_t>(c)];
      cell.box = {bounds[static_cast<size_t>(c)], y1, bounds[static_cast<size_t>(c) + 1], y2};
      table.cells.push_back(std::move(cell));
    }
  };
  {
    std::vector<std::vector<const Word*>> byLine;
    for (const ChunkLine& line : chunkLines(headerWords)) {
      byLine.emplace_back();
      for (const Chunk& chunk : line.chunks) {
        for (const int w : chunk.words) byLine.back().push_back(&headerWords[static_cast<size_t>(w)]);
      }
    }
    addRow(0, byLine, band.y1, band.y2);
  }
  int filledBody = 0;
  std::vector<bool> columnUsed(static_cast<size_t>(colCount), false);
  for (size_t r = 0; r < rows.size(); ++r) {
    std::vector<std::vector<const Word*>> byLine;
    for (const size_t i : rows[r]) byLine.push_back(lines[i].words);
    const double y1 = lines[rows[r].front()].box.y1;
    const double y2 = lines[rows[r].back()].box.y2;
    addRow(static_cast<int>(r) + 1, byLine, y1, y2);
    for (int c = 0; c < colCount; ++c) {
      const TableCell& cell = table.cells[table.cells.size() - static_cast<size_t>(colCount - c)];
      if (!cell.text.empty()) {
        ++filledBody;
        columnUsed[static_cast<size_t>(c)] = true;
      }
    }
  }
  // The body must fill the columns the header names, not sit under one of them; two columns
  // over a single row are too little to tell a tracker from a form.
  const auto usedColumns = std::count(columnUsed.begin(), columnUsed.end(), true);
  if (usedColumns < 2 || filledBody < 2 || (colCount < 3 && rows.size() < 2)) return none;
  table.bbox = padded(band.united(lines.front().box).united(lines.back().box), 1);
  table.bbox.x1 = std::min(table.bbox.x1, left);
  table.bbox.x2 = std::max(table.bbox.x2, right);
  return table;
}

}  // namespace

bool mayHoldTable(const std::vector<Word>& words) {
  // Two tabular lines close together whose gaps between chunks overlap: the start of a column. A
  // running header ("Report    Page 3") or a lone two-part line has no such neighbour.
  const std::vector<ChunkLine> lines = chunkLines(words);
  const double lineHeight = medianLineHeight(lines);
  const auto gapsOverlap = [](const ChunkLine& a, const ChunkLine& b) {
    for (size_t i = 1; i < a.chunks.size(); ++i) {
      for (size_t k = 1; k < b.chunks.size(); ++k) {
        const double from = std::max(a.chunks[i - 1].box.x2, b.chunks[k - 1].box.x2);
        const double to = std::min(a.chunks[i].box.x1, b.chunks[k].box.x1);
        if (to > from) return true;
      }
    }
    return false;
  };
  // Wrapped labels may stand between the two.
  const ChunkLine* previous = nullptr;
  for (const ChunkLine& line : lines) {
    if (!tabularLine(line)) continue;
    if (previous != nullptr && line.box.y1 - previous->box.y2 <= 5 * lineHeight && gapsOverlap(*previous, line)) {
      return true;
    }
    previous = &line;
  }
  return false;
}

std::vector<Table> detectTables(const std::vector<Word>& words, const Rulings& rulings) {
  std::vector<Table> tables;
  std::vector<Box> taken;
  const std::vector<ChunkLine> pageLines = chunkLines(words);
  const double lineHeight = medianLineHeight(pageLines);
  std::vector<Box> bands;
  std::vector<Box> regions = ruledRegions(rulings);
  // Larger groups first, so that a grid wins over the pieces of it found separately.
  std::sort(regions.begin(), regions.end(),
            [](const Box& a, const Box& b) { return a.width() * a.height() > b.width() * b.height(); });
  for (const Box& region : regions) {
    if (std::any_of(taken.begin(), taken.end(), [&](const Box& t) { return overlaps(t, region); })) continue;
    const Box area = padded(region, 1);
    // Too little to be a table on its own; a shaded or ruled band may still head a table of text.
    const auto keepAsBand = [&] {
      if (region.height() <= 3 * lineHeight) bands.push_back(area);
    };
    if (wordsInside(area, words) < 4) {
      keepAsBand();
      continue;
    }
    Table table = buildTableStructure(area, words, rulings);
    if (!plausible(table)) {
      keepAsBand();
      continue;
    }
    table.ruled = true;
    taken.push_back(area);
    tables.push_back(std::move(table));
  }
  const size_t ruledTables = tables.size();
  for (const Box& region : textRegions(words, taken, bands)) {
    Box area = padded(region, 1);
    // A ruled or shaded header band over an unruled body is one table: the text rows directly
    // below (or above) a ruled table, or below a band, sharing half its width or more, join it.
    const auto adjacent = [&](const Box& other) {
      const double gap = std::max(area.y1 - other.y2, other.y1 - area.y2);
      return gap <= 1.5 * lineHeight && area.horizontalOverlap(other) >= 0.5 * std::min(area.width(), other.width());
    };
    // Only tables found from their own rulings take in text; one grown from a band does not grow
    // again into the next table of a stack.
    const auto ruledEnd = tables.begin() + static_cast<std::ptrdiff_t>(ruledTables);
    auto joined = std::find_if(tables.begin(), ruledEnd, [&](const Table& t) { return adjacent(t.bbox); });
    if (joined == ruledEnd) joined = tables.end();
    Box grown = joined != tables.end() ? area.united(joined->bbox) : area;
    // Bands only head a table: the band under a table heads the next one.
    for (const Box& band : bands) grown = adjacent(band) && band.y2 <= area.y1 + 2 ? grown.united(band) : grown;
    if (grown != area) {
      const Box both = grownToWholeChunks(grown, pageLines, words);
      Table table = buildTableStructure(both, words, rulings);
      if (plausible(table)) {
        table.ruled = true;
        taken.push_back(both);
        if (joined != tables.end()) {
          *joined = std::move(table);
        } else {
          tables.push_back(std::move(table));
        }
        continue;
      }
    }
    area = grownToWholeChunks(area, pageLines, words);
    Table table = buildTableStructure(area, words, rulings);
    if (!plausible(table)) continue;
    taken.push_back(area);
    tables.push_back(std::move(table));
  }
  // Bands that head no table yet may head an unruled body of wrapped prose (an action tracker).
  for (const Box& band : bands) {
    if (std::any_of(taken.begin(), taken.end(), [&](const Box& t) { return overlaps(t, band); })) continue;
    std::vector<Box> others;
    for (const Box& other : bands) {
      if (other != band) others.push_back(other);
    }
    Table table = tableUnderBand(band, words, rulings, taken, others);
    if (table.rowCount < 2) continue;
    taken.push_back(table.bbox);
    tables.push_back(std::move(table));
  }
  // A contents page set without leaders comes out as blocks of "title | page" rows; once one
  // block of three or more shows it, the shorter blocks on the page go too.
  const auto contents = [&](const Table& t, size_t minimumPages) {
    return looksLikeContents(t.bbox, pageLines, minimumPages);
  };
  if (std::any_of(tables.begin(), tables.end(), [&](const Table& t) { return contents(t, 3); })) {
    std::erase_if(tables, [&](const Table& t) { return contents(t, 1); });
  }
  // The reported box is the table's text and rules; cells keep the grid.
  std::sort(tables.begin(), tables.end(), [](const Table& a, const Table& b) { return a.bbox.y1 < b.bbox.y1; });
  return tables;
}

}  // namespace sbw::pdf
