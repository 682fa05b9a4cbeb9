#pragma once
// Figures in running text. Each sentence's numbers are sorted into figures and the rest (page and
// paragraph numbers, dates, ages, durations...: figure_filter.h); each figure gets its measure
// (figure_meaning.h), the indicator the measure names within its section's topic
// (measure_indicator.h), its area (area_reading.h) and its period (period_reading.h), each with
// where it came from. What a sentence leaves open is taken from the paragraph, the headings above
// it and the document's scope, in that order, and recorded as such for the trust decision.

#include <vector>

#include "extract/document_view.h"
#include "extract/figure_filter.h"
#include "extract/figure_meaning.h"
#include "extract/printed_figure.h"
#include "extract/reader.h"

namespace sbw::extract {

struct ProseOptions {
  FilterOptions filter;
  MeaningOptions meaning;
  size_t snippetCharacters = 300;
};

// Sentences whose words lie on lines another reader has claimed (`findings.claimedLines`) are skipped.
std::vector<PrintedFigure> figuresFromProse(const DocumentView& document, const Findings& findings,
                                            const ProseOptions& options = {});

}  // namespace sbw::extract
