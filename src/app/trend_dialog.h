#pragma once
// One indicator across areas and periods: the table a board paper would print and its trend
// chart, exported as vector PDF or SVG for committee papers.

#include <QDialog>
#include <QRectF>
#include <memory>

class QChart;

namespace Ui {
class TrendDialog;
}

namespace sbw::store {
class Database;
}

namespace sbw::models {
class IndicatorTableModel;
}

namespace sbw::app {

class TrendDialog : public QDialog {
  Q_OBJECT
 public:
  // Reads from `db`, which must outlive the dialog.
  explicit TrendDialog(store::Database& db, QWidget* parent = nullptr);
  ~TrendDialog() override;

  // Chooses an indicator by its dictionary key; false when the store has no figure for it.
  bool showIndicator(const QString& key);
  QString indicatorKey() const;
  const models::IndicatorTableModel& table() const { return *table_; }
  QChart* chart() const { return chart_.get(); }
  void exportChart(const QString& path);  // .pdf or .svg, by the name's ending

 Q_SIGNALS:
  // The user asked to see where a figure was printed.
  void figureRequested(qint64 documentId, int page, const QRectF& box);

 private:
  void reload();
  void chooseExport(const QString& suffix);
  std::unique_ptr<Ui::TrendDialog> ui_;
  store::Database& db_;
  models::IndicatorTableModel* table_;
  std::unique_ptr<QChart> chart_;
};

}  // namespace sbw::app
