#include "extract/measure_indicator.h"

#include <algorithm>

#include "core/text.h"
#include "extract/sentences.h"

namespace sbw::extract {
namespace {

bool mentionsQualifier(const IndicatorMatch& match, const Topic& topic) {
  const auto synonym = labelWords(match.synonym);
  const auto qualifier = labelWords(topic.qualifier);
  return std::search(synonym.begin(), synonym.end(), qualifier.begin(), qualifier.end()) != synonym.end();
}

bool hasContentWord(const std::string& measure) {
  for (const std::string& word : labelWords(measure)) {
    if (!isFunctionWord(word) && word.size() > 2) return true;
  }
  return false;
}

}  // namespace

std::optional<IndicatorMatch> matchInTopic(const std::string& label, const Topic& topic,
                                           const IndicatorDictionary& dictionary) {
  // The whole measure within the topic, then its head noun: "LADO cases", "training courses".
  const auto words = split(simplified(label), ' ');
  std::vector<std::string> tries = {label};
  if (words.size() > 1) {
    tries.push_back(words.front());
    tries.push_back(words.back());
  }
  for (const std::string& phrase : tries) {
    if (auto qualified = dictionary.match(topic.qualifier + " " + phrase);
        qualified && mentionsQualifier(*qualified, topic)) {
      return qualified;
    }
  }
  return std::nullopt;
}

std::string measureLabel(const std::string& measure, size_t maxCharacters) {
  std::string label = simplified(measure);
  while (!label.empty() && (label.back() == ',' || label.back() == '.' || label.back() == ';' || label.back() == ':' ||
                            label.back() == ')' || label.back() == '(')) {
    label.pop_back();
  }
  if (label.size() > maxCharacters) {
    label = label.substr(0, maxCharacters);
    if (const auto space = label.rfind(' '); space != std::string::npos && space > maxCharacters / 2) label.resize(space);
  }
  return label;
}

IndicatorChoice indicatorFor(const Meaning& meaning, const TopicInContext& topic, const IndicatorDictionary& dictionary) {
  IndicatorChoice choice;
  choice.label = measureLabel(meaning.measure);
  const Source own = meaning.inherited ? Source::Paragraph : Source::Phrase;
  if (meaning.evaluation) {
    choice.settled = !meaning.measure.empty();
    choice.source = own;
    return choice;
  }
  if (choice.label.empty()) return choice;
  std::optional<IndicatorMatch> match;
  Source source = own;
  if (topic.topic) {
    if (auto qualified = matchInTopic(choice.label, *topic.topic, dictionary)) {
      match = qualified;
      source = std::min(own, topic.source);
    }
  }
  if (!match) match = dictionary.match(choice.label);
  if (match && meaning.timeliness) {
    // A share done in time is a measure of its own: the key only when the dictionary has it.
    const auto words = labelWords(match->synonym);
    const bool timed = std::find(words.begin(), words.end(), "within") != words.end();
    if (!timed) match.reset();
  }
  if (match) {
    choice.key = match->indicator->key;
    choice.settled = true;
    choice.source = source;
    return choice;
  }
  // Nothing in the dictionary: sure there is no key when the measure is printed and says something.
  choice.settled = !meaning.inherited && hasContentWord(choice.label);
  choice.source = own;
  return choice;
}

}  // namespace sbw::extract
