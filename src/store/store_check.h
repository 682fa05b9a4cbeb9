#pragma once
// What `sbw check` reports about a store: schema version, SQLite's integrity and foreign key checks,
// and how much of each kind of record it holds. Reads only; an old store is reported, not migrated.

#include <string>
#include <utility>
#include <vector>

namespace sbw::store {

class Database;

struct StoreCheck {
  int schemaVersion = 0;
  int latestVersion = 0;
  std::vector<std::string> integrityProblems;  // empty when PRAGMA integrity_check says "ok"
  int foreignKeyProblems = 0;
  std::vector<std::pair<std::string, int>> counts;  // (table, rows) for the tables this version has
  int suppressedObservations = 0;
  int unmatchedIndicators = 0;  // observations whose label matched no dictionary entry
  int detachedCorrections = 0;
  int detachedReviews = 0;  // reviewers' decisions waiting for their figure, like corrections

  bool ok() const { return integrityProblems.empty() && foreignKeyProblems == 0 && schemaVersion <= latestVersion; }
};

StoreCheck checkStore(Database& db);

}  // namespace sbw::store
