#pragma once
// Tables printed as lines of text: a header line naming the columns ("LBHF RBKC WCC Total",
// "Year 2009 2010 2011 2012 2013"), then rows that end in as many figures ("Sovereign Borough
// General Fund -79,169 -59,462 -76,930 -215,561", "Number of Referrals 90 95 85 107 146"), with
// section lines ("EXPENDITURE") and labels that wrap onto lines of their own. Word processors
// print tables this way when a table's grid is lost in conversion; the table engine cannot see
// columns where nothing lines up. Each is read into a pdf::Table so that table_figures reads it
// like any other table.

#include <string>
#include <vector>

#include "extract/document_view.h"
#include "pdf/table.h"

namespace sbw::extract {

struct TextTable {
  pdf::Table table;                   // row 0 is the header; `page`, `bbox` and cell boxes are set
  std::string caption;                // the short lines just above the header
  std::vector<std::string> headings;  // headings it stands under, innermost first
  std::vector<pdf::Box> lines;        // the printed lines it was read from
};

struct TextTableOptions {
  int minColumns = 2;
  int maxLinesAbove = 14;   // lines searched above the first row for the header
  int proseLineWords = 12;  // a line this long ending a sentence is prose, not part of a table
};

// Text tables of the document, page by page. `skipTables` are indices of detected tables whose
// lines must not be read again (the tables the table readers take).
std::vector<TextTable> findTextTables(const DocumentView& document, const std::vector<bool>& skipTables,
                                      const TextTableOptions& options = {});

// A detected table whose cells each hold a run of figures ("-79,169 -59,462 -76,930") is a text
// table the engine cut into too few columns: it is better read as lines.
bool isLinearisedTable(const pdf::Table& table);

}  // namespace sbw::extract
