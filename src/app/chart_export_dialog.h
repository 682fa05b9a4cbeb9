#pragma once
// Export Chart: the format (PDF or SVG for papers, PNG for slides), the size (millimetres on paper,
// pixels for a picture) and a PNG's resolution, with the source line that will be printed under
// the chart. Save asks for the file and writes it.

#include <QDialog>
#include <memory>

#include "charts/chart_export.h"

class QChart;

namespace Ui {
class ChartExportDialog;
}

namespace sbw::app {

class ChartExportDialog : public QDialog {
  Q_OBJECT
 public:
  // `options` gives the title, source line and defaults; `baseName` the suggested file name.
  ChartExportDialog(QChart& chart, charts::ExportOptions options, QString baseName, QWidget* parent = nullptr);
  ~ChartExportDialog() override;

  void setFormat(charts::ExportFormat format);
  charts::ExportFormat format() const;
  void setSize(int width, int height);  // in the format's unit: millimetres, or pixels for PNG
  void setDpi(int dpi);
  charts::ExportOptions options() const;

  // Writes the chart with the chosen options; shows why when it cannot. True when written.
  bool exportTo(const QString& path);

 private:
  void formatChanged();
  void chooseFile();
  std::unique_ptr<Ui::ChartExportDialog> ui_;
  QChart& chart_;
  charts::ExportOptions options_;
  QString baseName_;
  QSize pixels_;  // the PNG size chosen, kept while another format is shown
  QSizeF millimetres_;
};

}  // namespace sbw::app
