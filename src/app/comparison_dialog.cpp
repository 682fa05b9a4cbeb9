#include "app/comparison_dialog.h"

#include "app/indicator_choices.h"

#include <QChart>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrent>

#include "app/chart_export_dialog.h"
#include "app/exports.h"
#include "charts/chart_export.h"
#include "charts/comparison_chart.h"
#include "core/indicator_dictionary.h"
#include "models/observation_table_model.h"
#include "store/database.h"
#include "store/observation_repository.h"
#include "ui_comparison_dialog.h"

namespace sbw::app {
ComparisonDialog::ComparisonDialog(store::Database& db, const QString& storePath, QWidget* parent)
    : QDialog(parent),
      ui_(std::make_unique<Ui::ComparisonDialog>()),
      storePath_(storePath),
      model_(new models::ComparisonModel(this)) {
  ui_->setupUi(this);
  pool_.setMaxThreadCount(1);
  ui_->figureView->setModel(model_);
  ui_->figureView->verticalHeader()->hide();
  ui_->figureView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  ui_->figureView->horizontalHeader()->setStretchLastSection(true);
  ui_->buttonLayout->setStretch(0, 1);
  ui_->chartView->setRenderHint(QPainter::Antialiasing);
  ui_->splitter->setSizes({460, 200});
  fillIndicatorChoices(*ui_->indicatorCombo, db);
  connect(ui_->indicatorCombo, &QComboBox::currentIndexChanged, this, &ComparisonDialog::load);
  connect(ui_->periodCombo, &QComboBox::currentIndexChanged, this, &ComparisonDialog::redraw);
  connect(ui_->ratesCheck, &QCheckBox::toggled, this, &ComparisonDialog::redraw);
  connect(ui_->figureView, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
    Q_EMIT figureRequested(index.data(models::ComparisonModel::DocumentIdRole).toLongLong(),
                           index.data(models::ComparisonModel::PageRole).toInt());
  });
  connect(ui_->exportChartButton, &QPushButton::clicked, this, [this] {
    // A chart of its own: a new period or an import may redraw the one shown while the dialog is open.
    const std::unique_ptr<QChart> chart = makeChart();
    ChartExportDialog dialog(*chart, exportOptions(), indicatorKey(), this);
    dialog.exec();
  });
  connect(ui_->exportTableButton, &QPushButton::clicked, this, [this] {
    chooseCsvExport(this, *model_, indicatorKey() + QLatin1Char('-') + ui_->periodCombo->currentText());
  });
  connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, [this] { display(watcher_.result()); });
  load();
}

ComparisonDialog::~ComparisonDialog() {
  watcher_.disconnect(this);
  pool_.waitForDone();
  if (chart_ && chart_->scene()) chart_->scene()->removeItem(chart_.get());  // the dialog owns the chart
}

QString ComparisonDialog::indicatorKey() const { return ui_->indicatorCombo->currentData().toString(); }

bool ComparisonDialog::showIndicator(const QString& key, const QString& period) {
  const int index = ui_->indicatorCombo->findData(key);
  if (index < 0) return false;
  wantedPeriod_ = period;
  if (index == ui_->indicatorCombo->currentIndex()) {
    load();
  } else {
    ui_->indicatorCombo->setCurrentIndex(index);
  }
  return true;
}

void ComparisonDialog::setRates(bool rates) { ui_->ratesCheck->setChecked(rates); }

void ComparisonDialog::load() {
  const std::string key = indicatorKey().toStdString();
  const std::string path = storePath_.toStdString();
  ui_->noteLabel->setText(tr("Reading figures…"));
  watcher_.setFuture(QtConcurrent::run(&pool_, [key, path]() -> Loaded {
    if (key.empty()) return {};
    try {
      store::Database db = store::Database::openRawForReading(path);
      return Loaded{store::ObservationRepository(db).forIndicator(key, true, true),
                    store::RateCalculator(db).ratesPer10k(key),
                    {}};
    } catch (const std::exception& error) {
      return Loaded{{}, {}, QString::fromUtf8(error.what())};
    }
  }));
}

void ComparisonDialog::display(Loaded loaded) {
  observations_ = std::move(loaded.observations);
  rates_ = std::move(loaded.rates);
  const QSignalBlocker block(ui_->periodCombo);
  ui_->periodCombo->clear();
  for (const auto& period : models::periodsOf(observations_)) {
    ui_->periodCombo->addItem(
        QString::fromStdString(period.label),
        QStringList{QString::fromStdString(period.start.iso()), QString::fromStdString(period.end.iso())});
  }
  if (!wantedPeriod_.isEmpty()) {
    const int wanted = ui_->periodCombo->findText(wantedPeriod_);
    if (wanted >= 0) ui_->periodCombo->setCurrentIndex(wanted);
    wantedPeriod_.clear();
  }
  redraw();
  if (!loaded.error.isEmpty()) ui_->noteLabel->setText(tr("Cannot read the figures: %1").arg(loaded.error));
  Q_EMIT this->loaded();
}

void ComparisonDialog::redraw() {
  const QStringList dates = ui_->periodCombo->currentData().toStringList();
  const auto start = dates.size() == 2 ? Date::fromIso(dates[0].toStdString()) : std::nullopt;
  const auto end = dates.size() == 2 ? Date::fromIso(dates[1].toStdString()) : std::nullopt;
  model_->setFigures(start && end ? observations_ : std::vector<store::Observation>{}, start.value_or(Date{}),
                     end.value_or(Date{}), rates_);
  const Indicator* indicator = IndicatorDictionary::builtIn().byKey(indicatorKey().toStdString());
  const bool rates = ui_->ratesCheck->isChecked();
  auto chart = makeChart();
  // The view takes the new chart out of its scene's hands and lets go of the old one, which
  // chart_ then deletes.
  ui_->chartView->setChart(chart.get());
  chart_ = std::move(chart);
  int withRate = 0;
  for (const auto& row : model_->locals()) withRate += row.rate ? 1 : 0;
  const int locals = static_cast<int>(model_->locals().size());
  QString note = tr("%n area(s)", nullptr, locals);
  if (rates && withRate < locals) {
    note += tr("; %1 without a child population in the store are left out of the rates").arg(locals - withRate);
  }
  if (const QString polarity = indicator ? models::polarityNote(indicator->polarity) : QString(); !polarity.isEmpty())
    note += QStringLiteral("; ") + polarity;
  ui_->noteLabel->setText(note);
  ui_->exportChartButton->setEnabled(locals > 0);
  ui_->exportTableButton->setEnabled(model_->rowCount() > 0);
}

std::unique_ptr<QChart> ComparisonDialog::makeChart() const {
  const Indicator* indicator = IndicatorDictionary::builtIn().byKey(indicatorKey().toStdString());
  const QString title =
      (indicator ? QString::fromStdString(indicator->label) : indicatorKey()) +
      (ui_->periodCombo->currentText().isEmpty() ? QString() : ", " + ui_->periodCombo->currentText());
  return charts::makeComparisonChart(*model_, title, indicator ? models::unitTitle(indicator->unit) : QString(),
                                     ui_->ratesCheck->isChecked());
}

charts::ExportOptions ComparisonDialog::exportOptions() const {
  charts::ExportOptions options;
  options.title = chart_->title();
  std::vector<const store::Observation*> shown;
  for (int row = 0; row < model_->rowCount(); ++row) shown.push_back(&model_->rowAt(row)->observation);
  options.sourceLine = report::sourceLine(shown, documentNamesIn(storePath_));
  options.exportedOn = QDate::currentDate();
  return options;
}

void ComparisonDialog::exportChart(const QString& path) { charts::exportChart(*chart_, path, exportOptions()); }

}  // namespace sbw::app
