#pragma once
// Observations: one figure each, with its area, indicator, period, value and unit, what kind of
// figure it is, whether it is trusted, and where it was printed. The store's own type: the ingest
// layer's figures are turned into these by the importer.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/figure_terms.h"
#include "core/period.h"
#include "core/quantity.h"
#include "store/review.h"

namespace sbw::store {

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
  FigureKind kind = FigureKind::Outturn;
  Bound bound = Bound::Exact;
  bool credit = false;  // an account's income printed negative: the amount received is positive

  ExtractionMethod method = ExtractionMethod::Table;
  double confidence = 1;
  bool trusted = false;  // area, indicator and period sure: shown without review
  std::string doubt;     // why not, when not
  std::string note;      // how the reader filled the fields in
  std::optional<PageBox> box;
  std::string snippet;
  std::string subjectKey;  // natural key within a page; corrections attach by it

  // Filled when read back from the store.
  std::string document;                  // file name
  std::optional<double> correctedValue;  // the user's correction, when there is one
  std::string correctedBy;
  std::string correctionReason;
  // A reviewer's decision, when there is one. Area, indicator, period and `trusted` above are then
  // the reviewed ones: accepted and corrected figures are trusted, rejected ones are not.
  std::optional<ReviewDecision> review;
  std::string reviewedBy;
  std::string reviewReason;

  // The value to show: the correction where one exists, else the value as printed.
  std::optional<double> value() const { return correctedValue ? correctedValue : quantity.value; }
};

// The natural key of a figure on its page: area, indicator and period as printed, and the role.
std::string observationSubjectKey(const Observation& observation);

}  // namespace sbw::store
