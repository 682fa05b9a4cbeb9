#include "models/search_hit_model.h"

namespace sbw::models {

SearchHitModel::SearchHitModel(QObject* parent) : QAbstractListModel(parent) {}

void SearchHitModel::setHits(std::vector<store::SearchHit> hits) {
  beginResetModel();
  hits_ = std::move(hits);
  endResetModel();
}

const store::SearchHit* SearchHitModel::hitAt(int row) const {
  if (row < 0 || row >= static_cast<int>(hits_.size())) return nullptr;
  return &hits_[static_cast<size_t>(row)];
}

int SearchHitModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(hits_.size());
}

QVariant SearchHitModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const store::SearchHit& hit = hits_[static_cast<size_t>(index.row())];
  const QString page = hit.label.empty() || hit.label == std::to_string(hit.page)
                           ? QString::number(hit.page)
                           : QStringLiteral("%1 (%2)").arg(hit.page).arg(QString::fromStdString(hit.label));
  switch (role) {
    case Qt::DisplayRole:
      return tr("%1, page %2: %3").arg(QString::fromStdString(hit.fileName), page, QString::fromStdString(hit.snippet));
    case Qt::ToolTipRole: return QString::fromStdString(hit.title);
    case DocumentIdRole: return QVariant::fromValue<qint64>(hit.documentId);
    case PageRole: return hit.page;
    case SnippetRole: return QString::fromStdString(hit.snippet);
    case FileNameRole: return QString::fromStdString(hit.fileName);
  }
  return {};
}

}  // namespace sbw::models
