#include "report/indicator_figures.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "core/indicator_dictionary.h"
#include "core/name_matching.h"
#include "core/period.h"
#include "models/comparison_model.h"
#include "models/indicator_table_model.h"
#include "models/observation_table_model.h"
#include "store/observation_repository.h"

namespace sbw::report {
namespace {

const Indicator& indicatorOf(const QString& typed) {
  const std::string key = indicatorKeyOfTyping(typed.toStdString());  // throws naming the nearest
  return *IndicatorDictionary::builtIn().byKey(key);
}

std::string lower(const QString& text) { return text.trimmed().toLower().toStdString(); }

// The period a label names among those given: as printed, or by its dates ("2014/15" is "2014-15").
template <typename Candidate, typename LabelOf, typename DatesOf>
const Candidate& periodNamed(const QString& typed, const std::vector<Candidate>& candidates, LabelOf labelOf,
                             DatesOf datesOf, const Indicator& indicator) {
  for (const Candidate& candidate : candidates) {
    if (lower(labelOf(candidate)) == lower(typed)) return candidate;
  }
  if (const auto period = parsePeriod(typed.trimmed().toStdString()); period && period->dated()) {
    for (const Candidate& candidate : candidates) {
      if (datesOf(candidate) == std::pair{*period->start, *period->end}) return candidate;
    }
  }
  std::vector<std::string> labels;
  for (const Candidate& candidate : candidates) labels.push_back(labelOf(candidate).toStdString());
  if (labels.empty()) throw std::invalid_argument("no trusted figures of " + indicator.key + " to choose a period of");
  throw std::invalid_argument("no period \"" + typed.toStdString() + "\" among the figures of " + indicator.key +
                              ": the nearest are " + nearestOf(typed.toStdString(), labels));
}

}  // namespace

TrendFigures readTrendFigures(store::Database& db, const QString& typedIndicator) {
  TrendFigures out;
  out.indicator = &indicatorOf(typedIndicator);
  store::ObservationRepository repository(db);
  store::ObservationQuery query;
  query.indicatorKey = out.indicator->key;
  query.trustedOutturnsOnly = true;
  std::vector<store::Observation> all = repository.find(query);
  std::map<Unit, int> units;
  for (const auto& figure : all) ++units[figure.quantity.unit];
  out.unit = out.indicator->unit;
  if (!units.contains(out.unit) && !units.empty()) {
    out.unit = std::max_element(units.begin(), units.end(), [](const auto& a, const auto& b) {
                 return a.second < b.second;
               })->first;
  }
  for (auto& figure : all) {
    if (figure.quantity.unit == out.unit) out.figures.push_back(std::move(figure));
  }
  out.ranks = repository.documentRanks();
  return out;
}

void fillTable(models::IndicatorTableModel& table, const TrendFigures& figures, const QString& from,
               const QString& to) {
  const std::optional<int> precision =
      figures.unit == figures.indicator->unit ? std::optional<int>(figures.indicator->precision) : std::nullopt;
  table.setScope(QString::fromStdString(figures.indicator->key) + QLatin1Char('|') +
                 QString::fromLatin1(unitName(figures.unit)));
  table.setDocumentRanks(figures.ranks);
  table.setObservations(figures.figures, precision);
  if (from.isEmpty() && to.isEmpty()) return;
  std::vector<int> columns;
  for (int c = 0; c < table.columnCount(); ++c) columns.push_back(c);
  const auto labelOf = [&](int c) { return table.periodColumn(c)->label; };
  const auto datesOf = [&](int c) { return std::pair{table.periodColumn(c)->start, table.periodColumn(c)->end}; };
  const Date start = from.isEmpty()
                         ? Date{1, 1, 1}
                         : table.periodColumn(periodNamed(from, columns, labelOf, datesOf, *figures.indicator))->start;
  const Date end = to.isEmpty()
                       ? Date{9999, 12, 31}
                       : table.periodColumn(periodNamed(to, columns, labelOf, datesOf, *figures.indicator))->end;
  if (end < start) {
    throw std::invalid_argument("the period \"" + to.toStdString() + "\" ends before \"" + from.toStdString() +
                                "\" starts");
  }
  std::vector<store::Observation> kept;
  for (const auto& figure : figures.figures) {
    if (figure.periodStart && figure.periodEnd && start <= *figure.periodStart && *figure.periodEnd <= end) {
      kept.push_back(figure);
    }
  }
  table.setObservations(std::move(kept), precision);
}

QSet<QString> chosenAreas(const models::IndicatorTableModel& table, const QStringList& typed) {
  QSet<QString> out;
  std::vector<std::string> names;
  for (int row = 0; row < table.rowCount(); ++row) {
    names.push_back(table.areaAt(row).toStdString());
    if (table.comparatorAt(row) != Comparator::Local) out.insert(table.areaAt(row));
  }
  if (typed.isEmpty()) {
    for (const QString& area : table.busiestLocalAreas(6)) out.insert(area);
    return out;
  }
  for (const QString& wanted : typed) {
    QString found;
    // As the table names it, else by the registry's names, codes and aliases ("WCC", "E09000033").
    for (int row = 0; row < table.rowCount() && found.isEmpty(); ++row) {
      if (lower(table.areaAt(row)) == lower(wanted)) found = table.areaAt(row);
    }
    if (found.isEmpty()) {
      try {
        const QString canonical = QString::fromStdString(areaOfTyping(wanted.toStdString()).name);
        for (int row = 0; row < table.rowCount() && found.isEmpty(); ++row) {
          if (table.areaAt(row) == canonical) found = canonical;
        }
      } catch (const std::invalid_argument&) {
        // not a known area: named with the nearest below
      }
    }
    if (found.isEmpty()) {
      throw std::invalid_argument("no figures for the area \"" + wanted.toStdString() + "\": the nearest areas with " +
                                  "figures are " + nearestOf(wanted.toStdString(), names));
    }
    out.insert(found);
  }
  return out;
}

std::vector<const store::Observation*> drawnFigures(const models::IndicatorTableModel& table,
                                                    const QSet<QString>& areas) {
  std::vector<const store::Observation*> out;
  for (int row = 0; row < table.rowCount(); ++row) {
    if (!areas.contains(table.areaAt(row))) continue;
    for (int column = 0; column < table.columnCount(); ++column) {
      if (const auto* figure = table.observationAt(row, column)) out.push_back(figure);
    }
  }
  return out;
}

QString valueAxisTitle(const Indicator& indicator, Unit unit) {
  QString title = models::unitTitle(unit);
  const QString polarity = models::polarityNote(indicator.polarity);
  if (!polarity.isEmpty()) title += QStringLiteral(" (%1)").arg(polarity);
  return title;
}

ComparisonFigures readComparison(store::Database& db, const QString& typedIndicator) {
  ComparisonFigures out;
  out.indicator = &indicatorOf(typedIndicator);
  out.figures = store::ObservationRepository(db).forIndicator(out.indicator->key, true, true);
  out.rates = store::RateCalculator(db).ratesPer10k(out.indicator->key);
  return out;
}

QString fillComparison(models::ComparisonModel& model, const ComparisonFigures& figures, const QString& typedPeriod) {
  const auto periods = models::periodsOf(figures.figures);
  if (periods.empty()) {
    throw std::invalid_argument("no trusted figures of " + figures.indicator->key + " to compare");
  }
  const auto labelOf = [](const models::PeriodChoice& p) { return QString::fromStdString(p.label); };
  const auto datesOf = [](const models::PeriodChoice& p) { return std::pair{p.start, p.end}; };
  const models::PeriodChoice& period =
      typedPeriod.isEmpty() ? periods.front() : periodNamed(typedPeriod, periods, labelOf, datesOf, *figures.indicator);
  model.setFigures(figures.figures, period.start, period.end, figures.rates);
  return QString::fromStdString(period.label);
}

}  // namespace sbw::report
