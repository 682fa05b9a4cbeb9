#pragma once

#include <fmt/core.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "store/database.h"
#include "store/store_path.h"

namespace sbw::cli {

// Opens (creating and migrating) the store named on the command line for writing; a refusal
// becomes "STORE: reason".
inline store::Database openStore(const std::string& path) {
  try {
    return store::Database::open(path);
  } catch (const std::exception& error) {
    throw std::runtime_error(path + ": cannot open store: " + error.what());
  }
}

// Opens a store that must already exist, for writing: commands that change a store never create
// an empty one by mistake.
// A path that cannot be a store, or names none: "STORE: cannot open store: reason" / "STORE: store not found".
inline void requireExistingStore(const std::string& path) {
  try {
    store::checkStorePath(path);
  } catch (const std::exception& error) {
    throw std::runtime_error(path + ": cannot open store: " + error.what());
  }
  if (!std::filesystem::exists(path)) throw std::runtime_error(path + ": store not found");
}

inline store::Database openExistingStore(const std::string& path) {
  requireExistingStore(path);
  return openStore(path);
}

// Opens an existing store for a command that only reads it: read-only, with a note saying so,
// when this user cannot write it.
inline store::Database openStoreForReading(const std::string& path) {
  requireExistingStore(path);
  try {
    store::Database db = store::Database::openForReading(path);
    if (db.readOnly()) fmt::print(stderr, "note: {}: store is read-only; opened for reading only\n", path);
    return db;
  } catch (const std::exception& error) {
    throw std::runtime_error(path + ": cannot open store: " + error.what());
  }
}

}  // namespace sbw::cli
