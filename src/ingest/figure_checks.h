#pragma once
// Checks that look at figures together, each finding a quality note on the figure it is about:
// - parts that do not add up to their total: a table row of the members of a partnership beside
//   its "Total" column, or a count printed with its breakdown by area ("476 (204, 99 and 178)");
// - a share inconsistent with its count: "66 of the 146 referrals ... representing 45%";
// - the same figure printed differently in two places of one document (the same area,
//   indicator, period and kind with different values): both wait for review;
// - an area that had to be inferred from the document's scope, not read at the figure.

#include <vector>

#include "ingest/document_reading.h"

namespace sbw::ingest {

struct CheckOptions {
  double sumTolerance = 0.5;    // printed totals of whole numbers must add up exactly
  double shareTolerance = 1.5;  // percentage points between a printed share and its count
};

void checkFigures(std::vector<Figure>& figures, std::vector<QualityNote>& notes, const CheckOptions& options = {});

// Kinds of the notes checkFigures raises.
inline constexpr const char* kPartsDoNotAddUp = "parts_do_not_add_up";
inline constexpr const char* kShareMismatch = "share_inconsistent_with_count";
inline constexpr const char* kPrintedDifferently = "printed_differently";
inline constexpr const char* kAreaInferred = "area_inferred";

}  // namespace sbw::ingest
