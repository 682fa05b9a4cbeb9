#include "pdf/table_detector.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdlib>

#include "pdf/table_grid.h"
#include "pdf/table_regions.h"
#include "pdf/table_rejection.h"
#include "pdf/table_structure.h"
#include "pdf/table_tracker.h"
#include "pdf/text_chunks.h"

namespace sbw::pdf {
namespace {

// SBW_TABLE_TRACE=1 in the environment prints each phase's regions to stderr: for finding out why
// a layout nobody has seen yet was read as it was.
bool tracing() {
  static const bool on = std::getenv("SBW_TABLE_TRACE") != nullptr;
  return on;
}

void trace(const char* what, const Box& box, const char* why = "") {
  if (tracing())
    fmt::print(stderr, "tables: {} [{:.0f} {:.0f} {:.0f} {:.0f}] {}\n", what, box.x1, box.y1, box.x2, box.y2, why);
}

bool overlaps(const Box& a, const Box& b) { return a.horizontalOverlap(b) > 0 && a.verticalOverlap(b) > 0; }

int wordsInside(const Box& box, const std::vector<Word>& words) {
  return static_cast<int>(std::count_if(words.begin(), words.end(), [&](const Word& word) {
    return box.contains(word.box.centerX(), word.box.centerY());
  }));
}

// Everything one page's detection works with.
struct PageContext {
  const std::vector<Word>& words;
  const Rulings& rulings;
  const TableOptions& options;
  PageMeasures page;
  std::vector<ChunkLine> lines;
  std::vector<Table> tables;
  std::vector<Box> taken;  // areas already given to a table, or to a diagram of ruled boxes
  std::vector<Box> bands;  // ruled or shaded groups too small to be tables, which may head one

  Table grid(const Box& area) const { return buildTableStructure(area, words, rulings, page, options); }
  // A grid that is plausible but no table (a contact list, a form, a chart) keeps its area: its
  // words are spent, so that no later phase makes a table of them with its neighbours.
  bool accepted(const Table& table, const Box& area) {
    if (!rejection::plausibleGrid(table, options.rejection)) {
      trace("implausible grid", area, fmt::format("{} x {}", table.rowCount, table.columnCount).c_str());
      return false;
    }
    const char* reason = rejection::notATable(table, options.rejection);
    if (reason == nullptr) {
      trace("table", area, fmt::format("{} x {}", table.rowCount, table.columnCount).c_str());
      return true;
    }
    trace("rejected", area, reason);
    taken.push_back(area);
    return false;
  }
  double pad() const { return page.em(options.boundaries.padding); }
};

// A rule drawn across a text table (under its header, over or under its body) belongs to it, and
// so does its extent: a table is as wide as its rules. Rules much wider than the table (a page
// rule, or one across two tables side by side) do not.
Box withOwnRules(Box area, const PageContext& ctx, double reachLines) {
  const TableOptions::Boundaries& o = ctx.options.boundaries;
  const double reach = reachLines * ctx.page.lineHeight;
  const double beyond = std::max(ctx.page.em(o.gutter), o.ownRuleBeyond * area.width());
  const Box text = area;
  for (const Ruling& rule : ctx.rulings.horizontal) {
    if (rule.pos < text.y1 - reach || rule.pos > text.y2 + reach) continue;
    const double overlap = std::min(rule.to, text.x2) - std::max(rule.from, text.x1);
    if (overlap < o.ownRuleShare * text.width() || rule.from < text.x1 - beyond || rule.to > text.x2 + beyond) continue;
    area = area.united({rule.from, rule.pos, rule.to, rule.pos});
  }
  return area;
}

// Whether each chunk of `line` lies over or under a chunk of `row`: cells of the same columns.
bool sameColumns(const ChunkLine& line, const ChunkLine& row) {
  return line.chunks.size() >= 2 && std::all_of(line.chunks.begin(), line.chunks.end(), [&](const Chunk& chunk) {
           return std::any_of(row.chunks.begin(), row.chunks.end(),
                              [&](const Chunk& cell) { return chunk.box.horizontalOverlap(cell.box) > 0; });
         });
}

// Each line's chunks whose middle lies between x1 and x2; lines left with none are dropped.
std::vector<ChunkLine> linesWithin(const std::vector<ChunkLine>& lines, double x1, double x2) {
  std::vector<ChunkLine> out;
  for (const ChunkLine& line : lines) {
    ChunkLine part;
    for (const Chunk& chunk : line.chunks) {
      if (chunk.box.centerX() < x1 || chunk.box.centerX() > x2) continue;
      part.box = part.chunks.empty() ? chunk.box : part.box.united(chunk.box);
      part.chunks.push_back(chunk);
    }
    if (!part.chunks.empty()) out.push_back(std::move(part));
  }
  return out;
}

// Rows set just outside a ruled group whose rules run between rows rather than around them: a
// header line over the first rule (no figures), a last row under the last rule (as many cells as
// the row above it), each directly there and in the columns of the group's nearest row.
Box withOuterRows(const Box& area, const PageContext& ctx) {
  const TableOptions::Boundaries& o = ctx.options.boundaries;
  const double reach = o.labelGap * ctx.page.lineHeight;  // as close as a row to its own rule
  // The lines as far as they lie over the table: in two columns of text, a line of the page
  // holds the table's row and the other column's words beside it.
  const std::vector<ChunkLine> lines = linesWithin(ctx.lines, area.x1, area.x2);
  std::vector<size_t> inside;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (area.contains(lines[k].box.centerX(), lines[k].box.centerY())) inside.push_back(k);
  }
  if (inside.size() < 2) return area;
  Box out = area;
  const size_t first = inside.front();
  const size_t last = inside.back();
  if (first > 0) {
    const ChunkLine& header = lines[first - 1];
    const bool figures = std::any_of(header.chunks.begin(), header.chunks.end(),
                                     [](const Chunk& c) { return c.numeric && !grid::looksLikePeriod(c.text); });
    // A header, or a first row whose rule is under it (cells in the columns of the row below; a
    // row may leave some of them empty).
    const bool row = header.chunks.size() >= 3;
    if (area.y1 - header.box.y2 >= 0 && area.y1 - header.box.y2 <= reach && (!figures || row) &&
        sameColumns(header, lines[first]) && !regions::headingLine(lines, first - 1, ctx.words, ctx.page, o))
      out = out.united(regions::padded(header.box, ctx.pad()));
  }
  // The row above it is the last line of cells (a wrapped label's last line has one).
  const auto cells =
      std::find_if(inside.rbegin(), inside.rend(), [&](size_t k) { return lines[k].chunks.size() >= 2; });
  if (last + 1 < lines.size() && cells != inside.rend()) {
    const ChunkLine& row = lines[last + 1];
    const ChunkLine& above = lines[*cells];
    if (row.box.y1 - area.y2 >= 0 && row.box.y1 - area.y2 <= reach && row.chunks.size() == above.chunks.size() &&
        sameColumns(row, above)) {
      out = out.united(regions::padded(row.box, ctx.pad()));
      // ... with the lines its cells wrap over.
      const size_t wrapped =
          regions::wrappedCellLines(lines, ctx.words, last + 2, row, ctx.page.lineHeight, ctx.page, o);
      for (size_t k = last + 2; k < last + 2 + wrapped; ++k) out = out.united(regions::padded(lines[k].box, ctx.pad()));
    }
  }
  return out;
}

// Ruled groups, larger first so that a grid wins over the pieces of it found separately. A group
// too small to be a table on its own may still head a table of text (a band).
void findRuledTables(PageContext& ctx) {
  const TableOptions::Boundaries& o = ctx.options.boundaries;
  std::vector<Box> regions =
      regions::ruledRegions(ctx.rulings, regions::headingBoxes(ctx.lines, ctx.words, ctx.page, o), ctx.page, o);
  std::sort(regions.begin(), regions.end(),
            [](const Box& a, const Box& b) { return a.width() * a.height() > b.width() * b.height(); });
  for (const Box& region : regions) {
    trace("ruled group", region);
    if (std::any_of(ctx.taken.begin(), ctx.taken.end(), [&](const Box& t) { return overlaps(t, region); })) continue;
    if (regions::separateBoxes(region, ctx.rulings, ctx.page, o)) {
      trace("boxes apart, not a grid", region);
      ctx.taken.push_back(regions::padded(region, ctx.pad()));  // its words make no table of text either
      continue;
    }
    const Box area = regions::padded(region, ctx.pad());
    const auto keepAsBand = [&] {
      if (region.height() <= o.maxBandHeight * ctx.page.lineHeight) {
        trace("band", area);
        ctx.bands.push_back(area);
      }
    };
    if (wordsInside(area, ctx.words) < o.minWordsInRegion) {
      keepAsBand();
      continue;
    }
    Table table = ctx.grid(area);
    const size_t reserved = ctx.taken.size();
    if (!ctx.accepted(table, area)) {
      if (ctx.taken.size() == reserved) keepAsBand();
      continue;
    }
    // Rows outside the rules complete a table; they never make one. Only as far as a row from
    // its own rule: a rule further down may be the next table's.
    Box grown = withOwnRules(withOuterRows(area, ctx), ctx, o.labelGap);
    if (grown != area) {
      Table larger = ctx.grid(grown);
      if (rejection::plausibleGrid(larger, ctx.options.rejection) &&
          rejection::notATable(larger, ctx.options.rejection) == nullptr) {
        table = std::move(larger);
      } else {
        grown = area;
      }
    }
    table.ruled = true;
    ctx.taken.push_back(grown);
    ctx.tables.push_back(std::move(table));
  }
}

// A ruled header grid (shaded, with the rules of its spans) directly over a ruled body of the
// same width and columns is one table: the upper grid is its header rows (and at most the first
// row, set between the header and the body's first rule), and the two meet.
void joinHeaderGrids(PageContext& ctx) {
  const TableOptions::Boundaries& o = ctx.options.boundaries;
  const auto headerGrid = [](const Table& t, const Table& body) {
    return t.headerRows >= 1 && t.rowCount - t.headerRows <= 1 && t.columnCount == body.columnCount;
  };
  for (bool joined = true; joined;) {
    joined = false;
    for (size_t a = 0; a < ctx.tables.size() && !joined; ++a) {
      for (size_t b = 0; b < ctx.tables.size() && !joined; ++b) {
        // Copies: the tables change below.
        const Box top = ctx.tables[a].bbox;
        const Box body = ctx.tables[b].bbox;
        const double gap = body.y1 - top.y2;
        const double slack = ctx.page.em(o.gutter);
        if (a == b || gap < -o.overlapPads * ctx.pad() || gap > o.joinGap * ctx.page.lineHeight ||
            std::abs(top.x1 - body.x1) > slack || std::abs(top.x2 - body.x2) > slack ||
            !headerGrid(ctx.tables[a], ctx.tables[b]))
          continue;
        const Box both = top.united(body);
        Table table = ctx.grid(both);
        if (!rejection::plausibleGrid(table, ctx.options.rejection) ||
            rejection::notATable(table, ctx.options.rejection) != nullptr)
          continue;
        table.ruled = true;
        ctx.tables[a] = std::move(table);
        ctx.tables.erase(ctx.tables.begin() + static_cast<std::ptrdiff_t>(b));
        std::erase_if(ctx.taken, [&](const Box& t) { return t == top || t == body; });
        ctx.taken.push_back(both);
        joined = true;
      }
    }
  }
}

// A shaded or ruled band directly over a ruled table, as wide as it, is its header row: a dark
// header fill over a body ruled between its rows is drawn as two groups that do not touch.
void joinBandsOverRuledTables(PageContext& ctx) {
  const TableOptions::Boundaries& o = ctx.options.boundaries;
  const double slack = ctx.page.em(o.gutter);
  for (Table& table : ctx.tables) {
    const Box body = table.bbox;
    const auto over = std::find_if(ctx.bands.begin(), ctx.bands.end(), [&](const Box& band) {
      const double gap = body.y1 - band.y2;
      return gap >= -o.overlapPads * ctx.pad() && gap <= o.joinGap * ctx.page.lineHeight &&
             std::abs(band.x1 - body.x1) <= slack && std::abs(band.x2 - body.x2) <= slack;
    });
    if (over == ctx.bands.end()) continue;
    const Box both = body.united(*over);
    Table joined = ctx.grid(both);
    if (!rejection::plausibleGrid(joined, ctx.options.rejection) ||
        rejection::notATable(joined, ctx.options.rejection) != nullptr || joined.columnCount != table.columnCount)
      continue;
    trace("band joins the ruled table under it", both);
    joined.ruled = true;
    std::replace(ctx.taken.begin(), ctx.taken.end(), body, both);
    table = std::move(joined);
    ctx.bands.erase(over);  // it heads this table, no other
  }
}

// Runs of tabular lines. A ruled or shaded header band over an unruled body is one table: the
// text rows directly below (or above) a ruled table, or below a band, sharing enough of its
// width, join it. Only tables found from their own rulings take in text; one grown from a band
// does not grow again into the next table of a stack.
void findTextTables(PageContext& ctx) {
  const TableOptions::Boundaries& o = ctx.options.boundaries;
  const size_t ruledTables = ctx.tables.size();
  for (const Box& region : regions::textRegions(ctx.words, ctx.taken, ctx.bands, ctx.page, ctx.options)) {
    trace("text run", region);
    Box area = regions::padded(region, ctx.pad());
    const auto adjacent = [&](const Box& other) {
      const double gap = std::max(area.y1 - other.y2, other.y1 - area.y2);
      return gap <= o.joinGap * ctx.page.lineHeight &&
             area.horizontalOverlap(other) >= o.joinOverlap * std::min(area.width(), other.width());
    };
    const auto ruledEnd = ctx.tables.begin() + static_cast<std::ptrdiff_t>(ruledTables);
    auto joined = std::find_if(ctx.tables.begin(), ruledEnd, [&](const Table& t) { return adjacent(t.bbox); });
    const bool joinsTable = joined != ruledEnd;
    Box grown = joinsTable ? area.united(joined->bbox) : area;
    // Bands only head a table: the band under a table heads the next one.
    const double slack = ctx.page.em(ctx.options.columns.drawnSlack);
    for (const Box& band : ctx.bands) grown = adjacent(band) && band.y2 <= area.y1 + slack ? grown.united(band) : grown;
    if (grown != area) {
      const Box both = regions::grownToWholeChunks(grown, ctx.lines, ctx.words, ctx.page, o);
      Table table = ctx.grid(both);
      if (ctx.accepted(table, both)) {
        table.ruled = true;
        ctx.taken.push_back(both);
        if (joinsTable) {
          *joined = std::move(table);
        } else {
          ctx.tables.push_back(std::move(table));
        }
        continue;
      }
    }
    area = withOwnRules(regions::grownToWholeChunks(area, ctx.lines, ctx.words, ctx.page, o), ctx, o.joinGap);
    Table table = ctx.grid(area);
    if (!ctx.accepted(table, area)) continue;
    ctx.taken.push_back(area);
    ctx.tables.push_back(std::move(table));
  }
}

// Bands that head no table yet may head an unruled body of wrapped prose (an action tracker).
void findTrackers(PageContext& ctx) {
  for (const Box& band : ctx.bands) {
    if (std::any_of(ctx.taken.begin(), ctx.taken.end(), [&](const Box& t) { return overlaps(t, band); })) continue;
    std::vector<Box> others;
    for (const Box& other : ctx.bands) {
      if (other != band) others.push_back(other);
    }
    Table table = tracker::tableUnderBand(band, ctx.words, ctx.rulings, ctx.taken, others, ctx.page, ctx.options);
    if (table.rowCount < 2) continue;
    ctx.taken.push_back(table.bbox);
    ctx.tables.push_back(std::move(table));
  }
}

// A contents page set without leaders comes out as blocks of "title | page" rows; once one block
// of enough entries shows it, the shorter blocks on the page go too.
void dropContents(PageContext& ctx) {
  const TableOptions::Rejection& o = ctx.options.rejection;
  const auto contents = [&](const Table& t, size_t minimumPages) {
    return rejection::looksLikeContents(t.bbox, ctx.lines, minimumPages, o);
  };
  if (std::any_of(ctx.tables.begin(), ctx.tables.end(),
                  [&](const Table& t) { return contents(t, static_cast<size_t>(o.contentsMinPages)); })) {
    std::erase_if(ctx.tables, [&](const Table& t) { return contents(t, 1); });
  }
}

}  // namespace

bool mayHoldTable(const std::vector<Word>& words, const TableOptions& options) {
  // Two tabular lines close together whose gaps between chunks overlap: the start of a column. A
  // running header ("Report    Page 3") or a lone two-part line has no such neighbour.
  const std::vector<ChunkLine> lines = chunkLines(words, options.chunkGap);
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
    if (!regions::tabularLine(line, options.boundaries)) continue;
    if (previous != nullptr && line.box.y1 - previous->box.y2 <= options.boundaries.neighbourReach * lineHeight &&
        gapsOverlap(*previous, line)) {
      return true;
    }
    previous = &line;
  }
  return false;
}

std::vector<Table> detectTables(const std::vector<Word>& words, const Rulings& rulings, const TableOptions& options) {
  PageContext ctx{
      words, rulings, options, PageMeasures::of(words, options.chunkGap), chunkLines(words, options.chunkGap),
      {},    {},      {}};
  if (tracing()) {
    fmt::print(stderr, "tables: page em {:.1f} lh {:.1f}; {} horizontal and {} vertical rulings\n", ctx.page.fontSize,
               ctx.page.lineHeight, rulings.horizontal.size(), rulings.vertical.size());
    for (const Ruling& r : rulings.horizontal)
      fmt::print(stderr, "tables:   h y {:.0f} x {:.0f}-{:.0f}\n", r.pos, r.from, r.to);
    for (const Ruling& r : rulings.vertical)
      fmt::print(stderr, "tables:   v x {:.0f} y {:.0f}-{:.0f}\n", r.pos, r.from, r.to);
  }
  findRuledTables(ctx);
  joinHeaderGrids(ctx);
  joinBandsOverRuledTables(ctx);
  findTextTables(ctx);
  findTrackers(ctx);
  dropContents(ctx);
  // The reported box is the table's text and rules; cells keep the grid.
  std::sort(ctx.tables.begin(), ctx.tables.end(), [](const Table& a, const Table& b) { return a.bbox.y1 < b.bbox.y1; });
  for (Table& table : ctx.tables) table.bodyFontSize = ctx.page.fontSize;
  return std::move(ctx.tables);
}

}  // namespace sbw::pdf
