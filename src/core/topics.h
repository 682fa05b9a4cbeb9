#pragma once
// Topics of report sections (resources/topics.tsv): what a section is about, so that a figure
// printed with a generic noun ("23 cases") takes the meaning the section gives it ("LADO cases").

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sbw {

struct Topic {
  std::string qualifier;                           // "LADO", "training"
  std::vector<std::vector<std::string>> triggers;  // each a phrase in labelWords form
};

class TopicList {
 public:
  static const TopicList& builtIn();
  // Throws std::invalid_argument naming the line for malformed data.
  static TopicList fromTsv(std::string_view text);

  const std::vector<Topic>& all() const { return topics_; }
  // The topic whose trigger occurs earliest in `text` (as whole words), or nullopt.
  std::optional<Topic> find(std::string_view text) const;

 private:
  std::vector<Topic> topics_;
  // Each trigger under its first word, as (topic, trigger) in list order: a text is looked up word
  // by word instead of every trigger being tried at every word.
  std::unordered_map<std::string, std::vector<std::pair<size_t, size_t>>> byFirstWord_;
};

}  // namespace sbw
