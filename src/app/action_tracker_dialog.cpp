#include "app/action_tracker_dialog.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QtConcurrent/QtConcurrent>
#include <set>

#include "app/exports.h"
#include "models/action_filter_model.h"
#include "models/action_table_model.h"
#include "store/audit_log.h"
#include "store/correction_repository.h"
#include "store/database.h"
#include "store/meeting_repository.h"
#include "ui_action_tracker_dialog.h"

namespace sbw::app {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

QString defaultAuthor() {
  const QString saved = QSettings().value(QStringLiteral("corrections/author")).toString();
  if (!saved.isEmpty()) return saved;
  return qEnvironmentVariable("USER");
}

}  // namespace

ActionTrackerDialog::ActionTrackerDialog(store::Database& db, const QString& storePath, QWidget* parent)
    : QDialog(parent),
      ui_(std::make_unique<Ui::ActionTrackerDialog>()),
      db_(db),
      storePath_(storePath),
      model_(new models::ActionTableModel(this)),
      filter_(new models::ActionFilterModel(this)) {
  ui_->setupUi(this);
  pool_.setMaxThreadCount(1);
  filter_->setSourceModel(model_);
  ui_->actionView->setModel(filter_);
  ui_->actionView->verticalHeader()->hide();
  ui_->actionView->horizontalHeader()->setSectionResizeMode(models::ActionTableModel::TextColumn, QHeaderView::Stretch);
  ui_->actionView->sortByColumn(models::ActionTableModel::DueColumn, Qt::AscendingOrder);
  ui_->splitter->setSizes({520, 140});

  connect(ui_->textEdit, &QLineEdit::textChanged, this, &ActionTrackerDialog::applyFilters);
  connect(ui_->ownerCombo, &QComboBox::currentTextChanged, this, &ActionTrackerDialog::applyFilters);
  connect(ui_->meetingCombo, &QComboBox::currentIndexChanged, this, &ActionTrackerDialog::applyFilters);
  connect(ui_->bodyCombo, &QComboBox::currentIndexChanged, this, &ActionTrackerDialog::applyFilters);
  connect(ui_->openCheck, &QCheckBox::toggled, this, &ActionTrackerDialog::applyFilters);
  connect(ui_->overdueCheck, &QCheckBox::toggled, this, &ActionTrackerDialog::applyFilters);
  connect(ui_->actionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          &ActionTrackerDialog::selectionChanged);
  connect(ui_->actionView, &QAbstractItemView::doubleClicked, this, &ActionTrackerDialog::askForCorrection);
  connect(ui_->correctButton, &QPushButton::clicked, this, &ActionTrackerDialog::askForCorrection);
  // The actions shown, as filtered: the tracker a committee asked for.
  connect(ui_->exportTableButton, &QPushButton::clicked, this,
          [this] { chooseCsvExport(this, *filter_, QStringLiteral("actions")); });
  connect(ui_->showPageButton, &QPushButton::clicked, this, [this] {
    if (const auto* action =
            selectedActionId() ? model_->actionAt(model_->rowOfAction(*selectedActionId())) : nullptr) {
      Q_EMIT pageRequested(action->documentId, action->page);
    }
  });
  connect(&watcher_, &QFutureWatcher<Loaded>::finished, this, [this] { display(watcher_.result()); });
  prompt_ = [this](const store::Action& action) -> std::optional<ActionCorrectionInput> {
    ActionCorrectionDialog dialog(action, defaultAuthor(), this);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    return dialog.input();
  };
  reload();
}

void ActionTrackerDialog::detach() {
  detached_ = true;
  watcher_.disconnect(this);
}

void ActionTrackerDialog::closeEvent(QCloseEvent* event) {
  detach();  // closing comes before a store change; nothing may reach the old connection after it
  QDialog::closeEvent(event);
}

ActionTrackerDialog::~ActionTrackerDialog() {
  watcher_.disconnect(this);
  pool_.waitForDone();  // the read holds its own connection; let it finish before the pool goes
}

void ActionTrackerDialog::reload() {
  ui_->countLabel->setText(tr("Reading actions…"));
  const std::string path = storePath_.toStdString();
  watcher_.setFuture(QtConcurrent::run(&pool_, [path]() -> Loaded {
    try {
      store::Database db = store::Database::openRawForReading(path);
      return Loaded{store::MeetingRepository(db).actions(), {}};
    } catch (const std::exception& error) {
      return Loaded{{}, QString::fromUtf8(error.what())};
    }
  }));
}

void ActionTrackerDialog::display(Loaded loaded) {
  if (!loaded.error.isEmpty()) {
    ui_->countLabel->setText(tr("Cannot read the actions: %1").arg(loaded.error));
    Q_EMIT this->loaded(0);
    return;
  }
  const int count = static_cast<int>(loaded.actions.size());
  model_->setActions(std::move(loaded.actions));
  fillFilterChoices();
  applyFilters();
  for (const int column : {models::ActionTableModel::KindColumn, models::ActionTableModel::ReferenceColumn,
                           models::ActionTableModel::DueColumn, models::ActionTableModel::OverdueColumn,
                           models::ActionTableModel::StatusColumn, models::ActionTableModel::RagColumn}) {
    ui_->actionView->resizeColumnToContents(column);
  }
  if (!reselect_ && filter_->rowCount() > 0 && !ui_->actionView->currentIndex().isValid()) selectRow(0);
  if (reselect_) {
    const int sourceRow = model_->rowOfAction(*reselect_);
    const QModelIndex row = filter_->mapFromSource(model_->index(sourceRow, 0));
    if (row.isValid()) selectRow(row.row());
    reselect_.reset();
  }
  Q_EMIT this->loaded(count);
}

void ActionTrackerDialog::fillFilterChoices() {
  const QString owner = ui_->ownerCombo->currentText();
  const QVariant meeting = ui_->meetingCombo->currentData();
  const QString body = ui_->bodyCombo->currentText();
  std::set<QString> owners;
  std::map<qint64, QString> meetings;
  std::set<QString> bodies;
  for (int row = 0; row < model_->rowCount(); ++row) {
    const store::Action& a = *model_->actionAt(row);
    if (!a.effectiveOwner().empty()) owners.insert(q(a.effectiveOwner()));
    if (a.meetingId) {
      meetings[*a.meetingId] = (a.meetingDate ? q(a.meetingDate->iso()) + " " : QString()) + q(a.meetingBody);
    }
    if (!a.meetingBody.empty()) bodies.insert(q(a.meetingBody));
  }
  const QSignalBlocker blockOwner(ui_->ownerCombo);
  const QSignalBlocker blockMeeting(ui_->meetingCombo);
  const QSignalBlocker blockBody(ui_->bodyCombo);
  ui_->ownerCombo->clear();
  ui_->ownerCombo->addItem(QString());
  for (const QString& name : owners) ui_->ownerCombo->addItem(name);
  ui_->ownerCombo->setCurrentText(owner);
  ui_->meetingCombo->clear();
  ui_->meetingCombo->addItem(tr("Any meeting"));
  for (const auto& [id, label] : meetings) ui_->meetingCombo->addItem(label.trimmed(), QVariant::fromValue(id));
  ui_->meetingCombo->setCurrentIndex(std::max(0, ui_->meetingCombo->findData(meeting)));
  ui_->bodyCombo->clear();
  ui_->bodyCombo->addItem(tr("Any body"));
  for (const QString& name : bodies) ui_->bodyCombo->addItem(name);
  ui_->bodyCombo->setCurrentIndex(std::max(0, ui_->bodyCombo->findText(body)));
}

void ActionTrackerDialog::applyFilters() {
  filter_->setText(ui_->textEdit->text());
  filter_->setOwner(ui_->ownerCombo->currentText());
  const QVariant meeting = ui_->meetingCombo->currentData();
  filter_->setMeeting(meeting.isValid() ? std::optional<qint64>(meeting.toLongLong()) : std::nullopt);
  filter_->setBody(ui_->bodyCombo->currentIndex() > 0 ? ui_->bodyCombo->currentText() : QString());
  filter_->setOpenOnly(ui_->openCheck->isChecked());
  filter_->setOverdueOnly(ui_->overdueCheck->isChecked());
  ui_->countLabel->setText(tr("%1 of %2 shown").arg(filter_->rowCount()).arg(model_->rowCount()));
}

void ActionTrackerDialog::selectRow(int row) {
  ui_->actionView->selectRow(row);
  ui_->actionView->setCurrentIndex(filter_->index(row, 0));
}

std::optional<std::int64_t> ActionTrackerDialog::selectedActionId() const {
  const QModelIndex current = ui_->actionView->currentIndex();
  if (!current.isValid()) return std::nullopt;
  return current.data(models::ActionTableModel::ActionIdRole).toLongLong();
}

QString ActionTrackerDialog::detailText() const { return ui_->detailView->toPlainText(); }

void ActionTrackerDialog::selectionChanged() {
  const auto id = selectedActionId();
  const store::Action* a = id ? model_->actionAt(model_->rowOfAction(*id)) : nullptr;
  ui_->correctButton->setEnabled(a != nullptr && correctionsAllowed_);
  ui_->showPageButton->setEnabled(a != nullptr);
  if (!a) {
    ui_->detailView->clear();
    return;
  }
  QStringList lines;
  lines << q(a->text);
  if (!a->updateText.empty()) lines << tr("Update as printed: %1").arg(q(a->updateText));
  lines << tr("Printed: owner %1; due %2; status %3; RAG %4 (%5 p.%6)")
               .arg(a->owner.empty() ? tr("none") : q(a->owner),
                    a->dueDate ? q(a->dueDate->iso()) : (a->dueLabel.empty() ? tr("none") : q(a->dueLabel)),
                    a->status ? q(actionStatusName(*a->status)) : tr("none"), a->rag ? q(ragName(*a->rag)) : tr("none"),
                    q(a->document))
               .arg(a->page);
  const auto history = detached_ ? std::vector<store::AuditEntry>{}
                                 : store::AuditLog(db_).about(store::auditSubject(a->document, a->page, a->subjectKey));
  if (history.empty()) lines << tr("History: no corrections.");
  for (const store::AuditEntry& entry : history) {
    lines << tr("%1  %2: %3").arg(q(entry.at.substr(0, 16)).replace('T', ' '), q(entry.actor), q(entry.detail));
  }
  ui_->detailView->setPlainText(lines.join('\n'));
}

void ActionTrackerDialog::setCorrectionsAllowed(bool allowed) {
  correctionsAllowed_ = allowed;
  ui_->correctButton->setToolTip(allowed ? tr("Correct the status, RAG, owner or due date; who, when and why are kept")
                                         : tr("This store is read-only: corrections cannot be saved"));
  selectionChanged();
}

void ActionTrackerDialog::askForCorrection() {
  if (!correctionsAllowed_) return;
  // The action is fixed now: a reload finishing while the user types may change the selection.
  const auto id = selectedActionId();
  const store::Action* action = id ? model_->actionAt(model_->rowOfAction(*id)) : nullptr;
  if (!action || !prompt_) return;
  const store::Action chosen = *action;
  if (const auto input = prompt_(chosen)) correctAction(chosen.id, *input);
}

bool ActionTrackerDialog::correctSelected(const ActionCorrectionInput& input) {
  const auto id = selectedActionId();
  return id && correctAction(*id, input);
}

bool ActionTrackerDialog::correctAction(std::int64_t actionId, const ActionCorrectionInput& input) {
  if (detached_) return false;
  const std::optional<std::int64_t> id = actionId;
  try {
    store::CorrectionRepository(db_).correctAction(*id, input.edit, input.author.toStdString(),
                                                   input.reason.toStdString());
  } catch (const std::exception& error) {
    if (isVisible()) QMessageBox::warning(this, tr("Correct Action"), QString::fromUtf8(error.what()));
    return false;
  }
  QSettings().setValue(QStringLiteral("corrections/author"), input.author);
  reselect_ = id;
  reload();
  return true;
}

}  // namespace sbw::app
