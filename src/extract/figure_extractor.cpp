#include "extract/figure_extractor.h"

#include <algorithm>

#include "core/text.h"
#include "pdf/text_lines.h"

namespace sbw::extract {
namespace {

constexpr double kCaptionReach = 36.0;  // points above a table where its caption may stand

}  // namespace

std::string captionAbove(const pdf::Table& table, const std::vector<pdf::Word>& pageWords) {
  std::vector<pdf::Word> above;
  for (const pdf::Word& word : pageWords) {
    if (word.box.y2 <= table.bbox.y1 + 1 && word.box.y2 >= table.bbox.y1 - kCaptionReach &&
        word.box.x2 >= table.bbox.x1 - 10 && word.box.x1 <= table.bbox.x2 + 10) {
      above.push_back(word);
    }
  }
  const auto lines = pdf::groupIntoLines(std::move(above));
  if (lines.empty()) return {};
  // The nearest line, and the one above it when they are set alike ("Table 3:" over its title).
  std::string caption = lines.back().text();
  if (lines.size() >= 2) {
    const auto& last = lines[lines.size() - 1];
    const auto& before = lines[lines.size() - 2];
    if (last.box.y1 - before.box.y2 < 0.6 * last.box.height()) caption = before.text() + " " + caption;
  }
  return simplified(caption);
}

}  // namespace sbw::extract
