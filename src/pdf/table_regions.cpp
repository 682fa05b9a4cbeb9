// Table boundaries (phase 5 of the engine, before the grid): ruled groups, runs of tabular
// lines, and what ends or parts them.

#include "pdf/table_regions.h"

#include "pdf/table_grid.h"
#include "pdf/union_find.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace sbw::pdf::regions {
namespace {

// Rulings with vertical strokes joined to the horizontal ones they touch.
void joinTouching(UnionFind& groups, const std::vector<Ruling>& hs, const std::vector<Ruling>& vs, double touch) {
  for (size_t i = 0; i < hs.size(); ++i) {
    for (size_t j = 0; j < vs.size(); ++j) {
      const Ruling& h = hs[i];
      const Ruling& v = vs[j];
      if (v.pos >= h.from - touch && v.pos <= h.to + touch && h.pos >= v.from - touch && h.pos <= v.to + touch) {
        groups.join(static_cast<int>(i), static_cast<int>(hs.size() + j));
      }
    }
  }
}

// Parallel horizontal rules of similar extent, stacked close together, belong to one table, as
// long as neither is part of a grid already (a grid's rules would swallow its neighbours).
void joinStacks(UnionFind& groups, const std::vector<Ruling>& hs, size_t verticals, const std::vector<Box>& headings,
                const PageMeasures& page, const TableOptions::Boundaries& options) {
  // Two tables each with a rule under its header, one under the other, have a heading between.
  const auto headingBetween = [&](const Ruling& a, const Ruling& b) {
    return std::any_of(headings.begin(), headings.end(), [&](const Box& h) {
      return h.centerY() > std::min(a.pos, b.pos) && h.centerY() < std::max(a.pos, b.pos) && h.x2 > a.from &&
             h.x1 < a.to;
    });
  };
  const size_t nh = hs.size();
  std::vector<bool> rootHasVertical(nh + verticals, false);
  for (size_t j = 0; j < verticals; ++j)
    rootHasVertical[static_cast<size_t>(groups.find(static_cast<int>(nh + j)))] = true;
  std::vector<bool> inGrid(nh, false);
  for (size_t i = 0; i < nh; ++i) inGrid[i] = rootHasVertical[static_cast<size_t>(groups.find(static_cast<int>(i)))];
  for (size_t i = 0; i < nh; ++i) {
    if (inGrid[i]) continue;
    for (size_t k = i + 1; k < nh; ++k) {
      if (inGrid[k]) continue;
      const Ruling& a = hs[i];
      const Ruling& b = hs[k];
      const double tolerance =
          options.stackExtentShare * std::max(a.length(), b.length()) + page.em(options.stackExtentSlack);
      if (std::abs(a.from - b.from) <= tolerance && std::abs(a.to - b.to) <= tolerance &&
          std::abs(a.pos - b.pos) <= page.em(options.stackReach) && a.length() >= page.em(options.minStackRule) &&
          !headingBetween(a, b)) {
        groups.join(static_cast<int>(i), static_cast<int>(k));
      }
    }
  }
}

// A run of lines is a table when enough of them are tabular and end in a figure, or line up in
// three or more columns (a tracker whose last column is a status, a list of names and roles).
struct Run {
  size_t first = 0, last = 0;
  int tabular = 0;
  int figureLines = 0;
  int alignedLines = 0;    // tabular lines of three or more chunks lined up with the tabular line before
  int anyFigureLines = 0;  // tabular lines with a figure in any cell but the first
};

// Whether line k heads another table: a caption or header without figures that enters a shaded
// or ruled band the line above is not in. A row of figures in a band is a banded row of the same
// table.
bool headsAnother(const std::vector<ChunkLine>& lines, size_t k, const std::vector<Box>& bands) {
  if (std::any_of(lines[k].chunks.begin() + 1, lines[k].chunks.end(), [](const Chunk& c) { return c.numeric; }))
    return false;
  return std::any_of(bands.begin(), bands.end(), [&](const Box& band) {
    const auto inBand = [&](const ChunkLine& line) { return band.contains(line.box.centerX(), line.box.centerY()); };
    return inBand(lines[k]) && !inBand(lines[k - 1]);
  });
}

// Two lines of three or more chunks of which at least three start, end or centre on the same
// x: cells of the same columns, whichever way they are aligned.
bool linedUp(const ChunkLine& above, const ChunkLine& line, const PageMeasures& page,
             const TableOptions::Boundaries& options) {
  const auto cells = static_cast<size_t>(options.minAlignedCells);
  if (above.chunks.size() < cells || line.chunks.size() < cells) return false;
  const double slack = page.em(options.alignSlack);
  const auto near = [&](double a, double b) { return std::abs(a - b) <= slack; };
  int matched = 0;
  for (const Chunk& chunk : line.chunks) {
    matched += std::any_of(above.chunks.begin(), above.chunks.end(),
                           [&](const Chunk& other) {
                             return near(chunk.box.x1, other.box.x1) || near(chunk.box.x2, other.box.x2) ||
                                    near(chunk.box.centerX(), other.box.centerX());
                           })
                   ? 1
                   : 0;
  }
  return matched >= options.minAlignedCells;
}

Run runFrom(const std::vector<ChunkLine>& lines, const std::vector<Word>& words, size_t i,
            const std::vector<Box>& bands, double lineHeight, const PageMeasures& page,
            const TableOptions::Boundaries& options) {
  Run run{i, i, 1, lines[i].chunks.back().numeric ? 1 : 0};
  size_t k = i + 1;
  while (k < lines.size()) {
    if (lines[k].box.y1 - lines[k - 1].box.y2 > options.runGap * lineHeight) break;
    if (headsAnother(lines, k, bands) || captionLine(lines[k])) break;
    if (tabularLine(lines[k], options)) {
      run.alignedLines += linedUp(lines[run.last], lines[k], page, options) ? 1 : 0;
      run.last = k;
      ++run.tabular;
      run.figureLines += lines[k].chunks.back().numeric ? 1 : 0;
      run.anyFigureLines +=
          std::any_of(lines[k].chunks.begin() + 1, lines[k].chunks.end(), [](const Chunk& c) { return c.numeric; }) ? 1
                                                                                                                    : 0;
      ++k;
      continue;
    }
    // A single non-tabular line may be a wrapped label inside the table.
    if (k + 1 < lines.size() && tabularLine(lines[k + 1], options) && lines[k].chunks.size() == 1 &&
        static_cast<int>(lines[k].chunks.front().words.size()) <= options.wrappedLabelWords &&
        !headingLine(lines, k, words, page, options)) {
      ++k;
      continue;
    }
    // Several lines may carry on a cell of the row above (a long label wrapped over three or four
    // lines beside its figures, an action's text under its number): each starts where that cell
    // starts and stops short of the next cell.
    const size_t wrapped = wrappedCellLines(lines, words, k, lines[run.last], lineHeight, page, options);
    if (wrapped > 0) {
      run.last = k + wrapped - 1;
      k += wrapped;
      continue;
    }
    break;
  }
  return run;
}

// A short label under the last row, in the first column, with nothing after it on the page: a
// section row ("BALANCE SHEET") whose figures follow on the next page.
bool trailingSectionLabel(const std::vector<ChunkLine>& lines, size_t after, const Box& box, double lineHeight,
                          const PageMeasures& page, const TableOptions::Boundaries& options) {
  if (after >= lines.size()) return false;
  const ChunkLine& line = lines[after];
  const bool lastOnPage =
      after + 1 == lines.size() || lines[after + 1].box.y1 - line.box.y2 > options.runGap * lineHeight;
  return line.chunks.size() == 1 && line.wordCount() <= options.sectionLabelWords &&
         std::abs(line.box.x1 - box.x1) <= page.em(options.labelAlign) &&
         line.box.y1 - box.y2 < options.labelGap * lineHeight && lastOnPage;
}

}  // namespace

size_t wrappedCellLines(const std::vector<ChunkLine>& lines, const std::vector<Word>& words, size_t k,
                        const ChunkLine& row, double lineHeight, const PageMeasures& page,
                        const TableOptions::Boundaries& options) {
  if (row.chunks.size() < 2) return 0;
  // A number carries on only the row's label ("Child protection plans per" / "10,000" /
  // "children"); under a figure it would be a figure of its own.
  const auto inCell = [&](const ChunkLine& line) {
    if (line.chunks.size() != 1) return false;
    const bool number = line.chunks.front().numeric;
    if (number && row.chunks.front().numeric) return false;
    for (size_t c = 0; c < (number ? 1 : row.chunks.size()); ++c) {
      const double next = c + 1 < row.chunks.size() ? row.chunks[c + 1].box.x1 : row.box.x2 + page.em(options.gutter);
      if (std::abs(line.box.x1 - row.chunks[c].box.x1) <= page.em(options.alignSlack) && line.box.x2 < next)
        return true;
    }
    return false;
  };
  size_t n = 0;
  while (k + n < lines.size() && static_cast<int>(n) < options.maxWrappedLines) {
    const ChunkLine& line = lines[k + n];
    if (!inCell(line) || (k + n > 0 && line.box.y1 - lines[k + n - 1].box.y2 > options.wrapGap * lineHeight) ||
        headingLine(lines, k + n, words, page, options))
      break;
    ++n;
  }
  return n;
}

bool bulletLike(const std::string& text) {
  if (text.empty()) return false;
  if (text == "\xe2\x80\xa2" || text == "-" || text == "*" || text == "\xef\x82\xb7" || text == "o") return true;
  const bool enumerator =
      text.size() <= 4 && (text.back() == '.' || text.back() == ')') &&
      std::all_of(text.begin(), text.end() - 1, [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
  return enumerator;
}

bool headingLine(const std::vector<ChunkLine>& lines, size_t k, const std::vector<Word>& words,
                 const PageMeasures& page, const TableOptions::Boundaries& options) {
  const ChunkLine& line = lines[k];
  if (line.chunks.size() != 1 || line.chunks.front().numeric) return false;
  if (captionLine(line)) return true;
  if (k == 0) return false;
  const auto style = [&](const ChunkLine& l) {
    double size = 0;
    bool bold = true;
    for (const Chunk& chunk : l.chunks) {
      for (const int w : chunk.words) {
        size = std::max(size, words[static_cast<size_t>(w)].fontSize);
        bold = bold && words[static_cast<size_t>(w)].bold;
      }
    }
    return std::pair(size, bold);
  };
  const ChunkLine& before = lines[k - 1];
  const auto [size, bold] = style(line);
  const auto [beforeSize, beforeBold] = style(before);
  if (beforeSize > 0 && size > options.headingSize * beforeSize) return true;
  if (!bold || beforeBold) return false;
  // A section row is followed by a row of figures in the cells of the row before it; a heading by
  // a new table's header (no figures) or by other cells.
  if (k + 1 >= lines.size()) return true;
  const ChunkLine& after = lines[k + 1];
  // Years and periods ("2017-18") label a header's columns; they are no figures.
  const bool figures = std::any_of(after.chunks.begin() + 1, after.chunks.end(),
                                   [](const Chunk& c) { return c.numeric && !grid::looksLikePeriod(c.text); });
  const bool sameCells =
      after.chunks.size() == before.chunks.size() && before.chunks.size() >= 2 &&
      std::abs(after.chunks.front().box.x1 - before.chunks.front().box.x1) <= page.em(options.alignSlack);
  return !(sameCells && figures);
}

Box padded(const Box& box, double by) { return {box.x1 - by, box.y1 - by, box.x2 + by, box.y2 + by}; }

std::vector<Box> headingBoxes(const std::vector<ChunkLine>& lines, const std::vector<Word>& words,
                              const PageMeasures& page, const TableOptions::Boundaries& options) {
  std::vector<Box> out;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (headingLine(lines, k, words, page, options)) out.push_back(lines[k].box);
  }
  return out;
}

std::vector<Box> ruledRegions(const Rulings& rulings, const std::vector<Box>& headings, const PageMeasures& page,
                              const TableOptions::Boundaries& options) {
  std::vector<Ruling> hs;
  std::vector<Ruling> vs;
  for (const Ruling& r : rulings.horizontal) {
    if (r.length() >= page.em(options.minHorizontalRule)) hs.push_back(r);
  }
  for (const Ruling& r : rulings.vertical) {
    if (r.length() >= page.em(options.minVerticalRule)) vs.push_back(r);
  }
  const size_t nh = hs.size();
  UnionFind groups(nh + vs.size());
  joinTouching(groups, hs, vs, page.em(options.touch));
  joinStacks(groups, hs, vs.size(), headings, page, options);
  std::vector<Box> boxes(nh + vs.size());
  std::vector<int> hCount(nh + vs.size(), 0);
  std::vector<bool> used(nh + vs.size(), false);
  for (size_t i = 0; i < nh + vs.size(); ++i) {
    const Box b = i < nh ? Box{hs[i].from, hs[i].pos, hs[i].to, hs[i].pos}
                         : Box{vs[i - nh].pos, vs[i - nh].from, vs[i - nh].pos, vs[i - nh].to};
    const auto root = static_cast<size_t>(groups.find(static_cast<int>(i)));
    boxes[root] = used[root] ? boxes[root].united(b) : b;
    used[root] = true;
    if (i < nh) ++hCount[root];
  }
  std::vector<Box> out;
  for (size_t i = 0; i < boxes.size(); ++i) {
    if (!used[i] || hCount[i] < 2) continue;
    if (boxes[i].width() < page.em(options.minRegionWidth) || boxes[i].height() < page.em(options.minRegionHeight))
      continue;
    out.push_back(boxes[i]);
  }
  return out;
}

bool separateBoxes(const Box& region, const Rulings& rulings, const PageMeasures& page,
                   const TableOptions::Boundaries& options) {
  const double touch = page.em(options.touch);
  std::vector<Ruling> inside;
  for (const Ruling& r : rulings.horizontal) {
    if (r.length() >= page.em(options.minHorizontalRule) && r.pos >= region.y1 - touch && r.pos <= region.y2 + touch &&
        r.from >= region.x1 - touch && r.to <= region.x2 + touch)
      inside.push_back(r);
  }
  // Rule lines: taken by height, each the rulings within `touch` of its first, then left to right.
  std::sort(inside.begin(), inside.end(), [](const Ruling& a, const Ruling& b) { return a.pos < b.pos; });
  int lines = 0;
  int broken = 0;
  for (size_t i = 0; i < inside.size();) {
    size_t k = i + 1;
    while (k < inside.size() && inside[k].pos - inside[i].pos <= touch) ++k;
    std::vector<Ruling> line(inside.begin() + static_cast<std::ptrdiff_t>(i),
                             inside.begin() + static_cast<std::ptrdiff_t>(k));
    std::sort(line.begin(), line.end(), [](const Ruling& a, const Ruling& b) { return a.from < b.from; });
    double reach = line.front().to;
    bool gap = false;
    for (const Ruling& piece : line) {
      gap = gap || piece.from - reach >= page.em(options.gutter);
      reach = std::max(reach, piece.to);
    }
    ++lines;
    broken += gap ? 1 : 0;
    i = k;
  }
  return broken >= 2 && broken > options.brokenRuleShare * lines;
}

bool tabularLine(const ChunkLine& line, const TableOptions::Boundaries& options) {
  if (line.chunks.size() < 2) return false;
  if (bulletLike(line.chunks.front().text) && line.chunks.size() == 2) return false;
  // Dot leaders: a table of contents.
  for (const Chunk& chunk : line.chunks) {
    if (chunk.text.find("....") != std::string::npos) return false;
  }
  // Two columns of running prose side by side.
  int longChunks = 0;
  for (const Chunk& chunk : line.chunks)
    longChunks += static_cast<int>(chunk.words.size()) >= options.proseWords ? 1 : 0;
  return longChunks < 2;
}

// Prose in aligned columns that starts in or under a header band is an action tracker's body,
// which is read from its header (table_tracker.cpp) rather than as a run of lines.
static bool underBand(const Box& first, const std::vector<Box>& bands, double lineHeight,
                      const TableOptions::Boundaries& options) {
  return std::any_of(bands.begin(), bands.end(), [&](const Box& band) {
    const bool inBand = band.contains(first.centerX(), first.centerY());
    const bool below = band.y2 <= first.centerY() && first.y1 - band.y2 <= options.joinGap * lineHeight;
    return (inBand || below) && band.horizontalOverlap(first) >= options.joinOverlap * first.width();
  });
}

std::vector<Box> textRegions(const std::vector<Word>& words, const std::vector<Box>& taken,
                             const std::vector<Box>& bands, const PageMeasures& page, const TableOptions& options) {
  const TableOptions::Boundaries& o = options.boundaries;
  std::vector<Word> free;
  for (const Word& word : words) {
    const bool inside = std::any_of(taken.begin(), taken.end(), [&](const Box& box) {
      return box.contains(word.box.centerX(), word.box.centerY());
    });
    if (!inside) free.push_back(word);
  }
  const std::vector<ChunkLine> lines = chunkLines(free, options.chunkGap);
  const double lineHeight = medianLineHeight(lines);
  std::vector<Box> out;
  size_t i = 0;
  while (i < lines.size()) {
    // A caption starts a table rather than being a row of it.
    if (!tabularLine(lines[i], o) || captionLine(lines[i])) {
      ++i;
      continue;
    }
    const Run run = runFrom(lines, free, i, bands, lineHeight, page, o);
    if (run.tabular >= o.minTabularLines &&
        (run.figureLines >= o.minFigureLines ||
         (run.alignedLines + 1 >= o.minTabularLines &&
          (run.anyFigureLines >= o.minFigureLines || !underBand(lines[i].box, bands, lineHeight, o))))) {
      Box box = lines[i].box;
      for (size_t m = i; m <= run.last; ++m) box = box.united(lines[m].box);
      if (trailingSectionLabel(lines, run.last + 1, box, lineHeight, page, o))
        box = box.united(lines[run.last + 1].box);
      const std::vector<ChunkLine> runLines(lines.begin() + static_cast<std::ptrdiff_t>(i),
                                            lines.begin() + static_cast<std::ptrdiff_t>(run.last) + 1);
      const bool captioned =
          i > 0 && captionLine(lines[i - 1]) && lines[i].box.y1 - lines[i - 1].box.y2 <= o.runGap * lineHeight;
      std::vector<Box> parts;
      if (captioned) parts = splitUnderCaptions(runLines, lines[i - 1], lineHeight, page, o);
      if (parts.empty()) parts = splitSideBySide(box, runLines, page, o);
      for (const Box& part : parts) out.push_back(part);
    }
    i = std::max(run.last + 1, i + 1);
  }
  return out;
}

bool captionChunk(const Chunk& chunk) {
  const std::string& text = chunk.text;
  for (const char* kind : {"Table ", "TABLE ", "Figure ", "FIGURE ", "Fig. ", "Chart ", "CHART ", "Graph ", "Exhibit ",
                           "Appendix ", "APPENDIX ", "Annex ", "ANNEX "}) {
    const std::string_view k(kind);
    if (text.size() > k.size() && text.compare(0, k.size(), k) == 0 &&
        std::isdigit(static_cast<unsigned char>(text[k.size()]))) {
      return true;
    }
  }
  return false;
}

bool captionLine(const ChunkLine& line) { return !line.chunks.empty() && captionChunk(line.chunks.front()); }

std::vector<Box> splitUnderCaptions(const std::vector<ChunkLine>& lines, const ChunkLine& captions, double lineHeight,
                                    const PageMeasures& page, const TableOptions::Boundaries& options) {
  std::vector<double> starts;
  for (const Chunk& chunk : captions.chunks) {
    if (captionChunk(chunk)) starts.push_back(chunk.box.x1);
  }
  if (starts.size() < 2 || lines.empty()) return {};
  const double slack = page.em(options.alignSlack);
  // Side s holds the chunks that start at or after caption s; a chunk across a caption's start
  // means the captions are not where the tables part.
  const size_t sides = starts.size();
  std::vector<std::vector<ChunkLine>> parts(sides);
  for (const ChunkLine& line : lines) {
    std::vector<ChunkLine> pieces(sides);
    for (const Chunk& chunk : line.chunks) {
      size_t side = 0;
      while (side + 1 < sides && chunk.box.x1 >= starts[side + 1] - slack) ++side;
      if (side + 1 < sides && chunk.box.x2 > starts[side + 1] - slack) return {};
      ChunkLine& piece = pieces[side];
      piece.box = piece.chunks.empty() ? chunk.box : piece.box.united(chunk.box);
      piece.chunks.push_back(chunk);
    }
    for (size_t side = 0; side < sides; ++side) {
      if (!pieces[side].chunks.empty()) parts[side].push_back(std::move(pieces[side]));
    }
  }
  std::vector<Box> out;
  for (size_t side = 0; side < sides; ++side) {
    const std::vector<ChunkLine>& part = parts[side];
    // A caption wrapped over more lines carries on under itself: one phrase starting where it
    // starts, close under the line above.
    size_t first = 0;
    double above = captions.box.y2;
    while (first < part.size() && static_cast<int>(first) < options.maxWrappedLines && part[first].chunks.size() == 1 &&
           std::abs(part[first].box.x1 - starts[side]) <= slack &&
           part[first].box.y1 - above <= options.wrapGap * lineHeight) {
      above = part[first].box.y2;
      ++first;
    }
    int rows = 0;
    Box box;
    for (size_t k = first; k < part.size(); ++k) {
      box = k == first ? part[k].box : box.united(part[k].box);
      rows += part[k].chunks.size() >= 2 ? 1 : 0;
    }
    if (rows < options.minTabularLines) return {};
    out.push_back(box);
  }
  return out;
}

namespace {

// One side of a candidate gutter: its chunks in each line.
struct Side {
  int lines = 0;        // lines with a chunk on this side
  int multiChunk = 0;   // ... with two or more
  int labelFirst = 0;   // ... whose first chunk is a label
  int figureLines = 0;  // ... with a figure
};

Side sideOf(const std::vector<ChunkLine>& lines, double from, double to) {
  Side side;
  for (const ChunkLine& line : lines) {
    std::vector<const Chunk*> chunks;
    for (const Chunk& chunk : line.chunks) {
      if (chunk.box.centerX() >= from && chunk.box.centerX() < to) chunks.push_back(&chunk);
    }
    if (chunks.empty()) continue;
    ++side.lines;
    side.multiChunk += chunks.size() >= 2 ? 1 : 0;
    side.labelFirst += chunks.front()->numeric ? 0 : 1;
    side.figureLines += std::any_of(chunks.begin(), chunks.end(), [](const Chunk* c) { return c->numeric; }) ? 1 : 0;
  }
  return side;
}

// A table of its own: most lines hold a label followed by cells, some with figures.
bool tableSide(const Side& side, int lineCount, const TableOptions::Boundaries& options) {
  return side.lines >= options.sideLineShare * lineCount && side.multiChunk * 2 >= side.lines &&
         side.labelFirst * 2 >= side.lines && side.figureLines >= 2;
}

}  // namespace

std::vector<Box> splitSideBySide(const Box& region, const std::vector<ChunkLine>& lines, const PageMeasures& page,
                                 const TableOptions::Boundaries& options) {
  std::vector<std::pair<double, double>> spans;
  for (const ChunkLine& line : lines) {
    for (const Chunk& chunk : line.chunks) spans.emplace_back(chunk.box.x1, chunk.box.x2);
  }
  std::sort(spans.begin(), spans.end());
  // The widest whitespace that runs down every line.
  double bestFrom = 0, bestTo = 0;
  double reach = spans.empty() ? region.x1 : spans.front().second;
  for (const auto& [from, to] : spans) {
    if (from - reach > bestTo - bestFrom) {
      bestFrom = reach;
      bestTo = from;
    }
    reach = std::max(reach, to);
  }
  if (bestTo - bestFrom < page.em(options.gutter)) return {region};
  const int count = static_cast<int>(lines.size());
  if (!tableSide(sideOf(lines, region.x1, bestFrom), count, options) ||
      !tableSide(sideOf(lines, bestTo, region.x2 + 1), count, options))
    return {region};
  return {Box{region.x1, region.y1, bestFrom, region.y2}, Box{bestTo, region.y1, region.x2, region.y2}};
}

Box grownToWholeChunks(Box area, const std::vector<ChunkLine>& lines, const std::vector<Word>& words,
                       const PageMeasures& page, const TableOptions::Boundaries& options) {
  const Box before = area;
  for (const ChunkLine& line : lines) {
    if (line.box.y2 < before.y1 || line.box.y1 > before.y2) continue;
    for (const Chunk& chunk : line.chunks) {
      const bool inside = std::any_of(chunk.words.begin(), chunk.words.end(), [&](int w) {
        const Box& box = words[static_cast<size_t>(w)].box;
        return before.contains(box.centerX(), box.centerY());
      });
      if (inside) area = area.united(padded(chunk.box, page.em(options.padding)));
    }
  }
  return area;
}

}  // namespace sbw::pdf::regions
