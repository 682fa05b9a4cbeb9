#include "store/store_check.h"

#include "store/correction_repository.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/review_repository.h"

namespace sbw::store {
namespace {

bool hasTable(Database& db, const std::string& name) {
  Statement stmt = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  stmt.bind(1, name);
  return stmt.step();
}

int countOf(Database& db, const std::string& sql) {
  Statement stmt = db.prepare(sql);
  stmt.step();
  return stmt.integer(0);
}

}  // namespace

StoreCheck checkStore(Database& db) {
  StoreCheck check;
  check.schemaVersion = db.userVersion();
  check.latestVersion = latestSchemaVersion();
  Statement integrity = db.prepare("PRAGMA integrity_check");
  while (integrity.step()) {
    const std::string line = integrity.text(0);
    if (line != "ok") check.integrityProblems.push_back(line);
  }
  Statement foreignKeys = db.prepare("PRAGMA foreign_key_check");
  while (foreignKeys.step()) ++check.foreignKeyProblems;

  static const char* const kTables[] = {
      "documents",          "pages",          "words",          "observations",  "meetings",
      "agenda_items",       "actions",        "action_updates", "quality_flags", "observation_corrections",
      "action_corrections", "figure_reviews", "audit_log"};
  for (const char* table : kTables) {
    if (hasTable(db, table))
      check.counts.emplace_back(table, countOf(db, std::string("SELECT count(*) FROM ") + table));
  }
  if (hasTable(db, "observations")) {
    check.suppressedObservations = countOf(db, "SELECT count(*) FROM observations WHERE suppression IS NOT NULL");
    check.unmatchedIndicators = countOf(db, "SELECT count(*) FROM observations WHERE indicator_key IS NULL");
  }
  if (hasTable(db, "observation_corrections")) check.detachedCorrections = CorrectionRepository(db).detachedCount();
  if (hasTable(db, "figure_reviews")) check.detachedReviews = ReviewRepository(db).detachedCount();
  return check;
}

}  // namespace sbw::store
