#pragma once
// The tracker's filters over ActionTableModel: open only, overdue only, by owner, by meeting, by
// body, and by words anywhere in the action, its owner, reference, agenda item or update. Sorting
// uses the model's SortRole, so dates sort as dates and overdue days as numbers.

#include <QSortFilterProxyModel>
#include <optional>

namespace sbw::models {

class ActionFilterModel : public QSortFilterProxyModel {
  Q_OBJECT
 public:
  explicit ActionFilterModel(QObject* parent = nullptr);

  void setOpenOnly(bool on);
  void setCompleteOnly(bool on);  // only the actions done
  void setOverdueOnly(bool on);
  void setOwner(const QString& owner);  // "" for any; matched as words contained, any case
  void setMeeting(std::optional<qint64> meetingId);
  void setBody(const QString& body);  // "" for any; the whole name, any case
  void setText(const QString& text);  // "" for any; every word must occur

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  bool openOnly_ = false;
  bool completeOnly_ = false;
  bool overdueOnly_ = false;
  QString owner_;
  std::optional<qint64> meeting_;
  QString body_;
  QStringList words_;
};

}  // namespace sbw::models
