#include "app/review_correction_dialog.h"

#include <QCompleter>
#include <QPushButton>

#include "core/area_registry.h"
#include "core/indicator_dictionary.h"
#include "core/number_format.h"
#include "core/quantity.h"
#include "models/observation_table_model.h"
#include "ui_review_correction_dialog.h"

namespace sbw::app {

ReviewCorrectionDialog::ReviewCorrectionDialog(const store::Observation& figure, const QString& author, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ReviewCorrectionDialog>()), figure_(figure) {
  ui_->setupUi(this);
  ui_->figureLabel->setText(tr("%1 on page %2: \"%3\"")
                                .arg(QString::fromStdString(figure.document))
                                .arg(figure.page)
                                .arg(QString::fromStdString(figure.snippet)));
  QStringList areas;
  for (const auto& area : AreaRegistry::builtIn().all()) areas << QString::fromStdString(area.name);
  auto* completer = new QCompleter(areas, ui_->areaEdit);
  completer->setCaseSensitivity(Qt::CaseInsensitive);
  completer->setFilterMode(Qt::MatchContains);
  ui_->areaEdit->setCompleter(completer);
  ui_->areaEdit->setText(QString::fromStdString(figure.area));
  ui_->indicatorCombo->addItem(tr("(none: choose one)"), QString());
  for (const auto& indicator : IndicatorDictionary::builtIn().all()) {
    ui_->indicatorCombo->addItem(QString::fromStdString(indicator.label), QString::fromStdString(indicator.key));
  }
  ui_->indicatorCombo->setCurrentIndex(
      std::max(0, ui_->indicatorCombo->findData(QString::fromStdString(figure.indicatorKey))));
  ui_->periodEdit->setText(QString::fromStdString(figure.periodLabel));
  if (const auto value = figure.value()) {
    ui_->valueEdit->setText(QString::fromStdString(formatNumber(*value, figure.quantity.decimals)));
  }
  if (figure.quantity.scale == 1e3) ui_->valueLabel->setText(tr("&Value (thousands):"));
  if (figure.quantity.scale == 1e6) ui_->valueLabel->setText(tr("&Value (millions):"));
  if (figure.quantity.scale == 1e9) ui_->valueLabel->setText(tr("&Value (billions):"));
  ui_->authorEdit->setText(author);
  for (QLineEdit* edit : {ui_->areaEdit, ui_->periodEdit, ui_->valueEdit, ui_->authorEdit, ui_->reasonEdit}) {
    connect(edit, &QLineEdit::textChanged, this, &ReviewCorrectionDialog::update);
  }
  connect(ui_->indicatorCombo, &QComboBox::currentIndexChanged, this, &ReviewCorrectionDialog::update);
  update();
}

ReviewCorrectionDialog::~ReviewCorrectionDialog() = default;

std::optional<FigureCorrectionInput> ReviewCorrectionDialog::input() const {
  FigureCorrectionInput in;
  const QString area = ui_->areaEdit->text().simplified();
  if (!area.isEmpty() && area.toStdString() != figure_.area) in.edit.area = area.toStdString();
  const QString key = ui_->indicatorCombo->currentData().toString();
  if (!key.isEmpty() && key.toStdString() != figure_.indicatorKey) in.edit.indicatorKey = key.toStdString();
  const QString period = ui_->periodEdit->text().simplified();
  if (!period.isEmpty() && period.toStdString() != figure_.periodLabel) in.edit.period = period.toStdString();
  const QString valueText = ui_->valueEdit->text().simplified();
  if (!valueText.isEmpty()) {
    const auto quantity = parseQuantity(valueText.toStdString());
    if (!quantity || !quantity->value) return std::nullopt;
    // A number typed alone is in the figure's own scale, as the box shows it ("1.3" of "£1.3 million");
    // one typed with its scale ("1,300,000", "1.3 million") is converted to it.
    const double value =
        quantity->scale == 1 ? *quantity->value : *quantity->value * quantity->scale / figure_.quantity.scale;
    if (!figure_.value() || std::abs(*figure_.value() - value) > 1e-9) in.edit.value = value;
  }
  in.author = ui_->authorEdit->text().simplified();
  in.reason = ui_->reasonEdit->text().simplified();
  if (in.edit.empty() || in.author.isEmpty() || in.reason.isEmpty()) return std::nullopt;
  return in;
}

void ReviewCorrectionDialog::update() {
  QString problem;
  const QString valueText = ui_->valueEdit->text().simplified();
  const auto quantity = valueText.isEmpty() ? std::nullopt : parseQuantity(valueText.toStdString());
  if (!valueText.isEmpty() && (!quantity || !quantity->value)) {
    problem = tr("The value is not a number.");
  } else if (ui_->authorEdit->text().simplified().isEmpty() || ui_->reasonEdit->text().simplified().isEmpty()) {
    problem = tr("Say who you are and why: the correction keeps both.");
  } else if (!input()) {
    problem = tr("Change the area, indicator, period or value.");
  }
  ui_->problemLabel->setText(problem);
  ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

}  // namespace sbw::app
