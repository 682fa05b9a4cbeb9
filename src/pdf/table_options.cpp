#include "pdf/table_options.h"

#include <algorithm>

#include "pdf/text_chunks.h"

namespace sbw::pdf {
namespace {

double median(std::vector<double> values, double fallback) {
  if (values.empty()) return fallback;
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

}  // namespace

PageMeasures PageMeasures::of(const std::vector<Word>& words, double chunkGap) {
  PageMeasures measures;
  std::vector<double> sizes;
  sizes.reserve(words.size());
  for (const Word& word : words) {
    if (word.fontSize > 0) sizes.push_back(word.fontSize);
  }
  const std::vector<ChunkLine> lines = chunkLines(words, chunkGap);
  measures.lineHeight = medianLineHeight(lines);
  // Without sizes from the fonts (a caller's synthetic words), the line boxes tell the size.
  measures.fontSize = median(std::move(sizes), measures.lineHeight / 1.2);
  std::vector<double> gaps;
  for (const ChunkLine& line : lines) {
    for (const Chunk& chunk : line.chunks) {
      for (size_t k = 1; k < chunk.words.size(); ++k) {
        gaps.push_back(words[static_cast<size_t>(chunk.words[k])].box.x1 -
                       words[static_cast<size_t>(chunk.words[k - 1])].box.x2);
      }
    }
  }
  measures.wordGap = median(std::move(gaps), 0.25 * measures.fontSize);
  return measures;
}

}  // namespace sbw::pdf
