#include "app/chart_export_dialog.h"

#include <QChart>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include "ui_chart_export_dialog.h"

namespace sbw::app {
namespace {

QString suffixOf(charts::ExportFormat format) {
  switch (format) {
    case charts::ExportFormat::Svg: return QStringLiteral("svg");
    case charts::ExportFormat::Png: return QStringLiteral("png");
    case charts::ExportFormat::Pdf: return QStringLiteral("pdf");
  }
  return QStringLiteral("pdf");
}

}  // namespace

ChartExportDialog::ChartExportDialog(QChart& chart, charts::ExportOptions options, QString baseName, QWidget* parent)
    : QDialog(parent),
      ui_(std::make_unique<Ui::ChartExportDialog>()),
      chart_(chart),
      options_(std::move(options)),
      baseName_(std::move(baseName)),
      pixels_(options_.pixels),
      millimetres_(options_.sizeMm) {
  ui_->setupUi(this);
  ui_->sourceLabel->setText(options_.sourceLine.isEmpty() ? tr("(no figures drawn)") : options_.sourceLine);
  ui_->dpiSpin->setValue(options_.dpi);
  connect(ui_->formatCombo, &QComboBox::currentIndexChanged, this, &ChartExportDialog::formatChanged);
  connect(ui_->widthSpin, &QSpinBox::valueChanged, this, [this](int value) {
    if (format() == charts::ExportFormat::Png) {
      pixels_.setWidth(value);
    } else {
      millimetres_.setWidth(value);
    }
  });
  connect(ui_->heightSpin, &QSpinBox::valueChanged, this, [this](int value) {
    if (format() == charts::ExportFormat::Png) {
      pixels_.setHeight(value);
    } else {
      millimetres_.setHeight(value);
    }
  });
  connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &ChartExportDialog::chooseFile);
  connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
  formatChanged();
}

ChartExportDialog::~ChartExportDialog() = default;

void ChartExportDialog::setFormat(charts::ExportFormat format) {
  ui_->formatCombo->setCurrentIndex(static_cast<int>(format));
}

charts::ExportFormat ChartExportDialog::format() const {
  return static_cast<charts::ExportFormat>(ui_->formatCombo->currentIndex());
}

void ChartExportDialog::setSize(int width, int height) {
  ui_->widthSpin->setValue(width);
  ui_->heightSpin->setValue(height);
}

void ChartExportDialog::setDpi(int dpi) { ui_->dpiSpin->setValue(dpi); }

void ChartExportDialog::formatChanged() {
  const bool picture = format() == charts::ExportFormat::Png;
  const QSize shown = picture ? pixels_ : millimetres_.toSize();
  const QString unit = picture ? tr(" px") : tr(" mm");
  for (QSpinBox* spin : {ui_->widthSpin, ui_->heightSpin}) {
    const QSignalBlocker block(spin);
    spin->setSuffix(unit);
  }
  {
    const QSignalBlocker blockWidth(ui_->widthSpin);
    const QSignalBlocker blockHeight(ui_->heightSpin);
    ui_->widthSpin->setValue(shown.width());
    ui_->heightSpin->setValue(shown.height());
  }
  ui_->dpiSpin->setEnabled(picture);
  ui_->dpiLabel->setEnabled(picture);
}

charts::ExportOptions ChartExportDialog::options() const {
  charts::ExportOptions out = options_;
  out.pixels = pixels_;
  out.sizeMm = millimetres_;
  out.dpi = ui_->dpiSpin->value();
  out.exportedOn = ui_->dateCheck->isChecked() ? QDate::currentDate() : QDate();
  return out;
}

bool ChartExportDialog::exportTo(const QString& path) {
  try {
    charts::exportChart(chart_, path, options());
    return true;
  } catch (const std::exception& error) {
    QMessageBox::warning(this, tr("Export Chart"), QString::fromUtf8(error.what()));
    return false;
  }
}

void ChartExportDialog::chooseFile() {
  const QString suffix = suffixOf(format());
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export Chart"), baseName_ + QLatin1Char('.') + suffix,
                                   suffix.toUpper() + QStringLiteral(" (*.") + suffix + QLatin1Char(')'));
  if (path.isEmpty()) return;
  // The format chosen decides the file's kind, whatever its name ends with.
  const QString named =
      path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive) ? path : path + QLatin1Char('.') + suffix;
  if (exportTo(named)) accept();
}

}  // namespace sbw::app
