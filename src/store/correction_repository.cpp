#include "store/correction_repository.h"

#include "core/number_format.h"
#include "core/text.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/savepoint.h"

namespace sbw::store {
namespace {

void requireWho(const std::string& author, const std::string& reason) {
  if (author.empty()) throw StoreError("a correction needs the name of who made it");
  if (reason.empty()) throw StoreError("a correction needs a reason");
}

std::string where(const std::string& document, int page, const std::string& subjectKey) {
  return auditSubject(document, page, subjectKey);
}

std::optional<std::string> nameOf(std::optional<ActionStatus> status) {
  if (!status) return std::nullopt;
  return actionStatusName(*status);
}

std::optional<std::string> nameOf(std::optional<Rag> rag) {
  if (!rag) return std::nullopt;
  return ragName(*rag);
}

std::string orNone(const std::optional<std::string>& text) { return text.value_or("none"); }

}  // namespace

std::int64_t CorrectionRepository::correctValue(std::int64_t observationId, double value, const std::string& author,
                                                const std::string& reason) {
  requireWho(author, reason);
  Statement find = db_.prepare(
      "SELECT d.file_name, d.sha256, o.page, o.subject_key, o.value, o.decimals FROM observations o "
      "JOIN documents d ON d.id = o.document_id WHERE o.id = ?");
  find.bind(1, observationId);
  if (!find.step()) throw StoreError("no observation " + std::to_string(observationId));
  const std::string document = find.text(0);
  const std::string sha = find.text(1);
  const int page = find.integer(2);
  const std::string subject = find.text(3);
  // A plain flag and number rather than std::optional<double>: GCC 12 warns falsely on the latter here.
  const bool printed = !find.isNull(4);
  const double original = find.real(4);
  const int decimals = find.integer(5);

  Savepoint savepoint(db_, "correct_value");
  Statement upsert = db_.prepare(R"sql(
INSERT INTO observation_corrections (document, document_sha256, page, subject_key, original_value, value, author,
  reason, created_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
ON CONFLICT (document, page, subject_key) DO UPDATE SET
  document_sha256 = excluded.document_sha256, value = excluded.value, author = excluded.author,
  reason = excluded.reason, created_at = excluded.created_at)sql");
  upsert.bind(1, document)
      .bind(2, sha)
      .bind(3, page)
      .bind(4, subject)
      .bind(6, value)
      .bind(7, author)
      .bind(8, reason)
      .bind(9, utcNow());
  if (printed) {
    upsert.bind(5, original);
  } else {
    upsert.bindNull(5);
  }
  upsert.run();
  Statement id =
      db_.prepare("SELECT id FROM observation_corrections WHERE document = ? AND page = ? AND subject_key = ?");
  id.bind(1, document).bind(2, page).bind(3, subject);
  id.step();
  const std::int64_t correctionId = id.int64(0);
  const std::string from = printed ? formatNumber(original, decimals) : std::string("suppressed");
  AuditLog(db_).record(author, "value_corrected", where(document, page, subject),
                       from + " -> " + formatNumber(value, decimals) + ": " + reason);
  savepoint.release();
  return correctionId;
}

std::int64_t CorrectionRepository::correctAction(std::int64_t actionId, const ActionEdit& edit,
                                                 const std::string& author, const std::string& reason) {
  requireWho(author, reason);
  if (edit.empty()) throw StoreError("an action correction needs a status, a RAG rating, an owner or a due date");
  if (edit.owner && trimmed(*edit.owner).empty()) throw StoreError("an action's owner cannot be corrected to nothing");
  Statement find = db_.prepare(
      "SELECT d.file_name, d.sha256, a.page, a.subject_key, a.status, a.rag, a.owner, a.due_date FROM actions a "
      "JOIN documents d ON d.id = a.document_id WHERE a.id = ?");
  find.bind(1, actionId);
  if (!find.step()) throw StoreError("no action " + std::to_string(actionId));
  const std::string document = find.text(0);
  const std::string sha = find.text(1);
  const int page = find.integer(2);
  const std::string subject = find.text(3);
  const std::optional<std::string> originalStatus = find.optionalText(4);
  const std::optional<std::string> originalRag = find.optionalText(5);
  const std::optional<std::string> originalOwner = find.optionalText(6);
  const std::optional<std::string> originalDue = find.optionalText(7);
  const std::optional<std::string> due = edit.due ? std::optional<std::string>(edit.due->iso()) : std::nullopt;

  Savepoint savepoint(db_, "correct_action");
  db_.prepare(R"sql(
INSERT INTO action_corrections (document, document_sha256, page, subject_key, original_status, original_rag, status,
  rag, original_owner, owner, original_due_date, due_date, author, reason, created_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
ON CONFLICT (document, page, subject_key) DO UPDATE SET
  document_sha256 = excluded.document_sha256,
  status = coalesce(excluded.status, action_corrections.status),
  rag = coalesce(excluded.rag, action_corrections.rag),
  owner = coalesce(excluded.owner, action_corrections.owner),
  due_date = coalesce(excluded.due_date, action_corrections.due_date),
  author = excluded.author, reason = excluded.reason, created_at = excluded.created_at)sql")
      .bind(1, document)
      .bind(2, sha)
      .bind(3, page)
      .bind(4, subject)
      .bind(5, originalStatus)
      .bind(6, originalRag)
      .bind(7, nameOf(edit.status))
      .bind(8, nameOf(edit.rag))
      .bind(9, originalOwner)
      .bind(10, edit.owner)
      .bind(11, originalDue)
      .bind(12, due)
      .bind(13, author)
      .bind(14, reason)
      .bind(15, utcNow())
      .run();
  Statement id = db_.prepare("SELECT id FROM action_corrections WHERE document = ? AND page = ? AND subject_key = ?");
  id.bind(1, document).bind(2, page).bind(3, subject);
  id.step();
  const std::int64_t correctionId = id.int64(0);
  std::string detail;
  const auto change = [&](const char* what, const std::optional<std::string>& from,
                          const std::optional<std::string>& to) {
    if (!to) return;
    detail += (detail.empty() ? "" : ", ") + std::string(what) + " " + orNone(from) + " -> " + *to;
  };
  change("status", originalStatus, nameOf(edit.status));
  change("rag", originalRag, nameOf(edit.rag));
  change("owner", originalOwner, edit.owner);
  change("due", originalDue, due);
  AuditLog(db_).record(author, "action_corrected", where(document, page, subject), detail + ": " + reason);
  savepoint.release();
  return correctionId;
}

bool CorrectionRepository::removeValueCorrection(std::int64_t correctionId, const std::string& author,
                                                 const std::string& reason) {
  requireWho(author, reason);
  Statement find = db_.prepare("SELECT document, page, subject_key FROM observation_corrections WHERE id = ?");
  find.bind(1, correctionId);
  if (!find.step()) return false;
  const std::string subject = where(find.text(0), find.integer(1), find.text(2));
  Savepoint savepoint(db_, "remove_value_correction");
  db_.prepare("DELETE FROM observation_corrections WHERE id = ?").bind(1, correctionId).run();
  AuditLog(db_).record(author, "value_correction_removed", subject, reason);
  savepoint.release();
  return true;
}

bool CorrectionRepository::removeActionCorrection(std::int64_t correctionId, const std::string& author,
                                                  const std::string& reason) {
  requireWho(author, reason);
  Statement find = db_.prepare("SELECT document, page, subject_key FROM action_corrections WHERE id = ?");
  find.bind(1, correctionId);
  if (!find.step()) return false;
  const std::string subject = where(find.text(0), find.integer(1), find.text(2));
  Savepoint savepoint(db_, "remove_action_correction");
  db_.prepare("DELETE FROM action_corrections WHERE id = ?").bind(1, correctionId).run();
  AuditLog(db_).record(author, "action_correction_removed", subject, reason);
  savepoint.release();
  return true;
}

std::vector<ValueCorrection> CorrectionRepository::valueCorrections() const {
  Statement stmt = db_.prepare(R"sql(
SELECT c.id, c.document, c.document_sha256, c.page, c.subject_key, c.original_value, c.value, c.author, c.reason,
       c.created_at,
       EXISTS (SELECT 1 FROM observations o JOIN documents d ON d.id = o.document_id
               WHERE d.file_name = c.document AND o.page = c.page AND o.subject_key = c.subject_key)
FROM observation_corrections c ORDER BY c.id)sql");
  std::vector<ValueCorrection> out;
  while (stmt.step()) {
    ValueCorrection c;
    c.id = stmt.int64(0);
    c.document = stmt.text(1);
    c.documentSha256 = stmt.text(2);
    c.page = stmt.integer(3);
    c.subjectKey = stmt.text(4);
    if (!stmt.isNull(5)) c.originalValue = stmt.real(5);
    c.value = stmt.real(6);
    c.author = stmt.text(7);
    c.reason = stmt.text(8);
    c.createdAt = stmt.text(9);
    c.attached = stmt.integer(10) != 0;
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<ActionCorrection> CorrectionRepository::actionCorrections() const {
  Statement stmt = db_.prepare(R"sql(
SELECT c.id, c.document, c.document_sha256, c.page, c.subject_key, c.original_status, c.original_rag, c.status,
       c.rag, c.author, c.reason, c.created_at,
       EXISTS (SELECT 1 FROM actions a JOIN documents d ON d.id = a.document_id
               WHERE d.file_name = c.document AND a.page = c.page AND a.subject_key = c.subject_key),
       c.original_owner, c.owner, c.original_due_date, c.due_date
FROM action_corrections c ORDER BY c.id)sql");
  std::vector<ActionCorrection> out;
  while (stmt.step()) {
    ActionCorrection c;
    c.id = stmt.int64(0);
    c.document = stmt.text(1);
    c.documentSha256 = stmt.text(2);
    c.page = stmt.integer(3);
    c.subjectKey = stmt.text(4);
    c.originalStatus = actionStatusFromName(stmt.text(5));
    c.originalRag = ragFromName(stmt.text(6));
    c.status = actionStatusFromName(stmt.text(7));
    c.rag = ragFromName(stmt.text(8));
    c.author = stmt.text(9);
    c.reason = stmt.text(10);
    c.createdAt = stmt.text(11);
    c.attached = stmt.integer(12) != 0;
    c.originalOwner = stmt.optionalText(13);
    c.owner = stmt.optionalText(14);
    if (!stmt.isNull(15)) c.originalDue = Date::fromIso(stmt.text(15));
    if (!stmt.isNull(16)) c.due = Date::fromIso(stmt.text(16));
    out.push_back(std::move(c));
  }
  return out;
}

int CorrectionRepository::detachedCount() const {
  int detached = 0;
  for (const auto& c : valueCorrections()) detached += c.attached ? 0 : 1;
  for (const auto& c : actionCorrections()) detached += c.attached ? 0 : 1;
  return detached;
}

}  // namespace sbw::store
