#pragma once
// The indicator explorer: indicators grouped by theme with their counts; for the one chosen, a
// pivot of areas by periods and a trend chart of the areas ticked, comparators dashed. Figures
// are read on a worker thread with their own connection, and a newer choice drops an older one's
// result, so switching indicators never shows the wrong figures. Only trusted figures are shown
// unless the reader asks for all; conflicting figures are marked and the reader chooses which to
// show (remembered per store).

#include <QFutureWatcher>
#include <QRectF>
#include <QSet>
#include <QThreadPool>
#include <QWidget>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "charts/chart_export.h"
#include "charts/trend_chart.h"
#include "store/database.h"
#include "store/observation.h"
#include "store/observation_repository.h"

class QChart;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class IndicatorExplorer;
}

namespace sbw::models {
class IndicatorCatalogueModel;
class IndicatorTableModel;
}  // namespace sbw::models

namespace sbw::app {

// A connection kept open for a worker thread, reopened when the store changes.
struct StoreReader {
  std::mutex mutex;
  std::optional<store::Database> db;
  std::string path;
};

class IndicatorExplorer : public QWidget {
  Q_OBJECT
 public:
  explicit IndicatorExplorer(QWidget* parent = nullptr);
  ~IndicatorExplorer() override;

  // Reads from the store at `path` (empty: shows nothing). The catalogue loads in the background;
  // `catalogueLoaded` says when.
  void setStorePath(const QString& path);
  // Reads the store again: after an import or a review.
  void refresh();
  // Chooses an indicator by its dictionary key; false when the catalogue does not list it (yet).
  // `indicatorShown` says when its pivot and chart are drawn.
  bool showIndicator(const QString& key);
  QString indicatorKey() const { return key_; }            // the one chosen: its figures may still be on their way
  QString shownIndicator() const { return shownKey_; }     // the one whose figures are drawn
  bool catalogueReady() const { return catalogueReady_; }  // the store's indicators are listed
  void setIncludeUntrusted(bool all);
  // Ticks exactly these areas (those the indicator has); the chart redraws at once.
  void setChartedAreas(const QStringList& areas);
  QStringList chartedAreas() const;

  const models::IndicatorCatalogueModel& catalogue() const { return *catalogue_; }
  const models::IndicatorTableModel& table() const { return *table_; }
  models::IndicatorTableModel& table() { return *table_; }
  QChart* chart() const { return chart_.get(); }
  // The chart as drawn, with its title, source line and today's date: for the Export Chart dialog.
  charts::ExportOptions exportOptions() const;
  void exportChart(const QString& path);  // .pdf, .svg or .png, with exportOptions()
  void exportTable(const QString& path);  // the pivot as CSV, areas down the first column

 Q_SIGNALS:
  void catalogueLoaded(int indicators);
  void indicatorShown(const QString& key);
  void failed(const QString& message);
  // The user asked to see where a figure was printed.
  void figureRequested(qint64 documentId, int page, const QRectF& box);

 private:
  struct Loaded {
    std::uint64_t request = 0;
    std::string key;
    std::vector<store::Observation> observations;
    std::map<std::string, int> counts;  // filled when the catalogue was asked for
    store::DocumentRanks ranks;         // likewise
    bool withCounts = false;
    QString error;
  };
  void load(bool withCounts);
  void display(Loaded loaded);
  void fillUnits();
  void showFigures();  // the figures of the chosen unit, into the pivot, the area list and the chart
  std::optional<Unit> unit() const;
  void fillAreas();
  void redrawChart();
  void showHeading();
  void indicatorChosen(const QModelIndex& index);
  void pivotMenu(const QPoint& at);
  void chooseExport();
  charts::TrendChartOptions trendOptions() const;  // the chart as the reader set it up
  void saveSourceChoices() const;
  QString settingsKey() const;
  std::unique_ptr<Ui::IndicatorExplorer> ui_;
  models::IndicatorCatalogueModel* catalogue_;
  QSortFilterProxyModel* filteredCatalogue_;
  models::IndicatorTableModel* table_;
  QStandardItemModel* areas_;
  std::unique_ptr<QChart> chart_;
  QString storePath_;
  QString key_;
  QString shownKey_;
  // The indicator's figures, by unit: reports give some both as a number and as a share.
  std::map<Unit, std::shared_ptr<const std::vector<store::Observation>>> figuresByUnit_;
  bool includeUntrusted_ = false;
  QSet<QString> charted_;            // the local areas ticked, kept across indicators
  QSet<QString> hiddenComparators_;  // the comparators the reader took off the chart
  bool fillingAreas_ = false;
  bool countsPending_ = false;
  bool catalogueReady_ = false;
  std::uint64_t request_ = 0;
  std::shared_ptr<StoreReader> reader_;      // used only on pool_'s thread
  std::shared_ptr<StoreReader> partReader_;  // used only on partPool_'s thread
  QThreadPool pool_;
  QThreadPool partPool_;  // reads the second part of an indicator's figures while pool_ reads the first
  QFutureWatcher<Loaded> watcher_;
};

}  // namespace sbw::app
