#pragma once
// A line chart of one indicator over time, one line per area, from the indicator's table.

#include <QString>
#include <memory>

class QChart;

namespace sbw::models {
class IndicatorTableModel;
}

namespace sbw::charts {

// Periods run along the x axis in the table's order; an area with no figure for a period has a gap
// there rather than a made-up point.
std::unique_ptr<QChart> makeTrendChart(const models::IndicatorTableModel& table, const QString& title,
                                       const QString& valueAxisTitle);

}  // namespace sbw::charts
