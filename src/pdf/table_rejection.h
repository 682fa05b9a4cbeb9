#pragma once
// What looks like a table but is not one: too little of a grid, a frame around prose, a table
// of contents, a contact list, a form, a chart's axis. Internal to the table engine.

#include <vector>

#include "pdf/table.h"
#include "pdf/table_options.h"
#include "pdf/text_chunks.h"

namespace sbw::pdf::rejection {

// At least two rows and columns, enough cells filled, and more than a frame around prose.
bool plausibleGrid(const Table& table, const TableOptions::Rejection& options);

// A table of contents set without dot leaders: lines of a title and, last, a page number, the
// numbers never going down. Read from the lines in `box` rather than the grid.
bool looksLikeContents(const Box& box, const std::vector<ChunkLine>& lines, size_t minimumPages,
                       const TableOptions::Rejection& options);

// The reason a plausible grid is still no table, or nullptr: "contact list", "form", "chart".
const char* notATable(const Table& table, const TableOptions::Rejection& options);

}  // namespace sbw::pdf::rejection
