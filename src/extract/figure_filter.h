#pragma once
// Which numbers in running text are figures. A number is a figure when it measures something:
// a count, a share, a rate, money, a time taken, a rank. It is not a figure when it only names or
// describes: page, paragraph, item, section and room numbers; dates, times and years; phone
// numbers and codes; footnote marks; ages and age bands ("aged 0 to 19", "under 16s"); school
// years, key stages, levels and grades; durations and frequencies that describe a group or a
// service ("within 45 days", "a 17-week programme", "twice a year"); thresholds inside a
// definition ("rates of over 40%", "3 or more placements"); and counts that only describe
// structure ("the three boroughs", "four Lay Members", "2 of the 3 criteria"). Such numbers stay
// searchable as page text; they just do not become observations.

#include <string>
#include <vector>

#include "extract/numbers.h"
#include "extract/sentences.h"

namespace sbw::extract {

struct FilterOptions {
  // A number set this much smaller than the sentence's text is a superscript: a footnote mark.
  double superscriptRatio = 0.8;
  // Small numbers in words that count structure rather than activity are this small or smaller.
  int structuralCountMax = 10;
  // The document's body text size; a passage set smaller that starts with a number is a footnote.
  double bodySize = 0;
  double footnoteRatio = 0.92;
};

// "day", "weeks", "hrs", "term" (lower case): a unit of time, after which a number is a duration.
bool isTimeUnit(const std::string& lower);

// Why `numbers[index]` is not a figure ("age", "page reference", ...), or "" when it is one.
std::string notAFigure(const Sentence& sentence, const std::vector<NumberSpan>& numbers, size_t index,
                       const FilterOptions& options = {});

}  // namespace sbw::extract
