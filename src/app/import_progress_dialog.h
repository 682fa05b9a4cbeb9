#pragma once
// An import's progress: the file being read (its pages) and the batch (its files), and Cancel,
// which stops cleanly: the file being read is dropped, nothing of it is written.

#include <QDialog>
#include <memory>

#include "store/importer.h"

namespace Ui {
class ImportProgressDialog;
}

namespace sbw::app {

class ImportProgressDialog : public QDialog {
  Q_OBJECT
 public:
  explicit ImportProgressDialog(QWidget* parent = nullptr);
  ~ImportProgressDialog() override;

  void show(const store::ImportProgress& at);
  void showCancelling();

 Q_SIGNALS:
  void cancelRequested();

 protected:
  void reject() override;  // Escape or closing the dialog cancels too

 private:
  std::unique_ptr<Ui::ImportProgressDialog> ui_;
};

}  // namespace sbw::app
