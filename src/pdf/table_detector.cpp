#include "pdf/table_detector.h"

#include <algorithm>
#include <cctype>
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
