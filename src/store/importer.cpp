#include "store/importer.h"

#include <sys/stat.h>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

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

ImportResult Importer::importFile(const std::filesystem::path& path) {
  ImportResult result;
  result.path = path;
  try {
    // Opening first gives the precise reason for missing, empty, non-PDF and damaged files.
    const pdf::PdfDocument pdf = pdf::PdfDocument::open(path, {options_.passwords});
    result.warnings = pdf.warnings();
    const std::string sha = sha256OfFile(path);
    if (sha.empty()) throw pdf::PdfError(pdf::PdfError::Kind::Unreadable, "cannot read file");
    const std::string absolutePath = absoluteText(path);
    DocumentRepository documents(db_);

    const auto unchanged = [&](const DocumentRecord& existing) {
      result.status = ImportResult::Status::Unchanged;
      result.documentId = existing.id;
      result.pages = existing.pageCount;
      result.message = "already in the store";
      return result;
    };
    // Stored already: unchanged, unless redaction is asked for and the stored copy is not redacted.
    const auto enough = [&](const DocumentRecord& stored) { return stored.redacted || !options_.redact; };
    if (const auto existing = documents.bySha256(sha); existing && enough(*existing)) {
      if (existing->path != absolutePath && !std::filesystem::exists(existing->path)) {
        documents.updatePath(existing->id, absolutePath, path.filename().string());  // the file moved
      }
      return unchanged(*existing);
    }

    // Read every page, and everything on them, before touching the store.
    ingest::DocumentReading reading = ingest::readDocument(pdf, readOptions(path));
    pdf::takePopplerMessages();
    if (options_.redact) ingest::redactPersonalDetails(reading);
    std::vector<PageContent> pages;
    pages.reserve(reading.pages.size());
    for (const ingest::PageText& page : reading.pages) pages.push_back({page.info, page.text, page.words});
    DocumentRecord record;
    record.fileName = path.filename().string();
    record.path = absolutePath;
    record.sha256 = sha;
    record.title = reading.title;
    record.fileSize = static_cast<std::int64_t>(std::filesystem::file_size(path));
    record.importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    record.redacted = options_.redact;

    if (cancelled()) throw ingest::ReadCancelled();  // read, but not yet written: nothing to undo
    // A redacting import may replace an unredacted copy: its deleted text is overwritten, not left
    // in free pages.
    if (options_.redact) db_.exec("PRAGMA secure_delete = ON");
    Transaction transaction(db_);
    // Another process may have imported the same file while this one was reading it.
    const auto sameContent = documents.bySha256(sha);
    if (sameContent && enough(*sameContent)) return unchanged(*sameContent);
    if (sameContent) documents.remove(sameContent->id);  // an unredacted copy: replaced by this one
    const auto atPath = documents.byPath(absolutePath);
    if (atPath) documents.remove(atPath->id);  // the file at this path changed: replace it
    const bool previous = sameContent || atPath;
    result.documentId = documents.insert(record, pages);
    const WriteSummary written = writeReading(db_, result.documentId, reading);
    transaction.commit();

    result.status = previous ? ImportResult::Status::Updated : ImportResult::Status::Imported;
    recordWritten(result, static_cast<int>(pages.size()), written);
  } catch (const StoreBusyError&) {
    throw;
  } catch (const ingest::ReadCancelled&) {
    result.status = ImportResult::Status::Cancelled;
    result.message = "cancelled while it was read; nothing of it was stored";
  } catch (const pdf::PdfError& error) {
    result.status = ImportResult::Status::Failed;
    result.message = error.what();
    result.needsPassword =
        error.kind() == pdf::PdfError::Kind::Encrypted || error.kind() == pdf::PdfError::Kind::WrongPassword;
  } catch (const std::exception& error) {
    result.status = ImportResult::Status::Failed;
    result.message = error.what();
  }
  return result;
}

std::vector<ImportResult> Importer::importFiles(const std::vector<std::filesystem::path>& files,
                                                const std::function<void(const ImportResult&)>& progress) {
  std::vector<ImportResult> results;
  fileCount_ = static_cast<int>(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    currentFile_ = static_cast<int>(i) + 1;
    if (cancelled()) {
      ImportResult skipped;
      skipped.path = files[i];
      skipped.status = ImportResult::Status::Cancelled;
      skipped.message = "cancelled before it was read";
      results.push_back(skipped);
    } else {
      results.push_back(importFile(files[i]));
    }
    if (progress) progress(results.back());
  }
  currentFile_ = 1;
  fileCount_ = 1;
  return results;
}

bool Importer::cancelled() const { return options_.cancel && options_.cancel->load(); }

ingest::ReadOptions Importer::readOptions(const std::filesystem::path& path) const {
  ingest::ReadOptions read;
  read.cancel = options_.cancel;
  if (options_.progress) {
    read.pageRead = [this, path](int page, int pages) {
      options_.progress(ImportProgress{currentFile_, fileCount_, path, page, pages});
    };
  }
  return read;
}

std::vector<ImportResult> Importer::importPaths(const std::vector<std::filesystem::path>& paths,
                                                const std::function<void(const ImportResult&)>& progress) {
  return importFiles(expandImportPaths(paths), progress);
}

ImportResult Importer::reextract(std::int64_t documentId) {
  ImportResult result;
  result.documentId = documentId;
  try {
    DocumentRepository documents(db_);
    const auto record = documents.byId(documentId);
    if (!record) throw StoreError("no document " + std::to_string(documentId) + " in the store");
    result.path = record->path;
    const pdf::PdfDocument pdf = pdf::PdfDocument::open(record->path, {options_.passwords});
    if (sha256OfFile(record->path) != record->sha256) {
      throw StoreError("the file has changed since it was imported; import it again instead");
    }
    ingest::DocumentReading reading = ingest::readDocument(pdf, readOptions(record->path));
    pdf::takePopplerMessages();
    // A document stored redacted stays so: its new figures and actions are redacted too.
    if (options_.redact || record->redacted) ingest::redactPersonalDetails(reading);
    Transaction transaction(db_);
    const WriteSummary written = writeReading(db_, documentId, reading);
    transaction.commit();
    result.status = ImportResult::Status::Updated;
    recordWritten(result, record->pageCount, written);
  } catch (const StoreBusyError&) {
    throw;
  } catch (const std::exception& error) {
    result.status = ImportResult::Status::Failed;
    result.message = error.what();
  }
  return result;
}

std::vector<ImportResult> Importer::reextractAll(const std::function<void(const ImportResult&)>& progress) {
  std::vector<ImportResult> results;
  for (const DocumentRecord& record : DocumentRepository(db_).all()) {
    results.push_back(reextract(record.id));
    if (progress) progress(results.back());
  }
  return results;
}

}  // namespace sbw::store
