#pragma once
// Tables of actions across a document: trackers, business plans and other tables whose header
// row names an action column. Each is read once, ruled or not (word_grid.h), with the rows it
// carries over onto the following pages, whether the header is printed again there or not. A
// row that only continues the cells of the row before it (a cell wrapped over the page break,
// an update running on below the row's other cells) is joined to that row.

#include <vector>

#include "extract/document_view.h"
#include "extract/word_grid.h"

namespace sbw::extract {

struct ActionTable {
  GridHeader header;
  std::vector<GridColumn> columns;   // where the columns stand where the table last printed its header
  std::vector<GridRow> rows;         // body rows in reading order, across pages
  std::vector<size_t> engineTables;  // the engine's tables (indices into DocumentView::tables) it was read from
  int lastPage = 0;
  std::vector<std::pair<int, pdf::Box>> areas;  // the header and rows on each page, for other readers to skip
};

struct ActionTableOptions {
  GridOptions grid;
  // A header this close to the top of a page's text (in lines) over a table of the same columns
  // repeats the header of the table before: the table goes on.
  double repeatedHeaderLines = 3;
  int maxContinuationPages = 12;
};

std::vector<ActionTable> findActionTables(const DocumentView& document, const ActionTableOptions& options = {});

// The column index of the first column with `role`, or -1.
int columnWith(const GridHeader& header, ColumnRole role);

}  // namespace sbw::extract
