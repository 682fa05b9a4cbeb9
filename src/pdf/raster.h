#pragma once

#include <cstdint>
#include <vector>

namespace sbw::pdf {

// A rendered page, row by row, top row first: 32-bit ARGB pixels for people, or 8-bit grey levels
// for machine readers (poppler renders grey directly, a quarter faster than colour).
struct Raster {
  int width = 0;
  int height = 0;
  double dpi = 0;
  std::vector<std::uint32_t> pixels;  // ARGB; empty for a grey raster
  std::vector<std::uint8_t> grey;     // grey levels; empty for a colour raster

  std::uint32_t at(int x, int y) const { return pixels[static_cast<size_t>(y) * width + x]; }
  bool isGrey() const { return pixels.empty() && !grey.empty(); }
  bool isEmpty() const { return pixels.empty() && grey.empty(); }
};

}  // namespace sbw::pdf
