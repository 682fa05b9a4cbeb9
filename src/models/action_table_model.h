#pragma once
// Every action, recommendation, resolution and plan action in the store, one row each, as a
// tracker prints them: kind, reference, the action, owner, due date, days overdue, status, RAG,
// the meeting and agenda item that raised it, and where it was printed. Corrected owners, due
// dates, statuses and RAG ratings are shown in place of the printed ones, and marked.

#include <QAbstractTableModel>
#include <QColor>
#include <vector>

#include "core/date.h"
#include "store/meeting.h"

namespace sbw::models {

class ActionTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column {
    KindColumn,
    ReferenceColumn,
    TextColumn,
    OwnerColumn,
    DueColumn,
    OverdueColumn,
    StatusColumn,
    RagColumn,
    MeetingColumn,
    AgendaItemColumn,
    SourceColumn,
    ColumnCount
  };
  enum Role {
    ActionIdRole = Qt::UserRole + 1,
    DocumentIdRole,
    PageRole,
    OpenRole,         // bool: not complete
    DaysOverdueRole,  // int, or invalid when not overdue
    OwnerRole,        // the owner shown
    MeetingIdRole,    // qint64, or invalid
    BodyRole,         // the committee or board
    CorrectedRole,    // bool
    SortRole,         // a value that sorts as people expect (dates as dates, days as numbers)
    SearchTextRole,   // the words a text filter looks in
  };

  explicit ActionTableModel(QObject* parent = nullptr);

  void setActions(std::vector<store::Action> actions);
  // The day "overdue" is counted from; today unless a test or a report says otherwise.
  void setAsOf(const Date& asOf);
  const store::Action* actionAt(int row) const;
  int rowOfAction(std::int64_t actionId) const;  // -1 when not listed

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // The colour a RAG rating is shown in (a pale fill, so the text stays readable).
  static QColor ragColour(Rag rag);

 private:
  QVariant display(const store::Action& action, int column) const;
  QVariant sortValue(const store::Action& action, int column) const;
  std::optional<int> daysOverdue(const store::Action& action) const;
  std::vector<store::Action> actions_;
  Date asOf_;
};

// Today, as the tracker counts overdue days.
Date today();

}  // namespace sbw::models
