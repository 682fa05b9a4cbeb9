#pragma once
// Charts go into committee papers, so they are exported as vectors (text stays text, lines
// stay sharp at any zoom): the chart is rendered onto a PDF or SVG paint device, never grabbed.

#include <QSizeF>
#include <QString>

class QChart;

namespace sbw::charts {

struct ExportOptions {
  QSizeF sizeMm{160, 100};  // the chart's size on paper
  QString title;            // the file's title metadata
};

// Throws std::runtime_error naming the file when it cannot be written.
void exportChartToPdf(QChart& chart, const QString& path, const ExportOptions& options = {});
void exportChartToSvg(QChart& chart, const QString& path, const ExportOptions& options = {});
// SVG for a name ending in .svg (any case), PDF otherwise.
void exportChart(QChart& chart, const QString& path, const ExportOptions& options = {});

}  // namespace sbw::charts
