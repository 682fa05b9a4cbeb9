#include "app/import_progress_dialog.h"

#include <QPushButton>

#include "ui_import_progress_dialog.h"

namespace sbw::app {

ImportProgressDialog::ImportProgressDialog(QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ImportProgressDialog>()) {
  ui_->setupUi(this);
  connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &ImportProgressDialog::reject);
}

ImportProgressDialog::~ImportProgressDialog() = default;

void ImportProgressDialog::show(const store::ImportProgress& at) {
  ui_->fileLabel->setText(
      tr("%1: page %2 of %3").arg(QString::fromStdString(at.path.filename().string())).arg(at.page).arg(at.pages));
  ui_->fileBar->setRange(0, std::max(1, at.pages));
  ui_->fileBar->setValue(at.page);
  ui_->overallLabel->setText(tr("File %1 of %2").arg(at.file).arg(at.files));
  // Whole files done, plus the share of this one read.
  constexpr int kSteps = 1000;
  ui_->overallBar->setRange(0, std::max(1, at.files) * kSteps);
  ui_->overallBar->setValue((at.file - 1) * kSteps + (at.pages > 0 ? at.page * kSteps / at.pages : 0));
}

void ImportProgressDialog::showCancelling() {
  ui_->fileLabel->setText(tr("Cancelling: the file being read is dropped; nothing of it is stored…"));
  ui_->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

void ImportProgressDialog::reject() { Q_EMIT cancelRequested(); }

}  // namespace sbw::app
