#pragma once
// Where an action is printed, as the readers of actions need it: the headings it stands under,
// the agency whose section of a report it is in, the meeting a tracker's heading dates it to,
// and the period the report covers (for "the coming year").

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "extract/document_view.h"

namespace sbw::extract {

// Whether a passage starts before a page position (above it, or on an earlier page); `slack`
// points lower still count, for a passage that starts on the position's own line.
bool startsBefore(const Passage& passage, int page, double y, double slack = 0);

// The headings a page position stands under, innermost first: those of the last passage above it.
std::vector<std::string> headingsAt(const DocumentView& document, int page, double y);

// "Havering Youth Offending Service", "Barts Health NHS Trust": a heading that is a body's name.
bool namesBody(const std::string& heading);

// The agency a section of a report belongs to, from its headings, innermost first: the acronym a
// heading gives in brackets ("… University Hospital Trust (BHRUT)" -> "BHRUT"), else a heading
// that is itself the name of a body ("Havering Youth Offending Service"); "" when none is.
std::string agencyOf(const std::vector<std::string>& headings);

// The agency whose section a position is in: the nearest heading before it that names one (see
// agencyOf), within a few pages, or further on within the same paper while the section follows
// the template other agencies' sections do.
std::string agencyAt(const DocumentView& document, int page, double y, int maxPages = 3);

// What the short lines just above a table say about it: the meeting it records ("ROUND ONE
// (18 June 2014)", "31 March 2014") and the body ("Children, Sports and Leisure Committee").
struct TableSetting {
  std::optional<Date> meetingDate;
  std::string meetingLabel;  // the line the date is printed on
  std::string body;
};
TableSetting settingAbove(const DocumentView& document, int page, double y, int maxLines = 6);

// The period the report printed at a position covers, as printed ("2016-17"); "" when unknown.
std::string periodAt(const DocumentView& document, int page, double y);

// The first full date ("18 June 2014", "Wednesday 18 June 2014") printed in a text.
std::optional<Date> dayIn(const std::string& text);

}  // namespace sbw::extract
