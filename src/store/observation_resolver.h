#pragma once
// Turns a figure as printed into an observation: the area through the area registry, the label
// through the indicator dictionary, the period and the value through their parsers.

#include <optional>
#include <string>

#include "core/area_registry.h"
#include "core/indicator_dictionary.h"
#include "core/period.h"
#include "store/observation.h"

namespace sbw::store {

struct ResolveContext {
  PeriodContext periods;    // for "Q1" printed without its year
  std::string defaultArea;  // the area a document is about, for figures that name none ("Havering")
};

struct Resolution {
  std::optional<Observation> observation;  // empty when the value could not be read
  std::string problem;                     // why not, or what could not be matched (for a quality flag)
};

class ObservationResolver {
 public:
  explicit ObservationResolver(const AreaRegistry& areas = AreaRegistry::builtIn(),
                               const IndicatorDictionary& indicators = IndicatorDictionary::builtIn())
      : areas_(areas), indicators_(indicators) {}

  // The observation for `figure` in document `documentId`. An unmatched area, label or period is kept
  // as printed (and named in `problem`); only an unreadable value makes it fail.
  Resolution resolve(std::int64_t documentId, const PrintedFigure& figure, const ResolveContext& context = {}) const;

 private:
  const AreaRegistry& areas_;
  const IndicatorDictionary& indicators_;
};

}  // namespace sbw::store
