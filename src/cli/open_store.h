#pragma once

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

}  // namespace sbw::cli
