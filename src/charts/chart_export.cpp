#include "charts/chart_export.h"

#include <QChart>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>
#include <stdexcept>

namespace sbw::charts {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kMetresPerInch = 0.0254;
// The caption's type, in points, and its gap above, in lines of it.
constexpr double kCaptionPointSize = 7.5;
constexpr double kCaptionGapLines = 0.5;

// Renders the chart into `target`, laid out at the target's size.
void renderChart(QChart& chart, QPainter& painter, const QRectF& target, double layoutScale) {
  const QRectF oldGeometry = chart.geometry();
  QGraphicsScene* ownScene = nullptr;
  QGraphicsScene scratch;
  if (chart.scene() == nullptr) {
    scratch.addItem(&chart);
    ownScene = &scratch;
  }
  chart.resize(target.size() * layoutScale);  // the scene's rendering scales it into the target
  chart.scene()->setSceneRect(chart.sceneBoundingRect());
  chart.scene()->render(&painter, target, chart.sceneBoundingRect());
  chart.resize(oldGeometry.size());
  if (ownScene != nullptr) ownScene->removeItem(&chart);
}

[[noreturn]] void cannotWrite(const QString& path, const QString& why) {
  throw std::runtime_error((path + QStringLiteral(": cannot write: ") + why).toStdString());
}

void commit(QSaveFile& file, const QString& path) {
  if (!file.commit()) cannotWrite(path, file.errorString());
}

}  // namespace

ExportFormat exportFormatOf(const QString& path) {
  if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) return ExportFormat::Svg;
  if (path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) return ExportFormat::Png;
  return ExportFormat::Pdf;
}

QString captionOf(const ExportOptions& options) {
  QStringList lines;
  if (!options.sourceLine.isEmpty()) lines << options.sourceLine;
  if (options.exportedOn.isValid()) {
    lines << QStringLiteral("Exported %1 from Safeguarding Board Workbench")
                 .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(options.exportedOn, "d MMMM yyyy"));
  }
  return lines.join(QLatin1Char('\n'));
}

void paintChart(QChart& chart, QPainter& painter, const QRectF& target, const QString& caption, double layoutScale) {
  QRectF chartArea = target;
  if (!caption.isEmpty()) {
    QFont font = painter.font();
    font.setPointSizeF(kCaptionPointSize);
    font.setStyleStrategy(QFont::PreferNoShaping);  // no ligatures: the text extracts as typed
    painter.save();
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QRectF textArea = target.adjusted(metrics.height(), 0, -metrics.height(), 0);
    const QRectF needed = painter.boundingRect(textArea, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, caption);
    const double height = needed.height() + metrics.height() * kCaptionGapLines;
    chartArea.setBottom(target.bottom() - height);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(QRectF(textArea.left(), chartArea.bottom(), textArea.width(), height),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, caption);
    painter.restore();
  }
  renderChart(chart, painter, chartArea, layoutScale);
}

void exportChartToPdf(QChart& chart, const QString& path, const ExportOptions& options) {
  const QSizeF sizePt = options.sizeMm * kPointsPerMm;
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) cannotWrite(path, file.errorString());
  {
    QPdfWriter writer(&file);
    writer.setResolution(72);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Safeguarding Board Workbench"));
    writer.setPageLayout(
        QPageLayout(QPageSize(options.sizeMm, QPageSize::Millimeter), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&writer)) cannotWrite(path, QStringLiteral("PDF not started"));
    paintChart(chart, painter, QRectF(QPointF(0, 0), sizePt), captionOf(options));
    painter.end();
  }
  commit(file, path);
}

void exportChartToSvg(QChart& chart, const QString& path, const ExportOptions& options) {
  const QSizeF sizePt = options.sizeMm * kPointsPerMm;
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) cannotWrite(path, file.errorString());
  {
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setTitle(options.title);
    generator.setDescription(options.sourceLine);
    generator.setSize(sizePt.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), sizePt));
    generator.setResolution(72);
    QPainter painter;
    if (!painter.begin(&generator)) cannotWrite(path, QStringLiteral("SVG not started"));
    paintChart(chart, painter, QRectF(QPointF(0, 0), sizePt), captionOf(options));
    painter.end();
  }
  commit(file, path);
}

void exportChartToPng(QChart& chart, const QString& path, const ExportOptions& options) {
  if (options.pixels.width() <= 0 || options.pixels.height() <= 0 || options.dpi <= 0) {
    cannotWrite(path, QStringLiteral("the image needs a size and a resolution above zero"));
  }
  QImage image(options.pixels, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  // The chart lays its text out at the screen's resolution; painted scaled up to the asked one,
  // a point of type is the asked dpi's point, and nothing overlaps.
  const double screenDpi =
      QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->logicalDotsPerInch() : 96;
  image.setDotsPerMeterX(qRound(screenDpi / kMetresPerInch));
  image.setDotsPerMeterY(qRound(screenDpi / kMetresPerInch));
  const double scale = options.dpi / screenDpi;
  {
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintChart(chart, painter, QRectF(QPointF(0, 0), QSizeF(options.pixels) / scale), captionOf(options));
  }
  image.setDotsPerMeterX(qRound(options.dpi / kMetresPerInch));
  image.setDotsPerMeterY(qRound(options.dpi / kMetresPerInch));
  image.setText(QStringLiteral("Title"), options.title);
  image.setText(QStringLiteral("Source"), options.sourceLine);
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) cannotWrite(path, file.errorString());
  QImageWriter writer(&file, "png");
  if (!writer.write(image)) cannotWrite(path, writer.errorString());
  commit(file, path);
}

void exportChart(QChart& chart, const QString& path, const ExportOptions& options) {
  switch (exportFormatOf(path)) {
    case ExportFormat::Svg: exportChartToSvg(chart, path, options); return;
    case ExportFormat::Png: exportChartToPng(chart, path, options); return;
    case ExportFormat::Pdf: exportChartToPdf(chart, path, options); return;
  }
}

}  // namespace sbw::charts
