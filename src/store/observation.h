#pragma once
// Observations: one figure each, with its area, indicator, period, value and unit, and where it was
// printed. extract::PrintedFigure is what an extractor reads; Observation is what the store keeps.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/period.h"
#include "core/quantity.h"
#include "extract/printed_figure.h"

namespace sbw::store {

// What an extractor reads (extract/printed_figure.h) is what the store resolves: one type, shared.
using extract::Box;
using extract::Comparator;
using extract::comparatorFromName;
using extract::comparatorName;
using extract::ExtractionMethod;
using extract::methodFromName;
using extract::methodName;
using extract::PrintedFigure;

struct Observation {
  std::int64_t id = 0;  // 0 until stored
  std::int64_t documentId = 0;
  int page = 0;

  std::string area;       // canonical name, or the printed label when it matched no area
  std::string areaCode;   // ONS code, "" when none
  std::string areaKey;    // registry key, "" when the area matched nothing
  std::string areaLabel;  // as printed
  Comparator comparator = Comparator::Local;

  std::string indicatorKey;    // dictionary key, "" when the label matched no entry
  std::string indicatorLabel;  // as printed

  std::optional<PeriodKind> periodKind;  // nullopt when the period could not be read
  std::string periodLabel;               // as printed
  std::optional<Date> periodStart;
  std::optional<Date> periodEnd;

  Quantity quantity;  // value as printed, scale, unit, suppression

  ExtractionMethod method = ExtractionMethod::Table;
  double confidence = 1;
  std::optional<Box> box;
  std::string snippet;
  std::string subjectKey;  // natural key within a page; corrections attach by it

  // Filled when read back from the store.
  std::string document;                  // file name
  std::optional<double> correctedValue;  // the user's correction, when there is one
  std::string correctedBy;
  std::string correctionReason;

  // The value to show: the correction where one exists, else the value as printed.
  std::optional<double> value() const { return correctedValue ? correctedValue : quantity.value; }
};

// The natural key of a figure on its page: area, indicator and period as printed, and the role.
std::string observationSubjectKey(const Observation& observation);

}  // namespace sbw::store
