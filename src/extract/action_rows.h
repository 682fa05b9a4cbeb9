#pragma once
// The items in the rows of a table of actions. A tracker row is one item however many lines it
// wraps to, with its reference, agenda item, owner (its own column, or the officer written after
// the action text), due date and update; a cell listing numbered recommendations gives one item
// each, with the officer or cabinet member printed under the list. A business plan's Action
// cell gives one item per distinct action (its bullets, or as many actions as its Target cell
// gives dates), each with the row's Lead and its own Target.

#include <optional>
#include <string>
#include <vector>

#include <functional>

#include "core/date.h"
#include "extract/action_tables.h"
#include "extract/fill_colours.h"
#include "extract/printed_action.h"

namespace sbw::extract {

// What the page around a table says about all of its rows.
struct RowSetting {
  std::string agendaItem;  // when the table has no agenda column
  std::string meetingBody;
  std::optional<Date> meetingDate;
  int meeting = -1;    // index into Findings::meetings
  std::string agency;  // the owner of rows that name none, when the table sits in an agency's section
  std::string period;  // the period the report covers, as printed
  // The colour of a region of a page, and what the tracker's key says its colours mean.
  std::function<std::optional<Rgb>(int page, const pdf::Box& box)> fill;
  ColourKey key;
};

struct RowOptions {
  size_t minActionChars = 8;  // a shorter action cell is a sub-heading or a stray mark, not an action
  size_t minActionWords = 3;  // nor is one of fewer words ("services.", "Complete")
  size_t ragUpdateWords = 6;  // an update this short may name its rating anywhere ("Overdue – RED")
  double confidenceRuled = 0.9;
  double confidenceUnruled = 0.75;
};

std::vector<PrintedAction> actionsOfTable(const ActionTable& table, const RowSetting& setting,
                                          const RowOptions& options = {});

// A plan's Action cell cut into its distinct actions: at bullets and numbers (unless the text
// before them introduces a list that scopes one action: "… including:"), at a sentence that opens
// with an action verb, and, when the Target cell gives `parts` dates, at the capitalised words
// most likely to start an action until there are that many.
std::vector<std::string> splitActionCell(const GridCell& cell, size_t parts);

// A cell's lines as numbered or bulleted entries; `rest` gets the lines after the last entry
// that do not continue it (an officer printed under a list). Empty when the cell is no list.
std::vector<std::string> listEntries(const GridCell& cell, std::string* rest = nullptr);

}  // namespace sbw::extract
