#pragma once
// A line chart of one indicator over time, one line per area, from the indicator's table.

#include <QString>
#include <memory>

class QChart;

namespace sbw::models {
class IndicatorTableModel;
}

namespace sbw::charts {

// Periods on a real time axis, each drawn at its end (core/period_time.h): a financial year at its
// 31 March, a point in time on its date. One line per area and kind of period, broken where a
// period is missing; a marker for every figure. Comparators are dashed; each area has its own
// colour, the same on every chart (area_palette.h). The value axis starts at zero for figures that
// are never negative.
std::unique_ptr<QChart> makeTrendChart(const models::IndicatorTableModel& table, const QString& title,
                                       const QString& valueAxisTitle);

}  // namespace sbw::charts
