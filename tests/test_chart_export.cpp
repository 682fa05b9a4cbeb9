// Charts export as vectors: the PDF holds the chart's text as text, the SVG holds paths.

#include <QChart>
#include <QFile>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

#include "charts/chart_export.h"
#include "pdf/pdf_document.h"

class TestChartExport : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  static std::unique_ptr<QChart> trendChart() {
    auto chart = std::make_unique<QChart>();
    chart->setTitle("Referrals per year");
    auto* series = new QLineSeries(chart.get());  // owned by the chart once added
    series->setName("Camden");
    series->append(2015, 2011);
    series->append(2016, 2245);
    series->append(2017, 2134);
    chart->addSeries(series);
    chart->createDefaultAxes();
    return chart;
  }

  static sbw::charts::ExportOptions options(QSizeF sizeMm, const QString& title) {
    sbw::charts::ExportOptions out;
    out.sizeMm = sizeMm;
    out.title = title;
    return out;
  }

 private Q_SLOTS:
  void pdfKeepsTextAsText() {
    auto chart = trendChart();
    const QString path = dir_.filePath("chart.pdf");
    sbw::charts::exportChartToPdf(*chart, path, options({160, 100}, "Referrals"));
    const auto pdf = sbw::pdf::PdfDocument::open(path.toStdString());
    QCOMPARE(pdf.pageCount(), 1);
    const auto info = pdf.pageInfo(0);
    QVERIFY(qAbs(info.width - 160 * 72 / 25.4) < 2);
    QVERIFY(qAbs(info.height - 100 * 72 / 25.4) < 2);
    QStringList words;
    for (const auto& word : pdf.words(0)) words << QString::fromStdString(word.text);
    QVERIFY2(words.contains("Referrals"), qPrintable(words.join(' ')));
    QVERIFY(words.contains("Camden"));
    QCOMPARE(QString::fromStdString(pdf.title()), QString("Referrals"));
  }

  void svgHoldsVectorPaths() {
    auto chart = trendChart();
    const QString path = dir_.filePath("chart.svg");
    sbw::charts::exportChartToSvg(*chart, path, options({120, 80}, "Referrals"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("<path") || svg.contains("<polyline"));
    QVERIFY(svg.contains("Referrals per year"));
    QVERIFY(!svg.contains("<image"));  // no raster fallback
  }

  void unwritablePathIsReported() {
    auto chart = trendChart();
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             sbw::charts::exportChartToPdf(*chart, dir_.filePath("no/such/dir/chart.pdf")));
  }
};

QTEST_MAIN(TestChartExport)
#include "test_chart_export.moc"
