#include "store/document_repository.h"

#include "core/text.h"
#include "store/database.h"
#include "store/search_query.h"

namespace sbw::store {
namespace {

constexpr const char* kDocumentColumns =
    "SELECT id, file_name, path, sha256, title, page_count, file_size, imported_at, redacted, file_mtime "
    "FROM documents ";

DocumentRecord readDocument(const Statement& stmt) {
  DocumentRecord d;
  d.id = stmt.int64(0);
  d.fileName = stmt.text(1);
  d.path = stmt.text(2);
  d.sha256 = stmt.text(3);
  d.title = stmt.text(4);
  d.pageCount = stmt.integer(5);
  d.fileSize = stmt.int64(6);
  d.importedAt = stmt.text(7);
  d.redacted = stmt.integer(8) != 0;
  d.fileModified = stmt.int64(9);
  return d;
}

std::optional<DocumentRecord> firstDocument(Statement& stmt) {
  if (!stmt.step()) return std::nullopt;
  return readDocument(stmt);
}

}  // namespace

std::vector<DocumentRecord> DocumentRepository::all() const {
  Statement stmt = db_.prepare(std::string(kDocumentColumns) + "ORDER BY file_name COLLATE NOCASE, id");
  std::vector<DocumentRecord> out;
  while (stmt.step()) out.push_back(readDocument(stmt));
  return out;
}

std::optional<DocumentRecord> DocumentRepository::byId(std::int64_t id) const {
  Statement stmt = db_.prepare(std::string(kDocumentColumns) + "WHERE id = ?");
  stmt.bind(1, id);
  return firstDocument(stmt);
}

std::optional<DocumentRecord> DocumentRepository::bySha256(const std::string& sha256) const {
  Statement stmt = db_.prepare(std::string(kDocumentColumns) + "WHERE sha256 = ?");
  stmt.bind(1, sha256);
  return firstDocument(stmt);
}

std::optional<DocumentRecord> DocumentRepository::byPath(const std::string& path) const {
  Statement stmt = db_.prepare(std::string(kDocumentColumns) + "WHERE path = ? ORDER BY id DESC");
  stmt.bind(1, path);
  return firstDocument(stmt);
}

std::int64_t DocumentRepository::insert(const DocumentRecord& document, const std::vector<PageContent>& pages) {
  Statement insertDocument = db_.prepare(
      "INSERT INTO documents (file_name, path, sha256, title, page_count, file_size, imported_at, redacted, "
      "file_mtime) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insertDocument.bind(1, document.fileName)
      .bind(2, document.path)
      .bind(3, document.sha256)
      .bind(4, document.title)
      .bind(5, static_cast<int>(pages.size()))
      .bind(6, document.fileSize)
      .bind(7, document.importedAt)
      .bind(8, document.redacted ? 1 : 0)
      .bind(9, document.fileModified)
      .run();
  const std::int64_t documentId = db_.lastInsertId();

  Statement insertPage = db_.prepare(
      "INSERT INTO pages (document_id, number, label, width, height, rotation, text) VALUES (?, ?, ?, ?, ?, ?, ?)");
  // Every page first, then every word: the words' inserts then find the full-text index's new
  // entries already flushed once, rather than once per page.
  std::vector<std::int64_t> pageIds;
  pageIds.reserve(pages.size());
  for (const PageContent& page : pages) {
    insertPage.bind(1, documentId)
        .bind(2, page.info.number)
        .bind(3, page.info.label)
        .bind(4, page.info.width)
        .bind(5, page.info.height)
        .bind(6, page.info.rotation)
        .bind(7, page.text)
        .run();
    pageIds.push_back(db_.lastInsertId());
  }
  insertWords(pages, pageIds);
  return documentId;
}

namespace {

constexpr int kWordColumns = 11;
// Words go in many rows to a statement: one statement per word was mostly the statement's own
// overhead (opening and closing it, its savepoint), not the writing.
constexpr int kWordsPerInsert = 64;

std::string wordInsertSql(int rows) {
  std::string sql = "INSERT INTO words (page_id, seq, text, x1, y1, x2, y2, font, font_size, bold, italic) VALUES ";
  for (int r = 0; r < rows; ++r) sql += r == 0 ? "(?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?)";
  return sql;
}

void bindWord(Statement& insert, int row, std::int64_t pageId, int seq, const pdf::Word& word) {
  const int first = row * kWordColumns;
  insert.bind(first + 1, pageId)
      .bind(first + 2, seq)
      .bind(first + 3, word.text)
      .bind(first + 4, word.box.x1)
      .bind(first + 5, word.box.y1)
      .bind(first + 6, word.box.x2)
      .bind(first + 7, word.box.y2)
      .bind(first + 8, word.fontName)
      .bind(first + 9, word.fontSize)
      .bind(first + 10, word.bold ? 1 : 0)
      .bind(first + 11, word.italic ? 1 : 0);
}

}  // namespace

void DocumentRepository::insertWords(const std::vector<PageContent>& pages, const std::vector<std::int64_t>& pageIds) {
  struct Pending {
    std::int64_t pageId;
    int seq;
    const pdf::Word* word;
  };
  std::vector<Pending> pending;
  pending.reserve(kWordsPerInsert);
  Statement many = db_.prepare(wordInsertSql(kWordsPerInsert));
  for (size_t p = 0; p < pages.size(); ++p) {
    int seq = 0;
    for (const pdf::Word& word : pages[p].words) {
      pending.push_back({pageIds[p], seq++, &word});
      if (pending.size() < static_cast<size_t>(kWordsPerInsert)) continue;
      for (int row = 0; row < kWordsPerInsert; ++row) {
        const Pending& w = pending[static_cast<size_t>(row)];
        bindWord(many, row, w.pageId, w.seq, *w.word);
      }
      many.run();
      pending.clear();
    }
  }
  if (pending.empty()) return;
  // The last few one to a statement: a statement for each possible remainder is not worth it.
  Statement one = db_.prepare(wordInsertSql(1));
  for (const Pending& w : pending) {
    bindWord(one, 0, w.pageId, w.seq, *w.word);
    one.run();
  }
}

void DocumentRepository::remove(std::int64_t documentId) {
  db_.prepare("DELETE FROM documents WHERE id = ?").bind(1, documentId).run();
}

void DocumentRepository::updateFile(std::int64_t documentId, const std::string& path, const std::string& fileName,
                                    std::int64_t fileModified) {
  db_.prepare("UPDATE documents SET path = ?, file_name = ?, file_mtime = ? WHERE id = ?")
      .bind(1, path)
      .bind(2, fileName)
      .bind(3, fileModified)
      .bind(4, documentId)
      .run();
}

void DocumentRepository::updatePath(std::int64_t documentId, const std::string& path, const std::string& fileName) {
  db_.prepare("UPDATE documents SET path = ?, file_name = ? WHERE id = ?")
      .bind(1, path)
      .bind(2, fileName)
      .bind(3, documentId)
      .run();
}

std::optional<PageContent> DocumentRepository::page(std::int64_t documentId, int number) const {
  Statement stmt = db_.prepare(
      "SELECT id, number, label, width, height, rotation, text FROM pages WHERE document_id = ? AND number = ?");
  stmt.bind(1, documentId).bind(2, number);
  if (!stmt.step()) return std::nullopt;
  PageContent page;
  const std::int64_t pageId = stmt.int64(0);
  page.info.number = stmt.integer(1);
  page.info.label = stmt.text(2);
  page.info.width = stmt.real(3);
  page.info.height = stmt.real(4);
  page.info.rotation = stmt.integer(5);
  page.text = stmt.text(6);
  Statement words = db_.prepare(
      "SELECT text, x1, y1, x2, y2, font, font_size, bold, italic FROM words WHERE page_id = ? ORDER BY seq");
  words.bind(1, pageId);
  while (words.step()) {
    pdf::Word word;
    word.text = words.text(0);
    word.box = {words.real(1), words.real(2), words.real(3), words.real(4)};
    word.fontName = words.text(5);
    word.fontSize = words.real(6);
    word.bold = words.integer(7) != 0;
    word.italic = words.integer(8) != 0;
    page.words.push_back(std::move(word));
  }
  return page;
}

std::vector<SearchHit> DocumentRepository::search(const std::string& userQuery, int limit) const {
  std::vector<SearchHit> hits;
  const std::string query = toFtsQuery(userQuery);
  if (query.empty()) return hits;
  Statement stmt = db_.prepare(
      "SELECT d.id, d.file_name, d.title, p.number, p.label, "
      "       snippet(page_fts, 0, '[', ']', '…', 16), bm25(page_fts) AS score "
      "FROM page_fts JOIN pages p ON p.id = page_fts.rowid JOIN documents d ON d.id = p.document_id "
      "WHERE page_fts MATCH ? ORDER BY score, d.file_name, p.number LIMIT ?");
  stmt.bind(1, query).bind(2, limit);
  while (stmt.step()) {
    SearchHit hit;
    hit.documentId = stmt.int64(0);
    hit.fileName = stmt.text(1);
    hit.title = stmt.text(2);
    hit.page = stmt.integer(3);
    hit.label = stmt.text(4);
    hit.snippet = simplified(stmt.text(5));
    hit.score = stmt.real(6);
    hits.push_back(std::move(hit));
  }
  return hits;
}

int DocumentRepository::documentCount() const {
  Statement stmt = db_.prepare("SELECT count(*) FROM documents");
  stmt.step();
  return stmt.integer(0);
}

int DocumentRepository::pageCount() const {
  Statement stmt = db_.prepare("SELECT count(*) FROM pages");
  stmt.step();
  return stmt.integer(0);
}

void DocumentRepository::replaceParts(std::int64_t documentId, const std::vector<DocumentPart>& parts) {
  db_.prepare("DELETE FROM document_parts WHERE document_id = ?").bind(1, documentId).run();
  Statement insert = db_.prepare(
      "INSERT INTO document_parts (document_id, first_page, last_page, kind, title, area, period) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const DocumentPart& part : parts) {
    insert.bind(1, documentId).bind(2, part.firstPage).bind(3, part.lastPage).bind(4, part.kind);
    insert.bind(5, part.title).bind(6, part.area).bind(7, part.period).run();
  }
}

std::vector<DocumentPart> DocumentRepository::parts(std::int64_t documentId) const {
  Statement stmt = db_.prepare(
      "SELECT first_page, last_page, kind, title, area, period FROM document_parts WHERE document_id = ? "
      "ORDER BY first_page, id");
  stmt.bind(1, documentId);
  std::vector<DocumentPart> out;
  while (stmt.step()) {
    out.push_back({stmt.integer(0), stmt.integer(1), stmt.text(2), stmt.text(3), stmt.text(4), stmt.text(5)});
  }
  return out;
}

}  // namespace sbw::store
