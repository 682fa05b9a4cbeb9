#pragma once
// A figure as printed to a figure in the store's terms: the area through the area registry, the
// measure through the indicator dictionary, the period and the value through their parsers.

#include <optional>
#include <string>

#include "core/area_registry.h"
#include "core/indicator_dictionary.h"
#include "core/period.h"
#include "extract/printed_figure.h"
#include "ingest/document_reading.h"

namespace sbw::ingest {

struct ResolveContext {
  PeriodContext periods;        // for periods printed without their year ("Q1")
  const Area* scope = nullptr;  // the area the document is about, for figures that name none
};

struct Resolution {
  std::optional<Figure> figure;  // empty when the value could not be read
  std::string problem;           // why not, or what could not be matched
};

class FigureResolver {
 public:
  explicit FigureResolver(const AreaRegistry& areas = AreaRegistry::builtIn(),
                          const IndicatorDictionary& indicators = IndicatorDictionary::builtIn())
      : areas_(areas), indicators_(indicators) {}

  Resolution resolve(const extract::PrintedFigure& printed, const ResolveContext& context = {}) const;

 private:
  const AreaRegistry& areas_;
  const IndicatorDictionary& indicators_;
};

}  // namespace sbw::ingest
