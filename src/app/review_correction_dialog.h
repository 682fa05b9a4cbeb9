#pragma once
// Correcting a figure waiting for review: its area, indicator, period and/or value, with who is
// correcting it and why. Only the fields the reviewer changes become part of the correction.

#include <QDialog>
#include <memory>
#include <optional>

#include "store/observation.h"
#include "store/review_repository.h"

namespace Ui {
class ReviewCorrectionDialog;
}

namespace sbw::app {

struct FigureCorrectionInput {
  store::FigureEdit edit;
  QString author;
  QString reason;
};

class ReviewCorrectionDialog : public QDialog {
  Q_OBJECT
 public:
  ReviewCorrectionDialog(const store::Observation& figure, const QString& author, QWidget* parent = nullptr);
  ~ReviewCorrectionDialog() override;

  // What the reviewer asked for; nullopt while nothing is changed, a value is not a number, or
  // who and why are missing.
  std::optional<FigureCorrectionInput> input() const;

 private:
  void update();
  std::unique_ptr<Ui::ReviewCorrectionDialog> ui_;
  store::Observation figure_;
};

}  // namespace sbw::app
