#include "models/document_list_model.h"

#include <QDateTime>
#include <QLocale>

namespace sbw::models {

DocumentListModel::DocumentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void DocumentListModel::setDocuments(std::vector<store::DocumentRecord> documents) {
  beginResetModel();
  documents_ = std::move(documents);
  endResetModel();
}

const store::DocumentRecord* DocumentListModel::documentAt(int row) const {
  if (row < 0 || row >= static_cast<int>(documents_.size())) return nullptr;
  return &documents_[static_cast<size_t>(row)];
}

int DocumentListModel::rowOf(std::int64_t documentId) const {
  for (size_t i = 0; i < documents_.size(); ++i) {
    if (documents_[i].id == documentId) return static_cast<int>(i);
  }
  return -1;
}

int DocumentListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(documents_.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DocumentListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const store::DocumentRecord& document = documents_[static_cast<size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case FileColumn: return QString::fromStdString(document.fileName);
        case TitleColumn: return QString::fromStdString(document.title);
        case PagesColumn: return document.pageCount;
        case ImportedColumn: {
          const QDateTime when = QDateTime::fromString(QString::fromStdString(document.importedAt), Qt::ISODate);
          return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
        }
      }
      break;
    case Qt::ToolTipRole: return QString::fromStdString(document.path);
    case Qt::TextAlignmentRole:
      if (index.column() == PagesColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      break;
    case DocumentIdRole: return QVariant::fromValue<qint64>(document.id);
    case PathRole: return QString::fromStdString(document.path);
    case PageCountRole: return document.pageCount;
  }
  return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case FileColumn: return tr("File");
    case TitleColumn: return tr("Title");
    case PagesColumn: return tr("Pages");
    case ImportedColumn: return tr("Imported");
  }
  return {};
}

}  // namespace sbw::models
