#pragma once
// Figures from running text: "In 2016-17 Family Services received 1,954 referrals". A figure's
// label is the clause around it, its area and period the nearest ones named in its sentence.

#include <vector>

#include "extract/document_context.h"
#include "extract/printed_figure.h"
#include "pdf/geometry.h"
#include "pdf/pdf_document.h"
#include "pdf/word.h"

namespace sbw::extract {

// `words` are one page's words; words inside `exclude` (the page's tables) are skipped, and so are
// running headers and footers near the page's top and bottom edges.
std::vector<PrintedFigure> figuresFromProse(const std::vector<pdf::Word>& words, const pdf::PageInfo& page,
                                            const std::vector<pdf::Box>& exclude, const DocumentContext& context);

}  // namespace sbw::extract
