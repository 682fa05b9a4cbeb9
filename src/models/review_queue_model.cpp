#include "models/review_queue_model.h"

#include "core/indicator_dictionary.h"
#include "models/observation_table_model.h"

namespace sbw::models {
namespace {

// What the reader made of the figure's measure: the dictionary's label, or the printed one in
// brackets when it matched no entry.
QString indicatorText(const store::Observation& o) {
  if (const Indicator* indicator = IndicatorDictionary::builtIn().byKey(o.indicatorKey)) {
    return QString::fromStdString(indicator->label);
  }
  return QStringLiteral("(%1)").arg(QString::fromStdString(o.indicatorLabel));
}

}  // namespace

ReviewQueueModel::ReviewQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReviewQueueModel::setFigures(std::vector<store::Observation> figures) {
  beginResetModel();
  figures_ = std::move(figures);
  endResetModel();
}

const store::Observation* ReviewQueueModel::figureAt(int row) const {
  return row >= 0 && row < rowCount() ? &figures_[static_cast<size_t>(row)] : nullptr;
}

int ReviewQueueModel::rowOf(std::int64_t observationId) const {
  for (size_t i = 0; i < figures_.size(); ++i) {
    if (figures_[i].id == observationId) return static_cast<int>(i);
  }
  return -1;
}

void ReviewQueueModel::remove(std::int64_t observationId) {
  const int row = rowOf(observationId);
  if (row < 0) return;
  beginRemoveRows({}, row, row);
  figures_.erase(figures_.begin() + row);
  endRemoveRows();
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(figures_.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const store::Observation& o = figures_[static_cast<size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case DocumentColumn: return QString::fromStdString(o.document);
        case PageColumn: return o.page;
        case AreaColumn: return QString::fromStdString(o.area.empty() ? o.areaLabel : o.area);
        case IndicatorColumn: return indicatorText(o);
        case PeriodColumn: return QString::fromStdString(o.periodLabel);
        case ValueColumn: return formattedValue(o);
        case DoubtColumn: return QString::fromStdString(o.doubt);
      }
      return {};
    case Qt::ToolTipRole:
      if (index.column() == AreaColumn) return tr("Printed as: %1").arg(QString::fromStdString(o.areaLabel));
      if (index.column() == IndicatorColumn) return tr("Printed as: %1").arg(QString::fromStdString(o.indicatorLabel));
      if (index.column() == ValueColumn) return QString::fromStdString(o.snippet);
      if (index.column() == DoubtColumn) return QString::fromStdString(o.doubt);
      return {};
    case Qt::TextAlignmentRole:
      if (index.column() == ValueColumn || index.column() == PageColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      }
      return {};
    case ObservationIdRole: return QVariant::fromValue<qint64>(o.id);
    case DocumentIdRole: return QVariant::fromValue<qint64>(o.documentId);
    case PageRole: return o.page;
    case BoxRole: return o.box ? QRectF(QPointF(o.box->x1, o.box->y1), QPointF(o.box->x2, o.box->y2)) : QRectF();
  }
  return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case DocumentColumn: return tr("Document");
    case PageColumn: return tr("Page");
    case AreaColumn: return tr("Area");
    case IndicatorColumn: return tr("Indicator");
    case PeriodColumn: return tr("Period");
    case ValueColumn: return tr("Value");
    case DoubtColumn: return tr("Why it waits");
  }
  return {};
}

}  // namespace sbw::models
