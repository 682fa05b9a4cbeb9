#include "app/trend_dialog.h"

#include "app/indicator_choices.h"

#include <QChart>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>

#include "charts/chart_export.h"
#include "charts/trend_chart.h"
#include "core/indicator_dictionary.h"
#include "models/indicator_table_model.h"
#include "models/observation_table_model.h"
#include "store/observation_repository.h"
#include "ui_trend_dialog.h"

namespace sbw::app {
TrendDialog::TrendDialog(store::Database& db, QWidget* parent)
    : QDialog(parent),
      ui_(std::make_unique<Ui::TrendDialog>()),
      db_(db),
      table_(new models::IndicatorTableModel(this)) {
  ui_->setupUi(this);
  ui_->indicatorView->setModel(table_);
  ui_->indicatorView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  ui_->chartView->setRenderHint(QPainter::Antialiasing);
  ui_->splitter->setSizes({250, 450});

  fillIndicatorChoices(*ui_->indicatorCombo, db_);
  connect(ui_->indicatorCombo, &QComboBox::currentIndexChanged, this, &TrendDialog::reload);
  connect(ui_->latestOnlyCheck, &QCheckBox::toggled, this, &TrendDialog::reload);
  connect(ui_->indicatorView, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
    if (!index.data(models::IndicatorTableModel::ValueRole).isValid()) return;
    Q_EMIT figureRequested(index.data(models::IndicatorTableModel::DocumentIdRole).toLongLong(),
                           index.data(models::IndicatorTableModel::PageRole).toInt(),
                           index.data(models::IndicatorTableModel::BoxRole).toRectF());
  });
  connect(ui_->exportPdfButton, &QPushButton::clicked, this, [this] { chooseExport(QStringLiteral("pdf")); });
  connect(ui_->exportSvgButton, &QPushButton::clicked, this, [this] { chooseExport(QStringLiteral("svg")); });
  reload();
}

TrendDialog::~TrendDialog() {
  // The view shows the chart but must not delete it: the dialog owns it.
  if (chart_ && chart_->scene()) chart_->scene()->removeItem(chart_.get());
}

QString TrendDialog::indicatorKey() const { return ui_->indicatorCombo->currentData().toString(); }

bool TrendDialog::showIndicator(const QString& key) {
  const int index = ui_->indicatorCombo->findData(key);
  if (index < 0) return false;
  ui_->indicatorCombo->setCurrentIndex(index);
  return true;
}

void TrendDialog::reload() {
  const std::string key = indicatorKey().toStdString();
  std::vector<store::Observation> observations;
  if (!key.empty())
    observations = store::ObservationRepository(db_).forIndicator(key, ui_->latestOnlyCheck->isChecked(), true);
  table_->setObservations(observations);

  const Indicator* indicator = IndicatorDictionary::builtIn().byKey(key);
  const QString title = indicator ? QString::fromStdString(indicator->label) : QString::fromStdString(key);
  auto chart = charts::makeTrendChart(*table_, title, indicator ? models::unitTitle(indicator->unit) : QString());
  if (chart_ && chart_->scene()) chart_->scene()->removeItem(chart_.get());
  ui_->chartView->setChart(chart.get());
  chart_ = std::move(chart);
  ui_->exportPdfButton->setEnabled(table_->rowCount() > 0);
  ui_->exportSvgButton->setEnabled(table_->rowCount() > 0);
}

void TrendDialog::exportChart(const QString& path) {
  charts::ExportOptions options;
  options.title = chart_->title();
  charts::exportChart(*chart_, path, options);
}

void TrendDialog::chooseExport(const QString& suffix) {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export Chart"), indicatorKey() + QLatin1Char('.') + suffix,
                                   suffix == QStringLiteral("pdf") ? tr("PDF (*.pdf)") : tr("SVG (*.svg)"));
  if (path.isEmpty()) return;
  try {
    exportChart(path);
  } catch (const std::exception& error) {
    QMessageBox::warning(this, tr("Export Chart"), QString::fromUtf8(error.what()));
  }
}

}  // namespace sbw::app
