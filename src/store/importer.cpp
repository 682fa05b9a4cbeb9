#include "store/importer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <algorithm>

#include "ingest/read_document.h"
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

std::vector<std::filesystem::path> expandImportPaths(const std::vector<std::filesystem::path>& paths) {
  std::vector<std::filesystem::path> out;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      out.push_back(path);
      continue;
    }
    std::vector<std::filesystem::path> found;
    for (auto it = std::filesystem::recursive_directory_iterator(
             path, std::filesystem::directory_options::skip_permission_denied, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && isPdfName(it->path())) found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

ImportResult Importer::importFile(const std::filesystem::path& path) {
  ImportResult result;
  result.path = path;
  try {
    // Opening first gives the precise reason for missing, empty, non-PDF and damaged files.
    const pdf::PdfDocument pdf = pdf::PdfDocument::open(path);
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
    if (const auto existing = documents.bySha256(sha)) {
      if (existing->path != absolutePath && !std::filesystem::exists(existing->path)) {
        documents.updatePath(existing->id, absolutePath, path.filename().string());  // the file moved
      }
      return unchanged(*existing);
    }

    // Read every page, and everything on them, before touching the store.
    const ingest::DocumentReading reading = ingest::readDocument(pdf);
    pdf::takePopplerMessages();
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

    Transaction transaction(db_);
    // Another process may have imported the same file while this one was reading it.
    if (const auto raced = documents.bySha256(sha)) return unchanged(*raced);
    const auto previous = documents.byPath(absolutePath);
    if (previous) documents.remove(previous->id);  // the file at this path changed: replace it
    result.documentId = documents.insert(record, pages);
    const WriteSummary written = writeReading(db_, result.documentId, reading);
    transaction.commit();

    result.status = previous ? ImportResult::Status::Updated : ImportResult::Status::Imported;
    recordWritten(result, static_cast<int>(pages.size()), written);
  } catch (const std::exception& error) {
    result.status = ImportResult::Status::Failed;
    result.message = error.what();
  }
  return result;
}

std::vector<ImportResult> Importer::importPaths(const std::vector<std::filesystem::path>& paths,
                                                const std::function<void(const ImportResult&)>& progress) {
  std::vector<ImportResult> results;
  for (const auto& path : expandImportPaths(paths)) {
    results.push_back(importFile(path));
    if (progress) progress(results.back());
  }
  return results;
}

ImportResult Importer::reextract(std::int64_t documentId) {
  ImportResult result;
  result.documentId = documentId;
  try {
    DocumentRepository documents(db_);
    const auto record = documents.byId(documentId);
    if (!record) throw StoreError("no document " + std::to_string(documentId) + " in the store");
    result.path = record->path;
    const pdf::PdfDocument pdf = pdf::PdfDocument::open(record->path);
    if (sha256OfFile(record->path) != record->sha256) {
      throw StoreError("the file has changed since it was imported; import it again instead");
    }
    const ingest::DocumentReading reading = ingest::readDocument(pdf);
    pdf::takePopplerMessages();
    Transaction transaction(db_);
    const WriteSummary written = writeReading(db_, documentId, reading);
    transaction.commit();
    result.status = ImportResult::Status::Updated;
    recordWritten(result, record->pageCount, written);
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
