#pragma once
// Borough comparison: one indicator in one period, the local areas as sorted bars, comparators as
// dashed reference lines, the figures below with their sources, and rates per 10,000 children
// (with the working) where the store holds the child population. Figures are read on a worker
// thread with their own connection; only trusted outturns are compared.

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>
#include <memory>
#include <vector>

#include "charts/chart_export.h"
#include "models/comparison_model.h"
#include "store/observation.h"
#include "store/rates.h"

class QChart;

namespace Ui {
class ComparisonDialog;
}

namespace sbw::store {
class Database;
}

namespace sbw::app {

class ComparisonDialog : public QDialog {
  Q_OBJECT
 public:
  // Lists indicators through `db` (which must outlive the dialog); reads figures from `storePath`.
  ComparisonDialog(store::Database& db, const QString& storePath, QWidget* parent = nullptr);
  ~ComparisonDialog() override;

  // Chooses an indicator by key and a period by its label ("2016-17"; empty: the latest); false
  // when the store has no trusted figure for the indicator. `loaded` says when it is drawn.
  bool showIndicator(const QString& key, const QString& period = {});
  const models::ComparisonModel& figures() const { return *model_; }
  QChart* chart() const { return chart_.get(); }
  void setRates(bool rates);
  // The chart's title, the source line of the figures shown and today's date.
  charts::ExportOptions exportOptions() const;
  // The chart of the figures shown, as drawn in the window.
  std::unique_ptr<QChart> makeChart() const;
  void exportChart(const QString& path);  // .pdf, .svg or .png, with exportOptions()

 Q_SIGNALS:
  void loaded();
  void figureRequested(qint64 documentId, int page);

 private:
  struct Loaded {
    std::vector<store::Observation> observations;
    std::vector<store::ComputedRate> rates;
    QString error;
  };
  void load();
  void display(Loaded loaded);
  void redraw();
  QString indicatorKey() const;
  std::unique_ptr<Ui::ComparisonDialog> ui_;
  QString storePath_;
  models::ComparisonModel* model_;
  std::unique_ptr<QChart> chart_;
  std::vector<store::Observation> observations_;
  std::vector<store::ComputedRate> rates_;
  QString wantedPeriod_;
  QThreadPool pool_;
  QFutureWatcher<Loaded> watcher_;
};

}  // namespace sbw::app
