#pragma once
// Font statistics of one document: which size is body text, which sizes are headings, and how
// much is bold. Headings are only "large" or "bold" relative to the body, so every decision
// about block kinds starts here.

#include <map>
#include <vector>

#include "pdf/text_lines.h"
#include "pdf/word.h"

namespace sbw::pdf {

struct FontStatistics {
  double bodySize = 0;               // the size most characters are set in; 0 when there is no text
  std::vector<double> headingSizes;  // sizes clearly above the body, largest first
  double boldShare = 0;              // share of characters set in a bold font, 0..1
  long long characters = 0;

  // Heading level of a line set in `size` (1 = largest heading size), 0 when not above the body.
  int headingLevel(double size) const;
};

// Sizes closer than this (points) count as one size: PDF writers round sizes differently.
inline constexpr double kFontSizeTolerance = 0.5;
// A size at least this many times the body size is a heading size.
inline constexpr double kHeadingSizeRatio = 1.15;

// Counts characters by size and weight, word by word, over as many pages as it is given.
class FontTally {
 public:
  void add(const Word& word);
  FontStatistics result() const;

 private:
  std::map<long, long long> charactersBySize_;  // half-point bins
  long long bold_ = 0;
  long long total_ = 0;
};

FontStatistics fontStatistics(const std::vector<std::vector<Word>>& pages);
FontStatistics fontStatistics(const std::vector<Word>& words);

// The size most of a line's characters are set in, and whether most of them are bold.
double dominantFontSize(const TextLine& line);
bool isMostlyBold(const TextLine& line);

}  // namespace sbw::pdf
