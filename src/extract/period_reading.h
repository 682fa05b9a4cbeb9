#pragma once
// The period a figure in running text is for. In order of strength: a period printed right at the
// figure ("146 referrals in 2012-13", "In March 2017 40 cases", "2015/16 (9)", "79 at Q1"), the
// period its sentence names, one an earlier sentence of the paragraph named, a heading above it,
// the year the document reports on. Relative periods are read against that year ("last year",
// "by the end of the year"); "currently" and "at this time" are the date the paper is dated on,
// and leave a figure undated in a paper without a date, as does the earlier level of "from 18 to
// 14" unless its own period is printed beside it.

#include <optional>
#include <string>
#include <vector>

#include "core/period.h"
#include "extract/figure_meaning.h"
#include "extract/mentions.h"
#include "extract/numbers.h"
#include "extract/printed_figure.h"
#include "extract/sentences.h"

namespace sbw::extract {

struct PeriodChoice {
  std::optional<Period> period;
  std::string printed;
  Source source = Source::None;
  bool undated = false;  // the sentence says the figure is current, or it is an undated earlier level
};

// Period mentions of a sentence, relative ones ("last year") resolved against `reporting`.
std::vector<PeriodMention> sentencePeriods(const Sentence& sentence, const PeriodContext& context,
                                           const std::optional<Period>& reporting,
                                           const std::optional<Date>& writtenOn = std::nullopt);

// True when the period is the baseline of a comparison: "a 1% increase on the previous year",
// "more than in 2015/16", "compared with last year", "since 2013".
// `figure` is where the figure stands: a comparison before it ("compared to 22% of last year") is
// the figure's own period, one between it and the period ("35% ... compared to ... last year") is not.
bool isBaseline(const Sentence& sentence, const PeriodMention& mention, size_t figure = 0);

PeriodChoice periodInSentence(const Sentence& sentence, const std::vector<PeriodMention>& periods,
                              const std::vector<NumberSpan>& numbers, const std::vector<size_t>& figures, size_t figure,
                              const Meaning& meaning);

}  // namespace sbw::extract
