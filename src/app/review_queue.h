#pragma once
// The review queue: figures the reader was unsure of, each shown on its page with the number
// outlined, to accept (right as read), correct (area, indicator, period, value) or reject (wrong).
// Decisions are kept by document, page and subject, so they hold through re-import and
// re-extraction; the queue is read on a worker thread with its own connection, decisions are
// written through the window's.

#include <QFutureWatcher>
#include <QRectF>
#include <QThreadPool>
#include <QWidget>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/review_correction_dialog.h"
#include "store/observation.h"
#include "store/quality_flag_repository.h"

class QSortFilterProxyModel;

namespace Ui {
class ReviewQueue;
}

namespace sbw::store {
class Database;
}

namespace sbw::models {
class ReviewQueueModel;
}

namespace sbw::app {

class PageView;

class ReviewQueue : public QWidget {
  Q_OBJECT
 public:
  // The most figures listed at once: the count says how many more wait.
  static constexpr int kListed = 1000;

  explicit ReviewQueue(QWidget* parent = nullptr);
  ~ReviewQueue() override;

  // Decisions are written through `db` (null: none), the queue read from `path`. A read-only store
  // lists its figures but takes no decisions.
  void setStore(store::Database* db, const QString& path);
  void refresh();
  // Asks for a correction; the default is ReviewCorrectionDialog. Tests give their own.
  using CorrectionPrompt = std::function<std::optional<FigureCorrectionInput>(const store::Observation&)>;
  void setCorrectionPrompt(CorrectionPrompt prompt) { prompt_ = std::move(prompt); }

  const models::ReviewQueueModel& figures() const { return *model_; }
  int waiting() const { return waiting_; }  // in the store, listed or not
  // Selects a listed figure (row of the queue as sorted and filtered) and shows its page.
  void select(int row);
  const store::Observation* selected() const;
  PageView* pageView() const;
  // Decisions on the selected figure; false, with lastError(), when the store refuses.
  bool acceptSelected();
  bool rejectSelected();
  bool correctSelected();  // asks through the prompt
  bool undoLast();
  QString lastError() const { return error_; }
  // While an import runs, figures change under the list: decisions wait, and the list is read
  // again when it ends.
  void setBusy(bool busy);

 Q_SIGNALS:
  void loaded(int waiting);
  // A decision was written: trusted figures changed.
  void reviewed();
  void figureRequested(qint64 documentId, int page, const QRectF& box);

 private:
  struct Loaded {
    std::uint64_t generation = 0;
    std::vector<store::Observation> figures;
    int waiting = 0;
    std::map<std::int64_t, std::string> paths;                      // document id -> file
    std::map<std::int64_t, std::vector<store::QualityFlag>> flags;  // document id -> its flags
    QString error;
  };
  void load();
  void display(Loaded read);
  void showSelected();
  void updateButtons();
  using Write =
      std::function<std::int64_t(std::int64_t observationId, const std::string& author, const std::string& reason)>;
  // Writes a decision on `figure` once it is sure the store still holds that figure under its id.
  bool decide(const store::Observation& figure, const Write& write, const QString& author, const QString& reason);
  bool stillInStore(const store::Observation& figure) const;
  QString author() const;
  QString reason() const;
  std::unique_ptr<Ui::ReviewQueue> ui_;
  models::ReviewQueueModel* model_;
  QSortFilterProxyModel* filtered_;
  store::Database* db_ = nullptr;
  QString path_;
  int waiting_ = 0;
  bool busy_ = false;
  std::uint64_t generation_ = 0;  // of the latest read
  std::map<std::int64_t, std::string> paths_;
  std::map<std::int64_t, std::vector<store::QualityFlag>> flags_;
  std::vector<std::int64_t> decided_;  // review ids made here, the last last
  QString error_;
  CorrectionPrompt prompt_;
  QThreadPool pool_;
  QFutureWatcher<Loaded> watcher_;
};

}  // namespace sbw::app
