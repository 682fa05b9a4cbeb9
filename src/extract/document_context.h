#pragma once
// What a document is about: the area it reports on and the year it covers. Figures that name no
// area or period belong to these ("In the year there were 1,954 referrals" in H&F's report).

#include <string>
#include <vector>

#include "core/area.h"
#include "core/period.h"
#include "extract/document_parts.h"

namespace sbw::extract {

// What a figure that names no area or period belongs to at one place in a document.
struct Scope {
  const Area* area = nullptr;
  std::string areaPrinted;
  std::string periodPrinted;
  PeriodContext periods;
  std::optional<Date> dated;                // the date the paper it stands in is dated on, when printed
  std::optional<Period> reporting() const;  // periodPrinted, read
};

struct DocumentContext {
  const Area* area = nullptr;       // the authority or partnership the document is about; may be null
  std::string areaPrinted;          // the area as the document names it
  std::string periodPrinted;        // the period the document covers, as printed; may be empty
  PeriodContext periods;            // for periods printed without their year
  std::vector<DocumentPart> parts;  // the papers it holds, in reading order

  // The scope at a place: the part's area and period where the part names them, else the document's.
  Scope scopeAt(int page, double y) const;
  const DocumentPart* partAt(int page, double y) const;
};

// Reads the title and the first pages' text (one string per page). Mentions in the title count
// most; among pages, the area named most often wins.
DocumentContext documentContext(const std::string& title, const std::vector<std::string>& firstPages);

}  // namespace sbw::extract
