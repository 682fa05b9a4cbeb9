#pragma once
// Periods as reports print them: "2013-14", "2013/14", "13/14", "2015 – 16", "Jun-14", "Q1",
// "as at July 2014", "at 31 March 2017", "1 October 2020 – 31 March 2021", "2014".
// A year pair is a financial year (1 April to 31 March) unless the text says academic.

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace sbw {

enum class PeriodKind {
  FinancialYear,  // 1 April to 31 March
  AcademicYear,   // 1 September to 31 August
  CalendarYear,
  Quarter,  // of a financial year when printed with one ("Q1 2014/15"), else of a calendar year
  Month,
  HalfYear,     // of a financial year: H1 is April to September
  PointInTime,  // "at 31 March 2017"; when only a month is printed, start and end bound that month
  Range,        // explicit ranges, "year ending ...", and spans of several years ("2014-16")
};

struct Period {
  PeriodKind kind = PeriodKind::Range;
  std::string label;          // as printed, white space simplified
  std::optional<Date> start;  // inclusive; unknown for "Q1" without a year and no context
  std::optional<Date> end;    // inclusive
  int part = 0;               // the quarter (1-4) or half (1-2)

  bool dated() const { return start.has_value() && end.has_value(); }
  // True when this period lies within `other` (both dated).
  bool within(const Period& other) const;
};

// What the surrounding document says about periods printed without their year ("Q1").
struct PeriodContext {
  std::optional<int> financialYearStart;  // 2014 for a report on 2014/15
  bool academic = false;                  // the document counts school years
};

std::optional<Period> parsePeriod(std::string_view text, const PeriodContext& context = {});

const char* periodKindName(PeriodKind kind);  // "financial_year", "academic_year", ... "range"
std::optional<PeriodKind> periodKindFromName(std::string_view name);

}  // namespace sbw
