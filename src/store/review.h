#pragma once
// A reviewer's decision on a figure the reader was unsure of: it is right (accepted), it is right
// once corrected (corrected), or it is wrong (rejected). Stored in figure_reviews by name.

#include <optional>
#include <string_view>

namespace sbw::store {

enum class ReviewDecision { Accepted, Corrected, Rejected };

inline const char* reviewDecisionName(ReviewDecision decision) {
  switch (decision) {
    case ReviewDecision::Accepted: return "accepted";
    case ReviewDecision::Corrected: return "corrected";
    case ReviewDecision::Rejected: return "rejected";
  }
  return "accepted";
}

inline std::optional<ReviewDecision> reviewDecisionFromName(std::string_view name) {
  for (const ReviewDecision decision :
       {ReviewDecision::Accepted, ReviewDecision::Corrected, ReviewDecision::Rejected}) {
    if (name == reviewDecisionName(decision)) return decision;
  }
  return std::nullopt;
}

}  // namespace sbw::store
