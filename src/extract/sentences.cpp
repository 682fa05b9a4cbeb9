#include "extract/sentences.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "core/text.h"

namespace sbw::extract {
namespace {

bool clinging(unsigned char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '\'' || c == '[' ||
         c == ']' || c == '*' || c == '?' || c == '!';
}

// Curly quotes are three bytes in UTF-8: U+2018, U+2019, U+201C, U+201D.
bool startsCurlyQuote(std::string_view s) {
  return s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xE2 && static_cast<unsigned char>(s[1]) == 0x80 &&
         (static_cast<unsigned char>(s[2]) == 0x98 || static_cast<unsigned char>(s[2]) == 0x99 ||
          static_cast<unsigned char>(s[2]) == 0x9C || static_cast<unsigned char>(s[2]) == 0x9D);
}

bool endsWord(const std::string& text) {
  if (text.empty()) return false;
  size_t end = text.size();
  while (end > 0 && (text[end - 1] == ')' || text[end - 1] == '"' || text[end - 1] == '\'')) --end;
  if (end >= 3 && startsCurlyQuote(std::string_view(text).substr(end - 3))) end -= 3;
  if (end == 0) return false;
  const char last = text[end - 1];
  if (last == '?' || last == '!') return true;
  if (last != '.') return false;
  const std::string lower = lowered(bareWord(text) + ".");
  if (isAbbreviation(lower)) return false;
  // "A." "J." initials, and "e.g." style tokens.
  const std::string bare = bareWord(text);
  if (bare.size() == 1 && std::isupper(static_cast<unsigned char>(bare[0]))) return false;
  return true;
}

// "year.10 men": a full stop without its space, between a word and a number. Split in two, each
// with its share of the box, so the number can be read.
std::vector<std::pair<std::string, pdf::Box>> unglued(const Token& token) {
  const std::string& t = token.text;
  const auto dot = t.find('.');
  if (dot == std::string::npos || dot < 2 || dot + 1 >= t.size() ||
      !std::isdigit(static_cast<unsigned char>(t[dot + 1])) ||
      !std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(dot),
                   [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
    return {{t, token.box}};
  }
  const double split = token.box.x1 + token.box.width() * static_cast<double>(dot + 1) / static_cast<double>(t.size());
  pdf::Box left = token.box;
  pdf::Box right = token.box;
  left.x2 = split;
  right.x1 = split;
  return {{t.substr(0, dot + 1), left}, {t.substr(dot + 1), right}};
}

constexpr int kListItemWords = 12;

// "poverty2", "Partnership5": a footnote mark set against the word it annotates.
std::string withoutFootnoteMark(const std::string& bare) {
  size_t letters = 0;
  while (letters < bare.size() && std::isalpha(static_cast<unsigned char>(bare[letters]))) ++letters;
  const size_t digits = bare.size() - letters;
  if (letters >= 3 && digits >= 1 && digits <= 2 &&
      std::all_of(bare.begin() + static_cast<std::ptrdiff_t>(letters), bare.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return bare.substr(0, letters);
  }
  return bare;
}  // a short passage after a lead-in is one of its items

}  // namespace

bool isAbbreviation(const std::string& lowerToken) {
  static constexpr std::array<std::string_view, 22> kAbbreviations = {
      "e.g.", "i.e.", "etc.", "no.", "nos.",    "p.",   "pp.",   "cllr.", "dr.",  "mr.", "mrs.",
      "ms.",  "st.",  "vs.",  "v.",  "approx.", "ref.", "para.", "fig.",  "inc.", "cf.", "s."};
  for (const std::string_view abbreviation : kAbbreviations) {
    if (lowerToken == abbreviation) return true;
  }
  return false;
}

std::string bareWord(const std::string& token) {
  size_t begin = 0;
  size_t end = token.size();
  while (begin < end) {
    if (clinging(static_cast<unsigned char>(token[begin]))) {
      ++begin;
    } else if (startsCurlyQuote(std::string_view(token).substr(begin))) {
      begin += 3;
    } else {
      break;
    }
  }
  while (end > begin) {
    if (clinging(static_cast<unsigned char>(token[end - 1]))) {
      --end;
    } else if (end - begin >= 3 && startsCurlyQuote(std::string_view(token).substr(end - 3))) {
      end -= 3;
    } else {
      break;
    }
  }
  return token.substr(begin, end - begin);
}

std::string Sentence::text() const { return text(0, words.size()); }

std::string Sentence::text(size_t begin, size_t end) const {
  std::string out;
  for (size_t i = begin; i < end && i < words.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    out += words[i].text;
  }
  return out;
}

std::vector<Sentence> sentencesOf(const Passages& passages) {
  std::vector<Sentence> sentences;
  size_t paragraph = 0;
  Sentence current;
  bool open = false;  // `current` holds words not yet ended by a full stop
  const auto flush = [&] {
    if (!current.words.empty()) sentences.push_back(std::move(current));
    current = Sentence{};
    open = false;
  };
  bool leadIn = false;  // the last sentence ended with a colon: what follows is its list
  for (size_t p = 0; p < passages.items.size(); ++p) {
    const Passage& passage = passages.items[p];
    const bool runsOn = passage.continuesPrevious && open;
    if (!runsOn) {
      if (!current.words.empty())
        leadIn = !current.words.back().text.empty() && current.words.back().text.back() == ':';
      flush();
      // The items of a list after its lead-in ("The rates were (in 2014):") belong to its paragraph.
      const bool item = passage.kind == pdf::BlockKind::ListItem || passage.kind == pdf::BlockKind::Heading ||
                        passage.tokens.size() <= static_cast<size_t>(kListItemWords);
      if (!(leadIn && item) && p > 0) {
        ++paragraph;
        leadIn = false;
      }
    }
    bool first = !runsOn;
    for (const Token& glued : passage.tokens) {
      for (const auto& [piece, pieceBox] : unglued(glued)) {
        Token token = glued;
        token.lineStart = glued.lineStart && piece == unglued(glued).front().first;
        token.text = piece;
        token.box = pieceBox;
        if (current.words.empty()) {
          current.passage = p;
          current.paragraph = paragraph;
          current.opensParagraph = first;
          current.inList = passage.kind == pdf::BlockKind::ListItem;
          current.heading = passage.kind == pdf::BlockKind::Heading || passage.kind == pdf::BlockKind::Caption;
          current.page = token.page;
          first = false;
        }
        const std::string printedBare = bareWord(token.text);
        const std::string bare = withoutFootnoteMark(printedBare);
        std::string text = token.text;
        if (bare != printedBare) text.replace(text.find(printedBare), printedBare.size(), bare);
        current.words.push_back({text, bare, lowered(bare), token.box, token.page, token.lineStart, token.fontSize});
        open = true;
        if (endsWord(token.text)) {
          leadIn = false;
          flush();
        }
      }
    }
    // Headings and captions never run on into what follows.
    if (passage.kind == pdf::BlockKind::Heading || passage.kind == pdf::BlockKind::Caption) flush();
  }
  flush();
  return sentences;
}

const std::string& lowerAt(const Sentence& s, long i) {
  static const std::string none;
  return i >= 0 && static_cast<size_t>(i) < s.words.size() ? s.words[static_cast<size_t>(i)].lower : none;
}

const std::string& rawAt(const Sentence& s, long i) {
  static const std::string none;
  return i >= 0 && static_cast<size_t>(i) < s.words.size() ? s.words[static_cast<size_t>(i)].text : none;
}

}  // namespace sbw::extract
