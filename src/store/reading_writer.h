#pragma once
// Writing what the ingest layer read of a document into the store's own types and tables: its
// figures as observations (with their quality flags), its meetings and actions, its parts. Runs
// inside the caller's transaction; replaces whatever the document had before, so reading a
// document again (`sbw reextract`) and importing it are the same write. Corrections live apart,
// keyed by natural keys, and so survive.

#include <cstdint>

#include "ingest/document_reading.h"

namespace sbw::store {

class Database;

struct WriteSummary {
  int figures = 0;
  int trusted = 0;
  int actions = 0;
};

WriteSummary writeReading(Database& db, std::int64_t documentId, const ingest::DocumentReading& reading);

}  // namespace sbw::store
