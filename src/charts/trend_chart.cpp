#include "charts/trend_chart.h"

#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "charts/area_palette.h"
#include "core/period_time.h"
#include "models/indicator_table_model.h"

namespace sbw::charts {
namespace {

struct Point {
  Date date;
  double value = 0;
};

// Midday UTC: a date drawn at midnight local time could fall on the day before.
qreal timeOf(const Date& date) {
  return static_cast<qreal>(
      QDateTime(QDate(date.year, date.month, date.day), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

// An area's figures, by the family of their period: different kinds never share a line.
std::map<PeriodFamily, std::vector<Point>> pointsOf(const models::IndicatorTableModel& table, int row) {
  std::map<PeriodFamily, std::vector<Point>> families;
  for (int column = 0; column < table.columnCount(); ++column) {
    const QVariant value = table.index(row, column).data(models::IndicatorTableModel::ValueRole);
    const auto* period = table.periodColumn(column);
    if (!value.isValid() || !period) continue;
    const PeriodFamily family = periodFamily(period->kind.value_or(PeriodKind::Range), period->start, period->end);
    families[family].push_back({plottedDate(period->start, period->end), value.toDouble()});
  }
  for (auto& [family, points] : families) {
    std::sort(points.begin(), points.end(), [](const Point& a, const Point& b) { return a.date < b.date; });
  }
  return families;
}

// Runs of neighbouring periods: a line is broken where a period is missing.
std::vector<std::vector<Point>> runsOf(PeriodFamily family, const std::vector<Point>& points) {
  long step = std::numeric_limits<long>::max();
  for (size_t i = 1; i < points.size(); ++i) {
    step = std::min(step, points[i].date.dayNumber() - points[i - 1].date.dayNumber());
  }
  std::vector<std::vector<Point>> runs;
  for (size_t i = 0; i < points.size(); ++i) {
    const bool breaks = i == 0 || leavesAGap(family, points[i].date.dayNumber() - points[i - 1].date.dayNumber(), step);
    if (breaks) runs.emplace_back();
    runs.back().push_back(points[i]);
  }
  return runs;
}

// Years on the axis when every period is a year or a point at a year's end; months otherwise.
bool needsMonths(const std::map<PeriodFamily, std::vector<Point>>& families) {
  for (const auto& [family, points] : families) {
    if (family == PeriodFamily::Quarter || family == PeriodFamily::Month || family == PeriodFamily::HalfYear) {
      return true;
    }
  }
  return false;
}

void setValueRange(QValueAxis& axis, double low, double high, bool whole) {
  if (low > high) return;
  const double margin = std::max(whole ? 1.0 : 0.1, (high - low) * 0.1);
  // Counts and rates are never below zero: the axis starts at zero unless a figure does.
  const double bottom = low >= 0 ? 0.0 : low - margin;
  axis.setRange(bottom, high + margin);
  axis.applyNiceNumbers();
  if (low >= 0 && axis.min() < 0) axis.setMin(0);
  axis.setLabelFormat(whole ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

// Hovering a marker names the figure and where it was printed. The text is made on hover: the
// chart is rebuilt whenever the table changes, so the table it points to is the one it shows.
void addToolTips(QScatterSeries& markers, const models::IndicatorTableModel& table, int row) {
  const models::IndicatorTableModel* shown = &table;
  QObject::connect(&markers, &QScatterSeries::hovered, &markers, [shown, row](const QPointF& point, bool entered) {
    for (int column = 0; entered && column < shown->columnCount(); ++column) {
      const auto* period = shown->periodColumn(column);
      if (!period || timeOf(plottedDate(period->start, period->end)) != point.x()) continue;
      const QString tip = shown->index(row, column).data(Qt::ToolTipRole).toString();
      if (tip.isEmpty()) continue;
      QToolTip::showText(QCursor::pos(), tip);
      return;
    }
    QToolTip::hideText();
  });
}

}  // namespace

std::unique_ptr<QChart> makeTrendChart(const models::IndicatorTableModel& table, const QString& title,
                                       const QString& valueAxisTitle) {
  TrendChartOptions options;
  options.title = title;
  options.valueAxisTitle = valueAxisTitle;
  return makeTrendChart(table, options);
}

const store::Observation* figureAtPoint(const models::IndicatorTableModel& table, const QString& area,
                                        const QPointF& point) {
  for (int row = 0; row < table.rowCount(); ++row) {
    if (table.areaAt(row) != area) continue;
    for (int column = 0; column < table.columnCount(); ++column) {
      const auto* period = table.periodColumn(column);
      const auto* figure = table.observationAt(row, column);
      if (period && figure && timeOf(plottedDate(period->start, period->end)) == point.x()) return figure;
    }
  }
  return nullptr;
}

std::unique_ptr<QChart> makeTrendChart(const models::IndicatorTableModel& table, const TrendChartOptions& options) {
  const QString& valueAxisTitle = options.valueAxisTitle;
  auto chart = std::make_unique<QChart>();
  chart->setTitle(options.title);
  chart->legend()->setAlignment(Qt::AlignBottom);
  auto* time = new QDateTimeAxis(chart.get());
  time->setTitleText(QObject::tr("Period (each drawn at its end)"));
  auto* values = new QValueAxis(chart.get());
  values->setTitleText(valueAxisTitle);
  chart->addAxis(time, Qt::AlignBottom);
  chart->addAxis(values, Qt::AlignLeft);

  AreaPalette palette;
  double low = std::numeric_limits<double>::max();
  double high = std::numeric_limits<double>::lowest();
  bool whole = true;
  std::optional<Date> first;
  std::optional<Date> last;
  bool months = false;
  for (int row = 0; row < table.rowCount(); ++row) {
    if (options.areas && !options.areas->contains(table.areaAt(row))) continue;
    const SeriesStyle style = palette.styleFor(table.areaAt(row), table.comparatorAt(row));
    auto* markers = new QScatterSeries(chart.get());
    markers->setName(table.areaAt(row));
    markers->setMarkerSize(7);
    markers->setColor(style.colour);
    markers->setBorderColor(style.colour);
    const auto families = pointsOf(table, row);
    months = months || needsMonths(families);
    for (const auto& [family, points] : families) {
      for (const auto& run : runsOf(family, points)) {
        QLineSeries* line = nullptr;
        if (run.size() > 1) {
          line = new QLineSeries(chart.get());
          line->setName(table.areaAt(row));
          QPen pen(style.colour, 2, style.line);
          line->setPen(pen);
        }
        for (const Point& point : run) {
          markers->append(timeOf(point.date), point.value);
          if (line) line->append(timeOf(point.date), point.value);
          low = std::min(low, point.value);
          high = std::max(high, point.value);
          whole = whole && std::abs(point.value - std::round(point.value)) < 1e-9;
          first = first ? std::min(*first, point.date) : point.date;
          last = last ? std::max(*last, point.date) : point.date;
        }
        if (line) {
          chart->addSeries(line);
          line->attachAxis(time);
          line->attachAxis(values);
          for (auto* marker : chart->legend()->markers(line)) marker->setVisible(false);  // the markers name it
        }
      }
    }
    chart->addSeries(markers);
    markers->attachAxis(time);
    markers->attachAxis(values);
    if (options.pointToolTips) addToolTips(*markers, table, row);
  }
  if (first && last) {
    // From the 1 January before the first point to the one after the last, a tick on each: a
    // year's label then stands where that year begins, and no point sits on the frame. Ticks are
    // spaced evenly, a leap day off at most; starting at 18:00 keeps each inside its 1 January.
    const int fromYear = first->month == 1 && first->day == 1 ? first->year - 1 : first->year;
    const Date from{fromYear, 1, 1};
    const Date to{last->year + 1, 1, 1};
    time->setRange(QDateTime(QDate(from.year, 1, 1), QTime(18, 0), Qt::UTC),
                   QDateTime(QDate(to.year, 1, 1), QTime(18, 0), Qt::UTC));
    time->setTickCount(std::clamp(to.year - from.year + 1, 2, 13));
  }
  time->setFormat(months ? QStringLiteral("MMM yyyy") : QStringLiteral("yyyy"));
  setValueRange(*values, low, high, whole);
  return chart;
}

}  // namespace sbw::charts
