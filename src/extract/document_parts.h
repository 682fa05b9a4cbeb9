#pragma once
// The papers inside one PDF. An agenda pack holds the agenda, the minutes of the last meeting,
// trackers, reports (each behind its cover sheet: "Meeting:", "Date:", "Title:", "Report of:"),
// appendices and the work programme; an annual report may carry appendices. Each part has its
// own scope: a Westminster committee pack holds the tri-borough board's annual report, whose
// figures are the partnership's, for 2013-14, not Westminster's at the meeting's date.

#include <optional>
#include <string>
#include <vector>

#include "core/area.h"
#include "core/period.h"
#include "pdf/layout.h"

namespace sbw::extract {

struct DocumentPart {
  int firstPage = 1;
  double firstY = 0;  // where on its first page it starts (top of the cover or title)
  int lastPage = 1;
  std::string kind;            // "agenda", "minutes", "tracker", "report", "appendix", "work_programme"
  std::string title;           // as printed
  const Area* area = nullptr;  // what it reports on; nullptr: the document's scope
  std::string areaPrinted;
  std::string periodPrinted;  // the period it reports on, as printed; "" when none
  PeriodContext periods;
  std::optional<Date> dated;  // the date on its cover, when one is printed
};

struct PartOptions {
  size_t coverLines = 12;        // cover sheet cues are looked for among this many lines
  int minCues = 2;               // a cover sheet shows at least this many ("Date:", "Report of:", ...)
  size_t scopeLines = 40;        // a part's area and period are read from its first lines
  size_t coverLinesAbove = 4;    // lines over a title where its cover may print the date
  size_t runningTitlePages = 3;  // a heading printed on this many pages is a running title
};

struct PartPage {
  int number = 0;
  const pdf::PageLayout* layout = nullptr;
};

// Parts in reading order; the first starts on page 1. `title` is the document's title.
std::vector<DocumentPart> findParts(const std::vector<PartPage>& pages, const std::string& title,
                                    const PartOptions& options = {});

}  // namespace sbw::extract
