#pragma once
// Reading and writing documents, pages and words. Callers own the transaction.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pdf/pdf_document.h"
#include "pdf/word.h"

namespace sbw::store {

class Database;

struct DocumentRecord {
  std::int64_t id = 0;
  std::string fileName;
  std::string path;
  std::string sha256;
  std::string title;
  int pageCount = 0;
  std::int64_t fileSize = 0;
  std::int64_t fileModified = 0;  // the file's modification time when imported, ns since 1970; 0 unknown
  std::string importedAt;         // ISO 8601, UTC
  bool redacted = false;          // imported with e-mail addresses and phone numbers replaced
};

struct PageContent {
  pdf::PageInfo info;
  std::string text;
  std::vector<pdf::Word> words;
};

// One paper inside a document: an agenda pack's agenda, minutes, trackers, reports and appendices.
struct DocumentPart {
  int firstPage = 0;
  int lastPage = 0;
  std::string kind;  // "agenda", "minutes", "tracker", "report", "appendix", "work_programme"
  std::string title;
  std::string area;    // the area it reports on, canonical; "" when not known
  std::string period;  // as printed
};

struct SearchHit {
  std::int64_t documentId = 0;
  std::string fileName;
  std::string title;
  int page = 0;         // 1-based
  std::string label;    // printed page label
  std::string snippet;  // matched words wrapped in [ ]
  double score = 0;     // bm25: lower is better
};

class DocumentRepository {
 public:
  explicit DocumentRepository(Database& db) : db_(db) {}

  std::vector<DocumentRecord> all() const;
  std::optional<DocumentRecord> byId(std::int64_t id) const;
  std::optional<DocumentRecord> bySha256(const std::string& sha256) const;
  std::optional<DocumentRecord> byPath(const std::string& path) const;

  // Inserts the document and all its pages and words; returns the new id.
  std::int64_t insert(const DocumentRecord& document, const std::vector<PageContent>& pages);
  void remove(std::int64_t documentId);
  // The file was seen again, unchanged in content: its name, place and time as now.
  void updateFile(std::int64_t documentId, const std::string& path, const std::string& fileName,
                  std::int64_t fileModified);
  void updatePath(std::int64_t documentId, const std::string& path, const std::string& fileName);

  std::optional<PageContent> page(std::int64_t documentId, int number) const;
  // The papers a document holds; replaced whole when the document is read again.
  void replaceParts(std::int64_t documentId, const std::vector<DocumentPart>& parts);
  std::vector<DocumentPart> parts(std::int64_t documentId) const;
  std::vector<SearchHit> search(const std::string& userQuery, int limit = 50) const;
  int documentCount() const;
  int pageCount() const;

 private:
  // The pages' words, under the pages' ids (in the same order).
  void insertWords(const std::vector<PageContent>& pages, const std::vector<std::int64_t>& pageIds);
  Database& db_;
};

}  // namespace sbw::store
