#include "store/importer.h"

#include <sys/stat.h>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <future>
#include <map>
#include <set>
#include <thread>

#include "core/file_types.h"
#include "ingest/read_document.h"
#include "ingest/redaction.h"
#include "pdf/pdf_document.h"
#include "store/database.h"
#include "store/document_repository.h"
#include "store/reading_writer.h"

namespace sbw::store {
namespace {

bool isPdfName(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".pdf";
}

std::string absoluteText(const std::filesystem::path& path) {
  std::error_code ec;
  const auto absolute = std::filesystem::weakly_canonical(path, ec);
  return (ec ? path : absolute).string();
}

std::string summaryOf(int pages, const WriteSummary& written) {
  const auto counted = [](int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  return counted(pages, "page", "pages") + ", " + counted(written.figures, "figure", "figures") + " (" +
         std::to_string(written.trusted) + " trusted), " + counted(written.actions, "action", "actions");
}

void recordWritten(ImportResult& result, int pages, const WriteSummary& written) {
  result.pages = pages;
  result.figures = written.figures;
  result.trusted = written.trusted;
  result.actions = written.actions;
  result.message = summaryOf(pages, written);
}

}  // namespace

const char* statusName(ImportResult::Status status) {
  switch (status) {
    case ImportResult::Status::Imported: return "imported";
    case ImportResult::Status::Updated: return "updated";
    case ImportResult::Status::Unchanged: return "unchanged";
    case ImportResult::Status::Failed: return "failed";
    case ImportResult::Status::Cancelled: return "cancelled";
  }
  return "failed";
}

std::string sha256OfFile(const std::filesystem::path& path) {
  QFile file(QString::fromStdString(path.string()));
  if (!file.open(QIODevice::ReadOnly)) return {};
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!hash.addData(&file)) return {};
  return hash.result().toHex().toStdString();
}

namespace {

// Gathers a folder's PDFs depth first. `ancestors` holds the folders being walked, by device and
// inode, so that a link back up the tree is named as a loop; `seen` every folder walked, so that
// a folder reached twice through links is read once.
class FolderWalk {
 public:
  explicit FolderWalk(ImportPlan& plan) : plan_(plan) {}

  void walk(const std::filesystem::path& folder) {
    struct stat info {};
    if (::stat(folder.c_str(), &info) != 0) {
      plan_.skipped.push_back({folder, std::string("folder cannot be read: ") + std::strerror(errno), true});
      return;
    }
    const auto key = std::make_pair(info.st_dev, info.st_ino);
    if (std::find(ancestors_.begin(), ancestors_.end(), key) != ancestors_.end()) {
      plan_.skipped.push_back({folder, "symbolic link loop (leads back to a folder above it)", false});
      return;
    }
    if (!seen_.insert(key).second) return;
    std::error_code ec;
    std::filesystem::directory_iterator it(folder, ec);
    if (ec) {
      plan_.skipped.push_back({folder, "folder cannot be read: " + ec.message(), true});
      return;
    }
    std::vector<std::filesystem::path> entries;
    for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) entries.push_back(it->path());
    if (ec) plan_.skipped.push_back({folder, "folder could not be read to the end: " + ec.message(), true});
    std::sort(entries.begin(), entries.end());
    ancestors_.push_back(key);
    for (const auto& entry : entries) visit(entry);
    ancestors_.pop_back();
  }

 private:
  void visit(const std::filesystem::path& entry) {
    std::error_code ec;
    const auto linkStatus = std::filesystem::symlink_status(entry, ec);
    const auto status = std::filesystem::status(entry, ec);
    if (ec || !std::filesystem::exists(status)) {
      if (std::filesystem::is_symlink(linkStatus) && isPdfName(entry)) {
        plan_.skipped.push_back({entry, "broken symbolic link (its target does not exist)", false});
      } else if (ec && ec != std::errc::no_such_file_or_directory) {
        plan_.skipped.push_back({entry, "cannot be read: " + ec.message(), isPdfName(entry)});
      }
      return;
    }
    if (std::filesystem::is_directory(status)) {
      walk(entry);
    } else if (isPdfName(entry)) {
      if (std::filesystem::is_regular_file(status)) {
        plan_.files.push_back(entry);
      } else {
        plan_.skipped.push_back({entry, "is " + fileTypeName(status) + ", not a file", false});
      }
    }
  }

  ImportPlan& plan_;
  std::vector<std::pair<dev_t, ino_t>> ancestors_;
  std::set<std::pair<dev_t, ino_t>> seen_;
};

}  // namespace

ImportPlan planImport(const std::vector<std::filesystem::path>& paths) {
  ImportPlan plan;
  for (const auto& path : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      FolderWalk(plan).walk(path);
    } else {
      plan.files.push_back(path);  // named by the user: importFile says what is wrong with it
    }
  }
  return plan;
}

std::vector<std::filesystem::path> expandImportPaths(const std::vector<std::filesystem::path>& paths) {
  return planImport(paths).files;
}

// What a worker made of one file: the result so far, and what is to be written.
struct Importer::Prepared {
  ImportResult result;
  bool done = false;                          // the result is final: nothing to write
  std::optional<DocumentRecord> unchangedAs;  // the content is in the store already
  std::string absolutePath;
  std::int64_t modified = 0;  // the file's modification time, ns
  DocumentRecord record;
  ingest::DocumentReading reading;
  std::vector<PageContent> pages;
};

// Whether content is in the store: asked of the store itself on its own thread, of a snapshot
// taken before the batch on workers (the writer checks again inside its transaction).
struct Importer::StoredLookup {
  std::function<std::optional<DocumentRecord>(const std::string& sha)> bySha256;
  std::function<std::optional<DocumentRecord>(const std::string& path)> byPath;
};

Importer::Prepared Importer::prepare(const std::filesystem::path& path, int fileIndex,
                                     const StoredLookup& stored) const {
  Prepared p;
  p.result.path = path;
  try {
    if (cancelled()) throw ingest::ReadCancelled();
    p.absolutePath = absoluteText(path);
    // The file imported before from this path, with the same size and modification time to the
    // nanosecond: unchanged, without reading or hashing it (as rsync and make judge files).
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
      p.modified = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
      const auto atPath = stored.byPath(p.absolutePath);
      if (atPath && atPath->fileModified != 0 && atPath->fileModified == p.modified &&
          atPath->fileSize == static_cast<std::int64_t>(info.st_size) && (atPath->redacted || !options_.redact)) {
        p.unchangedAs = atPath;
        return p;
      }
    }
    // Opening first gives the precise reason for missing, empty, non-PDF and damaged files.
    const pdf::PdfDocument pdf = pdf::PdfDocument::open(path, {options_.passwords});
    p.result.warnings = pdf.warnings();
    const std::string sha = sha256OfFile(path);
    if (sha.empty()) throw pdf::PdfError(pdf::PdfError::Kind::Unreadable, "cannot read file");
    // Stored already: unchanged, unless redaction is asked for and the stored copy is not redacted.
    if (const auto existing = stored.bySha256(sha); existing && (existing->redacted || !options_.redact)) {
      p.unchangedAs = existing;
      return p;
    }
    // Read every page, and everything on them, before touching the store.
    p.reading = ingest::readDocument(pdf, readOptions(path, fileIndex));
    pdf::takePopplerMessages();
    if (options_.redact) ingest::redactPersonalDetails(p.reading);
    p.pages.reserve(p.reading.pages.size());
    // Moved, not copied: the store writes the pages from here, and the findings from p.reading.
    for (ingest::PageText& page : p.reading.pages) {
      p.pages.push_back({page.info, std::move(page.text), std::move(page.words)});
    }
    p.record.fileName = path.filename().string();
    p.record.path = p.absolutePath;
    p.record.sha256 = sha;
    p.record.title = p.reading.title;
    p.record.fileSize = static_cast<std::int64_t>(std::filesystem::file_size(path));
    p.record.redacted = options_.redact;
    p.record.fileModified = p.modified;
  } catch (const ingest::ReadCancelled&) {
    p.done = true;
    p.result.status = ImportResult::Status::Cancelled;
    p.result.message = "cancelled while it was read; nothing of it was stored";
  } catch (const pdf::PdfError& error) {
    p.done = true;
    p.result.status = ImportResult::Status::Failed;
    p.result.message = error.what();
    p.result.needsPassword =
        error.kind() == pdf::PdfError::Kind::Encrypted || error.kind() == pdf::PdfError::Kind::WrongPassword;
  } catch (const std::exception& error) {
    p.done = true;
    p.result.status = ImportResult::Status::Failed;
    p.result.message = error.what();
  }
  return p;
}

ImportResult Importer::write(Prepared p) {
  ImportResult result = std::move(p.result);
  if (p.done) return result;
  try {
    DocumentRepository documents(db_);
    const auto unchanged = [&](const DocumentRecord& existing) {
      result.status = ImportResult::Status::Unchanged;
      result.documentId = existing.id;
      result.pages = existing.pageCount;
      result.message = "already in the store";
      return result;
    };
    if (p.unchangedAs) {
      const DocumentRecord& stored = *p.unchangedAs;
      const bool moved = stored.path != p.absolutePath && !std::filesystem::exists(stored.path);
      if (moved || (stored.path == p.absolutePath && stored.fileModified != p.modified)) {
        // The file moved, or was touched: remembered as it is now, so that next time it is passed
        // over without hashing.
        documents.updateFile(stored.id, p.absolutePath, result.path.filename().string(), p.modified);
      }
      return unchanged(stored);
    }
    if (cancelled()) throw ingest::ReadCancelled();  // read, but not yet written: nothing to undo
    const auto enough = [&](const DocumentRecord& stored) { return stored.redacted || !options_.redact; };
    // A redacting import may replace an unredacted copy: its deleted text is overwritten, not left
    // in free pages.
    if (options_.redact) db_.exec("PRAGMA secure_delete = ON");
    p.record.importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    Transaction transaction(db_);
    // Another process (or an earlier file of this batch) may have stored the same content since.
    const auto sameContent = documents.bySha256(p.record.sha256);
    if (sameContent && enough(*sameContent)) return unchanged(*sameContent);
    if (sameContent) documents.remove(sameContent->id);  // an unredacted copy: replaced by this one
    const auto atPath = documents.byPath(p.absolutePath);
    if (atPath) documents.remove(atPath->id);  // the file at this path changed: replace it
    const bool previous = sameContent || atPath;
    result.documentId = documents.insert(p.record, p.pages);
    const WriteSummary written = writeReading(db_, result.documentId, p.reading);
    transaction.commit();
    result.status = previous ? ImportResult::Status::Updated : ImportResult::Status::Imported;
    recordWritten(result, static_cast<int>(p.pages.size()), written);
  } catch (const StoreBusyError&) {
    throw;
  } catch (const ingest::ReadCancelled&) {
    result.status = ImportResult::Status::Cancelled;
    result.message = "cancelled while it was read; nothing of it was stored";
  } catch (const std::exception& error) {
    result.status = ImportResult::Status::Failed;
    result.message = error.what();
  }
  return result;
}

ImportResult Importer::importFile(const std::filesystem::path& path) { return write(prepare(path, 1, storeLookup())); }

// The store itself, asked on its own thread.
Importer::StoredLookup Importer::storeLookup() const {
  return StoredLookup{[this](const std::string& sha) { return DocumentRepository(db_).bySha256(sha); },
                      [this](const std::string& path) { return DocumentRepository(db_).byPath(path); }};
}

int Importer::jobs() const {
  if (options_.jobs > 0) return options_.jobs;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

namespace {

// Places for the files being read at once, given out oldest file first: the writer waits for the
// oldest, so a later file must not take the last place while the oldest waits for one.
class ReaderSeats {
 public:
  explicit ReaderSeats(int seats) : free_(seats) {}

  class Seat {
   public:
    Seat(ReaderSeats& seats, size_t file) : seats_(seats) { seats_.take(file); }
    Seat(const Seat&) = delete;
    Seat& operator=(const Seat&) = delete;
    ~Seat() { seats_.give(); }

   private:
    ReaderSeats& seats_;
  };

 private:
  void take(size_t file) {
    std::unique_lock lock(mutex_);
    waiting_.insert(file);
    ready_.wait(lock, [&] { return free_ > 0 && *waiting_.begin() == file; });
    waiting_.erase(file);
    --free_;
    ready_.notify_all();  // the next oldest may take a place still free
  }
  void give() {
    const std::lock_guard lock(mutex_);
    ++free_;
    ready_.notify_all();
  }

  std::mutex mutex_;
  std::condition_variable ready_;
  int free_;
  std::set<size_t> waiting_;
};

}  // namespace

template <typename Item, typename Prepare, typename Write>
std::vector<ImportResult> Importer::pipeline(const std::vector<Item>& items, Prepare prepareItem, Write writeItem,
                                             const std::function<void(const ImportResult&)>& progress) {
  std::vector<ImportResult> results;
  results.reserve(items.size());
  fileCount_ = static_cast<int>(items.size());
  // A window of futures, oldest first: the writer takes them in order, and a new file starts only
  // when one is written. The window holds one file more than there are workers, so that a worker
  // done with a later file goes on to the next while the writer still waits for an earlier one;
  // no more than jobs() files are read at once and no more than jobs() + 1 readings are held.
  ReaderSeats seats(jobs());  // outlives the futures, which wait for their reads
  std::deque<std::future<Prepared>> reading;
  size_t next = 0;
  const auto start = [&] {
    const size_t index = next++;
    reading.push_back(std::async(std::launch::async, [&, index] {
      const ReaderSeats::Seat seat(seats, index);
      return prepareItem(items[index], index);
    }));
  };
  const size_t window = static_cast<size_t>(jobs()) + 1;
  abandoned_ = false;
  while (reading.size() < window && next < items.size()) start();
  while (!reading.empty()) {
    try {
      results.push_back(writeItem(reading.front().get()));
    } catch (...) {
      // A busy store: the files still being read stop at their next page rather than to the end.
      abandoned_ = true;
      throw;
    }
    reading.pop_front();
    if (next < items.size()) start();
    if (progress) progress(results.back());
  }
  fileCount_ = 1;
  return results;
}

std::vector<ImportResult> Importer::importFiles(const std::vector<std::filesystem::path>& files,
                                                const std::function<void(const ImportResult&)>& progress) {
  abandoned_ = false;
  if (jobs() == 1 || files.size() < 2) {
    std::vector<ImportResult> results;
    fileCount_ = static_cast<int>(files.size());
    const StoredLookup stored = storeLookup();
    for (size_t i = 0; i < files.size(); ++i) {
      results.push_back(write(prepare(files[i], static_cast<int>(i) + 1, stored)));
      if (progress) progress(results.back());
    }
    fileCount_ = 1;
    return results;
  }
  // Workers do not touch the store: they look content up in what it held when the batch began.
  std::map<std::string, DocumentRecord> bySha;
  std::map<std::string, DocumentRecord> byPath;
  for (const DocumentRecord& record : DocumentRepository(db_).all()) {
    bySha.emplace(record.sha256, record);
    auto& atPath = byPath[record.path];
    if (record.id > atPath.id) atPath = record;  // the latest, as DocumentRepository::byPath
  }
  const auto find = [](const std::map<std::string, DocumentRecord>& records,
                       const std::string& key) -> std::optional<DocumentRecord> {
    const auto found = records.find(key);
    if (found == records.end()) return std::nullopt;
    return found->second;
  };
  const StoredLookup stored{[&](const std::string& sha) { return find(bySha, sha); },
                            [&](const std::string& path) { return find(byPath, path); }};
  return pipeline(
      files,
      [this, &stored](const std::filesystem::path& path, size_t index) {
        return prepare(path, static_cast<int>(index) + 1, stored);
      },
      [this](Prepared prepared) { return write(std::move(prepared)); }, progress);
}

bool Importer::cancelled() const { return (options_.cancel && options_.cancel->load()) || abandoned_.load(); }

ingest::ReadOptions Importer::readOptions(const std::filesystem::path& path, int fileIndex) const {
  ingest::ReadOptions read;
  read.cancel = options_.cancel;
  read.abandon = &abandoned_;
  if (options_.progress) {
    read.pageRead = [this, path, fileIndex](int page, int pages) {
      const std::lock_guard lock(progressMutex_);
      options_.progress(ImportProgress{fileIndex, fileCount_, path, page, pages});
    };
  }
  return read;
}

std::vector<ImportResult> Importer::importPaths(const std::vector<std::filesystem::path>& paths,
                                                const std::function<void(const ImportResult&)>& progress) {
  return importFiles(expandImportPaths(paths), progress);
}

Importer::Prepared Importer::prepareAgain(const DocumentRecord& record, int fileIndex) const {
  Prepared p;
  p.result.documentId = record.id;
  p.result.path = record.path;
  p.record = record;
  try {
    if (cancelled()) throw ingest::ReadCancelled();
    const pdf::PdfDocument pdf = pdf::PdfDocument::open(record.path, {options_.passwords});
    if (sha256OfFile(record.path) != record.sha256) {
      throw StoreError("the file has changed since it was imported; import it again instead");
    }
    p.reading = ingest::readDocument(pdf, readOptions(record.path, fileIndex));
    pdf::takePopplerMessages();
    // A document stored redacted stays so: its new figures and actions are redacted too.
    if (options_.redact || record.redacted) ingest::redactPersonalDetails(p.reading);
  } catch (const ingest::ReadCancelled&) {
    p.done = true;
    p.result.status = ImportResult::Status::Cancelled;
    p.result.message = "cancelled while it was read; what was stored is unchanged";
  } catch (const std::exception& error) {
    p.done = true;
    p.result.status = ImportResult::Status::Failed;
    p.result.message = error.what();
  }
  return p;
}

ImportResult Importer::writeAgain(Prepared p) {
  ImportResult result = std::move(p.result);
  if (p.done) return result;
  try {
    Transaction transaction(db_);
    const WriteSummary written = writeReading(db_, p.record.id, p.reading);
    transaction.commit();
    result.status = ImportResult::Status::Updated;
    recordWritten(result, p.record.pageCount, written);
  } catch (const StoreBusyError&) {
    throw;
  } catch (const std::exception& error) {
    result.status = ImportResult::Status::Failed;
    result.message = error.what();
  }
  return result;
}

ImportResult Importer::reextract(std::int64_t documentId) {
  const auto record = DocumentRepository(db_).byId(documentId);
  if (!record) {
    ImportResult result;
    result.documentId = documentId;
    result.status = ImportResult::Status::Failed;
    result.message = "no document " + std::to_string(documentId) + " in the store";
    return result;
  }
  return writeAgain(prepareAgain(*record, 1));
}

std::vector<ImportResult> Importer::reextractAll(const std::function<void(const ImportResult&)>& progress) {
  std::vector<std::int64_t> ids;
  for (const DocumentRecord& record : DocumentRepository(db_).all()) ids.push_back(record.id);
  return reextractDocuments(ids, progress);
}

std::vector<ImportResult> Importer::reextractDocuments(const std::vector<std::int64_t>& documentIds,
                                                       const std::function<void(const ImportResult&)>& progress) {
  // The records are read here, on the store's thread; the workers only read files.
  std::vector<std::optional<DocumentRecord>> records;
  DocumentRepository documents(db_);
  for (const std::int64_t id : documentIds) records.push_back(documents.byId(id));
  std::vector<size_t> items(records.size());
  for (size_t i = 0; i < items.size(); ++i) items[i] = i;
  return pipeline(
      items,
      [this, &records, &documentIds](size_t item, size_t index) {
        if (records[item]) return prepareAgain(*records[item], static_cast<int>(index) + 1);
        Prepared missing;
        missing.done = true;
        missing.result.documentId = documentIds[item];
        missing.result.status = ImportResult::Status::Failed;
        missing.result.message = "no document " + std::to_string(documentIds[item]) + " in the store";
        return missing;
      },
      [this](Prepared prepared) { return writeAgain(std::move(prepared)); }, progress);
}

}  // namespace sbw::store
