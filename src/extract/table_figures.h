#pragma once
// Figures from a table. Each number cell is a figure: its period and area come from its column
// header, its row label, a section row above it, the table's caption or title row, then the
// document's scope; its measure is the row label (or, when that only names an area, a period or a
// total, the column header, the section, the title). A "Total" column beside the members of a
// partnership is the partnership. A cell such as "12 (5%)" holds two figures. Income in an account
// printed as a credit (negative or bracketed) is money received: its sign is the account's.

#include <string>
#include <vector>

#include "extract/document_context.h"
#include "extract/printed_figure.h"
#include "pdf/table.h"

namespace sbw::extract {

// `caption` is the text printed just above the table ("Table 2: NEET, June 2014"), or empty.
// `headings` are the headings the table stands under, innermost first. `tableIndex` is recorded
// on each figure so that figures of one table can be checked together. `lead` is the end of the
// paragraph printed above it, when that stands where a caption would: what the table is about,
// the last place its measure is looked for.
std::vector<PrintedFigure> figuresFromTable(const pdf::Table& table, const std::string& caption,
                                            const std::vector<std::string>& headings, const DocumentContext& context,
                                            int tableIndex = -1, const std::string& lead = {});

}  // namespace sbw::extract
