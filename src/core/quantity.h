#pragma once
// A figure as printed in a report: "1,954", "(72,000)", "17.7 per cent", "£1.3 billion", "Seventy-six",
// or a suppression code. The value keeps the number as printed; a printed multiplier ("k", "million")
// is kept apart in `scale`, so the page still shows `value` and `amount()` gives pounds.

#include <optional>
#include <string>
#include <string_view>

namespace sbw {

enum class Unit { Count, Percent, RatePer10k, Gbp, Score, Days, Weeks, Rank };

// Official statistics print these codes where a figure is withheld; they are states, not missing data.
enum class Suppression {
  None,
  Confidential,   // c: too small to publish without identifying someone
  NotAvailable,   // x: not collected or not available
  NotApplicable,  // z: does not apply to this area or period
  Negligible,     // k: rounds to zero but is not zero
};

struct Quantity {
  std::optional<double> value;  // as printed, sign included; empty exactly when suppressed
  double scale = 1;             // 1000 for "£164k", 1e9 for "£1.3 billion"
  Unit unit = Unit::Count;
  bool unitPrinted = false;  // the text itself showed the unit (%, £, per 10,000, days...)
  Suppression suppression = Suppression::None;
  int decimals = 0;      // decimal places printed
  bool inWords = false;  // "Seventy-six"
  std::string printed;   // the text parsed, trimmed

  bool suppressed() const { return suppression != Suppression::None; }
  // The value times its printed multiplier; nullopt when suppressed.
  std::optional<double> amount() const;
};

// Nullopt when the text is not exactly one figure (extra words other than a unit make it fail, so
// an extractor can tell a figure from a sentence).
std::optional<Quantity> parseQuantity(std::string_view text);

const char* unitName(Unit unit);  // "count", "percent", "rate_per_10k", "gbp", "score", "days", "weeks", "rank"
std::optional<Unit> unitFromName(std::string_view name);

// "c", "x", "z", "k", or "" for None.
const char* suppressionCode(Suppression suppression);
std::optional<Suppression> suppressionFromCode(std::string_view code);

}  // namespace sbw
