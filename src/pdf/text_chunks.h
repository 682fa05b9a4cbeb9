#pragma once
// Text lines cut into chunks: runs of words close enough to be one phrase. A table row is a line
// with several chunks separated by wide gaps; prose is one chunk per line and column.

#include <string>
#include <string_view>
#include <vector>

#include "pdf/geometry.h"
#include "pdf/word.h"

namespace sbw::pdf {

struct Chunk {
  Box box;
  std::vector<int> words;  // indices into the words the lines were built from, left to right
  std::string text;
  bool numeric = false;
};

struct ChunkLine {
  Box box;
  std::vector<Chunk> chunks;  // left to right
  int wordCount() const;
};

// Splits at gaps wider than `gapFactor` times the line height. Lines come top to bottom.
std::vector<ChunkLine> chunkLines(const std::vector<Word>& words, double gapFactor = 0.6);

// "1 234", "-5.6", "12%", "(3.4)", "£1,200", "n/a", "-": values rather than labels.
bool looksNumeric(std::string_view text);

double medianLineHeight(const std::vector<ChunkLine>& lines);

}  // namespace sbw::pdf
