#pragma once
// Rectangles in PDF points with the origin at the page's top-left, y growing downwards:
// the orientation a reader sees, and the one the `sbw tables --json` contract uses.

#include <algorithm>

namespace sbw::pdf {

struct Box {
  double x1 = 0;
  double y1 = 0;
  double x2 = 0;
  double y2 = 0;

  double width() const { return x2 - x1; }
  double height() const { return y2 - y1; }
  double centerX() const { return (x1 + x2) / 2; }
  double centerY() const { return (y1 + y2) / 2; }
  bool isEmpty() const { return width() <= 0 || height() <= 0; }

  Box united(const Box& other) const {
    return {std::min(x1, other.x1), std::min(y1, other.y1), std::max(x2, other.x2), std::max(y2, other.y2)};
  }
  double horizontalOverlap(const Box& other) const {
    return std::max(0.0, std::min(x2, other.x2) - std::max(x1, other.x1));
  }
  double verticalOverlap(const Box& other) const {
    return std::max(0.0, std::min(y2, other.y2) - std::max(y1, other.y1));
  }
  bool contains(double x, double y) const { return x >= x1 && x <= x2 && y >= y1 && y <= y2; }
  bool operator==(const Box&) const = default;
};

}  // namespace sbw::pdf
