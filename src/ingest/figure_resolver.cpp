#include "ingest/figure_resolver.h"

#include "core/text.h"

namespace sbw::ingest {
namespace {

Comparator roleOf(const Area& area, Comparator printed) {
  if (printed != Comparator::Local) return printed;
  if (area.kind == AreaKind::Country) return Comparator::England;
  if (area.key == "E12000007") return Comparator::London;
  if (area.key == "E13000001") return Comparator::InnerLondon;
  if (area.kind == AreaKind::Region) return Comparator::Region;
  return Comparator::Local;
}

}  // namespace

Resolution FigureResolver::resolve(const extract::PrintedFigure& printed, const ResolveContext& context) const {
  Resolution result;
  const auto quantity = parseQuantity(printed.value);
  if (!quantity) {
    result.problem = "cannot read the value '" + printed.value + "'";
    return result;
  }
  std::vector<std::string> unmatched;
  Figure f;
  f.page = printed.page;
  f.comparator = printed.comparator;
  f.method = printed.method;
  f.kind = printed.kind;
  f.bound = printed.bound;
  f.credit = printed.credit;
  f.confidence = printed.confidence;
  f.box = printed.box;
  f.snippet = printed.snippet;
  f.note = printed.note;
  f.table = printed.table;
  f.quantity = *quantity;

  f.periodLabel = simplified(printed.period);
  std::optional<Period> period = printed.periodResolved;
  if (!period && !f.periodLabel.empty()) period = parsePeriod(f.periodLabel, context.periods);
  if (period) {
    f.periodKind = period->kind;
    f.periodStart = period->start;
    f.periodEnd = period->end;
  } else if (!f.periodLabel.empty()) {
    unmatched.push_back("period '" + f.periodLabel + "'");
  }

  f.areaLabel = simplified(printed.area);
  const Area* area = printed.areaResolved;
  // The day the figure refers to decides between authorities that shared a name across a reorganisation.
  if (area == nullptr && !f.areaLabel.empty()) area = areas_.resolve(f.areaLabel, f.periodEnd);
  if (area == nullptr && f.areaLabel.empty() && !printed.areaShared) area = context.scope;
  if (area != nullptr) {
    f.area = area->name;
    f.areaCode = area->onsCode;
    f.areaKey = area->key;
    f.comparator = roleOf(*area, f.comparator);
  } else {
    f.area = f.areaLabel;
    if (!f.areaLabel.empty()) unmatched.push_back("area '" + f.areaLabel + "'");
  }

  f.indicatorLabel = simplified(printed.label);
  const Indicator* indicator = nullptr;
  // The reader's decision stands, a key or none; only a figure whose reader left the measure to be
  // matched (one given as label alone, as store tests and imports of plain lists do) is matched here.
  if (!printed.indicatorKey.empty()) {
    indicator = indicators_.byKey(printed.indicatorKey);
  } else if (printed.indicatorFrom == extract::Source::None && !printed.indicatorSettled) {
    if (const auto match = indicators_.match(f.indicatorLabel)) indicator = match->indicator;
  }
  if (indicator != nullptr) f.indicatorKey = indicator->key;
  // A unit printed with the figure wins. A plain number is a count: a count of agency staff is a
  // count even though agency staffing is measured as a share; money, days, weeks, rates and scores
  // take the dictionary's unit, since tables print the heading's "£" once, not in every cell.
  if (!f.quantity.unitPrinted && indicator != nullptr && indicator->unit != Unit::Percent &&
      indicator->unit != Unit::Rank) {
    f.quantity.unit = indicator->unit;
  }

  if (!unmatched.empty()) result.problem = "no match for " + join(unmatched, ", ");
  result.figure = std::move(f);
  return result;
}

}  // namespace sbw::ingest
