#pragma once
// Where a period stands on a time axis, and which periods may share a line. Every period is drawn
// at its end: a financial year 2016-17 at 31 March 2017, a quarter on its last day, a point in time
// ("at 31 March 2017") on its date. A line joins periods of one kind only, and only neighbours: a
// year missing between two years is a gap, not a straight line across.

#include <optional>
#include <string>

#include "core/period.h"

namespace sbw {

// Periods that mean the same thing when drawn: a range that is exactly a financial year ("year
// ending 31 March 2017") is a financial year.
enum class PeriodFamily { FinancialYear, AcademicYear, CalendarYear, HalfYear, Quarter, Month, PointInTime, Span };

PeriodFamily periodFamily(PeriodKind kind, const Date& start, const Date& end);
const char* periodFamilyName(PeriodFamily family);  // "financial years", "quarters", ...

// The date a period is drawn at: its end.
inline Date plottedDate(const Date& /*start*/, const Date& end) { return end; }

// The usual distance between neighbours of a family, in days (0 for points in time and spans,
// whose spacing is the series' own).
int nominalStepDays(PeriodFamily family);

// Whether two neighbouring points of a family, `days` apart, leave a period out between them.
// `seriesStepDays` is the series' own usual step (its smallest spacing), for families without one.
bool leavesAGap(PeriodFamily family, long days, long seriesStepDays);

}  // namespace sbw
