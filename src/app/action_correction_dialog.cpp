#include "app/action_correction_dialog.h"

#include <QPushButton>

#include "ui_action_correction_dialog.h"

namespace sbw::app {
namespace {

QDate qdate(const Date& date) { return QDate(date.year, date.month, date.day); }

}  // namespace

ActionCorrectionDialog::ActionCorrectionDialog(const store::Action& action, const QString& author, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ActionCorrectionDialog>()), action_(action) {
  ui_->setupUi(this);
  ui_->actionLabel->setText(QString::fromStdString(action.text));
  const auto status = action.effectiveStatus();
  ui_->statusCombo->addItem(tr("Keep (%1)").arg(status ? tr(actionStatusName(*status)) : tr("none")), -1);
  ui_->statusCombo->addItem(tr("Open"), static_cast<int>(ActionStatus::Open));
  ui_->statusCombo->addItem(tr("In progress"), static_cast<int>(ActionStatus::InProgress));
  ui_->statusCombo->addItem(tr("Complete"), static_cast<int>(ActionStatus::Complete));
  const auto rag = action.effectiveRag();
  ui_->ragCombo->addItem(tr("Keep (%1)").arg(rag ? tr(ragName(*rag)) : tr("none")), -1);
  ui_->ragCombo->addItem(tr("Red"), static_cast<int>(Rag::Red));
  ui_->ragCombo->addItem(tr("Amber"), static_cast<int>(Rag::Amber));
  ui_->ragCombo->addItem(tr("Green"), static_cast<int>(Rag::Green));
  ui_->ownerEdit->setText(QString::fromStdString(action.effectiveOwner()));
  const auto due = action.effectiveDue();
  ui_->dueEdit->setDate(due ? qdate(*due) : QDate::currentDate());
  ui_->authorEdit->setText(author);
  connect(ui_->statusCombo, &QComboBox::currentIndexChanged, this, &ActionCorrectionDialog::update);
  connect(ui_->ragCombo, &QComboBox::currentIndexChanged, this, &ActionCorrectionDialog::update);
  connect(ui_->ownerEdit, &QLineEdit::textChanged, this, &ActionCorrectionDialog::update);
  connect(ui_->dueCheck, &QCheckBox::toggled, this, &ActionCorrectionDialog::update);
  connect(ui_->dueEdit, &QDateEdit::dateChanged, this, &ActionCorrectionDialog::update);
  connect(ui_->authorEdit, &QLineEdit::textChanged, this, &ActionCorrectionDialog::update);
  connect(ui_->reasonEdit, &QPlainTextEdit::textChanged, this, &ActionCorrectionDialog::update);
  connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, [this] {
    if (input()) accept();
  });
  update();
}

ActionCorrectionDialog::~ActionCorrectionDialog() = default;

std::optional<ActionCorrectionInput> ActionCorrectionDialog::input() const {
  ActionCorrectionInput in;
  if (const int status = ui_->statusCombo->currentData().toInt(); status >= 0) {
    in.edit.status = static_cast<ActionStatus>(status);
  }
  if (const int rag = ui_->ragCombo->currentData().toInt(); rag >= 0) in.edit.rag = static_cast<Rag>(rag);
  const std::string owner = ui_->ownerEdit->text().simplified().toStdString();
  if (!owner.empty() && owner != action_.effectiveOwner()) in.edit.owner = owner;
  if (ui_->dueCheck->isChecked()) {
    const QDate date = ui_->dueEdit->date();
    const Date due{date.year(), date.month(), date.day()};
    if (due != action_.effectiveDue()) in.edit.due = due;
  }
  in.author = ui_->authorEdit->text().simplified();
  in.reason = ui_->reasonEdit->toPlainText().simplified();
  if (in.edit.empty() || in.author.isEmpty() || in.reason.isEmpty()) return std::nullopt;
  return in;
}

void ActionCorrectionDialog::update() {
  ui_->buttonBox->button(QDialogButtonBox::Save)->setEnabled(input().has_value());
}

}  // namespace sbw::app
