#include "core/number_format.h"

#include <cmath>
#include <cstdio>

namespace sbw {

std::string formatNumber(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals < 0 ? 0 : decimals, std::fabs(value));
  const std::string plain = buffer;
  const auto point = plain.find('.');
  const std::string whole = plain.substr(0, point);
  std::string grouped;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
    grouped += whole[i];
  }
  const bool negative = value < 0 && plain.find_first_not_of("0.") != std::string::npos;
  return (negative ? "-" : "") + grouped + (point == std::string::npos ? "" : plain.substr(point));
}

}  // namespace sbw
