#include "charts/comparison_chart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

#include "charts/area_palette.h"
#include "models/comparison_model.h"
#include "models/observation_table_model.h"

namespace sbw::charts {
namespace {

struct Bar {
  QString area;
  double value = 0;
};

}  // namespace

std::unique_ptr<QChart> makeComparisonChart(const models::ComparisonModel& figures, const QString& title,
                                            const QString& valueAxisTitle, bool rates) {
  auto chart = std::make_unique<QChart>();
  chart->setTitle(title);
  chart->legend()->setAlignment(Qt::AlignBottom);

  std::vector<Bar> bars;
  for (const auto& row : figures.locals()) {
    if (rates && !row.rate) continue;
    bars.push_back({QString::fromStdString(row.observation.area), rates ? row.rate->rate : *row.observation.value()});
  }
  std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.value > b.value; });

  auto* categories = new QBarCategoryAxis(chart.get());
  auto* values = new QValueAxis(chart.get());
  values->setTitleText(rates ? QObject::tr("Per 10,000 children") : valueAxisTitle);
  chart->addAxis(categories, Qt::AlignBottom);
  chart->addAxis(values, Qt::AlignLeft);

  // One set per area, with its value at its own place only: each bar takes its area's colour.
  AreaPalette palette;
  auto* series = new QStackedBarSeries(chart.get());
  QStringList names;
  for (const Bar& bar : bars) names << bar.area;
  for (size_t i = 0; i < bars.size(); ++i) {
    auto* set = new QBarSet(bars[i].area, series);
    set->setColor(palette.styleFor(bars[i].area, Comparator::Local).colour);
    for (size_t j = 0; j < bars.size(); ++j) set->append(i == j ? bars[i].value : 0.0);
    series->append(set);
  }
  categories->append(names);
  chart->addSeries(series);
  series->attachAxis(categories);
  series->attachAxis(values);

  double high = 0;
  for (const Bar& bar : bars) high = std::max(high, bar.value);
  if (!rates) {
    for (const auto& row : figures.comparators()) {
      const double value = *row.observation.value();
      high = std::max(high, value);
      const SeriesStyle style =
          palette.styleFor(QString::fromStdString(row.observation.area), row.observation.comparator);
      auto* line = new QLineSeries(chart.get());
      line->setName(QObject::tr("%1: %2").arg(QString::fromStdString(row.observation.area),
                                              models::formattedValue(row.observation)));
      line->setPen(QPen(style.colour, 2, style.line));
      const double left = -0.5;
      const double right = std::max<double>(0.5, static_cast<double>(bars.size()) - 0.5);
      line->append(left, value);
      line->append(right, value);
      chart->addSeries(line);
      line->attachAxis(categories);
      line->attachAxis(values);
    }
  }
  values->setRange(0, high > 0 ? high * 1.1 : 1);
  values->applyNiceNumbers();
  values->setMin(0);
  bool whole = true;
  for (const Bar& bar : bars) whole = whole && bar.value == static_cast<double>(static_cast<long long>(bar.value));
  values->setLabelFormat(whole && !rates ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
  return chart;
}

}  // namespace sbw::charts
