#include "app/indicator_choices.h"

#include <QComboBox>
#include <QObject>

#include "core/indicator_dictionary.h"
#include "store/observation_repository.h"

namespace sbw::app {

void fillIndicatorChoices(QComboBox& combo, store::Database& db) {
  const IndicatorDictionary& dictionary = IndicatorDictionary::builtIn();
  // Trusted outturns only: a figure unsure of its area, indicator or period, a target or a change
  // waits for review and is never drawn.
  for (const auto& [key, count] : store::ObservationRepository(db).indicatorCounts(true)) {
    const Indicator* indicator = dictionary.byKey(key);
    const QString label = indicator ? QString::fromStdString(indicator->label) : QString::fromStdString(key);
    combo.addItem(QObject::tr("%1 (%n figure(s))", nullptr, count).arg(label), QString::fromStdString(key));
  }
}

}  // namespace sbw::app
