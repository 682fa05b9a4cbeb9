#include "store/rates.h"

#include <cstdlib>

#include "store/observation_repository.h"

namespace sbw::store {
namespace {

long midpoint(const Observation& o) { return (o.periodStart->dayNumber() + o.periodEnd->dayNumber()) / 2; }

bool dated(const Observation& o) { return o.periodStart && o.periodEnd && o.value(); }

}  // namespace

std::vector<ComputedRate> RateCalculator::ratesPer10k(const std::string& indicatorKey) const {
  const ObservationRepository observations(db_);
  const auto populations = observations.forIndicator(kChildPopulation, true);
  std::vector<ComputedRate> out;
  for (const Observation& count : observations.forIndicator(indicatorKey, true)) {
    if (!dated(count) || count.quantity.unit != Unit::Count) continue;
    const Observation* best = nullptr;
    for (const Observation& population : populations) {
      if (!dated(population) || population.area != count.area) continue;
      const bool overlaps = *population.periodStart <= *count.periodEnd && *population.periodEnd >= *count.periodStart;
      if (!overlaps) continue;
      if (!best || std::labs(midpoint(population) - midpoint(count)) < std::labs(midpoint(*best) - midpoint(count))) {
        best = &population;
      }
    }
    if (!best) continue;
    const double countValue = *count.value() * count.quantity.scale;
    const double populationValue = *best->value() * best->quantity.scale;
    if (auto working = ratePer10k(countValue, populationValue)) {
      out.push_back(ComputedRate{count, *best, std::move(*working)});
    }
  }
  return out;
}

}  // namespace sbw::store
