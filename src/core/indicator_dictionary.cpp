#include "core/indicator_dictionary.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

#include "core/resources.h"
#include "core/text.h"
#include "core/tsv.h"

namespace sbw {

std::vector<std::string> labelWords(std::string_view label) {
  std::string spaced;
  for (const char ch : label) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '&') {
      spaced += " and ";
    } else if (c == '\'') {
      // "children's" reads as "childrens"
    } else if (std::isalnum(c) || c >= 0x80) {
      spaced += static_cast<char>(std::tolower(c));
    } else {
      spaced += ' ';
    }
  }
  std::vector<std::string> words;
  for (auto& word : split(simplified(spaced), ' ')) {
    if (word.empty()) continue;
    // Plurals: "referrals" and "referral" are one word; "ss" endings ("process") are not plurals.
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    words.push_back(std::move(word));
  }
  return words;
}

const IndicatorDictionary& IndicatorDictionary::builtIn() {
  static const IndicatorDictionary dictionary = fromTsv(resources::indicatorsTsv());
  return dictionary;
}

IndicatorDictionary IndicatorDictionary::fromTsv(std::string_view text) {
  IndicatorDictionary dictionary;
  std::set<std::string, std::less<>> keys;
  for (const auto& row :
       readTsv(text, {"key", "label", "short_label", "unit", "polarity", "precision", "refines", "synonyms"})) {
    const std::string where = "line " + std::to_string(row.line) + ": ";
    Indicator indicator;
    indicator.key = row.at("key");
    indicator.label = row.at("label");
    indicator.shortLabel = row.at("short_label");
    if (indicator.key.empty() || indicator.label.empty()) throw std::invalid_argument(where + "key and label needed");
    if (!keys.insert(indicator.key).second) throw std::invalid_argument(where + "duplicate key " + indicator.key);
    const auto unit = unitFromName(row.at("unit"));
    if (!unit) throw std::invalid_argument(where + "unknown unit '" + row.at("unit") + "'");
    indicator.unit = *unit;
    const auto polarity = polarityFromName(row.at("polarity"));
    if (!polarity) throw std::invalid_argument(where + "unknown polarity '" + row.at("polarity") + "'");
    indicator.polarity = *polarity;
    try {
      indicator.precision = std::stoi(row.at("precision"));
    } catch (const std::exception&) {
      throw std::invalid_argument(where + "precision must be a number");
    }
    indicator.refines = row.list("refines");
    indicator.synonyms = row.list("synonyms");
    dictionary.indicators_.push_back(std::move(indicator));
  }
  for (const auto& indicator : dictionary.indicators_) {
    for (const auto& broader : indicator.refines) {
      if (!keys.contains(broader)) throw std::invalid_argument(indicator.key + " refines unknown " + broader);
    }
  }
  for (size_t i = 0; i < dictionary.indicators_.size(); ++i) {
    const Indicator& indicator = dictionary.indicators_[i];
    // A one-word short label ("Days", "Training", "Custody") is too common a word to find inside
    // longer labels: it matches only a whole label, unless the synonyms list it on purpose.
    const bool oneWord = labelWords(indicator.shortLabel).size() == 1;
    std::vector<std::string> all = {indicator.label, oneWord ? "=" + indicator.shortLabel : indicator.shortLabel};
    all.insert(all.end(), indicator.synonyms.begin(), indicator.synonyms.end());
    for (const auto& synonym : all) {
      const bool wholeOnly = startsWith(synonym, "=");
      auto words = labelWords(wholeOnly ? std::string_view(synonym).substr(1) : std::string_view(synonym));
      if (!words.empty()) dictionary.phrases_.push_back(Phrase{std::move(words), i, synonym, wholeOnly});
    }
  }
  for (size_t p = 0; p < dictionary.phrases_.size(); ++p) {
    dictionary.phrasesByFirstWord_[dictionary.phrases_[p].words.front()].push_back(p);
  }
  dictionary.broader_.resize(dictionary.indicators_.size());
  for (size_t i = 0; i < dictionary.indicators_.size(); ++i) {
    for (const auto& broader : dictionary.indicators_[i].refines) {
      for (size_t j = 0; j < dictionary.indicators_.size(); ++j) {
        if (dictionary.indicators_[j].key == broader) dictionary.broader_[i].push_back(j);
      }
    }
  }
  return dictionary;
}

const Indicator* IndicatorDictionary::byKey(std::string_view key) const {
  for (const auto& indicator : indicators_) {
    if (indicator.key == key) return &indicator;
  }
  return nullptr;
}

std::optional<IndicatorMatch> IndicatorDictionary::match(std::string_view printedLabel) const {
  const auto words = labelWords(printedLabel);
  if (words.empty()) return std::nullopt;
  if (const Indicator* exact = byKey(trimmed(printedLabel))) return IndicatorMatch{exact, exact->key, true};
  // The best phrase of each entry found in the label: a whole-label match first, else the longest.
  std::vector<const Phrase*> best(indicators_.size(), nullptr);
  std::vector<bool> whole(indicators_.size(), false);
  // The phrases that may be in the label, in dictionary order (ties go to the earlier phrase).
  std::vector<size_t> candidates;
  for (const std::string& word : words) {
    if (const auto it = phrasesByFirstWord_.find(word); it != phrasesByFirstWord_.end()) {
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (const size_t p : candidates) {
    const Phrase& phrase = phrases_[p];
    const bool isWhole = phrase.words == words;
    bool found = isWhole;
    if (!found && !phrase.wholeOnly && phrase.words.size() < words.size()) {
      for (size_t start = 0; start + phrase.words.size() <= words.size() && !found; ++start) {
        found = std::equal(phrase.words.begin(), phrase.words.end(), words.begin() + static_cast<long>(start));
      }
    }
    if (!found) continue;
    const Phrase*& current = best[phrase.indicator];
    if (!current || (isWhole && !whole[phrase.indicator]) ||
        (isWhole == whole[phrase.indicator] && phrase.words.size() > current->words.size())) {
      current = &phrase;
      whole[phrase.indicator] = isWhole;
    }
  }
  // An entry whose narrower entry also matched gives way to it, unless it alone is the whole label.
  std::vector<bool> outranked(indicators_.size(), false);
  for (size_t i = 0; i < indicators_.size(); ++i) {
    if (!best[i]) continue;
    for (const size_t j : broader_[i]) {
      if (!whole[j]) outranked[j] = true;
    }
  }
  std::optional<size_t> chosen;
  for (size_t i = 0; i < indicators_.size(); ++i) {
    if (!best[i] || outranked[i]) continue;
    // Whole-label matches first; then the longest phrase; on a tie the earlier entry.
    if (!chosen || (whole[i] && !whole[*chosen]) ||
        (whole[i] == whole[*chosen] && best[i]->words.size() > best[*chosen]->words.size())) {
      chosen = i;
    }
  }
  if (!chosen) return std::nullopt;
  return IndicatorMatch{&indicators_[*chosen], best[*chosen]->synonym, whole[*chosen]};
}

}  // namespace sbw
