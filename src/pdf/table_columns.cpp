// Phase 1 of a table's grid: its column separators.

#include <algorithm>

#include "pdf/table_grid.h"

namespace sbw::pdf::grid {
namespace {

// A join by a change of font opens a gap this share wider than the narrowest that counts.
constexpr double kOver = 0.01;

// Gaps in the horizontal projection of the chunks: x positions no line covers.
struct Gap {
  double from, to, pos;
};

// Spanning headers and notes cross the gaps of the body: a few crossing lines are tolerated once
// there are enough body lines to be sure of the gap.
int crossingsAllowed(int multiChunkLines, const TableOptions::Columns& options) {
  if (multiChunkLines >= options.manyLines) return multiChunkLines / 10;
  if (multiChunkLines >= options.someLines) return std::min(2, multiChunkLines / 4);
  return 0;
}

// The projection is swept over the chunks' exact extents, so a gap of two points is two points
// wherever the region happens to start.
std::vector<Gap> textColumnGaps(const std::vector<ChunkLine>& lines, double x1, double x2, double minGap,
                                const TableOptions::Columns& options) {
  if (x2 <= x1 || lines.empty()) return {};
  std::vector<std::pair<double, int>> events;  // x, +1 where a chunk starts, -1 where one ends
  int multi = 0;
  for (const ChunkLine& line : lines) {
    if (line.chunks.size() > 1) ++multi;
    for (const Chunk& chunk : line.chunks) {
      events.emplace_back(std::clamp(chunk.box.x1, x1, x2), +1);
      events.emplace_back(std::clamp(chunk.box.x2, x1, x2), -1);
    }
  }
  std::sort(events.begin(), events.end());
  // Pieces of constant cover between x1 and x2.
  struct Piece {
    double from, to;
    int cover;
  };
  std::vector<Piece> pieces;
  int cover = 0;
  double at = x1;
  for (const auto& [x, delta] : events) {
    if (x > at) pieces.push_back({at, x, cover});
    at = std::max(at, x);
    cover += delta;
  }
  if (x2 > at) pieces.push_back({at, x2, cover});
  const int allowed = crossingsAllowed(multi, options);
  std::vector<Gap> gaps;
  bool seenText = false;
  size_t i = 0;
  while (i < pieces.size()) {
    if (pieces[i].cover > allowed) {
      seenText = true;
      ++i;
      continue;
    }
    size_t end = i;
    while (end < pieces.size() && pieces[end].cover <= allowed) ++end;
    // A stretch between text on both sides, wide enough: the boundary goes where the fewest
    // chunks cross, at the middle of that stretch.
    if (seenText && end < pieces.size() && pieces[end - 1].to - pieces[i].from >= minGap) {
      size_t best = i;
      for (size_t k = i; k < end; ++k) {
        if (pieces[k].cover < pieces[best].cover) best = k;
      }
      size_t last = best;
      while (last + 1 < end && pieces[last + 1].cover == pieces[best].cover) ++last;
      gaps.push_back({pieces[i].from, pieces[end - 1].to, (pieces[best].from + pieces[last].to) / 2});
    }
    i = end;
  }
  return gaps;
}

// Strokes that cut through words are not cell borders (strike-through, glyph remnants).
void dropSeparatorsCuttingWords(std::vector<Separator>& separators, const Region& region,
                                const TableOptions::Columns& options) {
  const double slack = region.page.em(options.crossSlack);
  const double coverSlack = region.page.em(options.drawnSlack);
  std::erase_if(separators, [&](const Separator& sep) {
    return std::any_of(region.words.begin(), region.words.end(), [&](const Word& word) {
      return word.box.x1 < sep.pos - slack && word.box.x2 > sep.pos + slack &&
             sep.covers(word.box.centerY(), coverSlack);
    });
  });
}

// The lines as the projection sees them. Chunks running across a drawn separator are spanning
// cells: they must not hide the gaps. A chunk whose words stand further apart than a word space
// counts as its pieces (labels centred over their columns, set close by the producer).
std::vector<ChunkLine> projectionLines(const Region& region, const std::vector<Separator>& drawn,
                                       const TableOptions::Columns& options) {
  const double slack = region.page.em(options.crossSlack);
  const double wide = options.wideWordGap * region.page.wordGap;
  std::vector<ChunkLine> lines = region.lines;
  for (ChunkLine& line : lines) {
    std::erase_if(line.chunks, [&](const Chunk& chunk) {
      return std::any_of(drawn.begin(), drawn.end(), [&](const Separator& sep) {
        return chunk.box.x1 < sep.pos - slack && chunk.box.x2 > sep.pos + slack;
      });
    });
    std::vector<Chunk> pieces;
    for (const Chunk& chunk : line.chunks) {
      const size_t first = pieces.size();
      for (const int w : chunk.words) {
        const Box& box = region.words[static_cast<size_t>(w)].box;
        if (pieces.size() > first && box.x1 - pieces.back().box.x2 <= wide) {
          pieces.back().box = pieces.back().box.united(box);
          pieces.back().words.push_back(w);
        } else {
          pieces.push_back({box, {w}, {}, chunk.numeric});
        }
      }
    }
    // Cells set against each other with no space but a change of font ("months1229") leave no
    // whitespace to find: the change of font counts as the narrowest gap.
    const double narrowest = region.page.em(options.minGapUnruled);
    for (size_t k = 1; k < pieces.size(); ++k) {
      const Word& left = region.words[static_cast<size_t>(pieces[k - 1].words.back())];
      if (left.fontChangeAfter && pieces[k].box.x1 - pieces[k - 1].box.x2 < narrowest) {
        // Just over the narrowest gap, and never past the piece's own start.
        pieces[k - 1].box.x2 = std::max(pieces[k - 1].box.x1, pieces[k].box.x1 - (1 + kOver) * narrowest);
      }
    }
    line.chunks = std::move(pieces);
  }
  return lines;
}

}  // namespace

bool Separator::covers(double at, double slack) const {
  return std::any_of(drawn.begin(), drawn.end(),
                     [&](const auto& span) { return at >= span.first - slack && at <= span.second + slack; });
}

double Separator::drawnLength() const {
  double length = 0;
  for (const auto& [from, to] : drawn) length += to - from;
  return length;
}

std::vector<Separator> clusterRulings(const std::vector<Ruling>& rulings, double lo, double hi, double crossLo,
                                      double crossHi, const PageMeasures& page, const TableOptions::Columns& options) {
  const double margin = page.em(options.edgeMargin);
  const double merge = page.em(options.mergeDistance);
  std::vector<Separator> out;
  for (const Ruling& ruling : rulings) {
    if (ruling.pos <= lo + margin || ruling.pos >= hi - margin) continue;
    const double from = std::max(ruling.from, crossLo);
    const double to = std::min(ruling.to, crossHi);
    if (to - from < page.em(options.minPiece)) continue;
    if (!out.empty() && ruling.pos - out.back().pos <= merge) {
      out.back().drawn.emplace_back(from, to);
      continue;
    }
    out.push_back({ruling.pos, {{from, to}}});
  }
  return out;
}

Columns findColumns(const Region& region, const Rulings& rulings, const TableOptions::Columns& options) {
  const Box& box = region.box;
  Columns columns;
  columns.separators = clusterRulings(rulings.vertical, box.x1, box.x2, box.y1, box.y2, region.page, options);
  dropSeparatorsCuttingWords(columns.separators, region, options);
  // Columns count as ruled when some drawn separator runs through most of the table; one drawn
  // only in a shaded header band says nothing about the gaps of the body below it.
  columns.ruled = std::any_of(columns.separators.begin(), columns.separators.end(), [&](const Separator& sep) {
    return sep.drawnLength() >= options.ruledShare * box.height();
  });
  const double minGap = columns.ruled ? options.minGapRuled * region.lineHeight : region.page.em(options.minGapUnruled);
  const double explainSlack = region.page.em(options.drawnSlack);
  const std::vector<Separator> drawn = columns.separators;
  for (const Gap& gap : textColumnGaps(projectionLines(region, drawn, options), box.x1, box.x2, minGap, options)) {
    // A drawn separator anywhere in the gap already divides the columns there.
    const bool explained = std::any_of(drawn.begin(), drawn.end(), [&](const Separator& sep) {
      return sep.pos >= gap.from - explainSlack && sep.pos <= gap.to + explainSlack;
    });
    if (!explained) columns.separators.push_back({gap.pos, {}, gap.from, gap.to});
  }
  std::sort(columns.separators.begin(), columns.separators.end(),
            [](const Separator& a, const Separator& b) { return a.pos < b.pos; });
  columns.bounds.push_back(box.x1);
  for (const Separator& sep : columns.separators) columns.bounds.push_back(sep.pos);
  columns.bounds.push_back(box.x2);
  return columns;
}

int columnOf(double x, const std::vector<double>& bounds) {
  const auto it = std::upper_bound(bounds.begin(), bounds.end(), x);
  return std::clamp(static_cast<int>(it - bounds.begin()) - 1, 0, static_cast<int>(bounds.size()) - 2);
}

}  // namespace sbw::pdf::grid
