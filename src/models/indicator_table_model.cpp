#include "models/indicator_table_model.h"

#include <algorithm>
#include <map>

#include "models/observation_table_model.h"

namespace sbw::models {
namespace {

// Comparators after the local areas, in the order board papers print them.
int areaRank(const store::Observation& o) {
  switch (o.comparator) {
    case Comparator::Local: return 0;
    case Comparator::StatisticalNeighbours: return 1;
    case Comparator::Region: return 2;
    case Comparator::InnerLondon: return 3;
    case Comparator::London: return 4;
    case Comparator::England: return 5;
    case Comparator::Other: return 6;
  }
  return 6;
}

}  // namespace

IndicatorTableModel::IndicatorTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void IndicatorTableModel::setObservations(const std::vector<store::Observation>& observations) {
  beginResetModel();
  // Periods are keyed by their dates, so "2016-17" and "2016/17" share a column.
  std::map<std::pair<Date, Date>, PeriodColumn> periods;
  std::map<std::pair<int, QString>, Comparator> areas;
  for (const auto& o : observations) {
    if (!o.periodStart || !o.periodEnd || !o.value() || o.area.empty()) continue;
    periods.emplace(std::pair{*o.periodStart, *o.periodEnd},
                    PeriodColumn{QString::fromStdString(o.periodLabel), o.periodKind, *o.periodStart, *o.periodEnd});
    areas.emplace(std::pair{areaRank(o), QString::fromStdString(o.area)}, o.comparator);
  }
  periods_.clear();
  std::map<std::pair<Date, Date>, int> column;
  for (const auto& [dates, period] : periods) {
    column[dates] = static_cast<int>(periods_.size());
    periods_.push_back(period);
  }
  areas_.clear();
  comparators_.clear();
  std::map<QString, int> row;
  for (const auto& [key, comparator] : areas) {
    if (row.contains(key.second)) continue;  // one row per area, whatever role it played
    row[key.second] = static_cast<int>(areas_.size());
    areas_.push_back(key.second);
    comparators_.push_back(comparator);
  }
  cells_.assign(areas_.size(), std::vector<std::optional<Cell>>(periods_.size()));
  for (const auto& o : observations) {
    if (!o.periodStart || !o.periodEnd || !o.value() || o.area.empty()) continue;
    auto& cell = cells_[static_cast<size_t>(row[QString::fromStdString(o.area)])]
                       [static_cast<size_t>(column[{*o.periodStart, *o.periodEnd}])];
    const int sources = cell ? cell->sources + 1 : 1;
    cell = Cell{o, sources};
  }
  endResetModel();
}

int IndicatorTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(areas_.size());
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(periods_.size());
}

QString IndicatorTableModel::areaAt(int row) const {
  return row >= 0 && row < static_cast<int>(areas_.size()) ? areas_[static_cast<size_t>(row)] : QString();
}

Comparator IndicatorTableModel::comparatorAt(int row) const {
  return row >= 0 && row < static_cast<int>(comparators_.size()) ? comparators_[static_cast<size_t>(row)]
                                                                 : Comparator::Local;
}

QString IndicatorTableModel::periodAt(int column) const {
  const PeriodColumn* period = periodColumn(column);
  return period ? period->label : QString();
}

const IndicatorTableModel::PeriodColumn* IndicatorTableModel::periodColumn(int column) const {
  return column >= 0 && column < static_cast<int>(periods_.size()) ? &periods_[static_cast<size_t>(column)] : nullptr;
}

const store::Observation* IndicatorTableModel::observationAt(int row, int column) const {
  if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) return nullptr;
  const auto& cell = cells_[static_cast<size_t>(row)][static_cast<size_t>(column)];
  return cell ? &cell->observation : nullptr;
}

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const auto& cell = cells_[static_cast<size_t>(index.row())][static_cast<size_t>(index.column())];
  if (!cell) return {};
  const store::Observation& o = cell->observation;
  switch (role) {
    case Qt::DisplayRole: return formattedValue(o) + (cell->sources > 1 ? QStringLiteral(" *") : QString());
    case Qt::ToolTipRole: {
      QString tip = tr("%1, page %2").arg(QString::fromStdString(o.document)).arg(o.page);
      if (cell->sources > 1) tip += tr("\n%1 documents give a figure here; the latest is shown.").arg(cell->sources);
      return tip;
    }
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole: return *o.value();
    case DocumentIdRole: return QVariant::fromValue<qint64>(o.documentId);
    case PageRole: return o.page;
    case BoxRole: return o.box ? QRectF(QPointF(o.box->x1, o.box->y1), QPointF(o.box->x2, o.box->y2)) : QRectF();
    case DocumentRole: return QString::fromStdString(o.document);
    case SourceCountRole: return cell->sources;
  }
  return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole) return {};
  return orientation == Qt::Horizontal ? periodAt(section) : areaAt(section);
}

}  // namespace sbw::models
