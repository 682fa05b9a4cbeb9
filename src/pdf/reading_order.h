#pragma once
// Reading order of a page's lines by recursive XY-cut: the page is split at the whitespace
// that crosses it from edge to edge, the parts in turn, until no such gap is left. Which gap
// to cut first decides the order: a gutter between two columns of running text is cut first
// (read the left column, then the right), otherwise the page is cut into horizontal strips
// (headings, paragraphs, table rows: read top to bottom) and a strip into cells left to right.

#include <vector>

#include "pdf/text_lines.h"

namespace sbw::pdf {

struct ReadingOrderOptions {
  double minGutterEm = 1.0;          // a column gutter is at least this many body sizes wide
  int minColumnLines = 2;            // each column of text holds at least this many lines...
  double minColumnWordsPerLine = 3;  // ...of at least this many words (median): prose, not table cells
  double stripCutShare = 0.8;        // horizontal gaps this close to the widest one are cut together
  double sectionGapEm = 1.5;         // a horizontal gap this wide may end a run of columns (see the .cpp)
};

struct ReadingOrder {
  std::vector<size_t> order;  // indices into the lines, in reading order
  std::vector<Box> columns;   // columns of text found, in reading order; none on a one-column page
  std::vector<int> columnOf;  // per line (input index): index into columns, or -1 outside any column
};

// `bodySize` scales the gutter width; lines come from buildLayoutLines.
ReadingOrder readingOrder(const std::vector<TextLine>& lines, double bodySize, const ReadingOrderOptions& options = {});

}  // namespace sbw::pdf
