#pragma once
// The action tracker: every action, recommendation, resolution and plan action in the store, with
// kind, status, RAG colour, owner, due date, days overdue, meeting, agenda item and source;
// filters (open, overdue, owner, meeting, body, words); corrections that keep who, when and why,
// with the action's history. Actions are read on a worker thread with their own connection.

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "app/action_correction_dialog.h"
#include "store/meeting.h"

namespace Ui {
class ActionTrackerDialog;
}

namespace sbw::store {
class Database;
}

namespace sbw::models {
class ActionTableModel;
class ActionFilterModel;
}  // namespace sbw::models

namespace sbw::app {

class ActionTrackerDialog : public QDialog {
  Q_OBJECT
 public:
  // Writes corrections through `db` (which must outlive the dialog); reads actions from `storePath`.
  ActionTrackerDialog(store::Database& db, const QString& storePath, QWidget* parent = nullptr);
  ~ActionTrackerDialog() override;

  // Reads the actions again (in the background); `loaded` says when they are shown.
  void reload();
  models::ActionTableModel& actions() const { return *model_; }
  models::ActionFilterModel& filtered() const { return *filter_; }
  // Selects the action shown at this row of the filtered list.
  void selectRow(int row);
  std::optional<std::int64_t> selectedActionId() const;
  QString detailText() const;
  // Stores a correction of the selected action (or of `actionId`) and shows it; false, with a
  // message, when refused.
  bool correctSelected(const ActionCorrectionInput& input);
  bool correctAction(std::int64_t actionId, const ActionCorrectionInput& input);
  // Stops every use of the window's connection (the store is about to change); closing does this.
  void detach();
  // A read-only store takes no corrections: the Correct button is off and says why.
  void setCorrectionsAllowed(bool allowed);
  // How a correction is asked for; the default is ActionCorrectionDialog. Tests give their own.
  using CorrectionPrompt = std::function<std::optional<ActionCorrectionInput>(const store::Action&)>;
  void setCorrectionPrompt(CorrectionPrompt prompt) { prompt_ = std::move(prompt); }

 Q_SIGNALS:
  void loaded(int actions);
  void pageRequested(qint64 documentId, int page);

 private:
  struct Loaded {
    std::vector<store::Action> actions;
    QString error;
  };
  void display(Loaded loaded);
  void fillFilterChoices();
  void applyFilters();
  void selectionChanged();
  void askForCorrection();
  std::unique_ptr<Ui::ActionTrackerDialog> ui_;
  store::Database& db_;
  QString storePath_;
  models::ActionTableModel* model_;
  models::ActionFilterModel* filter_;
  QThreadPool pool_;  // its own, so a long read never waits behind searches or imports
  QFutureWatcher<Loaded> watcher_;
  std::optional<std::int64_t> reselect_;
  CorrectionPrompt prompt_;
  bool correctionsAllowed_ = true;
  bool detached_ = false;

 protected:
  void closeEvent(QCloseEvent* event) override;
};

}  // namespace sbw::app
