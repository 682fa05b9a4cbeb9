#include "extract/document_context.h"

#include <map>

#include "core/text.h"
#include "extract/mentions.h"

namespace sbw::extract {
namespace {

bool isLocal(const Area& area) { return area.kind == AreaKind::LocalAuthority || area.kind == AreaKind::Partnership; }

}  // namespace

std::optional<Period> Scope::reporting() const {
  if (periodPrinted.empty()) return std::nullopt;
  return parsePeriod(periodPrinted, periods);
}

const DocumentPart* DocumentContext::partAt(int page, double y) const {
  const DocumentPart* found = nullptr;
  for (const DocumentPart& part : parts) {
    if (part.firstPage < page || (part.firstPage == page && part.firstY <= y + 1)) found = &part;
  }
  return found;
}

Scope DocumentContext::scopeAt(int page, double y) const {
  Scope scope{area, areaPrinted, periodPrinted, periods, std::nullopt};
  if (const DocumentPart* part = partAt(page, y)) {
    scope.dated = part->dated;
    if (part->area != nullptr) {
      scope.area = part->area;
      scope.areaPrinted = part->areaPrinted;
    }
    if (!part->periodPrinted.empty()) {
      scope.periodPrinted = part->periodPrinted;
      scope.periods = part->periods;
    }
  }
  return scope;
}

DocumentContext documentContext(const std::string& title, const std::vector<std::string>& firstPages) {
  DocumentContext context;
  std::map<const Area*, double> areaWeight;
  std::map<const Area*, std::string> areaPrinted;
  std::map<std::string, double> periodWeight;
  std::map<std::string, Period> periods;

  const auto tally = [&](const std::string& text, double weight) {
    const auto tokens = wordsOf(text);
    for (const auto& mention : findAreaMentions(tokens)) {
      if (!isLocal(*mention.area)) continue;
      areaWeight[mention.area] += weight;
      areaPrinted.emplace(mention.area, mention.printed);
    }
    for (const auto& mention : findPeriodMentions(tokens)) {
      const PeriodKind kind = mention.period.kind;
      if (kind != PeriodKind::FinancialYear && kind != PeriodKind::AcademicYear) continue;
      periodWeight[mention.period.label] += weight;
      periods.emplace(mention.period.label, mention.period);
    }
  };
  tally(title, 10);
  for (const auto& page : firstPages) tally(page, 1);

  double best = 0;
  for (const auto& [area, weight] : areaWeight) {
    if (weight > best) {
      best = weight;
      context.area = area;
      context.areaPrinted = areaPrinted[area];
    }
  }
  best = 0;
  for (const auto& [label, weight] : periodWeight) {
    if (weight > best) {
      best = weight;
      context.periodPrinted = label;
      const Period& period = periods[label];
      if (period.start) context.periods.financialYearStart = period.start->year;
      context.periods.academic = period.kind == PeriodKind::AcademicYear;
    }
  }
  return context;
}

}  // namespace sbw::extract
