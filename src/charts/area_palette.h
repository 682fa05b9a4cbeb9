#pragma once
// Colours and dashes for areas on charts. Local areas take colours from the Okabe–Ito palette,
// which people with the common colour-vision deficiencies can tell apart; an area's colour follows
// from its name, so it is the same on every chart, unless two areas on one chart would share one
// (the later then takes the next free colour). Comparators are drawn dashed in neutral tones:
// England black, London dark grey, Inner London and regions grey, statistical neighbours brown.

#include <QColor>
#include <QString>
#include <map>
#include <vector>

#include "core/figure_terms.h"

namespace sbw::charts {

struct SeriesStyle {
  QColor colour;
  Qt::PenStyle line = Qt::SolidLine;
};

class AreaPalette {
 public:
  SeriesStyle styleFor(const QString& area, Comparator comparator);
  static const std::vector<QColor>& localColours();

 private:
  std::map<QString, SeriesStyle> given_;
  std::vector<bool> used_ = std::vector<bool>(localColours().size(), false);
};

}  // namespace sbw::charts
