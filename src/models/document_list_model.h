#pragma once
// The documents in the store, one row each: what the user picks a page to read from.

#include <QAbstractTableModel>
#include <vector>

#include "store/document_repository.h"

namespace sbw::models {

class DocumentListModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { FileColumn, TitleColumn, PagesColumn, ImportedColumn, ColumnCount };
  enum Role { DocumentIdRole = Qt::UserRole + 1, PathRole, PageCountRole };

  explicit DocumentListModel(QObject* parent = nullptr);

  void setDocuments(std::vector<store::DocumentRecord> documents);
  const store::DocumentRecord* documentAt(int row) const;
  int rowOf(std::int64_t documentId) const;  // -1 when absent

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<store::DocumentRecord> documents_;
};

}  // namespace sbw::models
