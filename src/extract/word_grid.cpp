#include "extract/word_grid.h"

#include <algorithm>
#include <cmath>

#include "core/text.h"

namespace sbw::extract {
namespace {

std::string joined(const std::vector<pdf::Word>& words) {
  std::string out;
  for (const pdf::Word& w : words) out += (out.empty() ? "" : " ") + w.text;
  return out;
}

pdf::Box boxOf(const std::vector<pdf::Word>& words) {
  pdf::Box box = words.front().box;
  for (const pdf::Word& w : words) box = box.united(w.box);
  return box;
}

bool isRunning(const pdf::TextBlock& block) {
  return block.kind == pdf::BlockKind::PageHeader || block.kind == pdf::BlockKind::PageFooter;
}

std::vector<const pdf::TextLine*> bodyLines(const PageView& page) {
  std::vector<const pdf::TextLine*> lines;
  for (const pdf::TextBlock& block : page.layout.blocks) {
    if (isRunning(block)) continue;
    for (const pdf::TextLine& line : block.lines) {
      if (!line.words.empty()) lines.push_back(&line);
    }
  }
  std::sort(lines.begin(), lines.end(), [](const auto* a, const auto* b) {
    return a->box.y1 != b->box.y1 ? a->box.y1 < b->box.y1 : a->box.x1 < b->box.x1;
  });
  return lines;
}

std::vector<pdf::Word> bodyWords(const PageView& page, double top, double limit) {
  std::vector<pdf::Word> words;
  for (const pdf::TextLine* line : bodyLines(page)) {
    for (const pdf::Word& w : line->words) {
      if (w.box.y1 >= top && w.box.y1 < limit) words.push_back(w);
    }
  }
  std::sort(words.begin(), words.end(), [](const pdf::Word& a, const pdf::Word& b) {
    return a.box.y1 != b.box.y1 ? a.box.y1 < b.box.y1 : a.box.x1 < b.box.x1;
  });
  return words;
}

double medianSize(const std::vector<pdf::Word>& words) {
  std::vector<double> sizes;
  for (const pdf::Word& w : words) sizes.push_back(w.fontSize);
  if (sizes.empty()) return 0;
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<long>(sizes.size() / 2), sizes.end());
  return sizes[sizes.size() / 2];
}

// Words grouped by the line they are set on (tops within a quarter em), top to bottom.
std::vector<std::vector<pdf::Word>> visualLines(const std::vector<pdf::Word>& words, double fontSize) {
  std::vector<std::vector<pdf::Word>> lines;
  for (const pdf::Word& w : words) {
    if (!lines.empty() && std::abs(lines.back().front().box.y1 - w.box.y1) < 0.25 * fontSize) {
      lines.back().push_back(w);
    } else {
      lines.push_back({w});
    }
  }
  for (auto& line : lines) {
    std::sort(line.begin(), line.end(), [](const auto& a, const auto& b) { return a.box.x1 < b.box.x1; });
  }
  return lines;
}

// Runs of words on one line separated by gaps wider than `gap`: the cells the line crosses.
std::vector<std::vector<pdf::Word>> chunksOf(const std::vector<pdf::Word>& line, double gap) {
  std::vector<std::vector<pdf::Word>> chunks;
  for (const pdf::Word& w : line) {
    if (chunks.empty() || w.box.x1 - chunks.back().back().box.x2 > gap) {
      chunks.push_back({w});
    } else {
      chunks.back().push_back(w);
    }
  }
  return chunks;
}

size_t columnAt(const std::vector<GridColumn>& columns, double x, double slack) {
  size_t index = 0;
  for (size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].x1 - slack <= x) index = c;
  }
  return index;
}

// Each word's column. A line whose cells were laid out afresh (a row printed narrower than its
// header) can still show exactly one chunk per column: then the chunks go to the columns in order.
std::vector<size_t> assignColumns(const std::vector<pdf::Word>& line, const std::vector<GridColumn>& columns,
                                  double fontSize, const GridOptions& options) {
  std::vector<size_t> out;
  const double slack = options.columnSlackEm * fontSize;
  const double gap = options.wordGapEm * fontSize;
  for (size_t i = 0; i < line.size(); ++i) {
    // A word a space after the one before it goes on in that word's cell, however far right it
    // runs: a new cell starts only after a gutter.
    const bool sameChunk = i > 0 && line[i].box.x1 - line[i - 1].box.x2 <= gap;
    out.push_back(sameChunk ? out.back() : columnAt(columns, line[i].box.x1, slack));
  }
  const auto chunks = chunksOf(line, options.chunkGapEm * fontSize);
  if (chunks.size() != columns.size() || chunks.size() < 2) return out;
  std::vector<int> used(columns.size(), 0);
  for (const size_t c : out) used[c] = 1;
  if (std::count(used.begin(), used.end(), 1) == static_cast<long>(columns.size())) return out;
  out.clear();
  for (size_t c = 0; c < chunks.size(); ++c) out.insert(out.end(), chunks[c].size(), c);
  return out;
}

// Words of one column grouped into lines, top to bottom.
std::vector<GridLine> linesOf(std::vector<pdf::Word> words, double fontSize) {
  std::vector<GridLine> lines;
  for (const auto& group : visualLines(words, fontSize)) lines.push_back({group, boxOf(group)});
  return lines;
}

// The usual distance between the tops of successive lines of one cell.
double linePitch(const std::vector<std::vector<GridLine>>& columns, double fallback) {
  std::vector<double> steps;
  for (const auto& lines : columns) {
    for (size_t i = 1; i < lines.size(); ++i) {
      const double step = lines[i].box.y1 - lines[i - 1].box.y1;
      if (step > 0.5 * fallback && step < 1.6 * fallback) steps.push_back(step);
    }
  }
  if (steps.empty()) return fallback;
  std::sort(steps.begin(), steps.end());
  return steps[steps.size() / 4];  // the tighter steps: looser ones are gaps between cells
}

// A line whose cells all name columns ("Evidence of Compliance", "Lead Target"), two or more.
bool namesColumnsOnly(const std::vector<pdf::Word>& line, double fontSize, const GridOptions& options) {
  const auto chunks = chunksOf(line, options.chunkGapEm * fontSize);
  if (chunks.size() < 2) return false;
  for (const auto& chunk : chunks) {
    if (columnHeader(joined(chunk)).role == ColumnRole::None) return false;
  }
  return true;
}

}  // namespace

std::string GridLine::text() const { return joined(words); }

std::string GridCell::text() const {
  std::string out;
  for (const GridLine& line : lines) out += (out.empty() ? "" : " ") + line.text();
  return simplified(out);
}

std::vector<GridHeader> findGridHeaders(const PageView& page, const GridOptions& options) {
  std::vector<GridHeader> headers;
  const auto lines = bodyLines(page);
  std::vector<bool> used(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (used[i]) continue;
    // The band: chunks overlapping the seed (or one another) vertically.
    std::vector<size_t> band = {i};
    pdf::Box span = lines[i]->box;
    for (size_t j = i + 1; j < lines.size() && lines[j]->box.y1 < span.y2; ++j) {
      const double overlap = span.verticalOverlap(lines[j]->box);
      const double least = std::min(span.height(), lines[j]->box.height());
      if (least > 0 && overlap >= options.bandOverlapShare * least) {
        band.push_back(j);
        span = span.united(lines[j]->box);
      }
    }
    if (band.size() < 2) continue;
    std::sort(band.begin(), band.end(), [&](size_t a, size_t b) { return lines[a]->box.x1 < lines[b]->box.x1; });
    // Chunks stacked in one column ("Evidence of" over "Compliance") make one title.
    std::vector<std::pair<pdf::Box, std::vector<const pdf::TextLine*>>> stacks;
    for (const size_t j : band) {
      const pdf::Box& box = lines[j]->box;
      if (!stacks.empty() && stacks.back().first.horizontalOverlap(box) > 0) {
        stacks.back().first = stacks.back().first.united(box);
        stacks.back().second.push_back(lines[j]);
      } else {
        stacks.push_back({box, {lines[j]}});
      }
    }
    if (stacks.size() < 2) continue;
    GridHeader header;
    header.page = page.info.number;
    header.box = span;
    std::vector<pdf::Word> all;
    bool known = true;
    for (auto& [box, parts] : stacks) {
      std::sort(parts.begin(), parts.end(), [](const auto* a, const auto* b) { return a->box.y1 < b->box.y1; });
      std::string title;
      size_t words = 0;
      for (const pdf::TextLine* part : parts) {
        title += (title.empty() ? "" : " ") + part->text();
        words += part->words.size();
        all.insert(all.end(), part->words.begin(), part->words.end());
      }
      GridColumn column{columnHeader(title), simplified(title), box.x1};
      known = known && column.header.role != ColumnRole::None && words <= options.headerWordsPerColumn;
      header.columns.push_back(std::move(column));
    }
    // Titles are labels: none ends a sentence, and they are set in bold or kept to a few words.
    size_t bold = 0;
    for (const pdf::Word& w : all) bold += w.bold;
    bool sentence = false;
    bool brief = true;
    for (const GridColumn& c : header.columns) {
      sentence = sentence || endsWith(c.title, ".");
      brief = brief && split(c.title, ' ').size() <= options.plainHeaderWords;
    }
    const bool labels = bold * 2 > all.size() || brief;
    if (!known || sentence || !labels) continue;
    std::vector<ColumnHeader> roles;
    for (const GridColumn& c : header.columns) roles.push_back(c.header);
    header.kind = actionTableKind(roles);
    if (header.kind == ActionTableKind::None) continue;
    header.fontSize = medianSize(all);
    for (const size_t j : band) used[j] = true;
    headers.push_back(std::move(header));
  }
  return headers;
}

GridBody readGrid(const PageView& page, const std::vector<GridColumn>& columns, double top, double limit,
                  double fontSize, const GridOptions& options) {
  GridBody body;
  body.bottom = top;
  if (columns.empty() || fontSize <= 0) return body;
  const auto words = bodyWords(page, top, limit);
  const auto lines = visualLines(words, fontSize);
  const double guess = options.pitchEm * fontSize;
  std::vector<std::vector<pdf::Word>> perColumn(columns.size());
  double previous = top;
  bool stopped = false;
  bool any = false;
  for (const auto& line : lines) {
    const double y = line.front().box.y1;
    const bool farBelow = y - previous > options.endGapLines * guess + (any ? 0.0 : guess);
    const bool otherType = std::abs(medianSize(line) - fontSize) > options.otherSizePoints;
    if (farBelow || otherType) {
      stopped = true;
      break;
    }
    if (namesColumnsOnly(line, fontSize, options)) continue;  // a header printed again inside a cut table
    const auto assigned = assignColumns(line, columns, fontSize, options);
    for (size_t i = 0; i < line.size(); ++i) perColumn[assigned[i]].push_back(line[i]);
    previous = y;
    any = true;
  }
  // Nothing under the header, or nothing that ended the table, on this page: it may go on over it.
  body.runsToPageEnd = !stopped;
  if (!any) return body;

  std::vector<std::vector<GridLine>> columnLines;
  for (auto& ws : perColumn) columnLines.push_back(linesOf(ws, fontSize));
  const double pitch = linePitch(columnLines, guess);
  // Row bands: each line covers one pitch from its top; bands closer than the row gap merge.
  std::vector<std::pair<double, double>> spans;
  for (const auto& ls : columnLines) {
    for (const GridLine& l : ls) spans.emplace_back(l.box.y1, l.box.y1 + pitch);
  }
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<double, double>> bands;
  for (const auto& s : spans) {
    if (!bands.empty() && s.first - bands.back().second < options.rowGapEm * fontSize) {
      bands.back().second = std::max(bands.back().second, s.second);
    } else {
      bands.push_back(s);
    }
  }
  for (const auto& [from, to] : bands) {
    GridRow row;
    row.page = page.info.number;
    row.cells.resize(columns.size());
    bool first = true;
    for (size_t c = 0; c < columns.size(); ++c) {
      for (const GridLine& l : columnLines[c]) {
        if (l.box.y1 < from || l.box.y1 >= to) continue;
        row.cells[c].lines.push_back(l);
        row.cells[c].box = row.cells[c].lines.size() == 1 ? l.box : row.cells[c].box.united(l.box);
        row.box = first ? l.box : row.box.united(l.box);
        first = false;
      }
    }
    body.rows.push_back(std::move(row));
  }
  body.bottom = bands.back().second;
  return body;
}

std::vector<GridRow> rowsOfTable(const PageView& page, const pdf::Table& table, int firstRow,
                                 const std::vector<GridColumn>& columns) {
  std::vector<GridRow> rows;
  const double fontSize = medianSize(page.words);
  for (int r = firstRow; r < table.rowCount; ++r) {
    GridRow row;
    row.page = table.page;
    row.cells.resize(columns.size());
    bool first = true;
    for (int c = 0; c < table.columnCount; ++c) {
      const pdf::TableCell* cell = table.cellAt(r, c);
      if (cell == nullptr || cell->row != r || cell->col != c) continue;
      std::vector<pdf::Word> inside;
      for (const pdf::Word& w : page.words) {
        if (cell->box.contains(w.box.centerX(), w.box.centerY())) inside.push_back(w);
      }
      row.box = first ? cell->box : row.box.united(cell->box);
      first = false;
      if (inside.empty()) continue;
      std::sort(inside.begin(), inside.end(), [](const pdf::Word& a, const pdf::Word& b) {
        return a.box.y1 != b.box.y1 ? a.box.y1 < b.box.y1 : a.box.x1 < b.box.x1;
      });
      // The column its words start in: a ruled cell's edge sits left of the header's words.
      double left = inside.front().box.x1;
      for (const pdf::Word& w : inside) left = std::min(left, w.box.x1);
      const size_t column = columnAt(columns, left, 0.6 * fontSize);
      GridCell& target = row.cells[column];
      for (GridLine& line : linesOf(inside, fontSize)) target.lines.push_back(std::move(line));
      target.box = target.lines.size() == 1 ? cell->box : target.box.united(cell->box);
    }
    if (!first) rows.push_back(std::move(row));
  }
  return rows;
}

GridHeader headerOfTable(const pdf::Table& table, int& headerRow) {
  for (headerRow = 0; headerRow < std::min(table.rowCount - 1, 3); ++headerRow) {
    GridHeader header;
    header.page = table.page;
    std::vector<ColumnHeader> roles;
    bool first = true;
    for (int c = 0; c < table.columnCount; ++c) {
      const pdf::TableCell* cell = table.cellAt(headerRow, c);
      if (cell == nullptr || cell->col != c) continue;
      GridColumn column{columnHeader(cell->text), simplified(cell->text), cell->box.x1};
      // The first column naming each role keeps it ("Action" and "Action taken").
      for (const GridColumn& earlier : header.columns) {
        if (earlier.header.role == column.header.role) column.header.role = ColumnRole::None;
      }
      roles.push_back(column.header);
      header.box = first ? cell->box : header.box.united(cell->box);
      first = false;
      header.columns.push_back(std::move(column));
    }
    header.kind = actionTableKind(roles);
    if (header.kind != ActionTableKind::None && header.columns.size() >= 2) return header;
  }
  headerRow = -1;
  return {};
}

}  // namespace sbw::extract
