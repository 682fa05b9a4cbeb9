#pragma once
// Rates per 10,000 children, with the working shown so a reader can check the arithmetic.

#include <optional>
#include <string>

namespace sbw {

struct RateWorking {
  double rate = 0;
  double count = 0;
  double population = 0;
  std::string working;  // "1,954 ÷ 45,300 × 10,000 = 431.3"
};

// Nullopt when the population is not positive or the count is negative.
std::optional<RateWorking> ratePer10k(double count, double population, int decimals = 1);

}  // namespace sbw
