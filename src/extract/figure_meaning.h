#pragma once
// What a figure in running text measures, and what kind of figure it is. The measure is the noun
// phrase the number belongs to: the words it counts ("1,954 referrals to social care"), the group
// a share is of ("57% of looked after children"), the subject it is predicated of ("the national
// rate of 59%", "The service case load is 4464"), or, for a number that names nothing itself
// ("19.5% in RBKC", "LBHF (+9%)", "10 (7%)"), the measure of the figure it is listed with.

#include <optional>
#include <string>
#include <vector>

#include "core/figure_terms.h"
#include "extract/numbers.h"
#include "extract/sentences.h"

namespace sbw::extract {

struct Meaning {
  std::string measure;  // the measure phrase as printed, short; "" when none could be told
  size_t measureBegin = 0;
  size_t measureEnd = 0;    // words [measureBegin, measureEnd); empty when inherited or none
  bool inherited = false;   // the measure of a figure it is listed with
  bool evaluation = false;  // a result of a survey or evaluation ("84% felt better equipped")
  bool timeliness = false;  // a share done within a time limit ("within statutory timescales")
  FigureKind kind = FigureKind::Outturn;
  Bound bound = Bound::Exact;
  bool from = false;          // the earlier level of "from X to Y": its own period only if printed beside it
  bool shareOfCount = false;  // "(46%)" right after a count: the count's area, period and measure
};

struct MeaningOptions {
  size_t maxMeasureWords = 8;   // a measure phrase is short: longer runs are clauses
  size_t maxSubjectWords = 14;  // a sentence subject that a list of areas shares ("The percentage of ...")
  size_t maxVerbWords = 12;     // "32 people attended training on ...": the verb phrase after a person noun
  size_t lookBack = 10;         // words before a figure searched for its subject
};

// Meanings of the figures `figures` (indices into `numbers`) of one sentence, in order. `before`
// is the last meaning of the sentence before in the same paragraph, for figures that name nothing.
// `named` marks the words that name an area or a period (one flag per word of the sentence): they
// are never part of a measure.
std::vector<Meaning> meaningsOf(const Sentence& sentence, const std::vector<NumberSpan>& numbers,
                                const std::vector<size_t>& figures, const Meaning* before,
                                const std::vector<bool>& named, const MeaningOptions& options = {});

// Words that end a measure phrase: articles, prepositions, verbs of reporting, conjunctions.
bool isFunctionWord(const std::string& lower);

}  // namespace sbw::extract
