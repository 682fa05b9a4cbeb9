#include "extract/figure_extractor.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "pdf/text_lines.h"

namespace sbw::extract {
namespace {

// In units of the caption line's own height, so they hold at any type size.
constexpr double kCaptionReachLines = 3.0;    // how far above a table its caption may stand
constexpr double kCaptionSideLines = 1.0;     // how far a caption may stand out beside the table
constexpr double kTitleLeadingLines = 0.6;    // "Table 3:" over its title: set close together
constexpr size_t kLongestCaptionWords = 16;   // a longer line ending in a full stop is prose
constexpr double kCaptionWordGapLines = 2.0;  // a caption runs on past the table's edge word by word

// The tail of a paragraph ("... encouraging and is reflected in the most recent DfE publication
// of the NEET Three Month Averages.") is not a caption: it runs on from a lower-case word or ends a
// long sentence.
bool isProse(const std::string& line) {
  const std::string text = simplified(line);
  if (text.empty()) return true;
  if (std::islower(static_cast<unsigned char>(text.front()))) return true;
  return text.back() == '.' && split(text, ' ').size() > kLongestCaptionWords;
}

}  // namespace

TextAbove textAbove(const pdf::Table& table, const std::vector<pdf::Word>& pageWords,
                    const std::vector<pdf::Box>& otherTables) {
  const auto inOtherTable = [&](const pdf::Word& word) {
    return std::any_of(otherTables.begin(), otherTables.end(),
                       [&](const pdf::Box& box) { return box.contains(word.box.centerX(), word.box.centerY()); });
  };
  std::vector<pdf::Word> above;
  for (const pdf::Word& word : pageWords) {
    const double own = word.box.height();
    if (inOtherTable(word)) continue;
    if (word.box.y2 <= table.bbox.y1 + 0.1 * own && word.box.y2 >= table.bbox.y1 - kCaptionReachLines * own &&
        word.box.x2 >= table.bbox.x1 - kCaptionSideLines * own &&
        word.box.x1 <= table.bbox.x2 + kCaptionSideLines * own) {
      above.push_back(word);
    }
  }
  auto lines = pdf::groupIntoLines(std::move(above));
  if (lines.empty()) return {};
  // A caption wider than its table ("… at 31 March 2016" over a narrow table) runs on to the right
  // of the table's edge: its line is taken whole, word by word while the words follow closely.
  for (pdf::TextLine& line : lines) {
    std::vector<const pdf::Word*> beyond;
    for (const pdf::Word& word : pageWords) {
      const double middle = word.box.centerY();
      if (word.box.x1 > line.box.x2 && middle > line.box.y1 && middle < line.box.y2 && !inOtherTable(word))
        beyond.push_back(&word);
    }
    std::sort(beyond.begin(), beyond.end(),
              [](const pdf::Word* a, const pdf::Word* b) { return a->box.x1 < b->box.x1; });
    for (const pdf::Word* word : beyond) {
      if (word->box.x1 - line.box.x2 > kCaptionWordGapLines * line.box.height()) break;
      line.words.push_back(*word);
      line.box.x2 = std::max(line.box.x2, word->box.x2);
    }
  }
  // The nearest line, and the one above it when they are set alike ("Table 3:" over its title).
  const auto& last = lines.back();
  std::string caption = last.text();
  if (lines.size() >= 2) {
    const auto& before = lines[lines.size() - 2];
    if (last.box.y1 - before.box.y2 < kTitleLeadingLines * last.box.height()) caption = before.text() + " " + caption;
  }
  if (isProse(caption)) return TextAbove{{}, simplified(caption)};
  return TextAbove{simplified(caption), {}};
}

}  // namespace sbw::extract
