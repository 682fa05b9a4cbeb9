#include "models/action_table_model.h"

#include <QDate>
#include <QFont>

namespace sbw::models {
namespace {

QString kindLabel(ActionKind kind) {
  switch (kind) {
    case ActionKind::Action: return QObject::tr("Action");
    case ActionKind::Recommendation: return QObject::tr("Recommendation");
    case ActionKind::Resolution: return QObject::tr("Resolution");
    case ActionKind::Plan: return QObject::tr("Plan action");
  }
  return {};
}

QString statusLabel(std::optional<ActionStatus> status) {
  if (!status) return {};
  switch (*status) {
    case ActionStatus::Open: return QObject::tr("Open");
    case ActionStatus::InProgress: return QObject::tr("In progress");
    case ActionStatus::Complete: return QObject::tr("Complete");
  }
  return {};
}

QString ragLabel(std::optional<Rag> rag) {
  if (!rag) return {};
  switch (*rag) {
    case Rag::Red: return QObject::tr("Red");
    case Rag::Amber: return QObject::tr("Amber");
    case Rag::Green: return QObject::tr("Green");
  }
  return {};
}

QString q(const std::string& text) { return QString::fromStdString(text); }

QString dueText(const store::Action& action) {
  if (const auto due = action.effectiveDue()) return q(due->iso());
  return q(action.dueLabel);
}

QString meetingText(const store::Action& action) {
  const QString body = q(action.meetingBody);
  if (!action.meetingDate) return body;
  const QString date = q(action.meetingDate->iso());
  return body.isEmpty() ? date : date + QStringLiteral(" ") + body;
}

}  // namespace

Date today() {
  const QDate now = QDate::currentDate();
  return Date{now.year(), now.month(), now.day()};
}

ActionTableModel::ActionTableModel(QObject* parent) : QAbstractTableModel(parent), asOf_(today()) {}

void ActionTableModel::setActions(std::vector<store::Action> actions) {
  beginResetModel();
  actions_ = std::move(actions);
  endResetModel();
}

void ActionTableModel::setAsOf(const Date& asOf) {
  asOf_ = asOf;
  if (!actions_.empty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const store::Action* ActionTableModel::actionAt(int row) const {
  return row >= 0 && row < rowCount() ? &actions_[static_cast<size_t>(row)] : nullptr;
}

int ActionTableModel::rowOfAction(std::int64_t actionId) const {
  for (size_t i = 0; i < actions_.size(); ++i) {
    if (actions_[i].id == actionId) return static_cast<int>(i);
  }
  return -1;
}

int ActionTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(actions_.size());
}

int ActionTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

std::optional<int> ActionTableModel::daysOverdue(const store::Action& action) const {
  const auto due = action.effectiveDue();
  if (!due || action.effectiveStatus() == ActionStatus::Complete || !(*due < asOf_)) return std::nullopt;
  return static_cast<int>(asOf_.dayNumber() - due->dayNumber());
}

QVariant ActionTableModel::display(const store::Action& a, int column) const {
  switch (column) {
    case KindColumn: return kindLabel(a.kind);
    case ReferenceColumn: return q(a.reference);
    case TextColumn: return q(a.text);
    case OwnerColumn: return q(a.effectiveOwner());
    case DueColumn: return dueText(a);
    case OverdueColumn: {
      const auto days = daysOverdue(a);
      return days ? QVariant(tr("%n day(s)", nullptr, *days)) : QVariant(QString());
    }
    case StatusColumn: return statusLabel(a.effectiveStatus());
    case RagColumn: return ragLabel(a.effectiveRag());
    case MeetingColumn: return meetingText(a);
    case AgendaItemColumn: return q(a.agendaItem);
    case SourceColumn: return tr("%1 p.%2").arg(q(a.document)).arg(a.page);
  }
  return {};
}

QVariant ActionTableModel::sortValue(const store::Action& a, int column) const {
  switch (column) {
    case DueColumn: {
      const auto due = a.effectiveDue();
      return due ? QVariant(q(due->iso())) : QVariant(QStringLiteral("9999") + q(a.dueLabel));  // undated last
    }
    case OverdueColumn: return daysOverdue(a).value_or(-1);
    case StatusColumn: return a.effectiveStatus() ? static_cast<int>(*a.effectiveStatus()) : -1;
    case RagColumn: return a.effectiveRag() ? static_cast<int>(*a.effectiveRag()) : -1;
    case MeetingColumn: return a.meetingDate ? q(a.meetingDate->iso()) : QString();
    case SourceColumn: return tr("%1 %2").arg(q(a.document)).arg(a.page, 5, 10, QLatin1Char('0'));
    default: return display(a, column);
  }
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const store::Action& a = actions_[static_cast<size_t>(index.row())];
  const int column = index.column();
  const bool correctedHere =
      a.corrected() && ((column == OwnerColumn && a.correctedOwner) || (column == DueColumn && a.correctedDue) ||
                        (column == StatusColumn && a.correctedStatus) || (column == RagColumn && a.correctedRag));
  switch (role) {
    case Qt::DisplayRole: return display(a, column);
    case Qt::ToolTipRole:
      if (correctedHere) {
        return tr("Corrected by %1 on %2: %3")
            .arg(q(a.correctedBy), q(a.correctedAt.substr(0, 10)), q(a.correctionReason));
      }
      if (column == TextColumn) return q(a.text);
      if (column == StatusColumn && !a.updateText.empty()) return q(a.updateText);
      return {};
    case Qt::FontRole:
      if (correctedHere) {
        QFont font;
        font.setItalic(true);  // corrected values read differently from printed ones
        return font;
      }
      return {};
    case Qt::BackgroundRole:
      if (column == RagColumn && a.effectiveRag()) return ragColour(*a.effectiveRag());
      return {};
    case ActionIdRole: return QVariant::fromValue<qint64>(a.id);
    case DocumentIdRole: return QVariant::fromValue<qint64>(a.documentId);
    case PageRole: return a.page;
    case OpenRole: return a.effectiveStatus() != ActionStatus::Complete;
    case DaysOverdueRole: {
      const auto days = daysOverdue(a);
      return days ? QVariant(*days) : QVariant();
    }
    case OwnerRole: return q(a.effectiveOwner());
    case MeetingIdRole: return a.meetingId ? QVariant::fromValue<qint64>(*a.meetingId) : QVariant();
    case BodyRole: return q(a.meetingBody);
    case CorrectedRole: return a.corrected();
    case SortRole: return sortValue(a, column);
    case SearchTextRole:
      return q(a.text + "\n" + a.effectiveOwner() + "\n" + a.reference + "\n" + a.agendaItem + "\n" + a.updateText);
  }
  return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case KindColumn: return tr("Kind");
    case ReferenceColumn: return tr("Ref.");
    case TextColumn: return tr("Action");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    case OverdueColumn: return tr("Overdue");
    case StatusColumn: return tr("Status");
    case RagColumn: return tr("RAG");
    case MeetingColumn: return tr("Meeting");
    case AgendaItemColumn: return tr("Agenda item");
    case SourceColumn: return tr("Source");
  }
  return {};
}

QColor ActionTableModel::ragColour(Rag rag) {
  switch (rag) {
    case Rag::Red: return QColor(244, 199, 195);
    case Rag::Amber: return QColor(252, 232, 178);
    case Rag::Green: return QColor(198, 232, 201);
  }
  return {};
}

}  // namespace sbw::models
