#pragma once
// One indicator across areas and periods, as a board paper lays it out: areas down, periods
// across. Each cell keeps the observation it shows, so a reader can open the page it came from.

#include <QAbstractTableModel>
#include <QRectF>
#include <QString>
#include <optional>
#include <vector>

#include "store/observation.h"

namespace sbw::models {

class IndicatorTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Role { ValueRole = Qt::UserRole + 1, DocumentIdRole, PageRole, BoxRole, DocumentRole, SourceCountRole };

  explicit IndicatorTableModel(QObject* parent = nullptr);

  // Figures without a dated period or a value are left out: they have no place on the grid.
  // Where several documents give a figure for the same area and period, the last one given wins
  // (pass them oldest first) and the cell says how many there were.
  void setObservations(const std::vector<store::Observation>& observations);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // A column's period: as printed (the first label met), its kind and dates.
  struct PeriodColumn {
    QString label;
    std::optional<PeriodKind> kind;
    Date start;
    Date end;
  };

  QString areaAt(int row) const;
  // Whether the row is the local area or a comparator (England, London, neighbours...).
  Comparator comparatorAt(int row) const;
  QString periodAt(int column) const;
  const PeriodColumn* periodColumn(int column) const;
  const store::Observation* observationAt(int row, int column) const;

 private:
  struct Cell {
    store::Observation observation;
    int sources = 0;
  };
  std::vector<QString> areas_;
  std::vector<Comparator> comparators_;
  std::vector<PeriodColumn> periods_;
  std::vector<std::vector<std::optional<Cell>>> cells_;  // [row][column]
};

}  // namespace sbw::models
