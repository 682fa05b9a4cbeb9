#include "models/observation_table_model.h"

#include "core/number_format.h"

namespace sbw::models {

QString formattedValue(const store::Observation& observation) { return formattedValue(observation, std::nullopt); }

QString formattedValue(const store::Observation& observation, std::optional<int> precision) {
  const Quantity& q = observation.quantity;
  if (q.suppressed()) return QString::fromLatin1(suppressionCode(q.suppression));
  const auto value = observation.value();
  if (!value) return {};
  // A figure printed in thousands or millions keeps its printed decimals: "£1.2 million" is not "£1 million".
  const int decimals = precision && q.scale == 1 ? *precision : q.decimals;
  const QString number = QString::fromStdString(formatNumber(*value, decimals));
  QString text;
  switch (q.unit) {
    case Unit::Percent: text = number + QLatin1Char('%'); break;
    case Unit::Gbp: text = QStringLiteral("£") + number; break;
    case Unit::RatePer10k: text = number + QStringLiteral(" per 10,000"); break;
    case Unit::Days: text = number + QStringLiteral(" days"); break;
    case Unit::Weeks: text = number + QStringLiteral(" weeks"); break;
    case Unit::Count:
    case Unit::Score:
    case Unit::Rank: text = number; break;
  }
  if (q.scale == 1e3) text += QLatin1Char('k');
  if (q.scale == 1e6) text += QStringLiteral(" million");
  if (q.scale == 1e9) text += QStringLiteral(" billion");
  return text;
}

ObservationTableModel::ObservationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ObservationTableModel::setObservations(std::vector<store::Observation> observations) {
  beginResetModel();
  observations_ = std::move(observations);
  endResetModel();
}

const store::Observation* ObservationTableModel::observationAt(int row) const {
  if (row < 0 || row >= static_cast<int>(observations_.size())) return nullptr;
  return &observations_[static_cast<size_t>(row)];
}

int ObservationTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(observations_.size());
}

int ObservationTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ObservationTableModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const store::Observation& o = observations_[static_cast<size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case AreaColumn: return QString::fromStdString(o.area);
        case IndicatorColumn: return QString::fromStdString(o.indicatorLabel);
        case PeriodColumn: return QString::fromStdString(o.periodLabel);
        case ValueColumn: return formattedValue(o);
        case PageColumn: return o.page;
        case MethodColumn: return QString::fromLatin1(methodName(o.method));
        case TrustColumn: {
          if (o.trusted) return tr("Trusted");
          return o.kind == FigureKind::Outturn ? tr("For review")
                                               : tr("For review (%1)").arg(QString::fromLatin1(figureKindName(o.kind)));
        }
      }
      break;
    case Qt::ToolTipRole:
      if (index.column() == TrustColumn) {
        return o.trusted ? tr("Area, indicator and period are sure: shown in trends and comparisons")
                         : tr("Waits for review: %1").arg(QString::fromStdString(o.doubt));
      }
      if (index.column() == IndicatorColumn) {
        return o.indicatorKey.empty() ? tr("Not in the indicator dictionary")
                                      : tr("Indicator: %1").arg(QString::fromStdString(o.indicatorKey));
      }
      return QString::fromStdString(o.snippet);
    case Qt::TextAlignmentRole:
      if (index.column() == ValueColumn || index.column() == PageColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      }
      break;
    case DocumentIdRole: return QVariant::fromValue<qint64>(o.documentId);
    case PageRole: return o.page;
    case BoxRole: return o.box ? QRectF(QPointF(o.box->x1, o.box->y1), QPointF(o.box->x2, o.box->y2)) : QRectF();
    case SortValueRole:
      if (index.column() == ValueColumn) return o.value() ? QVariant(*o.value()) : QVariant();
      return data(index, Qt::DisplayRole);
    case IndicatorKeyRole: return QString::fromStdString(o.indicatorKey);
    case TrustedRole: return o.trusted;
  }
  return {};
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case AreaColumn: return tr("Area");
    case IndicatorColumn: return tr("Indicator (as printed)");
    case PeriodColumn: return tr("Period");
    case ValueColumn: return tr("Value");
    case PageColumn: return tr("Page");
    case MethodColumn: return tr("From");
    case TrustColumn: return tr("Trust");
  }
  return {};
}

QString polarityNote(Polarity polarity) {
  switch (polarity) {
    case Polarity::HigherIsBetter: return QObject::tr("higher is better");
    case Polarity::LowerIsBetter: return QObject::tr("lower is better");
    case Polarity::Neutral: break;
  }
  return {};
}

QString unitTitle(Unit unit) {
  switch (unit) {
    case Unit::Count: return QObject::tr("Number");
    case Unit::Percent: return QObject::tr("Per cent");
    case Unit::RatePer10k: return QObject::tr("Rate per 10,000 children");
    case Unit::Gbp: return QObject::tr("£");
    case Unit::Score: return QObject::tr("Score");
    case Unit::Days: return QObject::tr("Days");
    case Unit::Weeks: return QObject::tr("Weeks");
    case Unit::Rank: return QObject::tr("Rank");
  }
  return {};
}

}  // namespace sbw::models
