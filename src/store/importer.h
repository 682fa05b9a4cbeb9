#pragma once
// Importing PDFs into the store. Each file is read completely (ingest::readDocument) before anything
// is written, then written in one transaction: a file that fails leaves the store exactly as it was.
// Reading stored documents again after the readers improve (reextract) goes the same way.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace sbw::store {

class Database;

struct ImportResult {
  enum class Status { Imported, Updated, Unchanged, Failed };
  std::filesystem::path path;
  Status status = Status::Failed;
  std::string message;  // for Failed: the reason; otherwise a short summary
  std::int64_t documentId = 0;
  int pages = 0;
  int figures = 0;  // observations stored
  int trusted = 0;  // of those, shown without review
  int actions = 0;  // actions and recommendations stored
};

const char* statusName(ImportResult::Status status);

// Expands folders (recursively, *.pdf in any case) and keeps files as given, in a stable order.
// A path that does not exist is kept, so that the import reports it.
std::vector<std::filesystem::path> expandImportPaths(const std::vector<std::filesystem::path>& paths);

class Importer {
 public:
  explicit Importer(Database& db) : db_(db) {}
  ImportResult importFile(const std::filesystem::path& path);
  // Imports each path in turn, going on past failures; `progress` sees every result.
  std::vector<ImportResult> importPaths(const std::vector<std::filesystem::path>& paths,
                                        const std::function<void(const ImportResult&)>& progress = {});
  // Reads a stored document again from its file with the current readers and replaces its figures,
  // meetings, actions and parts; pages, words and user corrections stay. Fails (and changes
  // nothing) when the file is gone or is no longer the file that was imported.
  ImportResult reextract(std::int64_t documentId);
  std::vector<ImportResult> reextractAll(const std::function<void(const ImportResult&)>& progress = {});

 private:
  Database& db_;
};

std::string sha256OfFile(const std::filesystem::path& path);

}  // namespace sbw::store
