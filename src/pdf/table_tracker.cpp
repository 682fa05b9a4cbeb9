// Action trackers under a header band: header columns, body lines, rows, cells.

#include "pdf/table_tracker.h"

#include <algorithm>
#include <cstddef>

#include "pdf/table_grid.h"
#include "pdf/table_regions.h"
#include "pdf/text_chunks.h"

namespace sbw::pdf::tracker {
namespace {

struct Line {
  Box box;
  std::vector<const Word*> words;
};

double medianHeight(const std::vector<const Word*>& words) {
  std::vector<double> h;
  for (const Word* w : words) h.push_back(w->box.height());
  std::nth_element(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(h.size() / 2), h.end());
  return h[h.size() / 2];
}

// The header band's columns: its labels (short, no figures, no "Date:" over a value), with
// overlapping ones (a two-line label) merged. Empty when the band names no columns.
std::vector<std::pair<double, double>> headerColumns(const std::vector<Word>& headerWords, const PageMeasures& page,
                                                     const TableOptions& options) {
  std::vector<std::pair<double, double>> labels;
  for (const ChunkLine& line : chunkLines(headerWords, options.chunkGap)) {
    for (const Chunk& chunk : line.chunks) {
      if (static_cast<int>(chunk.words.size()) > options.tracker.maxLabelWords || chunk.numeric ||
          chunk.text.back() == ':')
        return {};
      labels.emplace_back(chunk.box.x1, chunk.box.x2);
    }
  }
  std::sort(labels.begin(), labels.end());
  std::vector<std::pair<double, double>> columns;
  for (const auto& label : labels) {
    if (!columns.empty() && label.first <= columns.back().second + page.em(options.tracker.labelMerge)) {
      columns.back().second = std::max(columns.back().second, label.second);
    } else {
      columns.push_back(label);
    }
  }
  return columns;
}

// Column boundaries: at the band's drawn separators, else just left of each label.
std::vector<double> columnBounds(const std::vector<std::pair<double, double>>& columns, const Box& band, double left,
                                 double right, const Rulings& rulings, const PageMeasures& page,
                                 const TableOptions::Tracker& options) {
  std::vector<double> bounds{left};
  for (size_t c = 1; c < columns.size(); ++c) {
    double at = columns[c].first - page.em(options.boundaryLead);
    for (const Ruling& v : rulings.vertical) {
      if (v.pos > columns[c - 1].second && v.pos < columns[c].first + page.em(options.straddle) && v.to >= band.y1 &&
          v.from <= band.y2) {
        at = v.pos;
      }
    }
    bounds.push_back(at);
  }
  bounds.push_back(right);
  return bounds;
}

// Lines below the band: words whose boxes overlap by half their height, against the line's first
// word, so that lines set at staggered heights do not chain.
std::vector<Line> linesBelow(const Box& band, const std::vector<Word>& words) {
  std::vector<const Word*> below;
  for (const Word& word : words) {
    if (!word.box.isEmpty() && word.box.centerY() > band.y2) below.push_back(&word);
  }
  std::sort(below.begin(), below.end(), [](const Word* a, const Word* b) {
    return a->box.y1 != b->box.y1 ? a->box.y1 < b->box.y1 : a->box.x1 < b->box.x1;
  });
  std::vector<Line> lines;
  for (const Word* word : below) {
    const Box* first = lines.empty() ? nullptr : &lines.back().words.front()->box;
    if (first != nullptr && first->verticalOverlap(word->box) >= 0.5 * std::min(first->height(), word->box.height())) {
      lines.back().box = lines.back().box.united(word->box);
      lines.back().words.push_back(word);
    } else {
      lines.push_back({word->box, {word}});
    }
  }
  return lines;
}

// The body runs down while its lines keep the body's height, follow closely, stay inside the
// band's width, and no word straddles a column boundary (a heading or full-width prose ends it).
size_t bodyLength(const std::vector<Line>& lines, const Box& band, double headerHeight, double left, double right,
                  const std::vector<double>& bounds, const std::vector<Box>& taken, const std::vector<Box>& otherBands,
                  const PageMeasures& page, const TableOptions::Tracker& options) {
  const double edge = page.em(options.edgeSlack);
  const double straddle = page.em(options.straddle);
  double bodyHeight = 0;
  size_t bodyLines = 0;
  for (const Line& line : lines) {
    const double height = medianHeight(line.words);
    const double previousBottom = bodyLines == 0 ? band.y2 : lines[bodyLines - 1].box.y2;
    const double reference = bodyLines == 0 ? headerHeight : bodyHeight;
    if (line.box.y1 - previousBottom > options.maxLineGap * reference) break;
    if (height > (1 + options.heightRange) * reference || height < options.minHeightShare * reference) break;
    const bool outside = std::any_of(line.words.begin(), line.words.end(), [&](const Word* w) {
      if (w->box.x1 < left - edge || w->box.x2 > right + edge) return true;
      return std::any_of(bounds.begin() + 1, bounds.end() - 1,
                         [&](double b) { return w->box.x1 < b - straddle && w->box.x2 > b + straddle; });
    });
    if (outside) break;
    const auto within = [&](const Box& box) { return box.contains(line.box.centerX(), line.box.centerY()); };
    if (std::any_of(taken.begin(), taken.end(), within) || std::any_of(otherBands.begin(), otherBands.end(), within))
      break;
    if (bodyLines == 0) bodyHeight = height;
    ++bodyLines;
  }
  return bodyLines;
}

// Rows: a new one where the lines step further apart than wrapped lines do, or where the first
// column starts again after a line without it.
std::vector<std::vector<size_t>> bodyRows(const std::vector<Line>& lines, const std::vector<double>& bounds,
                                          const PageMeasures& page, const TableOptions::Tracker& options) {
  double pitch = 1e9;
  for (size_t i = 1; i < lines.size(); ++i) pitch = std::min(pitch, lines[i].box.y1 - lines[i - 1].box.y1);
  const auto hasFirst = [&](const Line& line) {
    return std::any_of(line.words.begin(), line.words.end(),
                       [&](const Word* w) { return grid::columnOf(w->box.centerX(), bounds) == 0; });
  };
  std::vector<std::vector<size_t>> rows;
  bool rowHasFirst = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const bool first = hasFirst(lines[i]);
    bool starts = i == 0;
    if (i > 0) {
      const double step = lines[i].box.y1 - lines[i - 1].box.y1;
      starts = step > options.rowStep * pitch + page.em(options.rowStepSlack) ||
               (first && rowHasFirst && !hasFirst(lines[i - 1]));
    }
    if (starts) {
      rows.emplace_back();
      rowHasFirst = false;
    }
    rows.back().push_back(i);
    rowHasFirst = rowHasFirst || first;
  }
  return rows;
}

}  // namespace

Table tableUnderBand(const Box& band, const std::vector<Word>& words, const Rulings& rulings,
                     const std::vector<Box>& taken, const std::vector<Box>& otherBands, const PageMeasures& page,
                     const TableOptions& options) {
  Table none;
  std::vector<Word> headerWords;
  for (const Word& word : words) {
    if (!word.box.isEmpty() && band.contains(word.box.centerX(), word.box.centerY())) headerWords.push_back(word);
  }
  if (headerWords.size() < 2) return none;
  const std::vector<std::pair<double, double>> columns = headerColumns(headerWords, page, options);
  if (columns.size() < 2) return none;
  const double edge = page.em(options.boundaries.padding);
  const double left = std::min(band.x1, columns.front().first - edge);
  const double right = std::max(band.x2, columns.back().second + edge);
  const std::vector<double> bounds = columnBounds(columns, band, left, right, rulings, page, options.tracker);

  std::vector<Line> lines = linesBelow(band, words);
  std::vector<const Word*> headerPtrs;
  for (const Word& word : headerWords) headerPtrs.push_back(&word);
  const size_t bodyLines =
      bodyLength(lines, band, medianHeight(headerPtrs), left, right, bounds, taken, otherBands, page, options.tracker);
  if (bodyLines == 0) return none;
  lines.resize(bodyLines);
  const std::vector<std::vector<size_t>> rows = bodyRows(lines, bounds, page, options.tracker);
  // A wrapped cell takes a few lines; a "row" of many more is a list of one-line rows set at one
  // spacing, which neither whitespace nor the first column tells apart here.
  if (std::any_of(rows.begin(), rows.end(), [&](const std::vector<size_t>& row) {
        return static_cast<int>(row.size()) > options.tracker.maxLinesPerRow;
      }))
    return none;

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
        std::string& text = texts[static_cast<size_t>(grid::columnOf(w->box.centerX(), bounds))];
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
    for (const ChunkLine& line : chunkLines(headerWords, options.chunkGap)) {
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
    addRow(static_cast<int>(r) + 1, byLine, lines[rows[r].front()].box.y1, lines[rows[r].back()].box.y2);
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
  table.bbox = regions::padded(band.united(lines.front().box).united(lines.back().box), edge);
  table.bbox.x1 = std::min(table.bbox.x1, left);
  table.bbox.x2 = std::max(table.bbox.x2, right);
  return table;
}

}  // namespace sbw::pdf::tracker
