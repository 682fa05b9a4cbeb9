#include "core/indicator_themes.h"

#include <set>
#include <stdexcept>

#include "core/resources.h"
#include "core/tsv.h"

namespace sbw {

const IndicatorThemes& IndicatorThemes::builtIn() {
  static const IndicatorThemes themes = fromTsv(resources::indicatorThemesTsv(), IndicatorDictionary::builtIn());
  return themes;
}

IndicatorThemes IndicatorThemes::fromTsv(std::string_view text, const IndicatorDictionary& dictionary) {
  IndicatorThemes themes;
  std::set<std::string, std::less<>> listed;
  for (const auto& row : readTsv(text, {"theme", "indicators"})) {
    const std::string where = "line " + std::to_string(row.line) + ": ";
    IndicatorTheme theme{row.at("theme"), row.list("indicators")};
    if (theme.name.empty() || theme.keys.empty()) throw std::invalid_argument(where + "a theme needs a name and keys");
    for (const auto& key : theme.keys) {
      if (!dictionary.byKey(key)) throw std::invalid_argument(where + "unknown indicator " + key);
      if (!listed.insert(key).second) throw std::invalid_argument(where + key + " is in two themes");
    }
    themes.themes_.push_back(std::move(theme));
  }
  for (const auto& indicator : dictionary.all()) {
    if (!listed.contains(indicator.key)) throw std::invalid_argument(indicator.key + " has no theme");
  }
  return themes;
}

const IndicatorTheme* IndicatorThemes::themeOf(std::string_view key) const {
  for (const auto& theme : themes_) {
    for (const auto& listed : theme.keys) {
      if (listed == key) return &theme;
    }
  }
  return nullptr;
}

}  // namespace sbw
