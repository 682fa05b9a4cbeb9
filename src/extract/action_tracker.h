#pragma once
// Action and recommendation trackers: tables whose header names an action (or recommendation)
// column and at least one of owner, due date, status or RAG. Each body row is one action.

#include <string>
#include <vector>

#include "extract/printed_action.h"
#include "pdf/table.h"

namespace sbw::extract {

// The actions in `table`, or none when it is not a tracker. `agendaItem` is the heading the table
// stands under, as printed.
std::vector<PrintedAction> actionsFromTable(const pdf::Table& table, const std::string& agendaItem);

}  // namespace sbw::extract
