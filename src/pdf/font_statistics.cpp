#include "pdf/font_statistics.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace sbw::pdf {
namespace {

// Sizes are binned to half points so that 9.96 and 10.0 count together.
long sizeBin(double size) { return std::lround(size / kFontSizeTolerance); }
double binSize(long bin) { return double(bin) * kFontSizeTolerance; }

long characterCount(const Word& word) {
  // UTF-8 continuation bytes do not start a character.
  return long(std::count_if(word.text.begin(), word.text.end(),
                            [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

void FontTally::add(const Word& word) {
  if (word.fontSize <= 0) return;
  const long count = characterCount(word);
  charactersBySize_[sizeBin(word.fontSize)] += count;
  total_ += count;
  if (word.bold) bold_ += count;
}

FontStatistics FontTally::result() const {
  FontStatistics stats;
  stats.characters = total_;
  if (total_ == 0) return stats;
  const auto body = std::max_element(charactersBySize_.begin(), charactersBySize_.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
  stats.bodySize = binSize(body->first);
  stats.boldShare = double(bold_) / double(total_);
  for (auto it = charactersBySize_.rbegin(); it != charactersBySize_.rend(); ++it) {
    const double size = binSize(it->first);
    if (size >= stats.bodySize * kHeadingSizeRatio) stats.headingSizes.push_back(size);
  }
  return stats;
}

int FontStatistics::headingLevel(double size) const {
  if (bodySize <= 0 || size < bodySize * kHeadingSizeRatio) return 0;
  // The nearest heading size at or below this one: a size between two listed sizes (seen on
  // another page only) takes the lower level's number.
  for (size_t i = 0; i < headingSizes.size(); ++i) {
    if (size >= headingSizes[i] - kFontSizeTolerance) return int(i) + 1;
  }
  return int(headingSizes.size()) + 1;
}

FontStatistics fontStatistics(const std::vector<std::vector<Word>>& pages) {
  FontTally tally;
  for (const auto& page : pages) {
    for (const Word& word : page) tally.add(word);
  }
  return tally.result();
}

FontStatistics fontStatistics(const std::vector<Word>& words) {
  FontTally tally;
  for (const Word& word : words) tally.add(word);
  return tally.result();
}

double dominantFontSize(const TextLine& line) {
  FontTally tally;
  for (const Word& word : line.words) tally.add(word);
  return tally.result().bodySize;
}

bool isMostlyBold(const TextLine& line) {
  long long bold = 0;
  long long total = 0;
  for (const Word& word : line.words) {
    const long count = characterCount(word);
    total += count;
    if (word.bold) bold += count;
  }
  return total > 0 && bold * 2 > total;
}

}  // namespace sbw::pdf
