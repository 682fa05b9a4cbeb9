#pragma once
// One indicator's figures as a chart or table shows them, chosen by what a reader typed: the
// indicator by key or short label, areas by name, code or alias, periods as printed ("2014-15").
// Anything not found throws std::invalid_argument naming the nearest that the store holds.
// Shared by the pack builder and `sbw chart` / `sbw export`, so both draw what the explorer draws:
// trusted outturns, in the indicator's own unit, the store's ranking of conflicting documents.

#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <string>
#include <vector>

#include "core/indicator.h"
#include "store/observation.h"
#include "store/observation_repository.h"
#include "store/rates.h"

namespace sbw::store {
class Database;
}
namespace sbw::models {
class IndicatorTableModel;
class ComparisonModel;
}  // namespace sbw::models

namespace sbw::report {

struct TrendFigures {
  const Indicator* indicator = nullptr;
  Unit unit = Unit::Count;
  std::vector<store::Observation> figures;  // in `unit`
  store::DocumentRanks ranks;
};

// The indicator's trusted outturns in its own unit (else the unit most of them have).
TrendFigures readTrendFigures(store::Database& db, const QString& typedIndicator);

// Fills `table` with the figures whose periods lie from `from` to `to` (labels as typed; "" leaves
// that end open).
void fillTable(models::IndicatorTableModel& table, const TrendFigures& figures, const QString& from = {},
               const QString& to = {});

// The table's areas named in `typed`, as the table names them, with every comparator; none typed:
// the six local areas with most figures, with every comparator.
QSet<QString> chosenAreas(const models::IndicatorTableModel& table, const QStringList& typed);

// The figures a trend chart of `areas` draws, for its source line.
std::vector<const store::Observation*> drawnFigures(const models::IndicatorTableModel& table,
                                                    const QSet<QString>& areas);

// "Number of children (higher is not better)", as the explorer titles the value axis.
QString valueAxisTitle(const Indicator& indicator, Unit unit);

struct ComparisonFigures {
  const Indicator* indicator = nullptr;
  std::vector<store::Observation> figures;  // the latest document's, trusted outturns
  std::vector<store::ComputedRate> rates;
};

ComparisonFigures readComparison(store::Database& db, const QString& typedIndicator);

// Fills `model` with one period of the figures (the latest when `typedPeriod` is ""); returns the
// period's label.
QString fillComparison(models::ComparisonModel& model, const ComparisonFigures& figures, const QString& typedPeriod);

}  // namespace sbw::report
