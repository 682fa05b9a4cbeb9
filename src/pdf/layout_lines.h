#pragma once
// Words to text lines for layout analysis. Unlike groupIntoLines, a line here never bridges a
// wide horizontal gap: the left and right columns of a page, or the cells of a table row, that
// share a baseline become separate lines, so that columns can be found and read one by one.

#include <string_view>
#include <vector>

#include "pdf/text_lines.h"

namespace sbw::pdf {

// A gap wider than this many font sizes (ems) between neighbouring words ends a line. Word
// spaces are about a quarter em, and even stretched justified spaces stay under one em, while
// column gutters and cell paddings are wider.
inline constexpr double kLineSplitGapEm = 1.0;

// Lines top to bottom, and left to right among lines sharing a baseline; words left to right.
std::vector<TextLine> buildLayoutLines(std::vector<Word> words, double splitGapEm = kLineSplitGapEm);

// "•", "–", "1.", "(a)", "iv)": a word that opens a list item.
bool isListMarker(std::string_view word);

}  // namespace sbw::pdf
