#include "extract/measure_indicator.h"

#include <algorithm>
#include <set>

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

bool anyOf(const std::vector<std::string>& words, std::initializer_list<std::string_view> wanted) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return std::find(wanted.begin(), wanted.end(), w) != wanted.end(); });
}

std::string withoutAuxiliaries(const std::string& measure) {
  static const std::set<std::string> kAuxiliaries = {"is", "are", "was", "were", "been", "being", "be"};
  std::string out;
  for (const std::string& word : split(simplified(measure), ' ')) {
    if (kAuxiliaries.contains(lowered(word))) continue;
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

// "number of referrals" says no more than "referrals": words that only count do not narrow.
size_t contentWords(const std::string& phrase) {
  size_t n = 0;
  for (const std::string& word : labelWords(phrase)) {
    if (word != "number" && word != "total" && !isFunctionWord(word)) ++n;
  }
  return n;
}

// "cases", "children", "young people", "referrals": nouns that count whatever the section is about.
bool countsGenerically(const std::string& phrase) {
  return anyOf(labelWords(phrase), {"case", "child", "children", "young", "people", "referral", "family", "families",
                                    "individual", "victim", "incident", "notification", "person"});
}

}  // namespace

std::string trainingIndicator(const std::string& measure, const std::optional<Topic>& topic) {
  const auto words = labelWords(measure);  // plural 's' dropped: "courses" is "course"
  if (words.empty()) return {};
  // "Training", "courses" say training; "sessions", "seminars", "workshops" are training only
  // where the section or paragraph is about training (not "Safer Parenting Sessions").
  const bool inTraining = topic && topic->qualifier == "training";
  const bool training = inTraining || anyOf(words, {"training", "course", "e-learning", "module"});
  if (!training) return {};
  const bool people = anyOf(words, {"people", "participant", "delegate", "attendee", "practitioner", "professional",
                                    "staff", "officer", "worker", "member", "colleague", "learner", "audience"});
  const bool attending = anyOf(
      words, {"attended", "attending", "attend", "took", "participated", "received", "completed", "trained", "part"});
  if (people && (attending || anyOf(words, {"training", "course", "workshop"}))) return "training_attendance";
  const bool delivered = anyOf(words, {"delivered", "held", "run", "scheduled", "provided", "offered", "ran", "place",
                                       "commissioned", "available"});
  // What is counted is the noun before any verb: "separate courses were scheduled".
  std::vector<std::string> noun;
  for (const std::string& word : words) {
    if (word == "were" || word == "was" || word == "have" || word == "has" || word == "had" || word == "are" ||
        word == "is" || word == "been") {
      break;
    }
    noun.push_back(word);
  }
  const bool events = anyOf(noun, {"course", "session", "workshop", "seminar", "event", "briefing", "module", "place"});
  if (events && (delivered || words.size() <= 2)) return "training_delivered";
  return {};
}

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
    // The synonym must say more than the topic's name, unless what is counted is a generic noun:
    // "23 cases" in the care proceedings section are care proceedings; "five secondary schools"
    // in the CSE section are no CSE cases.
    if (auto qualified = dictionary.match(topic.qualifier + " " + phrase);
        qualified && mentionsQualifier(*qualified, topic) &&
        (labelWords(qualified->synonym).size() > labelWords(topic.qualifier).size() || countsGenerically(phrase))) {
      return qualified;
    }
  }
  return std::nullopt;
}

std::string measureLabel(const std::string& measure, size_t maxCharacters) {
  if (maxCharacters == 0) maxCharacters = 1;
  std::string label = simplified(measure);
  while (!label.empty() && (label.back() == ',' || label.back() == '.' || label.back() == ';' || label.back() == ':' ||
                            label.back() == ')' || label.back() == '(')) {
    label.pop_back();
  }
  if (label.size() > maxCharacters) {
    label = label.substr(0, maxCharacters);
    if (const auto space = label.rfind(' '); space != std::string::npos && space > maxCharacters / 2)
      label.resize(space);
  }
  return label;
}

IndicatorChoice indicatorFor(const Meaning& meaning, const TopicInContext& topic, std::optional<Unit> unit,
                             const IndicatorDictionary& dictionary) {
  IndicatorChoice choice;
  choice.label = measureLabel(meaning.measure);
  const Source own = meaning.inherited ? Source::Paragraph : Source::Phrase;
  if (meaning.evaluation) {
    choice.settled = !meaning.measure.empty();
    choice.source = own;
    return choice;
  }
  if (choice.label.empty()) return choice;
  // Matched on the whole measure; the label keeps its first words.
  const std::string measure = measureLabel(meaning.measure, meaning.measure.size());
  if (const std::string training = trainingIndicator(measure, topic.topic); !training.empty()) {
    choice.key = training;
    choice.settled = true;
    choice.source = own;
    return choice;
  }
  std::optional<IndicatorMatch> match;
  Source source = own;
  // "children were in need", "child deaths were reviewed": the measure without its auxiliaries.
  auto direct = dictionary.match(withoutAuxiliaries(measure));
  if (!direct) direct = dictionary.match(measure);
  if (topic.topic) {
    // Within the topic, unless the measure itself names something more specific ("deaths
    // reviewed" in the CDOP's section is reviews, not notifications).
    if (auto qualified = matchInTopic(measure, *topic.topic, dictionary)) {
      const size_t qualifiedWords = labelWords(qualified->synonym).size() - labelWords(topic.topic->qualifier).size();
      if (!direct || contentWords(direct->synonym) <= qualifiedWords) {
        match = qualified;
        source = std::min(own, topic.source);
        choice.byTopicAlone = labelWords(qualified->synonym).size() == labelWords(topic.topic->qualifier).size();
      }
    }
  }
  if (!match) match = direct;
  const Indicator* indicator = match ? match->indicator : nullptr;
  if (indicator != nullptr && meaning.timeliness) {
    // A share done in time is a measure of its own: the key only when the dictionary has it.
    const auto words = labelWords(match->synonym);
    if (std::find(words.begin(), words.end(), "within") == words.end()) indicator = nullptr;
  }
  // Money never measures a count, nor a count money; a share of the population is a demographic
  // share, not the population.
  if (indicator != nullptr && unit && *unit == Unit::Gbp && indicator->unit != Unit::Gbp) indicator = nullptr;
  if (indicator != nullptr && unit && *unit == Unit::Percent && !meaning.inherited &&
      (indicator->key == "population" || indicator->key == "child_population")) {
    indicator = nullptr;
  }
  // "34% of the section 47 enquiries led to an Initial Child Protection Conference": a share that
  // went on to something is a rate of that outcome, not of what it started from.
  if (indicator != nullptr && unit && *unit == Unit::Percent) {
    const auto words = split(simplified(measure), ' ');
    for (size_t k = 1; k < words.size(); ++k) {
      const std::string verb = lowered(words[k]);
      if (verb != "led" && verb != "resulted" && verb != "progressed" && verb != "proceeded" && verb != "went" &&
          verb != "converted" && verb != "moved" && verb != "stepped") {
        continue;
      }
      std::string subject;
      for (size_t j = 0; j < k; ++j) subject += (j ? " " : "") + words[j];
      if (const auto before = dictionary.match(subject); before && before->indicator == indicator) indicator = nullptr;
      break;
    }
  }
  // "a BAME population of 188,969", "the adult population": a part of the population is not it.
  if (indicator != nullptr && indicator->key == "population") {
    static const std::set<std::string> kPlain = {"the",   "total", "resident", "estimated", "overall", "borough",
                                                 "local", "whole", "of",       "is",        "its",     "our"};
    const auto words = labelWords(measure);
    const bool saysPopulation = std::find(words.begin(), words.end(), "population") != words.end();
    for (const std::string& word : saysPopulation ? words : std::vector<std::string>{}) {
      if (word == "population") break;
      if (!kPlain.contains(word)) {
        indicator = nullptr;
        break;
      }
    }
  }
  if (indicator != nullptr) {
    choice.key = indicator->key;
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
