#include "store/observation_resolver.h"

#include "core/text.h"

namespace sbw::store {

Resolution ObservationResolver::resolve(std::int64_t documentId, const PrintedFigure& figure,
                                        const ResolveContext& context) const {
  Resolution result;
  const auto quantity = parseQuantity(figure.value);
  if (!quantity) {
    result.problem = "cannot read the value '" + figure.value + "'";
    return result;
  }
  std::vector<std::string> unmatched;
  Observation o;
  o.documentId = documentId;
  o.page = figure.page;
  o.comparator = figure.comparator;
  o.method = figure.method;
  o.confidence = figure.confidence;
  o.box = figure.box;
  o.snippet = figure.snippet;
  o.quantity = *quantity;

  o.periodLabel = simplified(figure.period);
  if (const auto period = parsePeriod(o.periodLabel, context.periods)) {
    o.periodKind = period->kind;
    o.periodStart = period->start;
    o.periodEnd = period->end;
  } else if (!o.periodLabel.empty()) {
    unmatched.push_back("period '" + o.periodLabel + "'");
  }

  o.areaLabel = simplified(figure.area);
  const std::string areaText = o.areaLabel.empty() ? context.defaultArea : o.areaLabel;
  // The day the figure refers to decides between authorities that shared a name across a reorganisation.
  if (const Area* area = areas_.resolve(areaText, o.periodEnd)) {
    o.area = area->name;
    o.areaCode = area->onsCode;
    o.areaKey = area->key;
    if (o.comparator == Comparator::Local && area->kind == AreaKind::Country) o.comparator = Comparator::England;
    if (o.comparator == Comparator::Local && area->key == "E12000007") o.comparator = Comparator::London;
    if (o.comparator == Comparator::Local && area->key == "E13000001") o.comparator = Comparator::InnerLondon;
    if (o.comparator == Comparator::Local && area->kind == AreaKind::Region) o.comparator = Comparator::Region;
  } else {
    o.area = areaText;
    if (!areaText.empty()) unmatched.push_back("area '" + areaText + "'");
  }

  o.indicatorLabel = simplified(figure.indicator);
  auto match = figure.indicatorHint.empty() ? std::nullopt : indicators_.match(figure.indicatorHint);
  if (!match) match = indicators_.match(o.indicatorLabel);
  if (match) {
    o.indicatorKey = match->indicator->key;
  } else {
    unmatched.push_back("indicator '" + o.indicatorLabel + "'");
  }
  // A unit printed with the figure wins; otherwise the dictionary's unit for the indicator.
  if (!o.quantity.unitPrinted && match) o.quantity.unit = match->indicator->unit;

  o.subjectKey = observationSubjectKey(o);
  if (!unmatched.empty()) result.problem = "no match for " + join(unmatched, ", ");
  result.observation = std::move(o);
  return result;
}

}  // namespace sbw::store
