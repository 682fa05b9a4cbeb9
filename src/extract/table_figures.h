#pragma once
// Figures from a table: each number cell becomes a figure whose indicator, area and period come
// from its row label, its column header, the table's caption, in that order of precedence.

#include <string>
#include <vector>

#include "extract/document_context.h"
#include "extract/printed_figure.h"
#include "pdf/table.h"

namespace sbw::extract {

// `caption` is the text printed just above the table ("Table 2: NEET, June 2014"), or empty.
std::vector<PrintedFigure> figuresFromTable(const pdf::Table& table, const std::string& caption,
                                            const DocumentContext& context);

}  // namespace sbw::extract
