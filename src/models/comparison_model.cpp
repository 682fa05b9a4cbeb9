#include "models/comparison_model.h"

#include <algorithm>
#include <map>

#include "models/observation_table_model.h"

namespace sbw::models {

ComparisonModel::ComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComparisonModel::setFigures(const std::vector<store::Observation>& observations, const Date& start,
                                 const Date& end, const std::vector<store::ComputedRate>& rates) {
  beginResetModel();
  std::map<std::int64_t, RateWorking> rateOf;
  for (const auto& rate : rates) rateOf[rate.count.id] = rate.working;
  std::map<std::string, Row> byArea;  // the last figure given for an area wins
  for (const auto& o : observations) {
    if (!o.value() || o.area.empty() || o.periodStart != start || o.periodEnd != end) continue;
    Row row{o, std::nullopt};
    if (const auto found = rateOf.find(o.id); found != rateOf.end()) row.rate = found->second;
    byArea[o.area] = row;
  }
  locals_.clear();
  comparators_.clear();
  for (auto& [area, row] : byArea) {
    (row.observation.comparator == Comparator::Local ? locals_ : comparators_).push_back(std::move(row));
  }
  std::stable_sort(locals_.begin(), locals_.end(),
                   [](const Row& a, const Row& b) { return *a.observation.value() > *b.observation.value(); });
  // Comparators in the order papers print them: neighbours, region, London, England.
  const auto rank = [](Comparator c) {
    switch (c) {
      case Comparator::StatisticalNeighbours: return 0;
      case Comparator::Region: return 1;
      case Comparator::InnerLondon: return 2;
      case Comparator::London: return 3;
      case Comparator::England: return 4;
      default: return 5;
    }
  };
  std::stable_sort(comparators_.begin(), comparators_.end(), [&](const Row& a, const Row& b) {
    return rank(a.observation.comparator) < rank(b.observation.comparator);
  });
  endResetModel();
}

const ComparisonModel::Row* ComparisonModel::rowAt(int row) const {
  if (row < 0) return nullptr;
  const auto index = static_cast<size_t>(row);
  if (index < locals_.size()) return &locals_[index];
  if (index - locals_.size() < comparators_.size()) return &comparators_[index - locals_.size()];
  return nullptr;
}

int ComparisonModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(locals_.size() + comparators_.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ComparisonModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Row& row = *rowAt(index.row());
  const store::Observation& o = row.observation;
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case AreaColumn:
          return o.comparator == Comparator::Local ? QString::fromStdString(o.area)
                                                   : tr("%1 (comparator)").arg(QString::fromStdString(o.area));
        case ValueColumn: return formattedValue(o);
        case RateColumn: return row.rate ? QString::number(row.rate->rate, 'f', 1) : QString();
        case WorkingColumn: return row.rate ? QString::fromStdString(row.rate->working) : QString();
        case SourceColumn: return tr("%1 p.%2").arg(QString::fromStdString(o.document)).arg(o.page);
      }
      return {};
    case Qt::TextAlignmentRole:
      if (index.column() == ValueColumn || index.column() == RateColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      }
      return {};
    case Qt::EditRole:
      // What a spreadsheet should get (model_csv.h): the amount and the rate as numbers.
      if (index.column() == ValueColumn) return *o.value() * o.quantity.scale;
      if (index.column() == RateColumn) return row.rate ? QVariant(row.rate->rate) : QVariant();
      return data(index, Qt::DisplayRole);
    case ValueRole: return *o.value();
    case RateRole: return row.rate ? QVariant(row.rate->rate) : QVariant();
    case ComparatorRole: return o.comparator != Comparator::Local;
    case DocumentIdRole: return QVariant::fromValue<qint64>(o.documentId);
    case PageRole: return o.page;
  }
  return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case AreaColumn: return tr("Area");
    case ValueColumn: return tr("Figure");
    case RateColumn: return tr("Per 10,000 children");
    case WorkingColumn: return tr("Working");
    case SourceColumn: return tr("Source");
  }
  return {};
}

std::vector<PeriodChoice> periodsOf(const std::vector<store::Observation>& observations) {
  std::map<std::pair<Date, Date>, std::string> periods;
  for (const auto& o : observations) {
    if (o.periodStart && o.periodEnd && o.value())
      periods.emplace(std::pair{*o.periodStart, *o.periodEnd}, o.periodLabel);
  }
  std::vector<PeriodChoice> out;
  for (auto it = periods.rbegin(); it != periods.rend(); ++it)
    out.push_back({it->second, it->first.first, it->first.second});
  return out;
}

}  // namespace sbw::models
