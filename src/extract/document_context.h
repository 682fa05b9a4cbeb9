#pragma once
// What a document is about: the area it reports on and the year it covers. Figures that name no
// area or period belong to these ("In the year there were 1,954 referrals" in H&F's report).

#include <string>
#include <vector>

#include "core/area.h"
#include "core/period.h"

namespace sbw::extract {

struct DocumentContext {
  const Area* area = nullptr;  // the authority or partnership the document is about; may be null
  std::string areaPrinted;     // the area as the document names it
  std::string periodPrinted;   // the period the document covers, as printed; may be empty
  PeriodContext periods;       // for periods printed without their year
};

// Reads the title and the first pages' text (one string per page). Mentions in the title count
// most; among pages, the area named most often wins.
DocumentContext documentContext(const std::string& title, const std::vector<std::string>& firstPages);

}  // namespace sbw::extract
