#pragma once
// Where the tables are on a page. Ruled tables come from connected ruling lines (and stacks of
// parallel horizontal rules); unruled tables from runs of lines whose chunks line up in columns;
// action trackers from a header band over wrapped prose. What only looks like a table (prose,
// lists, contents, contact lists, forms, charts) is rejected.

#include <vector>

#include "pdf/rulings.h"
#include "pdf/table.h"
#include "pdf/table_options.h"
#include "pdf/word.h"

namespace sbw::pdf {

// Tables of one page, top to bottom, with their structure; `page`, `pageWidth` and `pageHeight`
// are left for the caller to fill in.
std::vector<Table> detectTables(const std::vector<Word>& words, const Rulings& rulings,
                                const TableOptions& options = {});

// Cheap test on the text alone: could this page hold a table at all? (Two neighbouring lines cut
// into cells by wide gaps that line up.) Pages that cannot are not rendered: rendering is most of
// the time `sbw tables` takes.
bool mayHoldTable(const std::vector<Word>& words, const TableOptions& options = {});

}  // namespace sbw::pdf
