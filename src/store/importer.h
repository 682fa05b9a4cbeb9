#pragma once
// Importing PDFs into the store. Each file is read completely (ingest::readDocument) before anything
// is written, then written in one transaction: a file that fails leaves the store exactly as it was.
// Reading stored documents again after the readers improve (reextract) goes the same way.

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "ingest/read_document.h"
#include "store/document_repository.h"

namespace sbw::store {

class Database;

struct ImportResult {
  enum class Status { Imported, Updated, Unchanged, Failed, Cancelled };
  std::filesystem::path path;
  Status status = Status::Failed;
  std::string message;  // for Failed: the reason; otherwise a short summary
  std::int64_t documentId = 0;
  int pages = 0;
  int figures = 0;                    // observations stored
  int trusted = 0;                    // of those, shown without review
  int actions = 0;                    // actions and recommendations stored
  std::vector<std::string> warnings;  // damage read past: a rebuilt cross-reference table, ...
  bool needsPassword = false;         // failed because the file is protected and no password given opens it
};

// A path met while gathering files that is not imported, and why. `failure` marks those that may
// hide files the user meant to import (a folder that cannot be read); the rest are only noted
// (a FIFO or device named *.pdf, a symbolic link loop, a broken link).
struct SkippedPath {
  std::filesystem::path path;
  std::string reason;
  bool failure = false;
};

struct ImportPlan {
  std::vector<std::filesystem::path> files;
  std::vector<SkippedPath> skipped;
};

// Where an import is: file `file` (1-based) of `files`, page `page` of `pages` read.
struct ImportProgress {
  int file = 0;
  int files = 0;
  std::filesystem::path path;
  int page = 0;
  int pages = 0;
};

struct ImportOptions {
  // Told as each page is read (from the importing thread): the one progress interface the
  // command line and the desktop both use.
  std::function<void(const ImportProgress&)> progress;
  // Set from any thread to stop: the file being read is dropped (nothing of it is written) and
  // the files after it are not started; they are reported Cancelled.
  const std::atomic<bool>* cancel = nullptr;
  // Tried on each password-protected file; kept in memory only, never stored or logged.
  std::vector<std::string> passwords;
  // Keeps e-mail addresses and phone numbers out of the stored page text, words and snippets.
  bool redact = false;
  // Documents read at once, each on its own thread with its own poppler document, while this
  // thread writes them to the store one after another, in the order given: the results do not
  // depend on timing. At most one reading more than this is held in memory. 0: one per core.
  int jobs = 1;
};

const char* statusName(ImportResult::Status status);

// Expands folders (recursively, *.pdf in any case, following links to folders once) and keeps
// files as given, in a stable order. A path that does not exist is kept, so that the import
// reports it. What is passed over is listed with its reason.
ImportPlan planImport(const std::vector<std::filesystem::path>& paths);
std::vector<std::filesystem::path> expandImportPaths(const std::vector<std::filesystem::path>& paths);

// A store that stays busy stops the whole batch (StoreBusyError) rather than failing file after file.
class Importer {
 public:
  explicit Importer(Database& db, ImportOptions options = {}) : db_(db), options_(std::move(options)) {}
  ImportResult importFile(const std::filesystem::path& path);
  // Imports each file in turn, going on past failures; `progress` sees every result.
  std::vector<ImportResult> importFiles(const std::vector<std::filesystem::path>& files,
                                        const std::function<void(const ImportResult&)>& progress = {});
  // Expands the paths (planImport, skipped paths dropped) and imports the files.
  std::vector<ImportResult> importPaths(const std::vector<std::filesystem::path>& paths,
                                        const std::function<void(const ImportResult&)>& progress = {});
  // Reads a stored document again from its file with the current readers and replaces its figures,
  // meetings, actions and parts; pages, words and user corrections stay. Fails (and changes
  // nothing) when the file is gone or is no longer the file that was imported.
  ImportResult reextract(std::int64_t documentId);
  std::vector<ImportResult> reextractAll(const std::function<void(const ImportResult&)>& progress = {});
  // The same for the documents given, read on jobs() workers and written in the order given.
  std::vector<ImportResult> reextractDocuments(const std::vector<std::int64_t>& documentIds,
                                               const std::function<void(const ImportResult&)>& progress = {});

  // The worker threads a batch uses: ImportOptions::jobs, or the number of cores for 0.
  int jobs() const;

 private:
  struct Prepared;
  struct StoredLookup;
  // Opens, hashes and reads one file; touches no store (it runs on a worker), so it asks `stored`
  // whether the content is in the store already.
  Prepared prepare(const std::filesystem::path& path, int fileIndex, const StoredLookup& stored) const;
  // Writes what was read in one transaction, on the store's thread.
  ImportResult write(Prepared prepared);
  Prepared prepareAgain(const DocumentRecord& record, int fileIndex) const;
  ImportResult writeAgain(Prepared prepared);
  // Runs prepare on up to jobs() workers and write here, in order; `progress` sees each result.
  template <typename Item, typename Prepare, typename Write>
  std::vector<ImportResult> pipeline(const std::vector<Item>& items, Prepare prepareItem, Write writeItem,
                                     const std::function<void(const ImportResult&)>& progress);
  StoredLookup storeLookup() const;
  bool cancelled() const;
  ingest::ReadOptions readOptions(const std::filesystem::path& path, int fileIndex) const;
  Database& db_;
  ImportOptions options_;
  int fileCount_ = 1;                 // for progress: of how many files
  mutable std::mutex progressMutex_;  // workers report pages one at a time
  // Set when a batch stops before its end (a write failed): the files still being read stop too.
  std::atomic<bool> abandoned_{false};
};

std::string sha256OfFile(const std::filesystem::path& path);

}  // namespace sbw::store
