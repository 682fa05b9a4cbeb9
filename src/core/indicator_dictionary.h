#pragma once
// The indicator dictionary, loaded from resources/indicators.tsv (compiled in). It matches labels as
// printed ("Nos of children subject to child protection plan", "Re-referrals within 12 months") to
// a dictionary entry.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/indicator.h"

namespace sbw {

struct IndicatorMatch {
  const Indicator* indicator = nullptr;
  std::string synonym;  // the phrase that matched, as written in the dictionary
  bool whole = false;   // the whole label is the synonym, rather than containing it
};

class IndicatorDictionary {
 public:
  static const IndicatorDictionary& builtIn();
  // Throws std::invalid_argument naming the line for malformed data or duplicate keys.
  static IndicatorDictionary fromTsv(std::string_view text);

  const std::vector<Indicator>& all() const { return indicators_; }
  const Indicator* byKey(std::string_view key) const;

  // The entry a label means, or nullopt. A label equal to a synonym (or key or label) wins; otherwise
  // the longest synonym found in the label as whole words, so "re-referrals" beats "referrals".
  std::optional<IndicatorMatch> match(std::string_view printedLabel) const;

 private:
  struct Phrase {
    std::vector<std::string> words;
    size_t indicator = 0;
    std::string synonym;
    bool wholeOnly = false;
  };
  std::vector<Indicator> indicators_;
  std::vector<Phrase> phrases_;
  // Made once, since every label of every page is matched: the phrases by their first word (a
  // phrase can be found only in a label holding that word), and each entry's broader entries.
  std::unordered_map<std::string, std::vector<size_t>> phrasesByFirstWord_;
  std::vector<std::vector<size_t>> broader_;
};

// Words a label is compared by: lower case, '&' as "and", punctuation as spaces, plural 's' dropped.
std::vector<std::string> labelWords(std::string_view label);

}  // namespace sbw
