#include "charts/chart_export.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <stdexcept>

namespace sbw::charts {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

// Renders the chart at `sizePt` points into `painter`, without disturbing a view that shows it.
void renderChart(QChart& chart, QPainter& painter, const QRectF& target, const QSizeF& sizePt) {
  const QRectF oldGeometry = chart.geometry();
  QGraphicsScene* ownScene = nullptr;
  QGraphicsScene scratch;
  if (chart.scene() == nullptr) {
    scratch.addItem(&chart);
    ownScene = &scratch;
  }
  chart.resize(sizePt);
  chart.scene()->setSceneRect(chart.sceneBoundingRect());
  chart.scene()->render(&painter, target, chart.sceneBoundingRect());
  chart.resize(oldGeometry.size());
  if (ownScene != nullptr) ownScene->removeItem(&chart);
}

}  // namespace

void exportChartToPdf(QChart& chart, const QString& path, const ExportOptions& options) {
  const QSizeF sizePt = options.sizeMm * kPointsPerMm;
  QPdfWriter writer(path);
  writer.setResolution(72);
  writer.setTitle(options.title);
  writer.setCreator(QStringLiteral("Safeguarding Board Workbench"));
  writer.setPageLayout(
      QPageLayout(QPageSize(options.sizeMm, QPageSize::Millimeter), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
  QPainter painter;
  if (!painter.begin(&writer)) throw std::runtime_error(path.toStdString() + ": cannot write PDF");
  renderChart(chart, painter, QRectF(QPointF(0, 0), sizePt), sizePt);
  painter.end();
}

void exportChartToSvg(QChart& chart, const QString& path, const ExportOptions& options) {
  const QSizeF sizePt = options.sizeMm * kPointsPerMm;
  QSvgGenerator generator;
  generator.setFileName(path);
  generator.setTitle(options.title);
  generator.setSize(sizePt.toSize());
  generator.setViewBox(QRectF(QPointF(0, 0), sizePt));
  generator.setResolution(72);
  QPainter painter;
  if (!painter.begin(&generator)) throw std::runtime_error(path.toStdString() + ": cannot write SVG");
  renderChart(chart, painter, QRectF(QPointF(0, 0), sizePt), sizePt);
  painter.end();
}

void exportChart(QChart& chart, const QString& path, const ExportOptions& options) {
  if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
    exportChartToSvg(chart, path, options);
  } else {
    exportChartToPdf(chart, path, options);
  }
}

}  // namespace sbw::charts
