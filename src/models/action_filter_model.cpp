#include "models/action_filter_model.h"

#include "models/action_table_model.h"

namespace sbw::models {

ActionFilterModel::ActionFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
  setSortRole(ActionTableModel::SortRole);
  setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ActionFilterModel::setOpenOnly(bool on) {
  openOnly_ = on;
  invalidateFilter();
}

void ActionFilterModel::setCompleteOnly(bool on) {
  completeOnly_ = on;
  invalidateFilter();
}

void ActionFilterModel::setOverdueOnly(bool on) {
  overdueOnly_ = on;
  invalidateFilter();
}

void ActionFilterModel::setOwner(const QString& owner) {
  owner_ = owner.simplified();
  invalidateFilter();
}

void ActionFilterModel::setMeeting(std::optional<qint64> meetingId) {
  meeting_ = meetingId;
  invalidateFilter();
}

void ActionFilterModel::setBody(const QString& body) {
  body_ = body.simplified();
  invalidateFilter();
}

void ActionFilterModel::setText(const QString& text) {
  words_ = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
  invalidateFilter();
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
  const auto value = [&](int role) { return row.data(role); };
  if (openOnly_ && !value(ActionTableModel::OpenRole).toBool()) return false;
  if (completeOnly_ && value(ActionTableModel::OpenRole).toBool()) return false;
  if (overdueOnly_ && !value(ActionTableModel::DaysOverdueRole).isValid()) return false;
  if (!owner_.isEmpty() && !value(ActionTableModel::OwnerRole).toString().contains(owner_, Qt::CaseInsensitive)) {
    return false;
  }
  if (meeting_) {
    const QVariant meeting = value(ActionTableModel::MeetingIdRole);
    if (!meeting.isValid() || meeting.toLongLong() != *meeting_) return false;
  }
  if (!body_.isEmpty() && value(ActionTableModel::BodyRole).toString().compare(body_, Qt::CaseInsensitive) != 0) {
    return false;
  }
  const QString text = value(ActionTableModel::SearchTextRole).toString();
  for (const QString& word : words_) {
    if (!text.contains(word, Qt::CaseInsensitive)) return false;
  }
  return true;
}

}  // namespace sbw::models
