// `sbw check --store STORE [--json]`: is the store sound, which schema version is it at, what does it hold.

#include <fmt/core.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <filesystem>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "store/database.h"
#include "store/store_check.h"

namespace sbw::cli {

int runCheck(const Args& args) {
  const Arguments parsed(args, {"--store"}, {"--json"});
  const std::string storePath = parsed.required("--store");
  if (!parsed.operands().empty()) throw UsageError("unexpected argument '" + parsed.operands().front() + "'");
  // Opened read-only without migrating: checking a store must not change it.
  store::Database db = [&] {
    try {
      return store::Database::openRawForReading(storePath);
    } catch (const std::exception& error) {
      throw std::runtime_error(storePath + ": " +
                               (std::string(error.what()) == "store not found"
                                    ? std::string(error.what())
                                    : "cannot open store: " + std::string(error.what())));
    }
  }();
  const store::StoreCheck check = store::checkStore(db);

  if (parsed.has("--json")) {
    QJsonObject counts;
    for (const auto& [table, rows] : check.counts) counts[QString::fromStdString(table)] = rows;
    QJsonArray problems;
    for (const auto& problem : check.integrityProblems) problems.append(QString::fromStdString(problem));
    const QJsonObject root{{"store", QString::fromStdString(storePath)},
                           {"ok", check.ok()},
                           {"schema_version", check.schemaVersion},
                           {"latest_schema_version", check.latestVersion},
                           {"integrity_problems", problems},
                           {"foreign_key_problems", check.foreignKeyProblems},
                           {"counts", counts},
                           {"suppressed_observations", check.suppressedObservations},
                           {"unmatched_indicators", check.unmatchedIndicators},
                           {"detached_corrections", check.detachedCorrections},
                           {"detached_reviews", check.detachedReviews}};
    fmt::print("{}", QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString());
    return check.ok() ? kExitOk : kExitError;
  }

  fmt::print("store: {}\n", storePath);
  if (check.schemaVersion < check.latestVersion) {
    fmt::print("schema version: {} (latest {}; opening it with import or search upgrades it)\n", check.schemaVersion,
               check.latestVersion);
  } else if (check.schemaVersion > check.latestVersion) {
    fmt::print("schema version: {} (newer than this program, which knows up to {})\n", check.schemaVersion,
               check.latestVersion);
  } else {
    fmt::print("schema version: {} (latest)\n", check.schemaVersion);
  }
  if (check.integrityProblems.empty()) {
    fmt::print("integrity: ok\n");
  } else {
    for (const auto& problem : check.integrityProblems) fmt::print("integrity: {}\n", problem);
  }
  fmt::print("foreign keys: {}\n",
             check.foreignKeyProblems == 0 ? std::string("ok") : fmt::format("{} problems", check.foreignKeyProblems));
  for (const auto& [table, rows] : check.counts) fmt::print("{:<24} {:>10}\n", table, rows);
  if (check.schemaVersion >= 2) {
    fmt::print("suppressed observations: {}\n", check.suppressedObservations);
    fmt::print("observations with an unmatched indicator: {}\n", check.unmatchedIndicators);
    fmt::print("corrections waiting for their figure or action: {}\n", check.detachedCorrections);
  }
  if (check.schemaVersion >= 6) fmt::print("reviews waiting for their figure: {}\n", check.detachedReviews);
  fmt::print("{}\n", check.ok() ? "ok" : "PROBLEMS FOUND");
  return check.ok() ? kExitOk : kExitError;
}

}  // namespace sbw::cli
