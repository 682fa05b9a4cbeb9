#pragma once
// The figures waiting for review: one row each, with where it was printed, what the reader made
// of it (area, indicator, period, value) and why it is unsure. A decided figure leaves the list.

#include <QAbstractTableModel>
#include <QRectF>
#include <vector>

#include "store/observation.h"

namespace sbw::models {

class ReviewQueueModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column {
    DocumentColumn,
    PageColumn,
    AreaColumn,
    IndicatorColumn,
    PeriodColumn,
    ValueColumn,
    DoubtColumn,
    ColumnCount
  };
  enum Role { ObservationIdRole = Qt::UserRole + 1, DocumentIdRole, PageRole, BoxRole };

  explicit ReviewQueueModel(QObject* parent = nullptr);

  void setFigures(std::vector<store::Observation> figures);
  const store::Observation* figureAt(int row) const;
  // The row of an observation; -1 when it is not listed.
  int rowOf(std::int64_t observationId) const;
  // Takes a decided figure off the list.
  void remove(std::int64_t observationId);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<store::Observation> figures_;
};

}  // namespace sbw::models
