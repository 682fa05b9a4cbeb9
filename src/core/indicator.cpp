#include "core/indicator.h"

namespace sbw {

const char* polarityName(Polarity polarity) {
  switch (polarity) {
    case Polarity::HigherIsBetter: return "higher_better";
    case Polarity::LowerIsBetter: return "lower_better";
    case Polarity::Neutral: return "neutral";
  }
  return "neutral";
}

std::optional<Polarity> polarityFromName(std::string_view name) {
  if (name == "higher_better") return Polarity::HigherIsBetter;
  if (name == "lower_better") return Polarity::LowerIsBetter;
  if (name == "neutral") return Polarity::Neutral;
  return std::nullopt;
}

}  // namespace sbw
