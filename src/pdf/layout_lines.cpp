#include "pdf/layout_lines.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace sbw::pdf {
namespace {

bool isRomanNumeral(std::string_view text) {
  constexpr std::string_view letters = "ivxIVX";
  return !text.empty() && text.size() <= 4 &&
         std::all_of(text.begin(), text.end(), [&](char c) { return letters.find(c) != std::string_view::npos; });
}

bool isShortEnumerator(std::string_view text) {
  if (text.empty() || text.size() > 4) return false;
  if (std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return text.size() <= 2;
  if (text.size() == 1 && std::isalpha(static_cast<unsigned char>(text[0]))) return true;
  return isRomanNumeral(text);
}

}  // namespace

bool isListMarker(std::string_view word) {
  static constexpr std::array<std::string_view, 10> bullets = {"•", "◦", "▪", "■", "●", "○", "–", "-", "*", "·"};
  if (std::find(bullets.begin(), bullets.end(), word) != bullets.end()) return true;
  if (word.size() >= 3 && word.front() == '(' && word.back() == ')')  // (a), (12), (iv)
    return isShortEnumerator(word.substr(1, word.size() - 2));
  if (word.size() >= 2 && (word.back() == '.' || word.back() == ')'))  // 1.  a)  iv.
    return isShortEnumerator(word.substr(0, word.size() - 1));
  return false;
}

std::vector<TextLine> buildLayoutLines(std::vector<Word> words, double splitGapEm) {
  std::stable_sort(words.begin(), words.end(),
                   [](const Word& a, const Word& b) { return a.box.centerY() < b.box.centerY(); });
  // First the baselines: a word joins the current baseline when it shares half its height with
  // the word that started it. Comparing with the first word, not the growing union, keeps two
  // columns whose baselines drift apart from chaining into one tall "line".
  std::vector<TextLine> rows;
  Box seed;
  for (Word& word : words) {
    const double smaller = std::min(seed.height(), word.box.height());
    const bool joins = !rows.empty() && smaller > 0 && seed.verticalOverlap(word.box) >= 0.5 * smaller;
    if (!joins) {
      seed = word.box;
      rows.push_back(TextLine{{}, word.box});
    }
    rows.back().box = rows.back().box.united(word.box);
    rows.back().words.push_back(std::move(word));
  }

  std::vector<TextLine> lines;
  lines.reserve(rows.size());
  for (TextLine& row : rows) {
    std::stable_sort(row.words.begin(), row.words.end(),
                     [](const Word& a, const Word& b) { return a.box.x1 < b.box.x1; });
    const size_t firstOfRow = lines.size();
    for (Word& word : row.words) {
      bool split = lines.size() == firstOfRow;
      if (!split) {
        const TextLine& current = lines.back();
        const Word& previous = current.words.back();
        const double em = std::max({previous.fontSize, word.fontSize, 1.0});
        const double gap = word.box.x1 - previous.box.x2;
        // A lone bullet or number is set off from its text by a tab; it stays with the text.
        const bool markerOnly = current.words.size() == 1 && isListMarker(previous.text);
        split = gap > splitGapEm * em && !markerOnly;
      }
      if (split) lines.push_back(TextLine{{}, word.box});
      lines.back().box = lines.back().box.united(word.box);
      lines.back().words.push_back(std::move(word));
    }
  }
  return lines;
}

}  // namespace sbw::pdf
