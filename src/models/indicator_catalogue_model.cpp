#include "models/indicator_catalogue_model.h"

#include <QFont>

#include "core/indicator_dictionary.h"
#include "core/indicator_themes.h"
#include "models/observation_table_model.h"

namespace sbw::models {
IndicatorCatalogueModel::IndicatorCatalogueModel(QObject* parent) : QAbstractItemModel(parent) {}

void IndicatorCatalogueModel::setCounts(const std::map<std::string, int>& counts) {
  beginResetModel();
  themes_.clear();
  for (const auto& theme : IndicatorThemes::builtIn().all()) {
    Theme listed{QString::fromStdString(theme.name), 0, {}};
    for (const auto& key : theme.keys) {
      const auto found = counts.find(key);
      if (found == counts.end() || found->second <= 0) continue;
      listed.entries.push_back({key, found->second});
      listed.count += found->second;
    }
    if (!listed.entries.empty()) themes_.push_back(std::move(listed));
  }
  endResetModel();
}

QModelIndex IndicatorCatalogueModel::indexOfKey(const QString& key) const {
  const std::string wanted = key.toStdString();
  for (size_t t = 0; t < themes_.size(); ++t) {
    for (size_t e = 0; e < themes_[t].entries.size(); ++e) {
      if (themes_[t].entries[e].key == wanted) return createIndex(static_cast<int>(e), 0, static_cast<quintptr>(t + 1));
    }
  }
  return {};
}

int IndicatorCatalogueModel::indicatorCount() const {
  int count = 0;
  for (const auto& theme : themes_) count += static_cast<int>(theme.entries.size());
  return count;
}

QModelIndex IndicatorCatalogueModel::index(int row, int column, const QModelIndex& parent) const {
  if (!hasIndex(row, column, parent)) return {};
  if (!parent.isValid()) return createIndex(row, column, quintptr{0});
  return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex IndicatorCatalogueModel::parent(const QModelIndex& child) const {
  if (!child.isValid() || child.internalId() == 0) return {};
  return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr{0});
}

int IndicatorCatalogueModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return static_cast<int>(themes_.size());
  if (parent.column() != 0 || parent.internalId() != 0) return 0;  // indicators have no children
  return static_cast<int>(themes_[static_cast<size_t>(parent.row())].entries.size());
}

int IndicatorCatalogueModel::columnCount(const QModelIndex&) const { return ColumnCount; }

Qt::ItemFlags IndicatorCatalogueModel::flags(const QModelIndex& index) const {
  if (!index.isValid()) return Qt::NoItemFlags;
  // A theme opens and closes; only an indicator is chosen.
  if (index.internalId() == 0) return Qt::ItemIsEnabled;
  return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant IndicatorCatalogueModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
  if (index.internalId() == 0) {
    const Theme& theme = themes_[static_cast<size_t>(index.row())];
    switch (role) {
      case Qt::DisplayRole: return index.column() == NameColumn ? theme.name : QString::number(theme.count);
      case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
      }
      case CountRole: return theme.count;
      case Qt::TextAlignmentRole:
        if (index.column() == CountColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
  }
  const Entry& entry = themes_[static_cast<size_t>(index.internalId() - 1)].entries[static_cast<size_t>(index.row())];
  const Indicator* indicator = IndicatorDictionary::builtIn().byKey(entry.key);
  switch (role) {
    case Qt::DisplayRole:
      if (index.column() == CountColumn) return QString::number(entry.count);
      return indicator ? QString::fromStdString(indicator->label) : QString::fromStdString(entry.key);
    case Qt::ToolTipRole:
      if (!indicator) return {};
      return tr("%1\n%2%3\nKey: %4")
          .arg(QString::fromStdString(indicator->label), unitTitle(indicator->unit),
               indicator->polarity == Polarity::Neutral ? QString()
                                                        : QStringLiteral("; ") + polarityNote(indicator->polarity),
               QString::fromStdString(entry.key));
    case Qt::TextAlignmentRole:
      if (index.column() == CountColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    case KeyRole: return QString::fromStdString(entry.key);
    case CountRole: return entry.count;
  }
  return {};
}

QVariant IndicatorCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  return section == NameColumn ? tr("Indicator") : tr("Figures");
}

}  // namespace sbw::models
