#include "extract/numbers.h"

#include <cctype>
#include <optional>

#include "core/number_words.h"
#include "core/redaction.h"
#include "core/text.h"

namespace sbw::extract {
namespace {

// Words that may follow a number and belong to it: "per cent", "%", "million".
bool joinsNumber(const std::string& lower) {
  return lower == "%" || lower == "per" || lower == "cent" || lower == "percent" || lower == "million" ||
         lower == "billion" || lower == "bn" || lower == "m";
}

// Reads a printed number: signs and brackets are taken off first ("(+10%)" -> "10%", sign '+').
struct Cleaned {
  std::string text;
  char sign = 0;
  bool bracketed = false;
};

Cleaned clean(const std::string& raw) {
  Cleaned c;
  std::string s = raw;
  // Clinging punctuation at the end ("12," "146." "(37%)"): keep '%' and ')' handling apart.
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ';' || s.back() == ':' || s.back() == '*' ||
                        s.back() == '"' || s.back() == '\'')) {
    s.pop_back();
  }
  if (!s.empty() && s.front() == '(') {
    c.bracketed = true;
    s.erase(0, 1);
  }
  if (!s.empty() && s.back() == ')') {
    c.bracketed = true;
    s.pop_back();
  }
  while (!s.empty() && (s.back() == ',' || s.back() == '.')) s.pop_back();
  if (!s.empty() && s.front() == '+') {
    c.sign = '+';
    s.erase(0, 1);
  } else if (!s.empty() && s.front() == '-') {
    c.sign = '-';
  } else if (s.size() >= 3 && s.compare(0, 3, "\xE2\x88\x92") == 0) {  // U+2212 minus
    c.sign = '-';
    s = "-" + s.substr(3);
  }
  c.text = s;
  return c;
}

std::optional<NumberSpan> digitsAt(const Sentence& sentence, size_t i) {
  const Cleaned first = clean(sentence.words[i].text);
  if (!hasDigit(first.text)) return std::nullopt;
  std::optional<NumberSpan> best;
  std::string text = first.text;
  bool closed = sentence.words[i].text.find(')') != std::string::npos;
  for (size_t n = 0; n < 3 && i + n < sentence.words.size(); ++n) {
    if (n > 0) {
      const Word& next = sentence.words[i + n];
      if (closed || !joinsNumber(next.lower)) break;
      text += " " + clean(next.text).text;
      if (next.text.find(')') != std::string::npos) closed = true;
    }
    const auto quantity = parseQuantity(text);
    if (!quantity || quantity->suppressed() || quantity->inWords) continue;
    NumberSpan span;
    span.begin = i;
    span.end = i + n + 1;
    span.value = text;
    span.quantity = *quantity;
    span.sign = first.sign;
    span.bracketed = first.bracketed;
    best = span;
    // A comma or full stop after the number ends it: "12, 105" are two numbers.
    const std::string& raw = sentence.words[i + n].text;
    if (!raw.empty() && (raw.back() == ',' || raw.back() == ';' || raw.back() == ':')) break;
  }
  return best;
}

// "15-72", "2-3": both ends of a range printed as one word.
std::vector<NumberSpan> rangeAt(const Sentence& sentence, size_t i) {
  const Cleaned word = clean(sentence.words[i].text);
  const auto dash = word.text.find('-', 1);
  if (dash == std::string::npos || word.sign) return {};
  const std::string left = word.text.substr(0, dash);
  const std::string right = word.text.substr(dash + 1);
  const auto a = parseQuantity(left);
  const auto b = parseQuantity(right);
  if (!a || !b || a->inWords || b->inWords || !a->value || !b->value || *a->value >= *b->value) return {};
  std::vector<NumberSpan> spans;
  for (const auto& [text, quantity] : {std::pair{left, *a}, std::pair{right, *b}}) {
    NumberSpan span;
    span.begin = i;
    span.end = i + 1;
    span.value = text;
    span.quantity = quantity;
    span.bracketed = word.bracketed;
    span.rangeEnd = true;
    spans.push_back(span);
  }
  return spans;
}

std::optional<NumberSpan> wordsAt(const Sentence& sentence, size_t i) {
  if (!mayBeginNumberInWords(sentence.words[i].bare)) return std::nullopt;
  std::optional<NumberSpan> best;
  std::string text;
  for (size_t n = 0; n < 4 && i + n < sentence.words.size(); ++n) {
    const std::string& lower = sentence.words[i + n].lower;
    if (lower.empty() || hasDigit(lower)) break;
    // A clause mark ends a number in words: "three, four" are two.
    if (n > 0) {
      const std::string& before = sentence.words[i + n - 1].text;
      if (!before.empty() && (before.back() == ',' || before.back() == ';' || before.back() == '.')) break;
    }
    text += (n == 0 ? "" : " ") + sentence.words[i + n].bare;  // as printed: "Nineteen"
    NumberForm form = NumberForm::Words;
    std::optional<Quantity> quantity;
    if (const auto number = parseNumberWords(text)) {
      const std::string lowerText = lowered(text);
      if (lowerText == "a" || lowerText == "a and" || startsWith(lowerText, "and")) continue;
      quantity = parseQuantity(text);
    } else if (parseOrdinalWord(text)) {
      form = NumberForm::Ordinal;
      quantity = parseQuantity(text);
    } else {
      int decimals = 0;
      if (parseFraction(text, decimals)) {
        form = NumberForm::Fraction;
        quantity = parseQuantity(text);
      }
    }
    if (!quantity) continue;
    NumberSpan span;
    span.begin = i;
    span.end = i + n + 1;
    span.value = text;
    span.quantity = *quantity;
    span.form = form;
    best = span;
  }
  return best;
}

std::optional<NumberSpan> fractionDigitsAt(const Sentence& sentence, size_t i) {
  const std::string& bare = sentence.words[i].lower;
  if (bare.find('/') == std::string::npos) return std::nullopt;
  int decimals = 0;
  if (!parseFraction(bare, decimals)) return std::nullopt;
  const auto quantity = parseQuantity(bare);
  if (!quantity) return std::nullopt;
  NumberSpan span;
  span.begin = i;
  span.end = i + 1;
  span.value = bare;
  span.quantity = *quantity;
  span.form = NumberForm::Fraction;
  return span;
}

// A phone number takes at most five words: "+44", "(0)20", "7641", "2500" and a stray group.
constexpr size_t kMostWordsInAPhoneNumber = 5;

size_t phoneNumberWordsAt(const Sentence& sentence, size_t i) {
  const std::string& first = sentence.words[i].text;
  if (first.find_first_of("0+(") == std::string::npos) return 0;
  std::vector<std::string> words;
  for (size_t k = i; k < sentence.words.size() && words.size() < kMostWordsInAPhoneNumber; ++k) {
    words.push_back(sentence.words[k].text);
  }
  return leadingPhoneNumber(words).count;
}

}  // namespace

std::vector<NumberSpan> numbersIn(const Sentence& sentence) {
  std::vector<NumberSpan> spans;
  for (size_t i = 0; i < sentence.words.size();) {
    if (const size_t phone = phoneNumberWordsAt(sentence, i); phone > 0) {
      i += phone;  // "020 8227 2000" is a telephone number, not three figures
      continue;
    }
    if (auto fraction = fractionDigitsAt(sentence, i)) {
      spans.push_back(*fraction);
      i = fraction->end;
      continue;
    }
    if (auto digits = digitsAt(sentence, i)) {
      spans.push_back(*digits);
      i = digits->end;
      continue;
    }
    if (auto range = rangeAt(sentence, i); !range.empty()) {
      for (NumberSpan& span : range) spans.push_back(span);
      ++i;
      continue;
    }
    if (auto words = wordsAt(sentence, i)) {
      spans.push_back(*words);
      i = words->end;
      continue;
    }
    ++i;
  }
  return spans;
}

}  // namespace sbw::extract
