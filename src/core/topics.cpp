#include "core/topics.h"

#include <algorithm>
#include <stdexcept>

#include "core/indicator_dictionary.h"
#include "core/resources.h"
#include "core/tsv.h"

namespace sbw {

const TopicList& TopicList::builtIn() {
  static const TopicList topics = fromTsv(resources::topicsTsv());
  return topics;
}

TopicList TopicList::fromTsv(std::string_view text) {
  TopicList list;
  for (const auto& row : readTsv(text, {"qualifier", "triggers"})) {
    Topic topic;
    topic.qualifier = row.at("qualifier");
    if (topic.qualifier.empty()) {
      throw std::invalid_argument("line " + std::to_string(row.line) + ": a topic needs a qualifier");
    }
    for (const std::string& trigger : row.list("triggers")) {
      auto words = labelWords(trigger);
      if (!words.empty()) topic.triggers.push_back(std::move(words));
    }
    if (topic.triggers.empty()) {
      throw std::invalid_argument("line " + std::to_string(row.line) + ": topic " + topic.qualifier +
                                  " has no triggers");
    }
    list.topics_.push_back(std::move(topic));
  }
  for (size_t t = 0; t < list.topics_.size(); ++t) {
    const auto& triggers = list.topics_[t].triggers;
    for (size_t k = 0; k < triggers.size(); ++k) list.byFirstWord_[triggers[k].front()].emplace_back(t, k);
  }
  return list;
}

std::optional<Topic> TopicList::find(std::string_view text) const {
  const std::vector<std::string> words = labelWords(text);
  for (size_t i = 0; i < words.size(); ++i) {
    const auto starting = byFirstWord_.find(words[i]);
    if (starting == byFirstWord_.end()) continue;
    // "education, employment or training" names a status, not a training topic.
    if (i >= 2 && words[i - 2] == "employment" && (words[i - 1] == "or" || words[i - 1] == "and")) continue;
    // At the earliest place a trigger matches, the first topic in the list wins.
    for (const auto& [t, k] : starting->second) {
      const std::vector<std::string>& trigger = topics_[t].triggers[k];
      if (i + trigger.size() <= words.size() &&
          std::equal(trigger.begin(), trigger.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) {
        return topics_[t];
      }
    }
  }
  return std::nullopt;
}

}  // namespace sbw
