#pragma once
// A line chart of one indicator over time, one line per area, from the indicator's table.

#include <QPointF>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

class QChart;

namespace sbw::store {
struct Observation;
}

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

struct TrendChartOptions {
  QString title;
  QString valueAxisTitle;
  std::optional<QSet<QString>> areas;  // the areas to draw; every row of the table when not given
  bool pointToolTips = true;           // hovering a marker shows its value, period, document and page
};
std::unique_ptr<QChart> makeTrendChart(const models::IndicatorTableModel& table, const TrendChartOptions& options);

// The figure a marker of the trend chart stands for: the series is named after its area, and the
// point's x is its period's plotted time. Null when no cell of `table` matches.
const store::Observation* figureAtPoint(const models::IndicatorTableModel& table, const QString& area,
                                        const QPointF& point);

}  // namespace sbw::charts
