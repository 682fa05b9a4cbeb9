#pragma once
// Rates per 10,000 children computed from figures in the store: a count for an area and period,
// divided by the child population stored for the same area and a matching period.

#include <optional>
#include <string>
#include <vector>

#include "core/rate.h"
#include "store/observation.h"

namespace sbw::store {

class Database;

struct ComputedRate {
  Observation count;       // the figure the rate is for
  Observation population;  // the child population it was divided by
  RateWorking working;     // rate and "1,954 ÷ 45,300 × 10,000 = 431.3"
};

class RateCalculator {
 public:
  // The dictionary key of the child population (0-17) figures rates are computed from.
  static constexpr const char* kChildPopulation = "child_population";

  explicit RateCalculator(Database& db) : db_(db) {}

  // One rate per count of `indicatorKey` (latest document per area and period) that has a child
  // population for the same area whose period overlaps the count's; the population period nearest
  // to the count's wins. Counts without one are left out: a rate needs both.
  std::vector<ComputedRate> ratesPer10k(const std::string& indicatorKey) const;

 private:
  Database& db_;
};

}  // namespace sbw::store
