#pragma once
// One indicator across areas and periods, as a board paper lays it out: areas down, periods
// across. Each cell keeps the observation it shows, so a reader can open the page it came from,
// and every other document's figure for the same area and period: where they disagree the cell is
// marked as a conflict and the reader can choose which to show.

#include <QAbstractTableModel>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

#include "store/observation.h"
#include "store/observation_repository.h"

namespace sbw::models {

class IndicatorTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Role {
    ValueRole = Qt::UserRole + 1,
    DocumentIdRole,
    PageRole,
    BoxRole,
    DocumentRole,
    SourceCountRole,  // how many figures the store has for the cell
    ConflictRole,     // true when they do not all agree
    CellKeyRole,      // the cell's key for setPreferredSources
  };

  explicit IndicatorTableModel(QObject* parent = nullptr);

  // Figures without a dated period or a value are left out: they have no place on the grid.
  // Where several figures are given for the same area and period, a preferred source (below)
  // wins; otherwise a trusted figure before one waiting for review, then the later report's, as
  // ObservationRepository::shownBefore ranks them with the ranks given by setDocumentRanks (so every
  // view shows the same figure; without ranks, the later document). Values are shown with
  // `precision` decimal places when given (the indicator's), else as printed.
  void setObservations(std::vector<store::Observation> observations, std::optional<int> precision = {});
  // The same without a copy: the model keeps `observations` while it shows them.
  void setObservations(std::shared_ptr<const std::vector<store::Observation>> observations,
                       std::optional<int> precision = {});

  // The reader's choices among conflicting figures: cell key -> source key. Kept across
  // setObservations, so a choice stays made when the indicator is shown again. A cell's key
  // begins with the scope (the indicator and unit shown), so choices for one indicator never
  // touch another's.
  void setScope(const QString& scope) { scope_ = scope; }
  void setPreferredSources(QHash<QString, QString> preferred) { preferred_ = std::move(preferred); }
  // The store's document ranks (ObservationRepository::documentRanks), kept across setObservations.
  void setDocumentRanks(store::DocumentRanks ranks) { ranks_ = std::move(ranks); }
  const QHash<QString, QString>& preferredSources() const { return preferred_; }
  // A figure's source key: its document, page and subject on the page (stable across re-imports).
  static QString sourceKey(const store::Observation& observation);
  // Shows the cell's `candidate`-th figure (in candidatesAt order); false when there is none.
  bool chooseCandidate(int row, int column, int candidate);
  // Every figure given for the cell, the one shown first.
  std::vector<const store::Observation*> candidatesAt(int row, int column) const;
  bool hasConflict(int row, int column) const;
  int conflictCount() const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // A column's period: as printed (the first label met), its kind and dates.
  struct PeriodColumn {
    QString label;
    std::optional<PeriodKind> kind;
    Date start;
    Date end;
  };

  QString areaAt(int row) const;
  // The local areas with the most figures, most first (ties by name): what a chart draws unasked.
  QStringList busiestLocalAreas(int count) const;
  // Whether the row is the local area or a comparator (England, London, neighbours...).
  Comparator comparatorAt(int row) const;
  QString periodAt(int column) const;
  const PeriodColumn* periodColumn(int column) const;
  const store::Observation* observationAt(int row, int column) const;

 Q_SIGNALS:
  // The reader chose which figure a cell shows (preferredSources() has it).
  void sourceChosen(const QString& cellKey, const QString& sourceKey);

 private:
  struct Cell {
    std::vector<const store::Observation*> candidates;  // into observations_
    size_t shown = 0;
    bool conflict = false;
    const store::Observation& observation() const { return *candidates[shown]; }
  };
  const Cell* cellAt(int row, int column) const;
  QString cellKey(int row, int column) const;
  void chooseDefaults();
  std::shared_ptr<const std::vector<store::Observation>> observations_;  // the figures the cells point into
  std::optional<int> precision_;
  QHash<QString, QString> preferred_;
  store::DocumentRanks ranks_;
  QString scope_;
  std::vector<QString> areas_;
  std::vector<Comparator> comparators_;
  std::vector<PeriodColumn> periods_;
  std::vector<std::vector<std::optional<Cell>>> cells_;  // [row][column]
};

}  // namespace sbw::models
