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

}  // namespace

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
      if (!any) return std::nullopt;
      current = (current == 0 ? 1 : current) * 100;
    } else if (word == "thousand" || word == "million" || word == "billion") {
      if (!any) return std::nullopt;
      const std::int64_t scale = word == "thousand" ? 1000 : word == "million" ? 1000000 : 1000000000;
      total += (current == 0 ? 1 : current) * scale;
      current = 0;
    } else {
      return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  return total + current;
}

}  // namespace sbw
