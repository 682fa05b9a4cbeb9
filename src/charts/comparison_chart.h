#pragma once
// One indicator in one period across areas: a bar per local area, highest first, each in its
// area's colour (area_palette.h), and each comparator (England, London, neighbours) as a dashed
// reference line across the bars, named with its value. With `rates`, bars show rates per 10,000
// children where the area's child population is known; areas without one are left out.

#include <QString>
#include <memory>

class QChart;

namespace sbw::models {
class ComparisonModel;
}

namespace sbw::charts {

std::unique_ptr<QChart> makeComparisonChart(const models::ComparisonModel& figures, const QString& title,
                                            const QString& valueAxisTitle, bool rates = false);

}  // namespace sbw::charts
