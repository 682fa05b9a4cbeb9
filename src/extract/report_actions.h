#pragma once
// Actions and recommendations in a report's running text: the entries of lists headed as
// recommendations, actions, next steps, priorities or challenges ("Board Challenge",
// "Priorities for 2017/18:", "The taskforce made five recommendations:"), and free-standing
// sentences that recommend or commit to a task and say who is to act or when (commitments.h).
// "We" is the agency whose section of the report it is. Timing words are read against the
// period the report covers ("the coming year" in a 2016-17 report is 2017-18). Minutes, and
// the tables other readers have taken, are left to their readers.

#include <memory>

#include "extract/reader.h"

namespace sbw::extract {

std::unique_ptr<Reader> reportActionReader();

}  // namespace sbw::extract
