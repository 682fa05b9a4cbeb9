#pragma once
// The reader of tables of actions: trackers (action and recommendation trackers), business plans
// and other tables whose header names an action column, in any layout the word grid reads
// (word_grid.h), across pages. It claims the tables and lines it reads, so that figure readers
// leave them alone, and ties tracker rows to the meeting their heading dates them to.

#include <memory>

#include "extract/reader.h"

namespace sbw::extract {

std::unique_ptr<Reader> actionTableReader();

// The index in `findings.meetings` of the meeting held on `date`, adding it when none is.
int meetingOn(Findings& findings, const Date& date, const std::string& body, int page, const std::string& label);

}  // namespace sbw::extract
