#include "ingest/period_reconcile.h"

#include <cmath>
#include <map>
#include <set>

#include "core/quantity.h"

namespace sbw::ingest {
namespace {

bool isSplitYear(const Period& p) {
  return (p.kind == PeriodKind::FinancialYear || p.kind == PeriodKind::AcademicYear) && p.dated();
}

bool isCalendarYear(const Period& p) { return p.kind == PeriodKind::CalendarYear && p.dated(); }

Period splitYearEnding(const Period& calendar, const Period& like) {
  Period p = like;
  const int year = calendar.start->year;
  p.label = calendar.label;
  p.start = Date{year - 1, like.start->month, like.start->day};
  p.end = Date{year, like.end->month, like.end->day};
  return p;
}

std::optional<double> valueOf(const extract::PrintedFigure& f) {
  const auto q = parseQuantity(f.value);
  if (!q || !q->value) return std::nullopt;
  return q->value;
}

}  // namespace

void reconcileBareYears(std::vector<extract::PrintedFigure>& figures) {
  // The split years each page prints (through its figures), by the year they end in.
  std::map<int, std::map<int, Period>> splitByPage;  // page -> end year -> period
  for (const auto& f : figures) {
    if (f.periodResolved && isSplitYear(*f.periodResolved) && f.periodFrom >= extract::Source::Sentence) {
      splitByPage[f.page].emplace(f.periodResolved->end->year, *f.periodResolved);
    }
  }
  const auto splitNear = [&](int page, int endYear) -> std::optional<Period> {
    for (const int p : {page, page - 1, page + 1}) {
      const auto found = splitByPage.find(p);
      if (found == splitByPage.end()) continue;
      if (const auto year = found->second.find(endYear); year != found->second.end()) return year->second;
    }
    return std::nullopt;
  };
  // Tables: one matching figure is enough evidence for the whole table, whose bare years then all
  // count in the same kind of year as the evidence.
  std::map<int, Period> tables;
  for (const auto& f : figures) {
    if (f.table < 0 || !f.bareYear || !f.periodResolved || !isCalendarYear(*f.periodResolved)) continue;
    const int year = f.periodResolved->start->year;
    const auto split = splitNear(f.page, year);
    const auto value = valueOf(f);
    if (!split || !value) continue;
    for (const auto& other : figures) {
      if (other.table >= 0 || !other.periodResolved || !isSplitYear(*other.periodResolved)) continue;
      if (std::abs(other.page - f.page) > 1 || other.periodResolved->end->year != year) continue;
      const auto otherValue = valueOf(other);
      if (otherValue && std::abs(*otherValue - *value) < 1e-9) tables.emplace(f.table, *other.periodResolved);
    }
  }
  for (auto& f : figures) {
    if (!f.periodResolved || !isCalendarYear(*f.periodResolved)) continue;
    const int year = f.periodResolved->start->year;
    const bool tableYear = f.table >= 0 && f.bareYear && tables.count(f.table) > 0;
    const bool headingYear = f.table < 0 && f.periodFrom == extract::Source::Heading;
    if (!tableYear && !headingYear) continue;
    const auto split = tableYear ? std::optional<Period>(tables.at(f.table)) : splitNear(f.page, year);
    if (split) {
      f.periodResolved = splitYearEnding(*f.periodResolved, *split);
      f.bareYear = false;
      f.note += "; the bare year " + std::to_string(year) + " read as the split year ending in it";
    }
  }
}

}  // namespace sbw::ingest
