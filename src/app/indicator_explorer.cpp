#include "app/indicator_explorer.h"

#include <QChart>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QScatterSeries>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QtConcurrent/QtConcurrent>
#include <algorithm>
#include <mutex>
#include <set>
#include <stdexcept>

#include "app/chart_export_dialog.h"
#include "app/exports.h"
#include "charts/area_palette.h"
#include "charts/chart_export.h"
#include "charts/trend_chart.h"
#include "core/indicator_dictionary.h"
#include "models/indicator_catalogue_model.h"
#include "models/indicator_table_model.h"
#include "models/observation_table_model.h"
#include "report/indicator_figures.h"
#include "store/database.h"
#include "store/observation_repository.h"
#include "ui_indicator_explorer.h"

namespace sbw::app {
namespace {

// Areas ticked when the reader has ticked none the indicator has: more lines than this make a
// chart nobody can read, so the areas with the most figures are drawn.
constexpr int kDefaultChartedAreas = 6;

// The explorer's reading connection: how much of the store it maps into memory, and its page cache.
constexpr long long kReaderMapBytes = 1LL << 30;
constexpr long long kReaderCacheKib = 64 * 1024;
// An indicator's figures are read in this many interleaved parts at once, each on its own thread and
// connection: most of a switch is SQLite finding and decoding rows, and the GUI thread is idle then.
constexpr int kReadParts = 2;

// Rows looked at to size the pivot's columns.
constexpr int kSizingRows = 40;

enum AreaRole { ComparatorRole = Qt::UserRole + 1 };

// The figures a trend may draw: outturns, trusted unless the reader asked for all.
std::vector<store::Observation> readFigures(store::Database& db, const std::string& key, bool all, int part) {
  store::ObservationQuery query;
  query.parts = kReadParts;
  query.part = part;
  query.indicatorKey = key;
  query.trustedOutturnsOnly = !all;
  query.withoutText = true;  // the pivot and chart show values and where they came from, not snippets
  query.anyOrder = true;     // the pivot places each figure by area and period
  auto figures = store::ObservationRepository(db).find(query);
  if (all) {
    // Every outturn still in question; a figure a reviewer rejected is wrong, so never shown.
    std::erase_if(figures, [](const store::Observation& o) {
      return o.kind != FigureKind::Outturn || o.review == store::ReviewDecision::Rejected;
    });
  }
  return figures;
}

// The reader's connection to `path`, opened (or reopened for another store) on first use.
store::Database& connection(StoreReader& reader, const std::string& path) {
  if (!reader.db || reader.path != path) {
    reader.db.reset();
    reader.db.emplace(store::Database::openRawForReading(path));
    reader.path = path;
    // An indicator's figures lie on pages all over the file: mapped, they are read without a
    // system call each, and a larger cache keeps those of indicators shown before.
    reader.db->exec("PRAGMA mmap_size = " + std::to_string(kReaderMapBytes));
    reader.db->exec("PRAGMA cache_size = -" + std::to_string(kReaderCacheKib));
  }
  return *reader.db;
}

// Runs `read` on the reader's connection, which is closed after an error and opened afresh next time.
template <typename Read>
auto withConnection(StoreReader& reader, const std::string& path, Read read) {
  const std::lock_guard lock(reader.mutex);
  try {
    return read(connection(reader, path));
  } catch (...) {
    reader.db.reset();
    throw;
  }
}

struct PartRead {
  std::vector<store::Observation> figures;
  std::string error;  // why the part could not be read
};

// One part of the indicator's figures, on the reader's connection; an error is returned, not thrown.
PartRead readPart(StoreReader& reader, const std::string& path, const std::string& key, bool all, int part) {
  PartRead read;
  try {
    read.figures = withConnection(reader, path, [&](store::Database& db) { return readFigures(db, key, all, part); });
  } catch (const std::exception& error) {
    read.error = error.what();
  }
  return read;
}

std::map<std::string, int> readCounts(store::Database& db, bool all) {
  std::map<std::string, int> counts;
  // The figures the explorer would draw: outturns, trusted unless the reader asked for all.
  for (const auto& [key, count] : store::ObservationRepository(db).indicatorCounts(!all, true)) counts[key] = count;
  return counts;
}

// The area's colour and line in the list, as on the chart.
QPixmap swatch(const charts::SeriesStyle& style) {
  QPixmap pixmap(24, 12);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setPen(QPen(style.colour, 3, style.line));
  painter.drawLine(1, 6, 23, 6);
  return pixmap;
}

}  // namespace

IndicatorExplorer::IndicatorExplorer(QWidget* parent)
    : QWidget(parent),
      ui_(std::make_unique<Ui::IndicatorExplorer>()),
      catalogue_(new models::IndicatorCatalogueModel(this)),
      filteredCatalogue_(new QSortFilterProxyModel(this)),
      table_(new models::IndicatorTableModel(this)),
      areas_(new QStandardItemModel(this)),
      reader_(std::make_shared<StoreReader>()),
      partReader_(std::make_shared<StoreReader>()) {
  ui_->setupUi(this);
  pool_.setMaxThreadCount(1);
  pool_.setExpiryTimeout(-1);  // one thread, which alone uses the reader's connection
  partPool_.setMaxThreadCount(1);
  partPool_.setExpiryTimeout(-1);
  filteredCatalogue_->setSourceModel(catalogue_);
  filteredCatalogue_->setRecursiveFilteringEnabled(true);  // a theme stays while one of its indicators matches
  filteredCatalogue_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  ui_->indicatorTree->setModel(filteredCatalogue_);
  ui_->indicatorTree->header()->setStretchLastSection(false);
  ui_->indicatorTree->header()->setSectionResizeMode(models::IndicatorCatalogueModel::NameColumn, QHeaderView::Stretch);
  ui_->indicatorTree->header()->setSectionResizeMode(models::IndicatorCatalogueModel::CountColumn,
                                                     QHeaderView::ResizeToContents);
  ui_->areaList->setModel(areas_);
  ui_->pivotView->setModel(table_);
  ui_->pivotView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  // Widths from the first rows only: measuring every cell of a large pivot costs more than a frame.
  ui_->pivotView->horizontalHeader()->setResizeContentsPrecision(kSizingRows);
  ui_->pivotView->verticalHeader()->setResizeContentsPrecision(kSizingRows);
  ui_->chartView->setRenderHint(QPainter::Antialiasing);
  // Sized for a 1366x768 laptop: the catalogue narrow, the chart above the pivot.
  ui_->explorerSplitter->setSizes({360, 940});
  ui_->explorerSplitter->setStretchFactor(1, 1);
  ui_->chartSplitter->setSizes({160, 780});
  ui_->chartSplitter->setStretchFactor(1, 1);
  ui_->viewSplitter->setSizes({380, 220});

  connect(ui_->indicatorFilterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
    // Filtering may move the current row to a neighbour: that is not the reader choosing it.
    const QSignalBlocker block(ui_->indicatorTree->selectionModel());
    filteredCatalogue_->setFilterFixedString(text);
    ui_->indicatorTree->expandAll();
  });
  connect(ui_->indicatorTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex& current) { indicatorChosen(current); });
  connect(ui_->unitCombo, &QComboBox::currentIndexChanged, this, [this] { showFigures(); });
  connect(ui_->includeUntrustedCheck, &QCheckBox::toggled, this, [this](bool all) {
    includeUntrusted_ = all;
    load(true);
  });
  connect(areas_, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
    if (fillingAreas_) return;
    const bool ticked = item->checkState() == Qt::Checked;
    if (item->data(ComparatorRole).toBool()) {
      if (ticked) {
        hiddenComparators_.remove(item->text());
      } else {
        hiddenComparators_.insert(item->text());
      }
    } else if (ticked) {
      charted_.insert(item->text());
    } else {
      charted_.remove(item->text());
    }
    redrawChart();
  });
  connect(ui_->pivotView, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
    if (!index.data(models::IndicatorTableModel::ValueRole).isValid()) return;
    Q_EMIT figureRequested(index.data(models::IndicatorTableModel::DocumentIdRole).toLongLong(),
                           index.data(models::IndicatorTableModel::PageRole).toInt(),
                           index.data(models::IndicatorTableModel::BoxRole).toRectF());
  });
  connect(ui_->pivotView, &QWidget::customContextMenuRequested, this, &IndicatorExplorer::pivotMenu);
  connect(table_, &models::IndicatorTableModel::sourceChosen, this, [this] {
    saveSourceChoices();
    redrawChart();
  });
  connect(ui_->exportChartButton, &QPushButton::clicked, this, &IndicatorExplorer::chooseExport);
  connect(ui_->exportTableButton, &QPushButton::clicked, this, [this] {
    chooseCsvExport(this, *table_, key_.isEmpty() ? QStringLiteral("figures") : key_,
                    report::CsvOptions{true, tr("Area")});
  });
  connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, [this] {
    // Taken, not copied: the result holds every figure of the indicator.
    if (watcher_.future().resultCount() > 0) display(watcher_.future().takeResult());
  });
  showHeading();
  redrawChart();
}

IndicatorExplorer::~IndicatorExplorer() {
  watcher_.disconnect(this);
  pool_.waitForDone();
  pool_.start([reader = reader_] {
    const std::lock_guard lock(reader->mutex);
    reader->db.reset();  // closed on the thread that used it
  });
  pool_.waitForDone();
  partPool_.waitForDone();
  partPool_.start([reader = partReader_] {
    const std::lock_guard lock(reader->mutex);
    reader->db.reset();
  });
  partPool_.waitForDone();
  if (chart_ && chart_->scene()) chart_->scene()->removeItem(chart_.get());  // the explorer owns the chart
}

void IndicatorExplorer::setStorePath(const QString& path) {
  storePath_ = path;
  key_.clear();
  shownKey_.clear();
  catalogueReady_ = false;
  const QHash<QString, QString> none;
  table_->setPreferredSources(none);
  if (!path.isEmpty()) {
    QHash<QString, QString> preferred;
    const QVariantMap saved = QSettings().value(settingsKey()).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) preferred.insert(it.key(), it.value().toString());
    table_->setPreferredSources(std::move(preferred));
  }
  figuresByUnit_.clear();
  // A read still on its way is for the store before: its number no longer matches, so it is dropped.
  ++request_;
  countsPending_ = false;
  table_->setObservations(std::vector<store::Observation>{});
  catalogue_->setCounts({});
  ui_->unitCombo->clear();
  fillAreas();
  redrawChart();
  showHeading();
  if (!path.isEmpty()) load(true);
}

void IndicatorExplorer::refresh() {
  if (!storePath_.isEmpty()) load(true);
}

bool IndicatorExplorer::showIndicator(const QString& key) {
  if (!IndicatorDictionary::builtIn().byKey(key.toStdString()) || storePath_.isEmpty()) return false;
  const QModelIndex found = filteredCatalogue_->mapFromSource(catalogue_->indexOfKey(key));
  if (found.isValid()) {
    const QSignalBlocker block(ui_->indicatorTree->selectionModel());
    ui_->indicatorTree->setCurrentIndex(found);
    ui_->indicatorTree->scrollTo(found);
  }
  // Before the catalogue has loaded, the figures are read all the same; the tree follows.
  if (key != key_) {
    key_ = key;
    load(false);
  }
  return true;
}

void IndicatorExplorer::indicatorChosen(const QModelIndex& index) {
  const QString key = index.data(models::IndicatorCatalogueModel::KeyRole).toString();
  if (key.isEmpty() || key == key_) return;
  key_ = key;
  load(false);
}

void IndicatorExplorer::setIncludeUntrusted(bool all) { ui_->includeUntrustedCheck->setChecked(all); }

void IndicatorExplorer::setChartedAreas(const QStringList& areas) {
  charted_.clear();
  for (int row = 0; row < table_->rowCount(); ++row) {
    const QString area = table_->areaAt(row);
    const bool wanted = areas.contains(area);
    if (table_->comparatorAt(row) == Comparator::Local) {
      if (wanted) charted_.insert(area);
    } else if (wanted) {
      hiddenComparators_.remove(area);
    } else {
      hiddenComparators_.insert(area);
    }
  }
  fillAreas();
  redrawChart();
}

QStringList IndicatorExplorer::chartedAreas() const {
  QStringList out;
  for (int row = 0; row < areas_->rowCount(); ++row) {
    if (areas_->item(row)->checkState() == Qt::Checked) out << areas_->item(row)->text();
  }
  return out;
}

void IndicatorExplorer::load(bool withCounts) {
  // A newer request drops an older one's result, so it must also bring the catalogue that one was to.
  countsPending_ = countsPending_ || withCounts;
  withCounts = countsPending_;
  const std::uint64_t request = ++request_;
  const std::string key = key_.toStdString();
  const std::string path = storePath_.toStdString();
  const bool all = includeUntrusted_;
  ui_->statusLabel->setText(tr("Reading figures…"));
  auto reader = reader_;
  auto partReader = partReader_;
  QThreadPool* partPool = &partPool_;  // the destructor waits for pool_, which waits for this one
  // Setting a new future drops the old one's result: only the latest choice is ever displayed.
  watcher_.setFuture(
      QtConcurrent::run(&pool_, [reader, partReader, partPool, request, key, path, all, withCounts]() -> Loaded {
        Loaded loaded;
        loaded.request = request;
        loaded.key = key;
        loaded.withCounts = withCounts;
        if (path.empty()) return loaded;
        try {
          // Each part on its own kept connection: their page caches stay warm. The first part's
          // connection also reads the catalogue.
          std::optional<QFuture<PartRead>> second;
          if (!key.empty()) {
            second = QtConcurrent::run(
                partPool, [partReader, path, key, all] { return readPart(*partReader, path, key, all, 1); });
          }
          try {
            withConnection(*reader, path, [&](store::Database& db) {
              if (withCounts) {
                loaded.counts = readCounts(db, all);
                // Read with the catalogue: after an import or a review, both may have changed.
                loaded.ranks = store::ObservationRepository(db).documentRanks();
              }
              if (!key.empty()) loaded.observations = readFigures(db, key, all, 0);
            });
          } catch (...) {
            if (second) second->waitForFinished();  // it uses this request's key and path
            throw;
          }
          if (second) {
            PartRead rest = second->takeResult();
            if (!rest.error.empty()) throw std::runtime_error(rest.error);
            loaded.observations.insert(loaded.observations.end(), std::make_move_iterator(rest.figures.begin()),
                                       std::make_move_iterator(rest.figures.end()));
          }
        } catch (const std::exception& error) {
          loaded.error = QString::fromUtf8(error.what());
        }
        return loaded;
      }));
}

void IndicatorExplorer::display(Loaded loaded) {
  if (loaded.request != request_) return;  // a newer request is on its way
  if (!loaded.error.isEmpty()) {
    ui_->statusLabel->setText(tr("Cannot read the figures: %1").arg(loaded.error));
    Q_EMIT failed(loaded.error);
    return;
  }
  if (loaded.withCounts) {
    countsPending_ = false;
    catalogueReady_ = true;
    table_->setDocumentRanks(std::move(loaded.ranks));
    const QSignalBlocker block(ui_->indicatorTree->selectionModel());
    catalogue_->setCounts(loaded.counts);
    ui_->indicatorTree->expandAll();
    const QModelIndex current = filteredCatalogue_->mapFromSource(catalogue_->indexOfKey(key_));
    if (current.isValid()) ui_->indicatorTree->setCurrentIndex(current);
    Q_EMIT catalogueLoaded(catalogue_->indicatorCount());
    if (key_.isEmpty() && !loaded.counts.empty()) {
      // Nothing chosen yet: the indicator with the most figures, so the view is never empty.
      const auto most = std::max_element(loaded.counts.begin(), loaded.counts.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
      showIndicator(QString::fromStdString(most->first));
      return;
    }
  }
  if (QString::fromStdString(loaded.key) != key_) return;
  // The figures shown before are freed on the worker once the new ones are shown: freeing thirteen
  // thousand figures is a frame's work.
  std::vector<std::shared_ptr<const std::vector<store::Observation>>> retired;
  for (auto& [unit, ofUnit] : figuresByUnit_) retired.push_back(std::move(ofUnit));
  figuresByUnit_.clear();
  auto& figures = loaded.observations;
  const bool oneUnit = std::all_of(figures.begin(), figures.end(), [&](const store::Observation& o) {
    return o.quantity.unit == figures.front().quantity.unit;
  });
  if (oneUnit && !figures.empty()) {
    // The usual case: the whole read, kept as it came.
    const Unit unit = figures.front().quantity.unit;
    figuresByUnit_[unit] = std::make_shared<const std::vector<store::Observation>>(std::move(figures));
  } else {
    std::map<Unit, std::vector<store::Observation>> byUnit;
    for (auto& figure : figures) byUnit[figure.quantity.unit].push_back(std::move(figure));
    for (auto& [unit, ofUnit] : byUnit) {
      figuresByUnit_[unit] = std::make_shared<const std::vector<store::Observation>>(std::move(ofUnit));
    }
  }
  shownKey_ = key_;
  fillUnits();
  showFigures();
  pool_.start([retired = std::move(retired)]() mutable { retired.clear(); });
  if (!key_.isEmpty()) Q_EMIT indicatorShown(key_);
}

void IndicatorExplorer::fillUnits() {
  const Indicator* indicator = IndicatorDictionary::builtIn().byKey(key_.toStdString());
  const QSignalBlocker block(ui_->unitCombo);
  ui_->unitCombo->clear();
  for (const auto& [unit, figures] : figuresByUnit_)
    ui_->unitCombo->addItem(models::unitTitle(unit), static_cast<int>(unit));
  // The dictionary's unit first: "Child protection plans: neglect" is a number, its share a second view.
  if (indicator) {
    const int own = ui_->unitCombo->findData(static_cast<int>(indicator->unit));
    if (own >= 0) ui_->unitCombo->setCurrentIndex(own);
  }
  ui_->unitCombo->setEnabled(ui_->unitCombo->count() > 1);
}

std::optional<Unit> IndicatorExplorer::unit() const {
  if (ui_->unitCombo->currentIndex() < 0) return std::nullopt;
  return static_cast<Unit>(ui_->unitCombo->currentData().toInt());
}

void IndicatorExplorer::showFigures() {
  const Indicator* indicator = IndicatorDictionary::builtIn().byKey(key_.toStdString());
  const std::optional<Unit> shown = unit();
  const auto found = shown ? figuresByUnit_.find(*shown) : figuresByUnit_.end();
  auto figures = found != figuresByUnit_.end() ? found->second : nullptr;
  // The indicator's precision for its own unit; a share of a count keeps its printed decimals.
  const bool own = indicator && shown == indicator->unit;
  table_->setScope(key_ + QLatin1Char('|') + (shown ? QString::fromLatin1(unitName(*shown)) : QString()));
  table_->setObservations(std::move(figures), own ? std::optional<int>(indicator->precision) : std::nullopt);
  fillAreas();
  redrawChart();
  showHeading();
}

void IndicatorExplorer::fillAreas() {
  fillingAreas_ = true;
  areas_->clear();
  bool anyTicked = false;
  for (int row = 0; row < table_->rowCount(); ++row) {
    anyTicked = anyTicked || (table_->comparatorAt(row) == Comparator::Local && charted_.contains(table_->areaAt(row)));
  }
  // None of the reader's areas here: the local areas with the most figures.
  if (!anyTicked) {
    for (const QString& area : table_->busiestLocalAreas(kDefaultChartedAreas)) charted_.insert(area);
  }
  charts::AreaPalette palette;
  for (int row = 0; row < table_->rowCount(); ++row) {
    const QString area = table_->areaAt(row);
    const bool comparator = table_->comparatorAt(row) != Comparator::Local;
    auto* item = new QStandardItem(area);
    item->setCheckable(true);
    item->setEditable(false);
    // Comparators are drawn unless the reader took them off.
    const bool ticked = comparator ? !hiddenComparators_.contains(area) : charted_.contains(area);
    item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    item->setData(swatch(palette.styleFor(area, table_->comparatorAt(row))), Qt::DecorationRole);
    item->setData(comparator, ComparatorRole);
    item->setToolTip(comparator ? tr("%1: a comparator, drawn dashed").arg(area) : area);
    areas_->appendRow(item);
  }
  fillingAreas_ = false;
}

charts::TrendChartOptions IndicatorExplorer::trendOptions() const {
  const Indicator* indicator = IndicatorDictionary::builtIn().byKey(key_.toStdString());
  charts::TrendChartOptions options;
  options.title = indicator ? QString::fromStdString(indicator->label) : key_;
  if (indicator) {
    options.valueAxisTitle = models::unitTitle(unit().value_or(indicator->unit));
    const QString polarity = models::polarityNote(indicator->polarity);
    if (!polarity.isEmpty()) options.valueAxisTitle += QStringLiteral(" (%1)").arg(polarity);
  }
  const QStringList ticked = chartedAreas();
  options.areas = QSet<QString>(ticked.begin(), ticked.end());
  return options;
}

void IndicatorExplorer::redrawChart() {
  const QStringList ticked = chartedAreas();
  auto chart = charts::makeTrendChart(*table_, trendOptions());
  for (auto* series : chart->series()) {
    auto* markers = qobject_cast<QScatterSeries*>(series);
    if (!markers) continue;
    connect(markers, &QScatterSeries::clicked, this, [this, area = markers->name()](const QPointF& point) {
      if (const auto* figure = charts::figureAtPoint(*table_, area, point)) {
        const QRectF box =
            figure->box ? QRectF(QPointF(figure->box->x1, figure->box->y1), QPointF(figure->box->x2, figure->box->y2))
                        : QRectF();
        Q_EMIT figureRequested(figure->documentId, figure->page, box);
      }
    });
  }
  // The view takes the new chart out of its scene's hands and lets go of the old one, which
  // chart_ then deletes.
  ui_->chartView->setChart(chart.get());
  chart_ = std::move(chart);
  const bool drawn = !ticked.isEmpty() && table_->rowCount() > 0;
  ui_->exportChartButton->setEnabled(drawn);
  ui_->exportTableButton->setEnabled(table_->rowCount() > 0);
}

void IndicatorExplorer::showHeading() {
  const Indicator* indicator = IndicatorDictionary::builtIn().byKey(key_.toStdString());
  if (!indicator) {
    ui_->headingLabel->setText(storePath_.isEmpty() ? tr("Open a store to explore its indicators.")
                                                    : tr("Choose an indicator on the left."));
    ui_->statusLabel->clear();
    return;
  }
  QString heading = QString::fromStdString(indicator->label) + QStringLiteral(" — ") +
                    models::unitTitle(unit().value_or(indicator->unit));
  const QString polarity = models::polarityNote(indicator->polarity);
  if (!polarity.isEmpty()) heading += QStringLiteral("; ") + polarity;
  ui_->headingLabel->setText(heading);
  QString status = tr("%n area(s)", nullptr, table_->rowCount()) + QStringLiteral(", ") +
                   tr("%n period(s)", nullptr, table_->columnCount());
  if (const int conflicts = table_->conflictCount(); conflicts > 0) {
    status += QStringLiteral("; ") +
              tr("%n figure(s) given differently by their sources (\u26A0: right-click to choose)", nullptr, conflicts);
  }
  status += includeUntrusted_ ? tr("; figures waiting for review included (grey)") : tr("; trusted figures only");
  ui_->statusLabel->setText(status);
}

void IndicatorExplorer::pivotMenu(const QPoint& at) {
  const QModelIndex index = ui_->pivotView->indexAt(at);
  const auto candidates = table_->candidatesAt(index.row(), index.column());
  if (candidates.empty()) return;
  QMenu menu(this);
  menu.setAccessibleName(tr("Figure sources"));
  QAction* open = menu.addAction(tr("Open the Page"));
  menu.addSeparator();
  std::vector<QAction*> choices;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const auto* figure = candidates[i];
    QAction* choice =
        menu.addAction(tr("Show %1 from %2, page %3")
                           .arg(index.data().toString().isEmpty() ? QString() : models::formattedValue(*figure),
                                QString::fromStdString(figure->document))
                           .arg(figure->page));
    choice->setCheckable(true);
    choice->setChecked(i == 0);
    choice->setEnabled(candidates.size() > 1);
    choices.push_back(choice);
  }
  QAction* chosen = menu.exec(ui_->pivotView->viewport()->mapToGlobal(at));
  if (chosen == open) {
    Q_EMIT ui_->pivotView->clicked(index);
    return;
  }
  const auto found = std::find(choices.begin(), choices.end(), chosen);
  if (found != choices.end() && found != choices.begin()) {
    table_->chooseCandidate(index.row(), index.column(), static_cast<int>(found - choices.begin()));
    showHeading();
  }
}

QString IndicatorExplorer::settingsKey() const {
  // Per store: a figure's source key names a file of that store. Hashed, as a path has slashes.
  const QByteArray hash = QCryptographicHash::hash(storePath_.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
  return QStringLiteral("explorer/sources-") + QString::fromLatin1(hash);
}

void IndicatorExplorer::saveSourceChoices() const {
  QVariantMap saved;
  const auto& preferred = table_->preferredSources();
  for (auto it = preferred.cbegin(); it != preferred.cend(); ++it) saved.insert(it.key(), it.value());
  QSettings().setValue(settingsKey(), saved);
}

charts::ExportOptions IndicatorExplorer::exportOptions() const {
  charts::ExportOptions options;
  options.title = chart_->title();
  const QStringList ticked = chartedAreas();
  options.sourceLine = report::sourceLine(report::drawnFigures(*table_, QSet<QString>(ticked.begin(), ticked.end())),
                                          documentNamesIn(storePath_));
  options.exportedOn = QDate::currentDate();
  return options;
}

void IndicatorExplorer::exportChart(const QString& path) { charts::exportChart(*chart_, path, exportOptions()); }

void IndicatorExplorer::exportTable(const QString& path) {
  report::writeModelCsv(*table_, path, report::CsvOptions{true, tr("Area")});
}

void IndicatorExplorer::chooseExport() {
  // A chart of its own, with no ties to the table: an import or a read may redraw the one shown
  // while the dialog is open.
  charts::TrendChartOptions options = trendOptions();
  options.pointToolTips = false;
  const std::unique_ptr<QChart> chart = charts::makeTrendChart(*table_, options);
  ChartExportDialog dialog(*chart, exportOptions(), key_, this);
  dialog.exec();
}

}  // namespace sbw::app
