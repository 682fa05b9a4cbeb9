#pragma once
// Correcting one action: its status, RAG rating, owner or due date, with who is correcting it and
// why. Only what the user changes becomes part of the correction.

#include <QDialog>
#include <memory>
#include <optional>

#include "store/correction_repository.h"
#include "store/meeting.h"

namespace Ui {
class ActionCorrectionDialog;
}

namespace sbw::app {

struct ActionCorrectionInput {
  store::ActionEdit edit;
  QString author;
  QString reason;
};

class ActionCorrectionDialog : public QDialog {
  Q_OBJECT
 public:
  ActionCorrectionDialog(const store::Action& action, const QString& author, QWidget* parent = nullptr);
  ~ActionCorrectionDialog() override;

  // What the user asked for; nullopt while nothing is changed or who and why are missing.
  std::optional<ActionCorrectionInput> input() const;

 private:
  void update();
  std::unique_ptr<Ui::ActionCorrectionDialog> ui_;
  store::Action action_;
};

}  // namespace sbw::app
