#include "extract/passages.h"

#include <algorithm>
#include <cctype>

namespace sbw::extract {
namespace {

bool insideAny(const pdf::Box& box, const std::vector<pdf::Box>& areas) {
  return std::any_of(areas.begin(), areas.end(),
                     [&](const pdf::Box& area) { return area.contains(box.centerX(), box.centerY()); });
}

bool isBody(pdf::BlockKind kind) { return kind != pdf::BlockKind::PageHeader && kind != pdf::BlockKind::PageFooter; }

bool startsLower(const Passage& passage) {
  if (passage.tokens.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(passage.tokens.front().text.front());
  return std::islower(c) || c == '(';
}

bool endsOpen(const Passage& passage) {
  if (passage.tokens.empty()) return false;
  const std::string& last = passage.tokens.back().text;
  return !endsSentenceMark(last) && last.back() != ':';
}

}  // namespace

// "5.8", "1.14", "3.": a numbered paragraph's mark, printed first on its line.
bool isParagraphMark(const std::string& text) {
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text.front()))) return false;
  bool dot = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.') {
      if (i + 1 < text.size() && text[i + 1] == '.') return false;
      dot = true;
    } else if (!std::isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return dot;
}

bool endsSentenceMark(const std::string& text) {
  if (text.empty()) return false;
  size_t end = text.size();
  // Closing quotes and brackets after the mark: "...in care." or "(see below.)"
  while (end > 0 && (text[end - 1] == ')' || text[end - 1] == '"' || text[end - 1] == '\'')) --end;
  if (end == 0) return false;
  const char last = text[end - 1];
  return last == '.' || last == '?' || last == '!';
}

std::string Passage::text() const {
  std::string out;
  for (const Token& token : tokens) {
    if (!out.empty()) out.push_back(' ');
    out += token.text;
  }
  return out;
}

Passages buildPassages(const std::vector<PagePassagesInput>& pages, const PassageOptions& options) {
  Passages passages;
  std::vector<size_t> headingStack;  // heading passages in force, outermost first
  for (const PagePassagesInput& page : pages) {
    if (page.layout == nullptr) continue;
    bool partStarted = false;
    for (const pdf::TextBlock& block : page.layout->blocks) {
      if (!isBody(block.kind)) continue;
      if (page.partStartsAt && !partStarted && block.box.y2 > *page.partStartsAt) {
        headingStack.clear();
        partStarted = true;
      }
      Passage blank;
      blank.page = page.number;
      blank.kind = block.kind;
      blank.headingLevel = block.headingLevel;
      blank.fontSize = block.fontSize;
      blank.bold = block.bold;
      // Numbered paragraphs set without space between them ("... 2016-17. / 5.8 The percentage")
      // are paragraphs of their own.
      std::vector<Passage> parts{blank};
      for (const pdf::TextLine& line : block.lines) {
        if (insideAny(line.box, page.tables)) continue;
        const bool nearEdge = page.height > 0 && (line.box.y2 < page.height * options.edgeShare ||
                                                  line.box.y1 > page.height * (1 - options.edgeShare));
        if (nearEdge && static_cast<int>(line.words.size()) <= options.edgeLineWords) continue;
        if (block.kind == pdf::BlockKind::Paragraph && !line.words.empty() &&
            isParagraphMark(line.words.front().text) && !parts.back().tokens.empty() &&
            endsSentenceMark(parts.back().tokens.back().text)) {
          parts.push_back(blank);
        }
        bool first = true;
        for (const pdf::Word& word : line.words) {
          parts.back().tokens.push_back({word.text, word.box, page.number, first, word.bold, word.fontSize});
          first = false;
        }
      }
      for (Passage& passage : parts) {
        if (passage.tokens.empty()) continue;
        if (passage.kind == pdf::BlockKind::Heading) {
          while (!headingStack.empty() && passages.items[headingStack.back()].headingLevel >= passage.headingLevel) {
            headingStack.pop_back();
          }
          passage.headings = headingStack;
          headingStack.push_back(passages.items.size());
        } else {
          passage.headings = headingStack;
          if (!passages.items.empty()) {
            const Passage& before = passages.items.back();
            passage.continuesPrevious =
                before.kind != pdf::BlockKind::Heading && endsOpen(before) && startsLower(passage);
          }
        }
        passages.items.push_back(std::move(passage));
      }
    }
  }
  return passages;
}

}  // namespace sbw::extract
