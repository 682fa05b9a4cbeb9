#pragma once
// Numbers for people: thousands separated by commas, a fixed number of decimals.

#include <string>

namespace sbw {

// formatNumber(1954, 0) == "1,954"; formatNumber(-79169.5, 1) == "-79,169.5"
std::string formatNumber(double value, int decimals);

}  // namespace sbw
