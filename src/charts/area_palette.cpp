#include "charts/area_palette.h"

namespace sbw::charts {
namespace {

// A stable hash (FNV-1a) of the name: qHash is seeded per process, so colours would move.
size_t stableHash(const QString& text) {
  std::uint32_t hash = 2166136261u;
  for (const char c : text.toUtf8()) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash;
}

SeriesStyle comparatorStyle(Comparator comparator) {
  switch (comparator) {
    case Comparator::England: return {QColor(0, 0, 0), Qt::DashLine};
    case Comparator::London: return {QColor(85, 85, 85), Qt::DashLine};
    case Comparator::InnerLondon: return {QColor(136, 136, 136), Qt::DashDotLine};
    case Comparator::Region: return {QColor(136, 136, 136), Qt::DashLine};
    case Comparator::StatisticalNeighbours: return {QColor(140, 86, 45), Qt::DashLine};
    case Comparator::Other: return {QColor(110, 110, 110), Qt::DotLine};
    case Comparator::Local: break;
  }
  return {};
}

}  // namespace

const std::vector<QColor>& AreaPalette::localColours() {
  // Okabe & Ito (2008), without black, which England has.
  static const std::vector<QColor> colours = {
      QColor(0, 114, 178),    // blue
      QColor(230, 159, 0),    // orange
      QColor(0, 158, 115),    // bluish green
      QColor(204, 121, 167),  // reddish purple
      QColor(86, 180, 233),   // sky blue
      QColor(213, 94, 0),     // vermillion
      QColor(240, 228, 66),   // yellow
  };
  return colours;
}

SeriesStyle AreaPalette::styleFor(const QString& area, Comparator comparator) {
  if (const auto found = given_.find(area); found != given_.end()) return found->second;
  SeriesStyle style = comparatorStyle(comparator);
  if (comparator == Comparator::Local) {
    const size_t count = localColours().size();
    size_t index = stableHash(area) % count;
    for (size_t tried = 0; tried < count && used_[index]; ++tried) index = (index + 1) % count;
    used_[index] = true;  // with more areas than colours, colours repeat
    style.colour = localColours()[index];
  }
  given_[area] = style;
  return style;
}

}  // namespace sbw::charts
