#pragma once
// The day an action is due, from the timing words printed with it, the way a scrutiny officer
// reads them: a month is its last day ("Jan 14" is 31 January 2014), a year its 31 December, a
// financial year or a plan period ("2014/15", "2014-16") its 31 March, a season or a school term
// its usual end, a quarter its last day. Relative wording counts from what it is relative to:
// "in the next 2 weeks" from the meeting that asked, "the coming year" from the end of the year a
// report covers. Wording that names no day ("On-going", "regularly", "4 x per annum", "and
// beyond") gives none.

#include <optional>
#include <string_view>

#include "core/date.h"

namespace sbw {

struct DueContext {
  std::optional<Date> meeting;       // the meeting that raised the item, for "in the next 2 weeks"
  std::optional<Date> reportingEnd;  // the last day of the period the report covers, for "the coming year"
  std::optional<Date> reference;     // the document's own date, for a month printed without its year
};

std::optional<Date> resolveDueDate(std::string_view printed, const DueContext& context = {});

// Adds whole days (negative goes back).
Date addDays(Date date, long days);

}  // namespace sbw
