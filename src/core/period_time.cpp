#include "core/period_time.h"

namespace sbw {
namespace {

// A step more than half as long again as the usual one has a period missing in it: a year then
// the year after next is 730 days, a year then the next about 365.
constexpr double kGapFactor = 1.5;

bool isFinancialYear(const Date& start, const Date& end) {
  return start.month == 4 && start.day == 1 && end.month == 3 && end.day == 31 && end.year == start.year + 1;
}
bool isAcademicYear(const Date& start, const Date& end) {
  return start.month == 9 && start.day == 1 && end.month == 8 && end.day == 31 && end.year == start.year + 1;
}
bool isCalendarYear(const Date& start, const Date& end) {
  return start.month == 1 && start.day == 1 && end.month == 12 && end.day == 31 && end.year == start.year;
}

}  // namespace

PeriodFamily periodFamily(PeriodKind kind, const Date& start, const Date& end) {
  switch (kind) {
    case PeriodKind::FinancialYear: return PeriodFamily::FinancialYear;
    case PeriodKind::AcademicYear: return PeriodFamily::AcademicYear;
    case PeriodKind::CalendarYear: return PeriodFamily::CalendarYear;
    case PeriodKind::HalfYear: return PeriodFamily::HalfYear;
    case PeriodKind::Quarter: return PeriodFamily::Quarter;
    case PeriodKind::Month: return PeriodFamily::Month;
    case PeriodKind::PointInTime: return PeriodFamily::PointInTime;
    case PeriodKind::Range: break;
  }
  if (isFinancialYear(start, end)) return PeriodFamily::FinancialYear;
  if (isAcademicYear(start, end)) return PeriodFamily::AcademicYear;
  if (isCalendarYear(start, end)) return PeriodFamily::CalendarYear;
  return PeriodFamily::Span;
}

const char* periodFamilyName(PeriodFamily family) {
  switch (family) {
    case PeriodFamily::FinancialYear: return "financial years";
    case PeriodFamily::AcademicYear: return "academic years";
    case PeriodFamily::CalendarYear: return "calendar years";
    case PeriodFamily::HalfYear: return "half-years";
    case PeriodFamily::Quarter: return "quarters";
    case PeriodFamily::Month: return "months";
    case PeriodFamily::PointInTime: return "points in time";
    case PeriodFamily::Span: return "other periods";
  }
  return "other periods";
}

int nominalStepDays(PeriodFamily family) {
  switch (family) {
    case PeriodFamily::FinancialYear:
    case PeriodFamily::AcademicYear:
    case PeriodFamily::CalendarYear: return 366;
    case PeriodFamily::HalfYear: return 184;
    case PeriodFamily::Quarter: return 92;
    case PeriodFamily::Month: return 31;
    case PeriodFamily::PointInTime:
    case PeriodFamily::Span: return 0;
  }
  return 0;
}

bool leavesAGap(PeriodFamily family, long days, long seriesStepDays) {
  const long step = nominalStepDays(family) > 0 ? nominalStepDays(family) : seriesStepDays;
  return step > 0 && static_cast<double>(days) > kGapFactor * static_cast<double>(step);
}

}  // namespace sbw
