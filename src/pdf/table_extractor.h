#pragma once
// Tables of a whole document: per page words, rulings from a low-resolution render, detection and
// structure; then tables that run on across a page break are linked.

#include <vector>

#include "pdf/pdf_document.h"
#include "pdf/table.h"
#include "pdf/table_options.h"

namespace sbw::pdf {

struct TableExtractionOptions {
  int firstPage = 1;  // 1-based, inclusive
  int lastPage = 0;   // 0: to the end
  double dpi = 72;    // one pixel per point: thin rules still render as one-pixel lines
  // Pages are independent until they are linked, so they can be worked on in parallel; each
  // extra thread opens the file once more (a poppler document belongs to one thread). 1 keeps to
  // the calling thread, which suits callers that run several documents at once themselves.
  int threads = 1;
  TableOptions table;  // the engine's thresholds (docs/tables.md)
};

std::vector<Table> extractTables(const PdfDocument& document, const TableExtractionOptions& options = {});

// The tables of one page whose words the caller has already read (0-based `index`): the page is
// rendered for its rulings only when its words may hold a table at all. `page`, `pageWidth` and
// `pageHeight` are filled in; `continues` is left for linkContinuations.
std::vector<Table> findPageTables(const PdfDocument& document, int index, const std::vector<Word>& words,
                                  const PageInfo& info, double dpi = 72, const TableOptions& options = {});

// Sets `continues` on a table that carries on the last table of the previous page: it starts near
// the top of its page, that one ends near the bottom of its page, and the columns line up.
void linkContinuations(std::vector<Table>& tables, const TableOptions::Continuation& options = {});

}  // namespace sbw::pdf
