#pragma once
// What a figure measures: an entry of the indicator dictionary.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/quantity.h"

namespace sbw {

// Whether a rise is good news. Neutral indicators measure demand or context (referrals, population).
enum class Polarity { HigherIsBetter, LowerIsBetter, Neutral };

struct Indicator {
  std::string key;         // "cp_plans"
  std::string label;       // "Children subject to a child protection plan"
  std::string shortLabel;  // "CP plans"
  Unit unit = Unit::Count;
  Polarity polarity = Polarity::Neutral;
  int precision = 0;                  // decimal places to show
  std::vector<std::string> refines;   // keys of broader entries this one narrows ("cp_plans")
  std::vector<std::string> synonyms;  // as printed; a leading '=' means "only as the whole label"
};

const char* polarityName(Polarity polarity);  // "higher_better", "lower_better", "neutral"
std::optional<Polarity> polarityFromName(std::string_view name);

}  // namespace sbw
