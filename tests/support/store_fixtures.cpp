#include "support/store_fixtures.h"

#include "store/database.h"

namespace sbw::test {

std::int64_t addBareDocument(store::Database& db, const std::string& fileName, int pages,
                             const std::string& importedAt) {
  db.prepare(
        "INSERT INTO documents (file_name, path, sha256, title, page_count, file_size, imported_at) "
        "VALUES (?1, '/reports/' || ?1, 'sha-' || ?1, '', ?2, 100, ?3)")
      .bind(1, fileName)
      .bind(2, pages)
      .bind(3, importedAt)
      .run();
  const std::int64_t id = db.lastInsertId();
  for (int page = 1; page <= pages; ++page) {
    db.prepare("INSERT INTO pages (document_id, number, width, height, text) VALUES (?, ?, 595, 842, '')")
        .bind(1, id)
        .bind(2, page)
        .run();
  }
  return id;
}

}  // namespace sbw::test
