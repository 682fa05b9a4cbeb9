#include "charts/trend_chart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <limits>

#include "models/indicator_table_model.h"

namespace sbw::charts {

std::unique_ptr<QChart> makeTrendChart(const models::IndicatorTableModel& table, const QString& title,
                                       const QString& valueAxisTitle) {
  auto chart = std::make_unique<QChart>();
  chart->setTitle(title);
  chart->legend()->setAlignment(Qt::AlignBottom);

  auto* periods = new QCategoryAxis(chart.get());
  periods->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
  for (int column = 0; column < table.columnCount(); ++column) periods->append(table.periodAt(column), column);
  periods->setRange(-0.25, std::max(0.25, table.columnCount() - 0.75));
  auto* values = new QValueAxis(chart.get());
  values->setTitleText(valueAxisTitle);
  chart->addAxis(periods, Qt::AlignBottom);
  chart->addAxis(values, Qt::AlignLeft);

  double low = std::numeric_limits<double>::max();
  double high = std::numeric_limits<double>::lowest();
  for (int row = 0; row < table.rowCount(); ++row) {
    // A line joins consecutive periods only; markers show every figure, lone ones included.
    auto* markers = new QScatterSeries(chart.get());
    markers->setName(table.areaAt(row));
    markers->setMarkerSize(7);
    QLineSeries* line = nullptr;
    for (int column = 0; column < table.columnCount(); ++column) {
      const QVariant value = table.index(row, column).data(models::IndicatorTableModel::ValueRole);
      if (!value.isValid()) {
        line = nullptr;
        continue;
      }
      const double y = value.toDouble();
      low = std::min(low, y);
      high = std::max(high, y);
      markers->append(column, y);
      if (line == nullptr) {
        line = new QLineSeries(chart.get());
        chart->addSeries(line);
        line->attachAxis(periods);
        line->attachAxis(values);
      }
      line->append(column, y);
    }
    chart->addSeries(markers);
    markers->attachAxis(periods);
    markers->attachAxis(values);
    // Lines take their area's colour and stay out of the legend: the markers name the area.
    for (QAbstractSeries* series : chart->series()) {
      if (auto* segment = qobject_cast<QLineSeries*>(series); segment && !qobject_cast<QScatterSeries*>(series)) {
        if (segment->name().isEmpty()) {
          segment->setName(markers->name());
          segment->setColor(markers->color());
        }
      }
    }
  }
  for (QAbstractSeries* series : chart->series()) {
    if (!qobject_cast<QScatterSeries*>(series)) {
      for (auto* marker : chart->legend()->markers(series)) marker->setVisible(false);
    }
  }
  if (low <= high) {
    const double margin = std::max(1.0, (high - low) * 0.1);
    values->setRange(std::min(0.0, low - margin), high + margin);
    values->applyNiceNumbers();
  }
  return chart;
}

}  // namespace sbw::charts
