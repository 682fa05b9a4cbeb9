#pragma once
// The indicators the store has figures for, grouped by theme (resources/indicator_themes.tsv):
// themes at the top level with how many figures they hold, their indicators beneath. Two
// columns: the name and the number of figures.

#include <QAbstractItemModel>
#include <QString>
#include <map>
#include <string>
#include <vector>

namespace sbw::models {

class IndicatorCatalogueModel : public QAbstractItemModel {
  Q_OBJECT
 public:
  enum Column { NameColumn, CountColumn, ColumnCount };
  enum Role { KeyRole = Qt::UserRole + 1, CountRole };

  explicit IndicatorCatalogueModel(QObject* parent = nullptr);

  // Figures per dictionary key; keys the dictionary does not have are left out, as are themes
  // without figures.
  void setCounts(const std::map<std::string, int>& counts);
  // The index of an indicator's row (column 0); invalid when it is not listed.
  QModelIndex indexOfKey(const QString& key) const;
  int indicatorCount() const;

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;

 private:
  struct Entry {
    std::string key;
    int count = 0;
  };
  struct Theme {
    QString name;
    int count = 0;
    std::vector<Entry> entries;
  };
  // A theme's row has internal id 0; an indicator's, its theme's row + 1.
  std::vector<Theme> themes_;
};

}  // namespace sbw::models
