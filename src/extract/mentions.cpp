#include "extract/mentions.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "core/text.h"

namespace sbw::extract {
namespace {

constexpr size_t kLongestAreaName = 6;  // "Royal Borough of Kensington and Chelsea"
constexpr size_t kLongestPeriod = 8;    // "1 October 2020 - 31 March 2021"

bool isPunctuation(unsigned char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '\'' || c == '[' ||
         c == ']' || c == '*' || c == '?' || c == '!';
}

std::string joined(const std::vector<std::string>& tokens, size_t begin, size_t end) {
  std::string text;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) text.push_back(' ');
    text += tokens[i];
  }
  return bareToken(text);
}

bool startsUpper(const std::string& token) {
  const std::string bare = bareToken(token);
  return !bare.empty() && std::isupper(static_cast<unsigned char>(bare[0]));
}

bool isMonthWord(const std::string& lower) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  return lower.size() >= 3 &&
         std::find(kMonths.begin(), kMonths.end(), std::string_view(lower).substr(0, 3)) != kMonths.end();
}

// Periods begin with a number, a month, a quarter or half ("Q1", "H2"), or a lead-in word.
bool mayStartPeriod(const std::string& token) {
  const std::string lower = lowered(bareToken(token));
  if (lower.empty()) return false;
  if (std::any_of(lower.begin(), lower.end(), [](unsigned char c) { return std::isdigit(c); })) return true;
  if (isMonthWord(lower)) return true;
  static constexpr std::array<std::string_view, 10> kLeadIns = {"at",      "as", "year", "financial", "academic",
                                                                "quarter", "fy", "end",  "between",   "mid"};
  return std::find(kLeadIns.begin(), kLeadIns.end(), lower) != kLeadIns.end();
}

// Periods end with a number, a month or a quarter ("March 2014", "2013-14", "Q1").
bool mayEndPeriod(const std::string& token) {
  const std::string lower = lowered(bareToken(token));
  if (lower.empty()) return false;
  return std::any_of(lower.begin(), lower.end(), [](unsigned char c) { return std::isdigit(c); }) || isMonthWord(lower);
}

// A clause mark inside a run of words ends any period before it: "2014, 94.9%".
bool closesClause(const std::string& token) {
  return !token.empty() && (token.back() == ',' || token.back() == '.' || token.back() == ';' || token.back() == ':');
}

// Parsing periods is the costly part of scanning text, and reports repeat the same few periods.
std::optional<Period> cachedPeriod(const std::string& text, const PeriodContext& context) {
  struct Entry {
    std::optional<int> financialYearStart;
    bool academic;
    std::optional<Period> period;
  };
  thread_local std::unordered_map<std::string, Entry> cache;
  if (const auto found = cache.find(text); found != cache.end() &&
                                           found->second.financialYearStart == context.financialYearStart &&
                                           found->second.academic == context.academic) {
    return found->second.period;
  }
  if (cache.size() > 100000) cache.clear();
  auto period = parsePeriod(text, context);
  cache[text] = Entry{context.financialYearStart, context.academic, period};
  return period;
}

// Words after a place name that make it part of an organisation's name: "London Fire Brigade",
// "Chelsea and Westminster Hospital", "Kensington and Chelsea College", "NHS England".
bool namesAnOrganisation(const std::vector<std::string>& tokens, size_t begin, size_t end) {
  static constexpr std::string_view kAfter[] = {"fire",     "ambulance",  "hospital",   "hospitals", "trust",
                                                "college",  "university", "healthcare", "diocesan",  "diocese",
                                                "academy",  "foundation", "mind",       "drug",      "mencap",
                                                "citizens", "housing",    "homes",      "cathedral", "museum"};
  static constexpr std::string_view kBefore[] = {"nhs", "met", "metropolitan", "university", "bank"};
  if (end < tokens.size()) {
    const std::string next = lowered(bareToken(tokens[end]));
    if (std::find(std::begin(kAfter), std::end(kAfter), next) != std::end(kAfter)) return true;
  }
  if (begin > 0) {
    const std::string previous = lowered(bareToken(tokens[begin - 1]));
    if (std::find(std::begin(kBefore), std::end(kBefore), previous) != std::end(kBefore)) return true;
  }
  return false;
}

// "Reading, Writing and Mathematics": a capitalised word listed with other capitalised words that
// are not places is not a place either.
bool listedWithOtherThings(const std::vector<std::string>& tokens, size_t end, const AreaRegistry& areas) {
  if (end == 0 || end >= tokens.size() || tokens[end - 1].empty() || tokens[end - 1].back() != ',') return false;
  const std::string next = bareToken(tokens[end]);
  return !next.empty() && std::isupper(static_cast<unsigned char>(next[0])) && areas.resolve(next) == nullptr &&
         end + 2 < tokens.size() && (lowered(tokens[end + 1]) == "and" || tokens[end].back() == ',');
}

// "Act", "Regulations", "Order": a year after these is part of a law's name.
bool namesALaw(const std::string& token) {
  const std::string bare = bareToken(token);
  return bare == "Act" || bare == "Acts" || bare == "Regulations" || bare == "Order" || bare == "Bill" ||
         bare == "ACT" || bare == "REGULATIONS";
}

bool isYearNumber(const std::string& token) {
  const std::string bare = bareToken(token);
  return bare.size() == 4 && std::all_of(bare.begin(), bare.end(), [](unsigned char c) { return std::isdigit(c); });
}

}  // namespace

std::vector<std::string> wordsOf(const std::string& text) {
  std::vector<std::string> words;
  for (std::string& word : split(simplified(text), ' ')) {
    if (!word.empty()) words.push_back(std::move(word));
  }
  return words;
}

Comparator comparatorFor(const Area* area) {
  if (area == nullptr) return Comparator::Local;
  if (area->name == "England") return Comparator::England;
  if (area->name == "London") return Comparator::London;
  if (area->name == "Inner London") return Comparator::InnerLondon;
  if (area->kind == AreaKind::Region || area->kind == AreaKind::Country) return Comparator::Region;
  return Comparator::Local;
}

std::string bareToken(const std::string& token) {
  size_t begin = 0;
  size_t end = token.size();
  while (begin < end && isPunctuation(static_cast<unsigned char>(token[begin]))) ++begin;
  while (end > begin && isPunctuation(static_cast<unsigned char>(token[end - 1]))) --end;
  return trimmed(std::string_view(token).substr(begin, end - begin));
}

std::vector<AreaMention> findAreaMentions(const std::vector<std::string>& tokens, const AreaRegistry& areas) {
  std::vector<AreaMention> mentions;
  for (size_t i = 0; i < tokens.size();) {
    const std::string bare = bareToken(tokens[i]);
    const std::string lower = lowered(bare);
    const std::string next = i + 1 < tokens.size() ? lowered(bareToken(tokens[i + 1])) : std::string();
    // "national" is England in "the national average" or "nationally", not in "National Probation
    // Service": capitalised, it must stand alone or go with a word for a comparison.
    const bool comparison = next.empty() || next == "average" || next == "rate" || next == "figure" ||
                            next == "level" || next == "comparator" || next == "benchmark";
    if ((lower == "national" && (bare[0] == 'n' || comparison)) || lower == "nationally" ||
        (lower == "english" && comparison && !next.empty())) {
      // Named by its canonical name: "national" alone would not resolve again later.
      if (const Area* england = areas.resolve("England")) mentions.push_back({i, i + 1, england, england->name});
      ++i;
      continue;
    }
    if (lower == "national" || lower == "english") {  // in a name: "National Probation Service"
      ++i;
      continue;
    }
    bool found = false;
    // Place names are capitalised; a partnership's hyphenated name may not be ("the tri-borough").
    const bool hyphenated = bare.find('-') != std::string::npos;
    if ((startsUpper(tokens[i]) || hyphenated) && areas.mayBeginName(tokens[i])) {
      for (size_t n = std::min(kLongestAreaName, tokens.size() - i); n >= 1 && !found; --n) {
        // A name never ends inside a clause mark: "Westminster," ends at the comma.
        const std::string candidate = joined(tokens, i, i + n);
        if (candidate.empty()) continue;
        const Area* area = areas.resolve(candidate);
        if (area == nullptr || (!startsUpper(tokens[i]) && area->kind != AreaKind::Partnership)) continue;
        found = true;
        if (!namesAnOrganisation(tokens, i, i + n) && !listedWithOtherThings(tokens, i + n, areas)) {
          mentions.push_back({i, i + n, area, candidate});
        }
        i += n;
      }
    }
    if (!found) ++i;
  }
  return mentions;
}

std::vector<PeriodMention> findPeriodMentions(const std::vector<std::string>& tokens, const PeriodContext& context) {
  std::vector<PeriodMention> mentions;
  for (size_t i = 0; i < tokens.size();) {
    bool found = false;
    if (i > 0 && namesALaw(tokens[i - 1]) && isYearNumber(tokens[i])) {
      ++i;  // "the Children Act 1989", "Local Government Act 2000": the year names the law
      continue;
    }
    if (mayStartPeriod(tokens[i])) {
      size_t longest = std::min(kLongestPeriod, tokens.size() - i);
      for (size_t k = i; k + 1 < i + longest; ++k) {
        if (closesClause(tokens[k])) longest = k - i + 1;
      }
      for (size_t n = longest; n >= 1 && !found; --n) {
        if (!mayEndPeriod(tokens[i + n - 1])) continue;
        const std::string candidate = joined(tokens, i, i + n);
        if (candidate.empty()) continue;
        if (auto period = cachedPeriod(candidate, context)) {
          mentions.push_back({i, i + n, std::move(*period)});
          i += n;
          found = true;
        }
      }
    }
    if (!found) ++i;
  }
  return mentions;
}

}  // namespace sbw::extract
