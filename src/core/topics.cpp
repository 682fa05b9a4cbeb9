#include "core/topics.h"

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
  return list;
}

std::optional<Topic> TopicList::find(std::string_view text) const {
  const std::vector<std::string> words = labelWords(text);
  std::optional<size_t> bestAt;
  const Topic* best = nullptr;
  for (const Topic& topic : topics_) {
    for (const auto& trigger : topic.triggers) {
      for (size_t i = 0; i + trigger.size() <= words.size(); ++i) {
        if (bestAt && i >= *bestAt) break;
        // "education, employment or training" names a status, not a training topic.
        const bool status = i >= 2 && words[i - 2] == "employment" && (words[i - 1] == "or" || words[i - 1] == "and");
        if (!status && std::equal(trigger.begin(), trigger.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) {
          bestAt = i;
          best = &topic;
          break;
        }
      }
    }
  }
  if (best == nullptr) return std::nullopt;
  return *best;
}

}  // namespace sbw
