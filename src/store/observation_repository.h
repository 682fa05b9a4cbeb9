#pragma once
// Reading and writing observations. Writes happen inside the caller's transaction (the importer's),
// so a document and its figures are replaced together or not at all.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/observation.h"

namespace sbw::store {

class Database;

struct ObservationQuery {
  std::optional<std::string> indicatorKey;  // one indicator, all areas and periods
  std::optional<std::string> area;          // one area (canonical name), all indicators
  std::optional<std::int64_t> documentId;   // one document
  // Where documents disagree on the same area, indicator, period and role, keep only the figure from
  // the latest document: the one reporting the most recent period, then the last imported.
  bool latestDocumentOnly = false;
  // Trend views and comparisons: trusted outturns only. Figures for review and targets or changes
  // are left out.
  bool trustedOutturnsOnly = false;
  // Pivots and charts: the labels as printed (area and indicator), the value's printed text, the
  // snippet, the note and the reasons of corrections and reviews are left empty. Needs an indicator
  // or an area.
  bool withoutText = false;
  // The caller orders the figures itself (a pivot places each by area and period): not sorted.
  bool anyOrder = false;
  // One of `parts` interleaved parts of the figures (by id), so that parts read on several
  // connections at once make up the whole. 1: all of them.
  int parts = 1;
  int part = 0;
};

// Where documents give different figures for the same area, indicator, period and role, the one
// shown is the later report's: the document reporting the most recent period (its latest period's
// end), then the last imported, then the later document, then the earlier page.
struct DocumentRank {
  std::string reported;  // ISO date of the latest period the document gives a figure for; "" for none
  std::string imported;  // when it was imported
};
using DocumentRanks = std::map<std::int64_t, DocumentRank>;  // document id -> its rank

class ObservationRepository {
 public:
  explicit ObservationRepository(Database& db) : db_(db) {}

  // Deletes the document's observations and inserts `observations` (their documentId is ignored).
  // Returns the new ids in the same order. Throws StoreError on a constraint violation (e.g. a page
  // the document does not have).
  std::vector<std::int64_t> replaceForDocument(std::int64_t documentId, const std::vector<Observation>& observations);

  // Figures as reviewed: where a reviewer accepted, corrected or rejected one (ReviewRepository), its
  // area, indicator, period and trust are the reviewed ones, and the filters and order use those.
  std::vector<Observation> find(const ObservationQuery& query) const;
  // Every document's rank (one pass over the figures), for views that choose among conflicting
  // figures themselves the way latestDocumentOnly does.
  DocumentRanks documentRanks() const;
  // Whether `a` is shown rather than `b` (both for the same area, indicator, period and role).
  static bool shownBefore(const Observation& a, const Observation& b, const DocumentRanks& ranks);
  std::vector<Observation> forIndicator(const std::string& indicatorKey, bool latestDocumentOnly = false,
                                        bool trustedOutturnsOnly = false) const;
  std::vector<Observation> forArea(const std::string& area, bool latestDocumentOnly = false) const;
  std::vector<Observation> forDocument(std::int64_t documentId) const;
  std::optional<Observation> byId(std::int64_t id) const;
  int count() const;
  // The dictionary indicators that have figures, with how many, most figures first; with
  // `trustedOutturnsOnly`, only the figures a trend would draw.
  std::vector<std::pair<std::string, int>> indicatorCounts(bool trustedOutturnsOnly = false) const;
  // The same, trusted figures only and/or outturns only (without trust, rejected figures are left out).
  std::vector<std::pair<std::string, int>> indicatorCounts(bool trustedOnly, bool outturnsOnly) const;
  // SQLite's plan for the count above, one line per step.
  std::vector<std::string> indicatorCountsPlan(bool trustedOnly, bool outturnsOnly) const;

  // SQLite's plan for the statement find() runs, one line per step ("SEARCH o USING INDEX ...").
  std::vector<std::string> queryPlan(const ObservationQuery& query) const;

 private:
  static std::string indicatorCountsSql(bool trustedOnly, bool outturnsOnly);
  size_t expectedCount(const ObservationQuery& query) const;
  Database& db_;
};

}  // namespace sbw::store
