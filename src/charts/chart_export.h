#pragma once
// Charts go into committee papers, so they are exported as vectors (text stays text, lines
// stay sharp at any zoom): the chart is rendered onto a PDF or SVG paint device, never grabbed.
// PNG, for slides and e-mail, is rendered at the asked size and resolution. Below the chart, every
// format carries its caption: where the figures came from and the day it was exported.

#include <QDate>
#include <QSize>
#include <QSizeF>
#include <QString>

class QChart;
class QPainter;

namespace sbw::charts {

struct ExportOptions {
  QSizeF sizeMm{160, 100};   // PDF and SVG: the chart's size on paper, caption included
  QString title;             // the file's title metadata
  QString sourceLine;        // "Source: Havering SCB Annual Report 2016-17, p. 12; …"; "" for none
  QDate exportedOn;          // printed as "Exported 1 December 2026"; invalid for none
  QSize pixels{1600, 1000};  // PNG: the image's size
  int dpi = 200;             // PNG: its resolution (text and lines are sized for it)
};

enum class ExportFormat { Pdf, Svg, Png };
// The format a file name asks for: .svg, .png, else PDF (any case).
ExportFormat exportFormatOf(const QString& path);

// Each throws std::runtime_error naming the file when it cannot be written; the file is replaced
// whole or not at all.
void exportChartToPdf(QChart& chart, const QString& path, const ExportOptions& options = {});
void exportChartToSvg(QChart& chart, const QString& path, const ExportOptions& options = {});
void exportChartToPng(QChart& chart, const QString& path, const ExportOptions& options = {});
void exportChart(QChart& chart, const QString& path, const ExportOptions& options = {});

// The caption's lines: the source line, then the export date ("" when neither).
QString captionOf(const ExportOptions& options);
// Paints the chart into `target` of the painter (in its units) with the caption below it, without
// disturbing a view that shows the chart. For packs, which place charts on their own pages.
// `layoutScale` above 1 lays the chart out larger than the target and draws it shrunk to fit, so
// a small chart keeps room for its labels.
void paintChart(QChart& chart, QPainter& painter, const QRectF& target, const QString& caption,
                double layoutScale = 1.0);

}  // namespace sbw::charts
