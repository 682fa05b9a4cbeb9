#include "store/quality_flag_repository.h"

#include "store/audit_log.h"
#include "store/database.h"

namespace sbw::store {

std::int64_t QualityFlagRepository::add(std::int64_t documentId, std::optional<int> page, const std::string& kind,
                                        const std::string& message, std::optional<std::int64_t> observationId) {
  db_.prepare(
         "INSERT INTO quality_flags (document_id, page, kind, message, created_at, observation_id) "
         "VALUES (?, ?, ?, ?, ?, ?)")
      .bind(1, documentId)
      .bind(2, page)
      .bind(3, kind)
      .bind(4, message)
      .bind(5, utcNow())
      .bind(6, observationId)
      .run();
  return db_.lastInsertId();
}

void QualityFlagRepository::clear(std::int64_t documentId, const std::string& kind) {
  if (kind.empty()) {
    db_.prepare("DELETE FROM quality_flags WHERE document_id = ?").bind(1, documentId).run();
  } else {
    db_.prepare("DELETE FROM quality_flags WHERE document_id = ? AND kind = ?").bind(1, documentId).bind(2, kind).run();
  }
}

std::vector<QualityFlag> QualityFlagRepository::forDocument(std::int64_t documentId) const {
  Statement stmt = db_.prepare(
      "SELECT id, document_id, page, kind, message, created_at, observation_id FROM quality_flags "
      "WHERE document_id = ? "
      "ORDER BY page, id");
  stmt.bind(1, documentId);
  std::vector<QualityFlag> out;
  while (stmt.step()) {
    QualityFlag flag;
    flag.id = stmt.int64(0);
    flag.documentId = stmt.int64(1);
    if (!stmt.isNull(2)) flag.page = stmt.integer(2);
    flag.kind = stmt.text(3);
    flag.message = stmt.text(4);
    flag.createdAt = stmt.text(5);
    if (!stmt.isNull(6)) flag.observationId = stmt.int64(6);
    out.push_back(std::move(flag));
  }
  return out;
}

std::map<std::string, int> QualityFlagRepository::countByKind() const {
  Statement stmt = db_.prepare("SELECT kind, count(*) FROM quality_flags GROUP BY kind");
  std::map<std::string, int> out;
  while (stmt.step()) out[stmt.text(0)] = stmt.integer(1);
  return out;
}

}  // namespace sbw::store
