#pragma once
// A document's figures, one row each, for the "Figures" list: what the importer read, resolved,
// with the page and box that prove it.

#include <QAbstractTableModel>
#include <QRectF>
#include <optional>
#include <vector>

#include "core/indicator.h"
#include "store/observation.h"

namespace sbw::models {

class ObservationTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column {
    AreaColumn,
    IndicatorColumn,
    PeriodColumn,
    ValueColumn,
    PageColumn,
    MethodColumn,
    TrustColumn,  // "Trusted", or "For review" with the doubt in its tooltip
    ColumnCount
  };
  enum Role {
    DocumentIdRole = Qt::UserRole + 1,
    PageRole,
    BoxRole,        // QRectF in PDF points, top-left origin; invalid when unknown
    SortValueRole,  // the number, for sorting by value
    IndicatorKeyRole,
    TrustedRole  // bool: shown in views without review
  };

  explicit ObservationTableModel(QObject* parent = nullptr);

  void setObservations(std::vector<store::Observation> observations);
  const store::Observation* observationAt(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<store::Observation> observations_;
};

// The value as a reader expects it: "2,134", "18.2%", "£145,000", "38.3 per 10,000", "c" (suppressed).
QString formattedValue(const store::Observation& observation);
// The same with `precision` decimal places (the indicator's) instead of those printed.
QString formattedValue(const store::Observation& observation, std::optional<int> precision);
// An axis or column title for a unit: "Number", "Per cent", "Rate per 10,000 children", "£".
QString unitTitle(Unit unit);
// What a reader should make of a rise: "higher is better", "lower is better", "" when neither.
QString polarityNote(Polarity polarity);

}  // namespace sbw::models
