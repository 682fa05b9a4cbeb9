#include "models/indicator_table_model.h"

#include <QColor>
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

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

QString IndicatorTableModel::sourceKey(const store::Observation& o) {
  return QString::fromStdString(o.document) + QLatin1Char('|') + QString::number(o.page) + QLatin1Char('|') +
         QString::fromStdString(o.subjectKey);
}

void IndicatorTableModel::setObservations(std::vector<store::Observation> observations, std::optional<int> precision) {
  setObservations(std::make_shared<const std::vector<store::Observation>>(std::move(observations)), precision);
}

void IndicatorTableModel::setObservations(std::shared_ptr<const std::vector<store::Observation>> given,
                                          std::optional<int> precision) {
  beginResetModel();
  precision_ = precision;
  observations_ = given ? std::move(given) : std::make_shared<const std::vector<store::Observation>>();
  const auto& observations = *observations_;
  // Periods are keyed by their dates, so "2016-17" and "2016/17" share a column.
  std::map<std::pair<Date, Date>, const store::Observation*> periods;  // the first figure of each
  std::map<std::pair<int, std::string>, Comparator> areas;
  const auto placed = [](const store::Observation& o) {
    return o.periodStart && o.periodEnd && o.value() && !o.area.empty();
  };
  for (const auto& o : observations) {
    if (!placed(o)) continue;
    periods.try_emplace(std::pair{*o.periodStart, *o.periodEnd}, &o);
    areas.try_emplace(std::pair{areaRank(o), o.area}, o.comparator);
  }
  periods_.clear();
  std::map<std::pair<Date, Date>, int> column;
  for (const auto& [dates, first] : periods) {
    column[dates] = static_cast<int>(periods_.size());
    periods_.push_back(
        PeriodColumn{QString::fromStdString(first->periodLabel), first->periodKind, dates.first, dates.second});
  }
  areas_.clear();
  comparators_.clear();
  std::unordered_map<std::string, int> row;
  for (const auto& [key, comparator] : areas) {
    if (row.contains(key.second)) continue;  // one row per area, whatever role it played
    row[key.second] = static_cast<int>(areas_.size());
    areas_.push_back(QString::fromStdString(key.second));
    comparators_.push_back(comparator);
  }
  cells_.assign(areas_.size(), std::vector<std::optional<Cell>>(periods_.size()));
  for (const auto& o : observations) {
    if (!placed(o)) continue;
    auto& cell = cells_[static_cast<size_t>(row[o.area])][static_cast<size_t>(column[{*o.periodStart, *o.periodEnd}])];
    if (!cell) cell = Cell{};
    cell->candidates.push_back(&o);
  }
  chooseDefaults();
  endResetModel();
}

void IndicatorTableModel::chooseDefaults() {
  // A cell's key is built only when the reader chose a source for this indicator and unit: building
  // it for every cell would cost more than the rest of the choice.
  const QString scopePrefix = scope_ + QLatin1Char('|');
  const bool anyPreferred = std::any_of(preferred_.keyBegin(), preferred_.keyEnd(),
                                        [&](const QString& key) { return key.startsWith(scopePrefix); });
  for (size_t r = 0; r < cells_.size(); ++r) {
    for (size_t c = 0; c < cells_[r].size(); ++c) {
      auto& cell = cells_[r][c];
      if (!cell) continue;
      const auto& candidates = cell->candidates;
      if (candidates.size() == 1) {
        cell->shown = 0;
        cell->conflict = false;
        continue;
      }
      size_t shown = 0;
      for (size_t i = 1; i < candidates.size(); ++i) {
        // A trusted figure before one waiting for review, whatever the documents.
        if (candidates[i]->trusted != candidates[shown]->trusted) {
          if (candidates[i]->trusted) shown = i;
          continue;
        }
        // The store's one ranking of documents, as every other view applies it.
        if (store::ObservationRepository::shownBefore(*candidates[i], *candidates[shown], ranks_)) shown = i;
      }
      const auto preferred =
          anyPreferred ? preferred_.constFind(cellKey(static_cast<int>(r), static_cast<int>(c))) : preferred_.cend();
      for (size_t i = 0; preferred != preferred_.cend() && i < candidates.size(); ++i) {
        if (sourceKey(*candidates[i]) == *preferred) shown = i;
      }
      cell->shown = shown;
      // Compared as amounts: "£1.3m" and "£1,300,000" agree.
      const auto amount = [](const store::Observation* o) { return *o->value() * o->quantity.scale; };
      cell->conflict = std::any_of(candidates.begin(), candidates.end(), [&](const store::Observation* o) {
        return std::abs(amount(o) - amount(candidates[shown])) > 1e-9 * std::max(1.0, std::abs(amount(o)));
      });
    }
  }
}

const IndicatorTableModel::Cell* IndicatorTableModel::cellAt(int row, int column) const {
  if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) return nullptr;
  const auto& cell = cells_[static_cast<size_t>(row)][static_cast<size_t>(column)];
  return cell ? &*cell : nullptr;
}

QString IndicatorTableModel::cellKey(int row, int column) const {
  const PeriodColumn* period = periodColumn(column);
  if (!period || row < 0 || row >= rowCount()) return {};
  return scope_ + QLatin1Char('|') + areaAt(row) + QLatin1Char('|') + QString::fromStdString(period->start.iso()) +
         QLatin1Char('/') + QString::fromStdString(period->end.iso());
}

bool IndicatorTableModel::chooseCandidate(int row, int column, int candidate) {
  const Cell* cell = cellAt(row, column);
  const auto candidates = candidatesAt(row, column);
  if (!cell || candidate < 0 || candidate >= static_cast<int>(candidates.size())) return false;
  const QString key = cellKey(row, column);
  const QString source = sourceKey(*candidates[static_cast<size_t>(candidate)]);
  preferred_.insert(key, source);
  chooseDefaults();
  const QModelIndex changed = index(row, column);
  Q_EMIT dataChanged(changed, changed);
  Q_EMIT sourceChosen(key, source);
  return true;
}

std::vector<const store::Observation*> IndicatorTableModel::candidatesAt(int row, int column) const {
  std::vector<const store::Observation*> out;
  const Cell* cell = cellAt(row, column);
  if (!cell) return out;
  out.push_back(cell->candidates[cell->shown]);
  for (size_t i = 0; i < cell->candidates.size(); ++i) {
    if (i != cell->shown) out.push_back(cell->candidates[i]);
  }
  return out;
}

bool IndicatorTableModel::hasConflict(int row, int column) const {
  const Cell* cell = cellAt(row, column);
  return cell && cell->conflict;
}

int IndicatorTableModel::conflictCount() const {
  int count = 0;
  for (const auto& cellRow : cells_) {
    for (const auto& cell : cellRow) count += cell && cell->conflict ? 1 : 0;
  }
  return count;
}

QStringList IndicatorTableModel::busiestLocalAreas(int count) const {
  std::vector<std::pair<int, int>> locals;  // (-figures, row): rows are in name order
  for (int row = 0; row < rowCount(); ++row) {
    if (comparatorAt(row) != Comparator::Local) continue;
    int figures = 0;
    for (int column = 0; column < columnCount(); ++column) figures += observationAt(row, column) ? 1 : 0;
    locals.emplace_back(-figures, row);
  }
  std::sort(locals.begin(), locals.end());
  QStringList out;
  for (size_t i = 0; i < locals.size() && static_cast<int>(i) < count; ++i) out << areaAt(locals[i].second);
  return out;
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
  const Cell* cell = cellAt(row, column);
  return cell ? &cell->observation() : nullptr;
}

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Cell* cell = cellAt(index.row(), index.column());
  if (!cell) return {};
  const store::Observation& o = cell->observation();
  const int sources = static_cast<int>(cell->candidates.size());
  switch (role) {
    case Qt::DisplayRole:
      return formattedValue(o, precision_) + (cell->conflict ? QStringLiteral(" \u26A0") : QString());
    case Qt::ToolTipRole: {
      QString tip = tr("%1, %2: %3\n%4, page %5")
                        .arg(areaAt(index.row()), periodAt(index.column()), formattedValue(o, precision_),
                             QString::fromStdString(o.document))
                        .arg(o.page);
      if (!o.trusted) tip += tr("\nWaiting for review: %1").arg(QString::fromStdString(o.doubt));
      if (cell->conflict) {
        tip += tr("\nThe figures given disagree (right-click to choose):");
        for (const auto* other : candidatesAt(index.row(), index.column())) {
          tip += tr("\n  %1 in %2, page %3")
                     .arg(formattedValue(*other, precision_), QString::fromStdString(other->document))
                     .arg(other->page);
        }
      } else if (sources > 1) {
        tip += tr("\n%1 figures agree.").arg(sources);
      }
      return tip;
    }
    case Qt::BackgroundRole:
      if (cell->conflict) return QColor(0xFF, 0xE8, 0xB0);  // amber: look before using this figure
      if (!o.trusted) return QColor(0xEE, 0xEE, 0xEE);      // grey: waiting for review
      return {};
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::EditRole: return *o.value() * o.quantity.scale;  // the amount, for a spreadsheet (model_csv.h)
    case ValueRole: return *o.value();
    case DocumentIdRole: return QVariant::fromValue<qint64>(o.documentId);
    case PageRole: return o.page;
    case BoxRole: return o.box ? QRectF(QPointF(o.box->x1, o.box->y1), QPointF(o.box->x2, o.box->y2)) : QRectF();
    case DocumentRole: return QString::fromStdString(o.document);
    case SourceCountRole: return sources;
    case ConflictRole: return cell->conflict;
    case CellKeyRole: return cellKey(index.row(), index.column());
  }
  return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole) return {};
  return orientation == Qt::Horizontal ? periodAt(section) : areaAt(section);
}

}  // namespace sbw::models
