#pragma once
// Reading and writing observations. Writes happen inside the caller's transaction (the importer's),
// so a document and its figures are replaced together or not at all.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/observation.h"
#include "store/observation_resolver.h"

namespace sbw::store {

class Database;

struct ObservationQuery {
  std::optional<std::string> indicatorKey;  // one indicator, all areas and periods
  std::optional<std::string> area;          // one area (canonical name), all indicators
  std::optional<std::int64_t> documentId;   // one document
  // Where documents disagree on the same area, indicator, period and role, keep only the figure from
  // the latest document: the one reporting the most recent period, then the last imported.
  bool latestDocumentOnly = false;
};

struct FigureSummary {
  int stored = 0;      // observations written
  int unreadable = 0;  // figures whose value could not be read (flagged, not stored)
  int unmatched = 0;   // stored, but with an area, label or period kept only as printed (flagged)
};

class ObservationRepository {
 public:
  explicit ObservationRepository(Database& db) : db_(db) {}

  // Deletes the document's observations and inserts `observations` (their documentId is ignored).
  // Returns how many were stored. Throws StoreError on a constraint violation (e.g. a page the
  // document does not have).
  int replaceForDocument(std::int64_t documentId, const std::vector<Observation>& observations);
  // For extractors: resolves figures as printed, stores them, and records a quality flag for each
  // figure that could not be read or matched.
  FigureSummary replaceFigures(std::int64_t documentId, const std::vector<PrintedFigure>& figures,
                               const ResolveContext& context = {});

  std::vector<Observation> find(const ObservationQuery& query) const;
  std::vector<Observation> forIndicator(const std::string& indicatorKey, bool latestDocumentOnly = false) const;
  std::vector<Observation> forArea(const std::string& area, bool latestDocumentOnly = false) const;
  std::vector<Observation> forDocument(std::int64_t documentId) const;
  std::optional<Observation> byId(std::int64_t id) const;
  int count() const;
  // The dictionary indicators that have figures, with how many, most figures first.
  std::vector<std::pair<std::string, int>> indicatorCounts() const;

  // SQLite's plan for the statement find() runs, one line per step ("SEARCH o USING INDEX ...").
  std::vector<std::string> queryPlan(const ObservationQuery& query) const;

 private:
  Database& db_;
};

}  // namespace sbw::store
