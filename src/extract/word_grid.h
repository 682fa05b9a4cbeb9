#pragma once
// Tables read from the words under a header row, for trackers and plans the table engine cannot
// see: unruled ones under a shaded header, cells centred vertically, text wrapped within a cell,
// and the rest of a table carried over to the next page with or without its header.
//
// A header row is a band of short chunks of text, two or more, each naming a column an action
// table has ("Agenda Item", "Action and responsible officer", "Update"). Every word below it
// belongs to the column whose start is nearest to its left; the table ends at a line set in
// another size (a heading, the report's running text), at a wide vertical gap, or at the next
// header. Rows are separated by whitespace that crosses every column: a cell centred vertically
// lies inside the span of its row's tallest cell, so it never makes a gap of its own.

#include <string>
#include <vector>

#include "extract/action_columns.h"
#include "extract/document_view.h"
#include "pdf/table.h"

namespace sbw::extract {

struct GridColumn {
  ColumnHeader header;
  std::string title;  // as printed
  double x1 = 0;      // where its cells start
};

struct GridHeader {
  int page = 0;
  pdf::Box box;
  double fontSize = 0;
  std::vector<GridColumn> columns;  // left to right
  ActionTableKind kind = ActionTableKind::None;
};

struct GridLine {
  std::vector<pdf::Word> words;
  pdf::Box box;
  std::string text() const;
};

struct GridCell {
  std::vector<GridLine> lines;  // top to bottom
  pdf::Box box;
  std::string text() const;  // lines joined with spaces
  bool empty() const { return lines.empty(); }
};

struct GridRow {
  int page = 0;
  pdf::Box box;
  std::vector<GridCell> cells;  // one per column, empty ones included
};

struct GridBody {
  std::vector<GridRow> rows;
  double bottom = 0;           // where the table ends on the page
  bool runsToPageEnd = false;  // nothing below the last row ended it: it may go on over the page
};

struct GridOptions {
  double headerWordsPerColumn = 8;  // a column title longer than this is text, not a header
  size_t plainHeaderWords = 4;      // a header not set in bold has titles no longer than this
  double bandOverlapShare = 0.3;    // chunks overlapping this share of their height share a header band
  double columnSlackEm = 0.6;       // a word starting this far left of a column still belongs to it
  double rowGapEm = 0.12;           // whitespace at least this tall across every column separates rows
  double endGapLines = 2.5;         // a vertical gap of this many line pitches ends the table
  double otherSizePoints = 0.8;     // a line whose type differs from the table's by this much ends it
  double chunkGapEm = 1.0;          // words this far apart on a line are in different cells
  double wordGapEm = 0.5;           // a word this close after another is in the same cell as it
  double pitchEm = 1.15;            // the line pitch when a table has too few lines to measure it
};

// Header rows on the page whose columns make an action table (a tracker, plan or other table of
// actions), top to bottom.
std::vector<GridHeader> findGridHeaders(const PageView& page, const GridOptions& options = {});

// The rows under `top` on the page, read into `columns`, down to `limit` (the next header, or the
// page's end). `fontSize` is the table's type size.
GridBody readGrid(const PageView& page, const std::vector<GridColumn>& columns, double top, double limit,
                  double fontSize, const GridOptions& options = {});

// The body rows of a table the engine found, one per engine row, each cell holding the page's
// words inside it, mapped onto `columns` by position.
std::vector<GridRow> rowsOfTable(const PageView& page, const pdf::Table& table, int firstRow,
                                 const std::vector<GridColumn>& columns);

// The columns of a table the engine found, from its header row; empty when it names no action table.
GridHeader headerOfTable(const pdf::Table& table, int& headerRow);

}  // namespace sbw::extract
