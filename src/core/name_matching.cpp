#include "core/name_matching.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "core/area_registry.h"
#include "core/indicator_dictionary.h"
#include "core/text.h"

namespace sbw {
namespace {

std::string uppercased(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Lower case letters and digits, single spaces: "St. Helens" and "st helens" compare equal.
std::string comparable(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> previous(b.size() + 1);
  std::vector<size_t> current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string nearestNames(std::vector<std::pair<size_t, std::string>> scored, size_t count) {
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> names;
  for (const auto& [distance, name] : scored) {
    if (names.size() == count) break;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return join(names, ", ");
}

std::string nearestOf(std::string_view typed, const std::vector<std::string>& known, size_t count) {
  const std::string key = comparable(typed);
  std::vector<std::pair<size_t, std::string>> scored;
  for (const std::string& name : known) scored.emplace_back(editDistance(key, comparable(name)), name);
  return nearestNames(std::move(scored), count);
}

const Area& areaOfTyping(const std::string& typed, const std::optional<Date>& on) {
  const std::string text = trimmed(typed);
  if (text.empty()) throw std::invalid_argument("an area cannot be nothing");
  const AreaRegistry& registry = AreaRegistry::builtIn();
  const Area* area = registry.byCode(uppercased(text));
  if (!area) area = registry.byKey(text);
  if (!area) area = registry.resolve(text, on);
  if (area) return *area;
  const std::string key = areaNameKey(text);
  std::vector<std::pair<size_t, std::string>> scored;
  for (const Area& candidate : registry.all()) {
    size_t best = editDistance(key, areaNameKey(candidate.name));
    for (const std::string& alias : candidate.aliases) best = std::min(best, editDistance(key, areaNameKey(alias)));
    scored.emplace_back(best, candidate.name);
  }
  throw std::invalid_argument("unknown area \"" + text + "\": the nearest known areas are " +
                              nearestNames(std::move(scored)));
}

std::string indicatorKeyOfTyping(const std::string& typed) {
  const IndicatorDictionary& dictionary = IndicatorDictionary::builtIn();
  const std::string key = trimmed(typed);
  if (dictionary.byKey(key)) return key;
  // Keys are compared as typed ("re referrals" is near "re_referrals"), short labels in lower case.
  std::string asKey = lowered(key);
  std::replace_if(
      asKey.begin(), asKey.end(), [](char c) { return c == ' ' || c == '-'; }, '_');
  if (dictionary.byKey(asKey)) return asKey;
  std::vector<std::pair<size_t, std::string>> scored;
  for (const Indicator& indicator : dictionary.all()) {
    if (lowered(indicator.shortLabel) == lowered(key)) return indicator.key;
    const size_t byKey = editDistance(asKey, indicator.key);
    const size_t byLabel = editDistance(lowered(key), lowered(indicator.shortLabel));
    scored.emplace_back(std::min(byKey, byLabel), indicator.key);
  }
  throw std::invalid_argument("unknown indicator \"" + key + "\": the nearest indicator keys are " +
                              nearestNames(std::move(scored)));
}

}  // namespace sbw
