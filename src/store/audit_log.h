#pragma once
// The audit log: who changed what, when and why. Append-only (triggers refuse updates and deletes),
// and kept apart from documents so that it outlives re-imports.

#include <cstdint>
#include <string>
#include <vector>

namespace sbw::store {

class Database;

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;  // ISO 8601, UTC
  std::string actor;
  std::string event;    // "correction_added", "correction_removed", "observations_replaced", ...
  std::string subject;  // what it concerns, in words: "report.pdf p.4 Westminster | referrals | 2013-14"
  std::string detail;
};

class AuditLog {
 public:
  explicit AuditLog(Database& db) : db_(db) {}

  std::int64_t record(const std::string& actor, const std::string& event, const std::string& subject,
                      const std::string& detail = {});
  // Newest first.
  std::vector<AuditEntry> recent(int limit = 100) const;
  // Every entry about one subject, newest first: a figure's or an action's history.
  std::vector<AuditEntry> about(const std::string& subject) const;
  int count() const;

 private:
  Database& db_;
};

// How the log names a figure or an action: "report.pdf p.4 ref:a12".
std::string auditSubject(const std::string& document, int page, const std::string& subjectKey);

// The current time as stored in the log: "2026-01-31T09:15:00Z".
std::string utcNow();

}  // namespace sbw::store
