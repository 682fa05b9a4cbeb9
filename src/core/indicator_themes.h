#pragma once
// Themes of the indicator dictionary (resources/indicator_themes.tsv, compiled in): how a board's
// annual report groups its figures, so the explorer can list indicators under them.

#include <string>
#include <string_view>
#include <vector>

#include "core/indicator_dictionary.h"

namespace sbw {

struct IndicatorTheme {
  std::string name;               // "Assessment and child protection"
  std::vector<std::string> keys;  // dictionary keys, in the order listed
};

class IndicatorThemes {
 public:
  static const IndicatorThemes& builtIn();
  // Throws std::invalid_argument naming the line for an unknown key, a key listed twice, or a
  // dictionary key left out: every indicator must belong to exactly one theme.
  static IndicatorThemes fromTsv(std::string_view text, const IndicatorDictionary& dictionary);

  const std::vector<IndicatorTheme>& all() const { return themes_; }
  // The theme listing `key`; nullptr for a key the dictionary does not have.
  const IndicatorTheme* themeOf(std::string_view key) const;

 private:
  std::vector<IndicatorTheme> themes_;
};

}  // namespace sbw
