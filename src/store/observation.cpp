#include "store/observation.h"

#include "core/area.h"
#include "core/indicator_dictionary.h"
#include "core/text.h"

namespace sbw::store {

std::string observationSubjectKey(const Observation& o) {
  // Printed forms, not dictionary keys: a later dictionary must not detach a user's correction.
  const std::string area = o.areaKey.empty() ? areaNameKey(o.areaLabel.empty() ? o.area : o.areaLabel) : o.areaKey;
  return area + "|" + join(labelWords(o.indicatorLabel), " ") + "|" + lowered(simplified(o.periodLabel)) + "|" +
         comparatorName(o.comparator);
}

}  // namespace sbw::store
