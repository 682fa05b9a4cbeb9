#pragma once
// One indicator in one period across areas: the local areas sorted by value (highest first), then
// the comparators (statistical neighbours, region, London, England), each with the document and
// page it came from, and its rate per 10,000 children where the store holds the area's child
// population (with the working: "1,954 ÷ 45,300 × 10,000 = 431.3").

#include <QAbstractTableModel>
#include <optional>
#include <vector>

#include "store/observation.h"
#include "store/rates.h"

namespace sbw::models {

class ComparisonModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { AreaColumn, ValueColumn, RateColumn, WorkingColumn, SourceColumn, ColumnCount };
  enum Role { ValueRole = Qt::UserRole + 1, RateRole, ComparatorRole, DocumentIdRole, PageRole };

  struct Row {
    store::Observation observation;
    std::optional<RateWorking> rate;
  };

  explicit ComparisonModel(QObject* parent = nullptr);

  // Keeps the figures whose period has the dates of `start`..`end` and a value; where several
  // documents give one area's figure, the last given wins (pass them oldest first).
  void setFigures(const std::vector<store::Observation>& observations, const Date& start, const Date& end,
                  const std::vector<store::ComputedRate>& rates = {});

  const std::vector<Row>& locals() const { return locals_; }
  const std::vector<Row>& comparators() const { return comparators_; }
  const Row* rowAt(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<Row> locals_;
  std::vector<Row> comparators_;
};

// The periods an indicator has figures for, latest first: (label, start, end), one per pair of dates.
struct PeriodChoice {
  std::string label;
  Date start;
  Date end;
};
std::vector<PeriodChoice> periodsOf(const std::vector<store::Observation>& observations);

}  // namespace sbw::models
