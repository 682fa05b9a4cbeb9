#include "app/review_queue.h"

#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QtConcurrent/QtConcurrent>

#include "app/page_view.h"
#include "models/review_queue_model.h"
#include "store/database.h"
#include "store/document_repository.h"
#include "store/review_repository.h"
#include "ui_review_queue.h"

namespace sbw::app {
namespace {

const QString kAuthorKey = QStringLiteral("corrections/author");
// Rows looked at to size the queue's columns: measuring a thousand rows costs more than a frame.
constexpr int kSizingRows = 50;

}  // namespace

ReviewQueue::ReviewQueue(QWidget* parent)
    : QWidget(parent),
      ui_(std::make_unique<Ui::ReviewQueue>()),
      model_(new models::ReviewQueueModel(this)),
      filtered_(new QSortFilterProxyModel(this)) {
  ui_->setupUi(this);
  pool_.setMaxThreadCount(1);
  filtered_->setSourceModel(model_);
  filtered_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  filtered_->setFilterKeyColumn(-1);  // any column
  ui_->queueView->setModel(filtered_);
  ui_->queueView->verticalHeader()->hide();
  QHeaderView* header = ui_->queueView->horizontalHeader();
  header->setSectionResizeMode(QHeaderView::ResizeToContents);
  header->setResizeContentsPrecision(kSizingRows);
  header->setSectionResizeMode(models::ReviewQueueModel::DocumentColumn, QHeaderView::Interactive);
  header->setSectionResizeMode(models::ReviewQueueModel::IndicatorColumn, QHeaderView::Interactive);
  header->setSectionResizeMode(models::ReviewQueueModel::DoubtColumn, QHeaderView::Stretch);
  header->resizeSection(models::ReviewQueueModel::DocumentColumn, 130);
  header->resizeSection(models::ReviewQueueModel::IndicatorColumn, 170);
  ui_->queueView->sortByColumn(models::ReviewQueueModel::DocumentColumn, Qt::AscendingOrder);
  // The list on the left, the page beside it: both usable on a 1366x768 laptop.
  ui_->reviewSplitter->setSizes({640, 660});
  ui_->authorEdit->setText(QSettings().value(kAuthorKey).toString());
  prompt_ = [this](const store::Observation& figure) -> std::optional<FigureCorrectionInput> {
    ReviewCorrectionDialog dialog(figure, author(), this);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    return dialog.input();
  };
  connect(ui_->filterEdit, &QLineEdit::textChanged, filtered_, &QSortFilterProxyModel::setFilterFixedString);
  connect(ui_->queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewQueue::showSelected);
  connect(ui_->authorEdit, &QLineEdit::textChanged, this, &ReviewQueue::updateButtons);
  connect(ui_->acceptButton, &QPushButton::clicked, this, &ReviewQueue::acceptSelected);
  connect(ui_->rejectButton, &QPushButton::clicked, this, &ReviewQueue::rejectSelected);
  connect(ui_->correctButton, &QPushButton::clicked, this, &ReviewQueue::correctSelected);
  connect(ui_->undoButton, &QPushButton::clicked, this, &ReviewQueue::undoLast);
  connect(ui_->openButton, &QPushButton::clicked, this, [this] {
    if (const auto* figure = selected()) {
      const QRectF box =
          figure->box ? QRectF(QPointF(figure->box->x1, figure->box->y1), QPointF(figure->box->x2, figure->box->y2))
                      : QRectF();
      Q_EMIT figureRequested(figure->documentId, figure->page, box);
    }
  });
  connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, [this] { display(watcher_.result()); });
  connect(ui_->pageView, &PageView::pageRendered, this, [this] {
    if (!ui_->pageView->errorMessage().isEmpty()) {
      ui_->flagsLabel->setText(tr("The page cannot be shown: %1").arg(ui_->pageView->errorMessage()));
    }
  });
  updateButtons();
}

ReviewQueue::~ReviewQueue() {
  watcher_.disconnect(this);
  pool_.waitForDone();
}

PageView* ReviewQueue::pageView() const { return ui_->pageView; }

void ReviewQueue::setStore(store::Database* db, const QString& path) {
  db_ = db;
  path_ = path;
  ++generation_;  // a read on its way is for the store before: dropped when it arrives
  decided_.clear();
  model_->setFigures({});
  ui_->pageView->clear(tr("Choose a figure on the left to see it on its page."));
  waiting_ = 0;
  if (!path.isEmpty()) load();
  updateButtons();
}

void ReviewQueue::refresh() {
  if (!path_.isEmpty()) load();
}

void ReviewQueue::load() {
  const std::string path = path_.toStdString();
  const std::uint64_t generation = ++generation_;
  ui_->countLabel->setText(tr("Reading…"));
  watcher_.setFuture(QtConcurrent::run(&pool_, [path, generation]() -> Loaded {
    Loaded loaded;
    loaded.generation = generation;
    try {
      store::Database db = store::Database::openRawForReading(path);
      const store::ReviewRepository reviews(db);
      loaded.figures = reviews.queue(kListed);
      loaded.waiting = reviews.queueCount();
      store::QualityFlagRepository flags(db);
      for (const auto& document : store::DocumentRepository(db).all()) {
        loaded.paths[document.id] = document.path;
      }
      for (const auto& figure : loaded.figures) {
        if (!loaded.flags.contains(figure.documentId))
          loaded.flags[figure.documentId] = flags.forDocument(figure.documentId);
      }
    } catch (const std::exception& error) {
      loaded.error = QString::fromUtf8(error.what());
    }
    return loaded;
  }));
}

void ReviewQueue::display(Loaded read) {
  if (read.generation != generation_) return;  // for a store or a request since replaced
  if (!read.error.isEmpty()) {
    ui_->countLabel->setText(tr("Cannot read the queue: %1").arg(read.error));
    return;
  }
  const qint64 current = selected() ? selected()->id : 0;
  paths_ = std::move(read.paths);
  flags_ = std::move(read.flags);
  waiting_ = read.waiting;
  model_->setFigures(std::move(read.figures));
  const int listed = model_->rowCount();
  ui_->countLabel->setText(listed < waiting_ ? tr("%1 of %2 waiting").arg(listed).arg(waiting_)
                                             : tr("%n waiting", nullptr, waiting_));
  const int row = model_->rowOf(current);
  select(row >= 0 ? filtered_->mapFromSource(model_->index(row, 0)).row() : 0);
  updateButtons();
  Q_EMIT loaded(waiting_);
}

void ReviewQueue::select(int row) {
  if (row < 0 || row >= filtered_->rowCount()) {
    ui_->queueView->clearSelection();
    showSelected();
    return;
  }
  ui_->queueView->selectRow(row);
  ui_->queueView->setCurrentIndex(filtered_->index(row, 0));
}

const store::Observation* ReviewQueue::selected() const {
  const QModelIndex current = ui_->queueView->currentIndex();
  if (!current.isValid()) return nullptr;
  return model_->figureAt(filtered_->mapToSource(current).row());
}

void ReviewQueue::showSelected() {
  const store::Observation* figure = selected();
  updateButtons();
  if (!figure) {
    ui_->flagsLabel->clear();
    return;
  }
  const auto path = paths_.find(figure->documentId);
  if (path == paths_.end() || !ui_->pageView->showPage(QString::fromStdString(path->second), figure->page)) {
    ui_->flagsLabel->setText(tr("The page cannot be shown: %1").arg(ui_->pageView->errorMessage()));
    return;
  }
  if (figure->box) {
    ui_->pageView->setMarkedBox(
        QRectF(QPointF(figure->box->x1, figure->box->y1), QPointF(figure->box->x2, figure->box->y2)));
  }
  // What the store flagged about this figure or its page.
  QStringList flags;
  for (const auto& flag : flags_[figure->documentId]) {
    const bool here =
        flag.observationId ? *flag.observationId == figure->id : (!flag.page || *flag.page == figure->page);
    if (here) flags << QString::fromStdString(flag.message);
  }
  ui_->flagsLabel->setText(flags.isEmpty() ? QString() : tr("Flagged: %1").arg(flags.join(QStringLiteral("; "))));
}

void ReviewQueue::updateButtons() {
  const bool writable = db_ && !db_->readOnly() && !busy_;
  const bool chosen = selected() != nullptr;
  for (QWidget* button : {static_cast<QWidget*>(ui_->acceptButton), static_cast<QWidget*>(ui_->rejectButton),
                          static_cast<QWidget*>(ui_->correctButton)}) {
    button->setEnabled(writable && chosen);
  }
  ui_->undoButton->setEnabled(writable && !decided_.empty());
  ui_->openButton->setEnabled(chosen);
  ui_->acceptButton->setToolTip(writable ? tr("The figure is right as read: it becomes trusted (Ctrl+Return)")
                                         : tr("This store is read-only"));
}

QString ReviewQueue::author() const { return ui_->authorEdit->text().simplified(); }

QString ReviewQueue::reason() const {
  const QString typed = ui_->reasonEdit->text().simplified();
  return typed.isEmpty() ? tr("Checked against the page") : typed;
}

bool ReviewQueue::decide(const store::Observation& figure, const Write& write, const QString& who, const QString& why) {
  error_.clear();
  if (!db_ || db_->readOnly() || busy_) {
    error_ = busy_ ? tr("An import is running: decide once it has finished.") : tr("This store is read-only.");
    ui_->flagsLabel->setText(error_);
    return false;
  }
  if (who.isEmpty()) {
    error_ = tr("Type your name: every decision keeps who made it.");
    ui_->flagsLabel->setText(error_);  // said beside the list, not in a box that stops the work
    ui_->authorEdit->setFocus();
    return false;
  }
  if (!stillInStore(figure)) {
    // Imported or read again since the list was read: its row may now be another figure.
    error_ = tr("This figure has changed in the store since the list was read: the list is read again.");
    ui_->flagsLabel->setText(error_);
    load();
    return false;
  }
  const int row = ui_->queueView->currentIndex().row();
  try {
    decided_.push_back(write(figure.id, who.toStdString(), why.toStdString()));
  } catch (const std::exception& error) {
    error_ = QString::fromUtf8(error.what());
    ui_->flagsLabel->setText(tr("Not saved: %1").arg(error_));
    return false;
  }
  QSettings().setValue(kAuthorKey, who);
  ui_->reasonEdit->clear();
  model_->remove(figure.id);
  --waiting_;
  ui_->countLabel->setText(tr("%n waiting", nullptr, waiting_));
  select(std::min(row, filtered_->rowCount() - 1));  // the next figure, ready for its decision
  updateButtons();
  Q_EMIT reviewed();
  return true;
}

bool ReviewQueue::stillInStore(const store::Observation& figure) const {
  store::Statement find = db_->prepare(
      "SELECT d.file_name, o.page, o.subject_key FROM observations o JOIN documents d ON d.id = o.document_id "
      "WHERE o.id = ?");
  find.bind(1, figure.id);
  return find.step() && find.text(0) == figure.document && find.integer(1) == figure.page &&
         find.text(2) == figure.subjectKey;
}

void ReviewQueue::setBusy(bool busy) {
  busy_ = busy;
  updateButtons();
  if (!busy) refresh();
}

bool ReviewQueue::acceptSelected() {
  const store::Observation* figure = selected();
  if (!figure) return false;
  return decide(
      *figure,
      [this](std::int64_t id, const std::string& who, const std::string& why) {
        return store::ReviewRepository(*db_).accept(id, who, why);
      },
      author(), reason());
}

bool ReviewQueue::rejectSelected() {
  const store::Observation* figure = selected();
  if (!figure) return false;
  return decide(
      *figure,
      [this](std::int64_t id, const std::string& who, const std::string& why) {
        return store::ReviewRepository(*db_).reject(id, who, why);
      },
      author(), reason());
}

bool ReviewQueue::correctSelected() {
  const store::Observation* shown = selected();
  if (!shown) return false;
  // A copy: the list may be read again while the dialog is open, and the correction must go to
  // the figure it was asked for.
  const store::Observation figure = *shown;
  const auto input = prompt_(figure);
  if (!input) return false;
  const store::FigureEdit edit = input->edit;
  return decide(
      figure,
      [this, edit](std::int64_t id, const std::string& who, const std::string& why) {
        return store::ReviewRepository(*db_).correct(id, edit, who, why);
      },
      input->author, input->reason);
}

bool ReviewQueue::undoLast() {
  error_.clear();
  if (decided_.empty() || !db_ || db_->readOnly()) return false;
  const QString who = author().isEmpty() ? tr("unknown") : author();
  try {
    if (!store::ReviewRepository(*db_).undo(decided_.back(), who.toStdString(), "undone in the review queue")) {
      error_ = tr("That decision is no longer in the store.");
    }
  } catch (const std::exception& error) {
    error_ = QString::fromUtf8(error.what());
  }
  decided_.pop_back();
  load();
  Q_EMIT reviewed();
  return error_.isEmpty();
}

}  // namespace sbw::app
