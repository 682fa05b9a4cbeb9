#pragma once
// Full-text search hits, one row per matching page, best first.

#include <QAbstractListModel>
#include <vector>

#include "store/document_repository.h"

namespace sbw::models {

class SearchHitModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role { DocumentIdRole = Qt::UserRole + 1, PageRole, SnippetRole, FileNameRole };

  explicit SearchHitModel(QObject* parent = nullptr);

  void setHits(std::vector<store::SearchHit> hits);
  const store::SearchHit* hitAt(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

 private:
  std::vector<store::SearchHit> hits_;
};

}  // namespace sbw::models
