#include "core/quantity.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <utility>

#include "core/number_words.h"
#include "core/text.h"

namespace sbw {
namespace {

constexpr std::array<std::pair<Unit, const char*>, 8> kUnitNames = {{{Unit::Count, "count"},
                                                                     {Unit::Percent, "percent"},
                                                                     {Unit::RatePer10k, "rate_per_10k"},
                                                                     {Unit::Gbp, "gbp"},
                                                                     {Unit::Score, "score"},
                                                                     {Unit::Days, "days"},
                                                                     {Unit::Weeks, "weeks"},
                                                                     {Unit::Rank, "rank"}}};

// Replaces the UTF-8 spellings reports use for minus, pound and spaces with ASCII stand-ins, so the
// parser below reads bytes: U+2212 and en/em dashes become '-', '£' becomes '#', NBSP and thin spaces ' '.
std::string asciiStandIns(std::string_view text) {
  static const std::array<std::pair<std::string_view, std::string_view>, 7> kReplacements = {{
      {"\xE2\x88\x92", "-"},  // minus sign
      {"\xE2\x80\x93", "-"},  // en dash
      {"\xE2\x80\x94", "-"},  // em dash
      {"\xC2\xA3", "#"},      // pound sign
      {"\xC2\xA0", " "},      // no-break space
      {"\xE2\x80\x89", " "},  // thin space
      {"\xE2\x80\xAF", " "},  // narrow no-break space
  }};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kReplacements) {
      if (text.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads digits with thousands separators ("1,954", "167, 465.30") from `s` at `i`; the comma must be
// followed by exactly three digits (one space after it is tolerated: a typesetting slip in the seeds).
std::optional<std::string> readNumber(const std::string& s, size_t& i, int& decimals) {
  std::string digits;
  size_t j = i;
  while (j < s.size() && isDigit(s[j])) digits += s[j++];
  if (digits.empty() && !(j + 1 < s.size() && s[j] == '.' && isDigit(s[j + 1]))) return std::nullopt;
  while (!digits.empty() && j < s.size() && s[j] == ',') {
    size_t k = j + 1;
    if (k < s.size() && s[k] == ' ') ++k;
    if (k + 3 > s.size() || !isDigit(s[k]) || !isDigit(s[k + 1]) || !isDigit(s[k + 2])) break;
    if (k + 3 < s.size() && isDigit(s[k + 3])) break;
    digits.append(s, k, 3);
    j = k + 3;
  }
  decimals = 0;
  if (j + 1 < s.size() && s[j] == '.' && isDigit(s[j + 1])) {
    digits += '.';
    ++j;
    while (j < s.size() && isDigit(s[j])) {
      digits += s[j++];
      ++decimals;
    }
  }
  i = j;
  return digits;
}

void skipSpaces(const std::string& s, size_t& i) {
  while (i < s.size() && s[i] == ' ') ++i;
}

bool consumeWord(const std::string& lower, size_t& i, std::string_view word) {
  if (lower.compare(i, word.size(), word) != 0) return false;
  const size_t end = i + word.size();
  if (end < lower.size() && std::isalnum(static_cast<unsigned char>(lower[end]))) return false;
  i = end;
  return true;
}

// Reads what may follow the number: a multiplier, then a unit. Returns false on anything else.
bool readSuffix(const std::string& lower, size_t& i, Quantity& q) {
  skipSpaces(lower, i);
  // Multipliers: "k" and "m" only right after the number, the words after a space too.
  static const std::array<std::pair<std::string_view, double>, 6> kScales = {
      {{"billion", 1e9}, {"bn", 1e9}, {"million", 1e6}, {"mn", 1e6}, {"m", 1e6}, {"k", 1e3}}};
  for (const auto& [word, scale] : kScales) {
    if (consumeWord(lower, i, word)) {
      q.scale = scale;
      skipSpaces(lower, i);
      break;
    }
  }
  if (i >= lower.size()) return true;
  struct UnitWord {
    std::string_view text;
    Unit unit;
  };
  static const std::array<UnitWord, 16> kUnits = {{{"%", Unit::Percent},
                                                   {"per cent", Unit::Percent},
                                                   {"percent", Unit::Percent},
                                                   {"pc", Unit::Percent},
                                                   {"per 10,000", Unit::RatePer10k},
                                                   {"per 10000", Unit::RatePer10k},
                                                   {"per 10k", Unit::RatePer10k},
                                                   {"days", Unit::Days},
                                                   {"day", Unit::Days},
                                                   {"working days", Unit::Days},
                                                   {"weeks", Unit::Weeks},
                                                   {"week", Unit::Weeks},
                                                   {"st", Unit::Rank},
                                                   {"nd", Unit::Rank},
                                                   {"rd", Unit::Rank},
                                                   {"th", Unit::Rank}}};
  for (const auto& unit : kUnits) {
    const size_t before = i;
    const bool symbol = unit.text == "%";
    if (symbol ? lower.compare(i, 1, "%") == 0 : consumeWord(lower, i, unit.text)) {
      if (symbol) ++i;
      q.unit = unit.unit;
      q.unitPrinted = true;
      skipSpaces(lower, i);
      if (unit.unit == Unit::RatePer10k && consumeWord(lower, i, "children")) skipSpaces(lower, i);
      return i >= lower.size();
    }
    i = before;
  }
  return false;
}

std::optional<Quantity> parseSuppression(const std::string& lower, const std::string& printed) {
  std::string code = lower;
  if (code.size() == 3 &&
      ((code.front() == '[' && code.back() == ']') || (code.front() == '(' && code.back() == ')'))) {
    code = code.substr(1, 1);
  }
  const auto suppression = suppressionFromCode(code);
  if (!suppression || *suppression == Suppression::None) return std::nullopt;
  Quantity q;
  q.suppression = *suppression;
  q.printed = printed;
  return q;
}

}  // namespace

std::optional<double> Quantity::amount() const {
  if (!value) return std::nullopt;
  return *value * scale;
}

const char* unitName(Unit unit) {
  for (const auto& [u, name] : kUnitNames) {
    if (u == unit) return name;
  }
  return "count";
}

std::optional<Unit> unitFromName(std::string_view name) {
  for (const auto& [u, text] : kUnitNames) {
    if (name == text) return u;
  }
  return std::nullopt;
}

const char* suppressionCode(Suppression suppression) {
  switch (suppression) {
    case Suppression::None: return "";
    case Suppression::Confidential: return "c";
    case Suppression::NotAvailable: return "x";
    case Suppression::NotApplicable: return "z";
    case Suppression::Negligible: return "k";
  }
  return "";
}

std::optional<Suppression> suppressionFromCode(std::string_view code) {
  if (code == "c") return Suppression::Confidential;
  if (code == "x") return Suppression::NotAvailable;
  if (code == "z") return Suppression::NotApplicable;
  if (code == "k") return Suppression::Negligible;
  if (code.empty()) return Suppression::None;
  return std::nullopt;
}

std::optional<Quantity> parseQuantity(std::string_view text) {
  const std::string printed = simplified(text);
  if (printed.empty()) return std::nullopt;
  std::string s = asciiStandIns(printed);
  while (!s.empty() && (s.back() == '*' || s.back() == '.')) s.pop_back();  // footnote marks, full stops
  const std::string lower = lowered(s);
  if (auto suppressed = parseSuppression(lower, printed)) return suppressed;

  Quantity q;
  q.printed = printed;
  if (const auto words = parseNumberWords(lower)) {
    q.value = static_cast<double>(*words);
    q.inWords = true;
    return q;
  }
  if (const auto rank = parseOrdinalWord(lower)) {
    q.value = *rank;
    q.unit = Unit::Rank;
    q.unitPrinted = true;
    q.inWords = true;
    return q;
  }
  if (const auto share = parseFraction(lower, q.decimals)) {
    q.value = *share;
    q.unit = Unit::Percent;
    q.unitPrinted = true;
    q.inWords = lower.find('/') == std::string::npos;
    return q;
  }

  size_t i = 0;
  bool negative = false;
  bool parenthesised = false;  // accounts print losses as (72,000)
  // Sign, currency and an opening bracket may come in any order: "-£79,169", "£-79,169", "(£72,000)".
  for (bool progress = true; progress && i < lower.size();) {
    progress = false;
    skipSpaces(lower, i);
    if (i < lower.size() && lower[i] == '-' && !negative) {
      negative = progress = true;
      ++i;
    } else if (i < lower.size() && lower[i] == '(' && !parenthesised) {
      parenthesised = progress = true;
      ++i;
    } else if (i < lower.size() && lower[i] == '#' && q.unit != Unit::Gbp) {
      q.unit = Unit::Gbp;
      q.unitPrinted = progress = true;
      ++i;
    }
  }
  skipSpaces(lower, i);
  const auto digits = readNumber(lower, i, q.decimals);
  if (!digits) return std::nullopt;
  if (parenthesised) {
    skipSpaces(lower, i);
    // The closing bracket may come before or after a multiplier: "(£72k)".
    const size_t close = lower.find(')', i);
    if (close == std::string::npos) return std::nullopt;
    std::string inside = lower.substr(i, close - i);
    std::string after = lower.substr(close + 1);
    std::string rest = inside + after;
    size_t j = 0;
    if (!readSuffix(rest, j, q)) return std::nullopt;
    negative = true;
  } else if (!readSuffix(lower, i, q)) {
    return std::nullopt;
  }
  double value = std::strtod(digits->c_str(), nullptr);
  if (negative && value != 0) value = -value;
  q.value = value;
  return q;
}

}  // namespace sbw
