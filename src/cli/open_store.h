#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "store/database.h"

namespace sbw::cli {

// Opens (and migrates) the store named on the command line; a refusal becomes "STORE: reason".
inline store::Database openStore(const std::string& path) {
  try {
    return store::Database::open(path);
  } catch (const std::exception& error) {
    throw std::runtime_error(path + ": cannot open store: " + error.what());
  }
}

// Opens a store that must already exist: reading commands never create an empty one by mistake.
inline store::Database openExistingStore(const std::string& path) {
  if (!std::filesystem::exists(path)) throw std::runtime_error(path + ": store not found");
  return openStore(path);
}

}  // namespace sbw::cli
