#pragma once
// Minutes: the decisions and requests that ask someone to act. A minuted RESOLVED that only notes
// a report or approves the minutes asks nothing; one that recommends, refers or asks for a report
// is a resolution, and each recommendation it lists is one. In the discussion, requests ("The
// Committee requested that…", "The Chair asked that officers…", "It was agreed that…", "The
// Chair suggested X be invited…"), undertakings ("X said she would take the proposal…", "As
// Chair of the Board he would take the report forward…") and "ACTION:" lines are actions, owned
// by whoever is to act, named from the attendance list where the minutes give only a post or a
// first name. Due dates are read against the meeting's date ("in the next week").

#include <memory>
#include <utility>
#include <vector>

#include "extract/reader.h"
#include "extract/text_units.h"

namespace sbw::extract {

std::unique_ptr<Reader> minutesReader();

// The runs of units that are minutes, first and last unit inclusive: from a "Minutes" heading to
// the line that closes the meeting ("The meeting ended at…").
std::vector<std::pair<size_t, size_t>> minutesSpans(const std::vector<TextUnit>& units);

}  // namespace sbw::extract
