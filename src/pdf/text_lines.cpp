#include "pdf/text_lines.h"

#include <algorithm>

#include "pdf/layout.h"

namespace sbw::pdf {

std::string TextLine::text() const {
  std::string out;
  for (const Word& word : words) {
    if (!out.empty()) out.push_back(' ');
    out += word.text;
  }
  return out;
}

std::vector<TextLine> groupIntoLines(std::vector<Word> words) {
  std::stable_sort(words.begin(), words.end(),
                   [](const Word& a, const Word& b) { return a.box.centerY() < b.box.centerY(); });
  std::vector<TextLine> lines;
  for (Word& word : words) {
    // A word joins the current line when it shares most of its height with it: baselines of
    // one line differ by sub-point amounts, neighbouring lines overlap little or not at all.
    TextLine* target = nullptr;
    if (!lines.empty()) {
      TextLine& last = lines.back();
      const double overlap = last.box.verticalOverlap(word.box);
      const double smaller = std::min(last.box.height(), word.box.height());
      if (smaller > 0 && overlap >= 0.5 * smaller) target = &last;
    }
    if (target == nullptr) {
      lines.push_back(TextLine{{}, word.box});
      target = &lines.back();
    } else {
      target->box = target->box.united(word.box);
    }
    target->words.push_back(std::move(word));
  }
  for (TextLine& line : lines) {
    std::stable_sort(line.words.begin(), line.words.end(),
                     [](const Word& a, const Word& b) { return a.box.x1 < b.box.x1; });
  }
  return lines;
}

std::string pageText(const std::vector<Word>& words) { return layoutPage(words).text(); }

}  // namespace sbw::pdf
