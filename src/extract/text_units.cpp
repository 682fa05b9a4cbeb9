#include "extract/text_units.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include "core/regex.h"
#include "core/text.h"

namespace sbw::extract {

namespace {

struct Placed {
  size_t sentence;
  size_t word;
};

bool endsClause(const std::string& word) {
  const char last = word.empty() ? ' ' : word.back();
  return last == '.' || last == ':' || last == ';' || last == ',' || last == '?' || last == '!';
}

bool opensCapital(const std::string& word) {
  return !word.empty() && (std::isupper(static_cast<unsigned char>(word.front())) != 0 ||
                           static_cast<unsigned char>(word.front()) >= 0x80);
}

// A unit made of words [begin, end) of `unit`, its sentences cut where the range cuts them.
TextUnit slice(const TextUnit& unit, const std::vector<Placed>& words, size_t begin, size_t end, pdf::BlockKind kind) {
  TextUnit out;
  out.passage = unit.passage;
  out.kind = kind;
  out.bold = unit.bold;
  out.fontSize = unit.fontSize;
  std::string line;
  bool first = true;
  for (size_t i = begin; i < end; ++i) {
    const Sentence& from = unit.sentences[words[i].sentence];
    const Word& word = from.words[words[i].word];
    if (out.sentences.empty() || i == begin || words[i - 1].sentence != words[i].sentence) {
      Sentence piece = from;
      piece.words.clear();
      piece.page = word.page;
      piece.heading = kind == pdf::BlockKind::Heading;
      out.sentences.push_back(std::move(piece));
    }
    out.sentences.back().words.push_back(word);
    if (word.lineStart && !line.empty()) {
      out.lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word.text;
    if (first) {
      out.page = word.page;
      out.box = word.box;
      first = false;
    } else if (word.page == out.page) {
      out.box = out.box.united(word.box);
    }
  }
  if (!line.empty()) out.lines.push_back(line);
  for (const Sentence& sentence : out.sentences) out.text += (out.text.empty() ? "" : " ") + sentence.text();
  return out;
}

// "Priorities of the Safeguarding Children Health Subgroup for 2017 -18" printed as a line of
// its own inside a paragraph block, short and unpunctuated, the next line opening a new sentence:
// a title over what follows, not the start of a long sentence.
std::vector<TextUnit> splitAtTitleLines(const TextUnit& unit, const TextUnitOptions& options) {
  if (unit.kind != pdf::BlockKind::Paragraph) return {unit};
  std::vector<Placed> words;
  for (size_t s = 0; s < unit.sentences.size(); ++s) {
    for (size_t w = 0; w < unit.sentences[s].words.size(); ++w) words.push_back({s, w});
  }
  const auto wordAt = [&](size_t i) -> const Word& { return unit.sentences[words[i].sentence].words[words[i].word]; };
  std::vector<size_t> lineStarts;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i == 0 || wordAt(i).lineStart) lineStarts.push_back(i);
  }
  if (lineStarts.size() < 3) return {unit};
  lineStarts.push_back(words.size());
  double widest = 0;
  for (size_t l = 0; l + 1 < lineStarts.size(); ++l) {
    const Word& a = wordAt(lineStarts[l]);
    const Word& b = wordAt(lineStarts[l + 1] - 1);
    if (a.page == b.page) widest = std::max(widest, b.box.x2 - a.box.x1);
  }
  std::vector<std::pair<size_t, size_t>> titles;  // word ranges
  for (size_t l = 0; l + 2 < lineStarts.size(); ++l) {
    const size_t begin = lineStarts[l];
    const size_t end = lineStarts[l + 1];
    const size_t count = end - begin;
    const Word& first = wordAt(begin);
    const Word& last = wordAt(end - 1);
    if (count < options.minTitleWords || count > options.maxTitleWords) continue;
    if (!opensCapital(first.text) || endsClause(last.text) || !opensCapital(wordAt(end).text)) continue;
    const auto width = [&](size_t line) {
      const Word& a = wordAt(lineStarts[line]);
      const Word& b = wordAt(lineStarts[line + 1] - 1);
      return a.page == b.page ? b.box.x2 - a.box.x1 : widest;
    };
    // A line a little shorter may still be a title when it names what follows ("Priorities of
    // the … Subgroup for 2017-18").
    const bool short_ = width(l) <= options.titleLineShare * widest;
    const bool announces =
        width(l) <= options.announcingLineShare * widest && options.announcesList &&
        options.announcesList(unit.sentences[words[begin].sentence].text(words[begin].word, words[begin].word + count));
    if (first.page != last.page || !(short_ || announces)) continue;
    // Running text follows, not another short line (a list of short entries is no title).
    if (width(l + 1) <= options.titleLineShare * widest) continue;
    // The line before ends a sentence or is short itself: the title does not finish a sentence.
    if (l > 0 && !endsClause(wordAt(begin - 1).text) && width(l - 1) > options.titleLineShare * widest) continue;
    titles.emplace_back(begin, end);
  }
  if (titles.empty()) return {unit};
  std::vector<TextUnit> out;
  size_t at = 0;
  for (const auto& [begin, end] : titles) {
    if (begin > at) out.push_back(slice(unit, words, at, begin, unit.kind));
    out.push_back(slice(unit, words, begin, end, pdf::BlockKind::Heading));
    at = end;
  }
  if (at < words.size()) out.push_back(slice(unit, words, at, words.size(), unit.kind));
  return out;
}

}  // namespace

std::vector<TextUnit> textUnits(const DocumentView& document, const Findings& findings,
                                const TextUnitOptions& options) {
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
  if (!options.splitTitles) return units;
  std::vector<TextUnit> out;
  for (const TextUnit& unit : units) {
    for (TextUnit& piece : splitAtTitleLines(unit, options)) out.push_back(std::move(piece));
  }
  return out;
}

std::string withoutNumbering(const std::string& text) {
  // Marks are whole UTF-8 sequences followed by a space: a character class would cut letters.
  static const Regex numbering(
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
