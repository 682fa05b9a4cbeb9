#include "store/audit_log.h"

#include <chrono>
#include <ctime>

#include "store/database.h"

namespace sbw::store {

std::string utcNow() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

std::int64_t AuditLog::record(const std::string& actor, const std::string& event, const std::string& subject,
                              const std::string& detail) {
  db_.prepare("INSERT INTO audit_log (at, actor, event, subject, detail) VALUES (?, ?, ?, ?, ?)")
      .bind(1, utcNow())
      .bind(2, actor)
      .bind(3, event)
      .bind(4, subject)
      .bind(5, detail)
      .run();
  return db_.lastInsertId();
}

std::vector<AuditEntry> AuditLog::recent(int limit) const {
  Statement stmt = db_.prepare("SELECT id, at, actor, event, subject, detail FROM audit_log ORDER BY id DESC LIMIT ?");
  stmt.bind(1, limit);
  std::vector<AuditEntry> out;
  while (stmt.step()) {
    out.push_back(AuditEntry{stmt.int64(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), stmt.text(5)});
  }
  return out;
}

std::vector<AuditEntry> AuditLog::about(const std::string& subject) const {
  Statement stmt =
      db_.prepare("SELECT id, at, actor, event, subject, detail FROM audit_log WHERE subject = ? ORDER BY id DESC");
  stmt.bind(1, subject);
  std::vector<AuditEntry> out;
  while (stmt.step()) {
    out.push_back(AuditEntry{stmt.int64(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), stmt.text(5)});
  }
  return out;
}

std::string auditSubject(const std::string& document, int page, const std::string& subjectKey) {
  return document + " p." + std::to_string(page) + " " + subjectKey;
}

int AuditLog::count() const {
  Statement stmt = db_.prepare("SELECT count(*) FROM audit_log");
  stmt.step();
  return stmt.integer(0);
}

}  // namespace sbw::store
