#pragma once
// Versioned schema: PRAGMA user_version says which migrations a store has had.
// Migrations run in one write transaction that re-reads the version under the lock, so a store is
// never left half-migrated and two programs upgrading it at once both succeed.

#include <string_view>
#include <vector>

namespace sbw::store {

class Database;

struct Migration {
  int version;           // user_version after this migration
  std::string_view sql;  // statements run in one transaction
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Brings the store to the latest version; throws StoreError when the store is newer than
// this program or a migration fails (the store then stays at its last good version).
void migrate(Database& db);
// Brings the store to exactly `version` (tests of migrations from older versions use this).
void migrateTo(Database& db, int version);

}  // namespace sbw::store
