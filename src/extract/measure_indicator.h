#pragma once
// The dictionary indicator a figure's measure names. The measure phrase is matched first within
// the topic of its section ("referrals" under a LADO heading are LADO referrals), then on its own;
// evaluation results ("84% felt better equipped") and shares done within a time limit have no key
// unless the dictionary has one for exactly that.

#include <optional>
#include <string>

#include "core/indicator_dictionary.h"
#include "core/topics.h"
#include "extract/figure_meaning.h"
#include "extract/printed_figure.h"

namespace sbw::extract {

struct IndicatorChoice {
  std::string key;       // "" for no key
  bool settled = false;  // the reader is sure of the key (or sure there is none)
  Source source = Source::None;
  std::string label;  // the measure as printed, short
  // Named only by the section's topic: a generic noun ("23 cases") in a section about something.
  bool byTopicAlone = false;
};

struct TopicInContext {
  std::optional<Topic> topic;
  Source source = Source::None;  // where the topic was found: sentence, paragraph or heading
};

// The dictionary entry a label names within a topic: "LADO" + "Number of Referrals" is LADO
// referrals. Only a synonym that names the topic's qualifier counts.
std::optional<IndicatorMatch> matchInTopic(const std::string& label, const Topic& topic,
                                           const IndicatorDictionary& dictionary = IndicatorDictionary::builtIn());

// `unit` is the unit printed with the figure: a share of a count keeps the count's key, but money
// never takes a count's key.
IndicatorChoice indicatorFor(const Meaning& meaning, const TopicInContext& topic,
                             std::optional<Unit> unit = std::nullopt,
                             const IndicatorDictionary& dictionary = IndicatorDictionary::builtIn());

// People attending training and courses being run, however the sentence words it ("over 350
// participants for this training", "32 people attended training on the Dash RIC", "59 courses
// scheduled"): the dictionary key, or "" when the measure is not about training.
std::string trainingIndicator(const std::string& measure, const std::optional<Topic>& topic);

// Shortens a measure phrase to a label: no clinging punctuation, at most `maxCharacters`.
std::string measureLabel(const std::string& measure, size_t maxCharacters = 80);

}  // namespace sbw::extract
