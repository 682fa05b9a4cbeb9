#pragma once

#include <cstdint>
#include <vector>

namespace sbw::pdf {

// A rendered page: 32-bit ARGB pixels, row by row, top row first.
struct Raster {
  int width = 0;
  int height = 0;
  double dpi = 0;
  std::vector<std::uint32_t> pixels;

  std::uint32_t at(int x, int y) const { return pixels[static_cast<size_t>(y) * width + x]; }
  bool isEmpty() const { return pixels.empty(); }
};

}  // namespace sbw::pdf
