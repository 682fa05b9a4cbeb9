#pragma once
// Words grouped into text lines, and lines put into reading order: enough for full-text
// search and `sbw text`. Column and block analysis builds on these lines.

#include <string>
#include <vector>

#include "pdf/word.h"

namespace sbw::pdf {

struct TextLine {
  std::vector<Word> words;  // left to right
  Box box;
  std::string text() const;  // words joined with single spaces
};

// Groups words whose vertical extents overlap into lines; lines come top to bottom.
std::vector<TextLine> groupIntoLines(std::vector<Word> words);

// Plain text of a page in reading order (see layout.h): columns one after the other, one output
// line per text line, the cells of a table row joined by tabs.
std::string pageText(const std::vector<Word>& words);

}  // namespace sbw::pdf
