#pragma once
// Rows written straight into a store, for tests of repositories that need a document to hang
// their figures, meetings or actions on without importing a PDF.

#include <cstdint>
#include <string>
#include <vector>

#include "extract/meeting_details.h"
#include "extract/printed_action.h"
#include "extract/printed_figure.h"
#include "ingest/figure_resolver.h"

namespace sbw::store {
class Database;
}

namespace sbw::test {

// A figure as a table reader prints it: area, label, period and value as printed on `page`.
extract::PrintedFigure printedFigure(int page, const std::string& area, const std::string& label,
                                     const std::string& period, const std::string& value);

// A document named `fileName` with `pages` empty A4 pages; returns its id.
std::int64_t addBareDocument(store::Database& db, const std::string& fileName, int pages,
                             const std::string& importedAt = "2024-01-01T00:00:00Z");

struct StoredFigures {
  int stored = 0;      // observations written
  int unreadable = 0;  // figures whose value could not be read (a quality flag instead)
};

// Figures as a reader prints them, resolved and judged by the ingest layer and written the way the
// importer writes a reading (the document's meetings and actions are replaced by none).
StoredFigures storePrintedFigures(store::Database& db, std::int64_t documentId,
                                  const std::vector<extract::PrintedFigure>& figures,
                                  const ingest::ResolveContext& context = {});

// Actions as a reader prints them, with the meetings they belong to, written the way the importer
// writes a reading (the document's figures are replaced by none). Returns how many were stored.
int storePrintedActions(store::Database& db, std::int64_t documentId,
                        const std::vector<extract::PrintedAction>& actions,
                        const std::vector<extract::PrintedMeeting>& meetings = {});

}  // namespace sbw::test
