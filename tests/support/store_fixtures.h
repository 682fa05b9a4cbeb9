#pragma once
// Rows written straight into a store, for tests of repositories that need a document to hang
// their figures, meetings or actions on without importing a PDF.

#include <cstdint>
#include <string>

namespace sbw::store {
class Database;
}

namespace sbw::test {

// A document named `fileName` with `pages` empty A4 pages; returns its id.
std::int64_t addBareDocument(store::Database& db, const std::string& fileName, int pages,
                             const std::string& importedAt = "2024-01-01T00:00:00Z");

}  // namespace sbw::test
