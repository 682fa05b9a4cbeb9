#pragma once
// Where the tables are on a page. Ruled tables come from connected ruling lines (and stacks of
// parallel horizontal rules); unruled tables from runs of lines whose chunks line up in columns.
// Prose, bullet lists and tables of contents are rejected.

#include <vector>

#include "pdf/rulings.h"
#include "pdf/table.h"
#include "pdf/word.h"

namespace sbw::pdf {

// Tables of one page, top to bottom, with their structure; `page`, `pageWidth` and `pageHeight`
// are left for the caller to fill in.
std::vector<Table> detectTables(const std::vector<Word>& words, const Rulings& rulings);

// Cheap test on the text alone: could this page hold a table at all? (Two neighbouring lines cut
// into cells by wide gaps that line up.) Pages that cannot are not rendered: rendering is most of
// the time `sbw tables` takes.
bool mayHoldTable(const std::vector<Word>& words);

}  // namespace sbw::pdf
