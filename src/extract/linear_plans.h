#pragma once
// Plan tables printed as text: a line naming the columns ("Priority Action Outcome", "Outcomes
// Actions"), then the cells one after another in one narrow column, the wide narrative of an
// Outcome column running between them. Word processors print a table this way when its grid is
// lost; nothing lines up for the table engine or the word grid to see. Each paragraph of the
// narrow column that opens in bold and reads as a task ("Develop a comprehensive
// communications strategy…", "LSCB Chair to assess…", "Peer on peer abuse – assess…") is one
// plan action, with a second task in it ("… substance misuse. Improve links …") another; a
// narrow line in lower case after the narrative carries the cell it interrupted on. The period
// in the heading above the plan ("Priorities … – 2016/17") is every action's target.

#include <memory>

#include "extract/reader.h"

namespace sbw::extract {

std::unique_ptr<Reader> linearPlanReader();

}  // namespace sbw::extract
