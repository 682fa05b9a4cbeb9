#include "core/rate.h"

#include <cmath>

#include "core/number_format.h"

namespace sbw {
namespace {

int decimalsOf(double value) {
  for (int decimals = 0; decimals < 6; ++decimals) {
    const double scaled = value * std::pow(10.0, decimals);
    if (std::fabs(scaled - std::round(scaled)) < 1e-9) return decimals;
  }
  return 6;
}

}  // namespace

std::optional<RateWorking> ratePer10k(double count, double population, int decimals) {
  if (!(population > 0) || count < 0) return std::nullopt;
  RateWorking out;
  out.count = count;
  out.population = population;
  const double factor = std::pow(10.0, decimals);
  out.rate = std::round(count / population * 10000.0 * factor) / factor;
  out.working = formatNumber(count, decimalsOf(count)) + " \xC3\xB7 " +
                formatNumber(population, decimalsOf(population)) +
                " \xC3\x97 10,000 = " + formatNumber(out.rate, decimals);
  return out;
}

}  // namespace sbw
