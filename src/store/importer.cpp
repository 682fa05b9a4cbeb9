#include "store/importer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <algorithm>

#include "extract/document_title.h"
#include "extract/figure_extractor.h"
#include "pdf/pdf_document.h"
#include "pdf/text_lines.h"
#include "store/database.h"
#include "store/document_repository.h"
#include "store/meeting_repository.h"
#include "store/observation_repository.h"
#include "store/quality_flag_repository.h"

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

Meeting toMeeting(const extract::PrintedMeeting& printed) {
  Meeting meeting;
  meeting.page = printed.page;
  meeting.body = printed.body;
  meeting.title = printed.body.empty() ? printed.dateLabel : printed.body + ", " + printed.dateLabel;
  meeting.date = printed.date;
  for (const auto& item : printed.agenda) meeting.agenda.push_back({0, item.page, item.number, item.title});
  return meeting;
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

    // Read every page before touching the store.
    std::vector<PageContent> pages;
    pages.reserve(static_cast<size_t>(pdf.pageCount()));
    for (int i = 0; i < pdf.pageCount(); ++i) {
      PageContent page;
      page.info = pdf.pageInfo(i);
      page.words = pdf.words(i);
      page.text = pdf::pageText(page.words);
      pages.push_back(std::move(page));
    }
    DocumentRecord record;
    record.fileName = path.filename().string();
    record.path = absolutePath;
    record.sha256 = sha;
    record.title = extract::documentTitle(pdf.title(), pages.front().words);
    record.fileSize = static_cast<std::int64_t>(std::filesystem::file_size(path));
    record.importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();

    // Figures, the meeting and its actions are read before the store is touched, like the pages.
    // A failure here is a flaw in the extractor, not in the file: the pages are still worth
    // keeping and searching, and the failure is recorded as a quality flag.
    std::optional<extract::DocumentFigures> reading;
    std::string extractionProblem;
    try {
      std::vector<extract::PageWords> pageWords;
      pageWords.reserve(pages.size());
      for (const PageContent& page : pages) pageWords.push_back({page.info, page.words});
      reading = extract::extractFigures(pdf, pageWords, record.title);
    } catch (const std::exception& error) {
      extractionProblem = error.what();
    }
    pdf::takePopplerMessages();

    Transaction transaction(db_);
    // Another process may have imported the same file while this one was reading it.
    if (const auto raced = documents.bySha256(sha)) return unchanged(*raced);
    const auto previous = documents.byPath(absolutePath);
    if (previous) documents.remove(previous->id);  // the file at this path changed: replace it
    result.documentId = documents.insert(record, pages);
    if (reading) {
      ResolveContext context;
      context.periods = reading->context.periods;
      if (reading->context.area != nullptr) context.defaultArea = reading->context.area->name;
      result.figures = ObservationRepository(db_).replaceFigures(result.documentId, reading->figures, context).stored;
      std::vector<Meeting> meetings;
      if (reading->meeting) meetings.push_back(toMeeting(*reading->meeting));
      result.actions = MeetingRepository(db_).replacePrintedActions(result.documentId, reading->actions, meetings);
    } else {
      QualityFlagRepository(db_).add(result.documentId, std::nullopt, "extraction_failed",
                                     "figures could not be read: " + extractionProblem);
    }
    transaction.commit();

    result.status = previous ? ImportResult::Status::Updated : ImportResult::Status::Imported;
    result.pages = static_cast<int>(pages.size());
    result.message = std::to_string(result.pages) + (result.pages == 1 ? " page, " : " pages, ") +
                     std::to_string(result.figures) + (result.figures == 1 ? " figure, " : " figures, ") +
                     std::to_string(result.actions) + (result.actions == 1 ? " action" : " actions");
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

}  // namespace sbw::store
