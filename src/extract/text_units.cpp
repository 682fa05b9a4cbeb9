#include "extract/text_units.h"

#include <regex>

#include "core/text.h"

namespace sbw::extract {

std::vector<TextUnit> textUnits(const DocumentView& document, const Findings& findings) {
  std::vector<TextUnit> units;
  const auto& passages = document.passages.items;
  for (Sentence& sentence : sentencesOf(document.passages)) {
    if (sentence.words.empty()) continue;
    if (findings.claimed(sentence.page, sentence.words.front().box)) continue;
    if (units.empty() || units.back().passage != sentence.passage) {
      const Passage& passage = passages[sentence.passage];
      TextUnit unit;
      unit.passage = sentence.passage;
      unit.page = sentence.page;
      unit.kind = passage.kind;
      unit.bold = passage.bold;
      unit.fontSize = passage.fontSize;
      std::string line;
      bool first = true;
      for (const Token& token : passage.tokens) {
        if (token.lineStart && !line.empty()) {
          unit.lines.push_back(line);
          line.clear();
        }
        line += (line.empty() ? "" : " ") + token.text;
        if (token.page == passage.page) unit.box = first ? token.box : unit.box.united(token.box);
        first = false;
      }
      if (!line.empty()) unit.lines.push_back(line);
      units.push_back(std::move(unit));
    }
    TextUnit& unit = units.back();
    unit.text += (unit.text.empty() ? "" : " ") + sentence.text();
    unit.sentences.push_back(std::move(sentence));
  }
  return units;
}

std::string withoutNumbering(const std::string& text) {
  // Marks are whole UTF-8 sequences followed by a space: a character class would cut letters.
  static const std::regex numbering(
      "^(?:(?:\xE2\x80\xA2|\xE2\x80\x93|-|\xC2\xB7|\xE2\x96\xAA|\xE2\x97\x8F|o)\\s+|"
      "\\(?[0-9]{1,2}(?:\\.[0-9]{1,2}){0,3}[.)]?\\s+|\\(?[a-z][.)]\\s+|\\(?[ivx]{1,4}[.)]\\s+)+");
  return std::regex_replace(simplified(text), numbering, "", std::regex_constants::format_first_only);
}

PageBox boxOf(const Sentence& sentence, size_t begin, size_t end) {
  PageBox box{};
  bool first = true;
  for (size_t i = begin; i < end && i < sentence.words.size(); ++i) {
    const Word& w = sentence.words[i];
    if (w.page != sentence.page) continue;
    if (first) {
      box = PageBox{w.box.x1, w.box.y1, w.box.x2, w.box.y2};
      first = false;
    } else {
      box = PageBox{std::min(box.x1, w.box.x1), std::min(box.y1, w.box.y1), std::max(box.x2, w.box.x2),
                    std::max(box.y2, w.box.y2)};
    }
  }
  return box;
}

}  // namespace sbw::extract
