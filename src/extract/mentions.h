#pragma once
// Finding names of areas and periods inside running text: "In 2016-17 Westminster received ...".
// Tokens are words as printed; a mention covers tokens [begin, end).

#include <optional>
#include <string>
#include <vector>

#include "core/area.h"
#include "core/area_registry.h"
#include "core/period.h"
#include "extract/printed_figure.h"

namespace sbw::extract {

struct AreaMention {
  size_t begin = 0;
  size_t end = 0;
  const Area* area = nullptr;
  std::string printed;  // "LBHF", "the national average" -> "national"
};

struct PeriodMention {
  size_t begin = 0;
  size_t end = 0;
  Period period;
};

// The words of a text, split at white space.
std::vector<std::string> wordsOf(const std::string& text);

// The role a figure for `area` plays: England, London, a region... or the local figure.
Comparator comparatorFor(const Area* area);

// A token without the punctuation that clings to words in prose: "(2,342)," -> "2,342".
std::string bareToken(const std::string& token);

// Longest area names first, left to right; "national" and "nationally" stand for England.
std::vector<AreaMention> findAreaMentions(const std::vector<std::string>& tokens,
                                          const AreaRegistry& areas = AreaRegistry::builtIn());

// Longest periods first, left to right ("1 October 2020 - 31 March 2021" is one mention).
std::vector<PeriodMention> findPeriodMentions(const std::vector<std::string>& tokens,
                                              const PeriodContext& context = {});

}  // namespace sbw::extract
