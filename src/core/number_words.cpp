#include "core/number_words.h"

#include <map>
#include <string>

#include "core/text.h"

namespace sbw {
namespace {

const std::map<std::string, int, std::less<>>& smallNumbers() {
  static const std::map<std::string, int, std::less<>> numbers = {
      {"zero", 0},       {"nil", 0},       {"one", 1},       {"two", 2},       {"three", 3},    {"four", 4},
      {"five", 5},       {"six", 6},       {"seven", 7},     {"eight", 8},     {"nine", 9},     {"ten", 10},
      {"eleven", 11},    {"twelve", 12},   {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
      {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},  {"forty", 40},
      {"fifty", 50},     {"sixty", 60},    {"seventy", 70},  {"eighty", 80},   {"ninety", 90}};
  return numbers;
}

const std::map<std::string, int, std::less<>>& ordinals() {
  static const std::map<std::string, int, std::less<>> words = {
      {"first", 1},      {"second", 2},       {"third", 3},       {"fourth", 4},      {"fifth", 5},
      {"sixth", 6},      {"seventh", 7},      {"eighth", 8},      {"ninth", 9},       {"tenth", 10},
      {"eleventh", 11},  {"twelfth", 12},     {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
      {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
      {"thirtieth", 30}, {"fortieth", 40},    {"fiftieth", 50}};
  return words;
}

// Denominators in words, singular and plural, with the numerator a word may stand for.
const std::map<std::string, int, std::less<>>& denominators() {
  static const std::map<std::string, int, std::less<>> words = {
      {"half", 2},     {"halves", 2}, {"third", 3},  {"thirds", 3}, {"quarter", 4},
      {"quarters", 4}, {"fifth", 5},  {"fifths", 5}, {"tenth", 10}, {"tenths", 10}};
  return words;
}

double percentOf(int numerator, int denominator, int& decimals) {
  const double share = 100.0 * numerator / denominator;
  decimals = share == static_cast<double>(static_cast<long long>(share)) ? 0 : 1;
  return decimals == 0 ? share : static_cast<double>(static_cast<long long>(share * 10 + 0.5)) / 10;
}

// Beyond a quadrillion, words name no figure a report prints.
constexpr std::int64_t kLargest = 1'000'000'000'000'000;

}  // namespace

std::optional<int> parseOrdinalWord(std::string_view text) {
  std::string word = lowered(text);
  for (char& c : word) {
    if (c == '-') c = ' ';
  }
  const auto parts = split(simplified(word), ' ');
  if (parts.empty() || parts.size() > 2) return std::nullopt;
  const auto last = ordinals().find(parts.back());
  if (last == ordinals().end()) return std::nullopt;
  if (parts.size() == 1) return last->second;
  // "twenty first": a tens word and a unit ordinal.
  const auto tens = parseNumberWords(parts.front());
  if (!tens || *tens < 20 || *tens % 10 != 0 || last->second >= 10) return std::nullopt;
  return static_cast<int>(*tens) + last->second;
}

std::optional<double> parseFraction(std::string_view text, int& decimals) {
  const std::string lower = lowered(simplified(text));
  // "2/3rds", "2/3", "1/4": small numerators and denominators only, so dates and scores stay out.
  const auto slash = lower.find('/');
  if (slash != std::string::npos && slash > 0) {
    size_t end = slash + 1;
    while (end < lower.size() && lower[end] >= '0' && lower[end] <= '9') ++end;
    const std::string suffix = lower.substr(end);
    if (suffix.empty() || suffix == "rds" || suffix == "ths" || suffix == "s" || suffix == "rd" || suffix == "th") {
      const std::string top = lower.substr(0, slash);
      const std::string bottom = lower.substr(slash + 1, end - slash - 1);
      if (top.size() == 1 && bottom.size() == 1 && top[0] >= '1' && top[0] <= '9' && bottom[0] >= '2') {
        const int numerator = top[0] - '0';
        const int denominator = bottom[0] - '0';
        if (numerator < denominator && !suffix.empty()) return percentOf(numerator, denominator, decimals);
      }
    }
    return std::nullopt;
  }
  std::string words = lower;
  for (char& c : words) {
    if (c == '-') c = ' ';
  }
  const auto parts = split(simplified(words), ' ');
  if (parts.empty() || parts.size() > 2) return std::nullopt;
  const auto denominator = denominators().find(parts.back());
  if (denominator == denominators().end()) return std::nullopt;
  int numerator = 1;
  if (parts.size() == 2) {
    if (parts.front() != "a" && parts.front() != "one") {
      const auto n = parseNumberWords(parts.front());
      if (!n || *n < 1 || *n >= denominator->second) return std::nullopt;
      numerator = static_cast<int>(*n);
    }
  } else if (parts.back() != "half") {
    return std::nullopt;  // "quarter" alone names a period, "third" an ordinal
  }
  return percentOf(numerator, denominator->second, decimals);
}

std::optional<std::int64_t> parseNumberWords(std::string_view text) {
  std::string words = lowered(text);
  for (char& c : words) {
    if (c == '-' || c == ',') c = ' ';
  }
  std::int64_t total = 0;    // completed thousands and millions
  std::int64_t current = 0;  // the group below a thousand being read
  bool any = false;
  bool lastWasSmall = false;  // "twenty five" is fine, "five twenty" is not a number
  int lastSmall = 0;
  for (const auto& word : split(simplified(words), ' ')) {
    if (word.empty()) continue;
    if (word == "and") continue;
    if (word == "a" && !any) {
      current = 1;
      any = true;
      continue;
    }
    if (const auto found = smallNumbers().find(word); found != smallNumbers().end()) {
      const int value = found->second;
      // A unit may follow a tens word ("seventy six"); anything else after a small number is not a number.
      if (lastWasSmall && !(lastSmall >= 20 && lastSmall % 10 == 0 && value < 10 && value > 0)) return std::nullopt;
      current += value;
      lastWasSmall = true;
      lastSmall = value;
      any = true;
      continue;
    }
    lastWasSmall = false;
    if (word == "hundred") {
      // "two hundred hundred" is no number, and repeating the word would overflow.
      if (!any || current >= 100) return std::nullopt;
      current = (current == 0 ? 1 : current) * 100;
    } else if (word == "thousand" || word == "million" || word == "billion") {
      if (!any) return std::nullopt;
      const std::int64_t scale = word == "thousand" ? 1000 : word == "million" ? 1000000 : 1000000000;
      total += (current == 0 ? 1 : current) * scale;
      if (total > kLargest) return std::nullopt;  // "billion billion ...": no figure, and it would overflow
      current = 0;
    } else {
      return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  return total + current;
}

bool mayBeginNumberInWords(std::string_view word) {
  const size_t begin = word.find_first_not_of(" -,");
  if (begin == std::string_view::npos) return false;
  const size_t end = word.find_first_of(" -,", begin);
  const std::string first = lowered(word.substr(begin, end == std::string_view::npos ? end : end - begin));
  // parseNumberWords starts with "a", "and" or a small number; an ordinal with an ordinal or a
  // tens word; a fraction with "a", "one", a small number or a denominator.
  return first == "a" || first == "and" || smallNumbers().contains(first) || ordinals().contains(first) ||
         denominators().contains(first);
}

}  // namespace sbw
