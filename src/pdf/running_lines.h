#pragma once
// Running headers and footers: the lines a document repeats near the top or bottom of its pages
// (report title, "Page 3 of 40", the page number alone). They are found across all pages of a
// document, since one page alone cannot tell a running header from a heading.

#include <string>
#include <string_view>
#include <vector>

#include "pdf/text_lines.h"

namespace sbw::pdf {

enum class LinePlace { Body, PageHeader, PageFooter };

struct PageLines {
  std::vector<TextLine> lines;
  double height = 0;  // page height in points; 0 when unknown (then only line ranks count)
};

struct RunningLineOptions {
  double band = 0.12;     // share of the page height, at top and bottom, where running lines sit
  int linesPerEdge = 3;   // only this many lines nearest the top (bottom) edge are candidates
  int minPages = 2;       // a line repeated on fewer pages than this is not running...
  double minShare = 0.2;  // ...nor on fewer than this share of the pages, capped at maxNeeded
  int maxNeeded = 4;      // in long documents, chapters change the header: this many suffice
};

// Per page, per line (same order as given): where the line belongs.
std::vector<std::vector<LinePlace>> findRunningLines(const std::vector<PageLines>& pages,
                                                     const RunningLineOptions& options = {});

// "Page 12 of 40" -> "page # of #": the key under which running lines are compared.
std::string runningLineKey(std::string_view text);

}  // namespace sbw::pdf
