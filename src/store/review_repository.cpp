#include "store/review_repository.h"

#include "extract/mentions.h"

#include <algorithm>
#include <cctype>

#include "core/area_registry.h"
#include "core/indicator_dictionary.h"
#include "core/name_matching.h"
#include "core/number_format.h"
#include "core/period.h"
#include "core/text.h"
#include "store/audit_log.h"
#include "store/correction_repository.h"
#include "store/database.h"
#include "store/observation_rows.h"
#include "store/savepoint.h"

namespace sbw::store {
namespace {

void requireWho(const std::string& author, const std::string& reason) {
  if (author.empty()) throw StoreError("a review needs the name of who made it");
  if (reason.empty()) throw StoreError("a review needs a reason");
}

// A figure as the reader stored it, with the keys a review is stored by.
struct ReadFigure {
  std::int64_t id = 0;
  std::string document;
  std::string sha;
  int page = 0;
  std::string subject;
  std::string area;
  std::optional<std::string> areaKey;
  std::optional<std::string> indicatorKey;
  std::string indicatorLabel;
  std::string periodLabel;
  std::optional<std::string> periodStart;
  std::optional<std::string> periodEnd;
  std::string valueText;
  std::optional<double> value;
  int decimals = 0;
};

ReadFigure readFigure(const Database& db, std::int64_t observationId) {
  Statement find = db.prepare(R"sql(
SELECT d.file_name, d.sha256, o.page, o.subject_key, o.area, o.area_key, o.indicator_key, o.indicator_label,
       o.period_label, o.period_start, o.period_end, o.value_text, o.value, o.decimals
FROM observations o JOIN documents d ON d.id = o.document_id WHERE o.id = ?)sql");
  find.bind(1, observationId);
  if (!find.step()) throw StoreError("no observation " + std::to_string(observationId));
  ReadFigure f;
  f.id = observationId;
  f.document = find.text(0);
  f.sha = find.text(1);
  f.page = find.integer(2);
  f.subject = find.text(3);
  f.area = find.text(4);
  f.areaKey = find.optionalText(5);
  f.indicatorKey = find.optionalText(6);
  f.indicatorLabel = find.text(7);
  f.periodLabel = find.text(8);
  f.periodStart = find.optionalText(9);
  f.periodEnd = find.optionalText(10);
  f.valueText = find.text(11);
  if (!find.isNull(12)) f.value = find.real(12);
  f.decimals = find.integer(13);
  return f;
}

// The figure as read, in one line for the review's history: "Westminster | Referrals (referrals) |
// 2013-14 | 2,342".
std::string described(const ReadFigure& f) {
  const std::string indicator = f.indicatorLabel + " (" + f.indicatorKey.value_or("no indicator") + ")";
  return f.area + " | " + indicator + " | " + (f.periodLabel.empty() ? "no period" : f.periodLabel) + " | " +
         f.valueText;
}

std::string where(const ReadFigure& f) { return auditSubject(f.document, f.page, f.subject); }

// The columns of figure_reviews a correction sets; all empty for an acceptance or a rejection.
struct ReviewedFields {
  std::optional<std::string> area;
  std::optional<std::string> areaKey;
  std::optional<std::string> areaCode;
  std::optional<std::string> comparator;  // what the corrected area is to the others: local, england...
  std::optional<std::string> indicatorKey;
  std::optional<std::string> periodKind;
  std::optional<std::string> periodLabel;
  std::optional<std::string> periodStart;
  std::optional<std::string> periodEnd;
  std::optional<double> value;
};

struct EarlierReview {
  ReviewDecision decision = ReviewDecision::Accepted;
  ReviewedFields fields;
};

std::optional<EarlierReview> earlierReview(const Database& db, const ReadFigure& f) {
  Statement find = db.prepare(R"sql(
SELECT decision, area, area_key, area_code, indicator_key, period_kind, period_label, period_start, period_end, value,
       comparator
FROM figure_reviews WHERE document = ? AND page = ? AND subject_key = ?)sql");
  find.bind(1, f.document).bind(2, f.page).bind(3, f.subject);
  if (!find.step()) return std::nullopt;
  EarlierReview earlier;
  earlier.decision = reviewDecisionFromName(find.text(0)).value_or(ReviewDecision::Accepted);
  earlier.fields.area = find.optionalText(1);
  earlier.fields.areaKey = find.optionalText(2);
  earlier.fields.areaCode = find.optionalText(3);
  earlier.fields.indicatorKey = find.optionalText(4);
  earlier.fields.periodKind = find.optionalText(5);
  earlier.fields.periodLabel = find.optionalText(6);
  earlier.fields.periodStart = find.optionalText(7);
  earlier.fields.periodEnd = find.optionalText(8);
  if (!find.isNull(9)) earlier.fields.value = find.real(9);
  earlier.fields.comparator = find.optionalText(10);
  return earlier;
}

// What a trusted figure lacks: it must have an area of the registry, an indicator of the
// dictionary and a dated period, or a chart would draw it somewhere it does not belong.
std::vector<std::string> missingForTrust(const std::optional<std::string>& areaKey,
                                         const std::optional<std::string>& indicatorKey,
                                         const std::optional<std::string>& periodStart,
                                         const std::optional<std::string>& periodEnd) {
  std::vector<std::string> missing;
  if (!areaKey) missing.emplace_back("an area of the registry");
  if (!indicatorKey) missing.emplace_back("an indicator");
  if (!periodStart || !periodEnd) missing.emplace_back("a dated period");
  return missing;
}

// Removes the value correction a review made, so that a decision replacing it, or its undoing,
// takes the value back too. A value corrected again since (another value) is the user's later
// word and stays.
void removeValueMadeWith(Database& db, const ReadFigure& f, const std::optional<double>& value,
                         const std::string& author, const std::string& reason) {
  if (!value) return;
  Statement find = db.prepare(
      "SELECT id FROM observation_corrections WHERE document = ? AND page = ? AND subject_key = ? AND value = ?");
  find.bind(1, f.document).bind(2, f.page).bind(3, f.subject).bind(4, *value);
  if (find.step()) CorrectionRepository(db).removeValueCorrection(find.int64(0), author, reason);
}

std::int64_t upsertReview(Database& db, const ReadFigure& f, ReviewDecision decision, const ReviewedFields& fields,
                          const std::string& author, const std::string& reason) {
  db.prepare(R"sql(
INSERT INTO figure_reviews (document, document_sha256, page, subject_key, decision, area, area_key, area_code,
  indicator_key, period_kind, period_label, period_start, period_end, value, original, author, reason, created_at,
  comparator)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
ON CONFLICT (document, page, subject_key) DO UPDATE SET
  document_sha256 = excluded.document_sha256, decision = excluded.decision, area = excluded.area,
  area_key = excluded.area_key, area_code = excluded.area_code, comparator = excluded.comparator,
  indicator_key = excluded.indicator_key,
  period_kind = excluded.period_kind, period_label = excluded.period_label, period_start = excluded.period_start,
  period_end = excluded.period_end, value = excluded.value, original = excluded.original, author = excluded.author,
  reason = excluded.reason, created_at = excluded.created_at)sql")
      .bind(1, f.document)
      .bind(2, f.sha)
      .bind(3, f.page)
      .bind(4, f.subject)
      .bind(5, reviewDecisionName(decision))
      .bind(6, fields.area)
      .bind(7, fields.areaKey)
      .bind(8, fields.areaCode)
      .bind(9, fields.indicatorKey)
      .bind(10, fields.periodKind)
      .bind(11, fields.periodLabel)
      .bind(12, fields.periodStart)
      .bind(13, fields.periodEnd)
      .bind(14, fields.value)
      .bind(15, described(f))
      .bind(16, author)
      .bind(17, reason)
      .bind(18, utcNow())
      .bind(19, fields.comparator)
      .run();
  Statement id = db.prepare("SELECT id FROM figure_reviews WHERE document = ? AND page = ? AND subject_key = ?");
  id.bind(1, f.document).bind(2, f.page).bind(3, f.subject);
  id.step();
  return id.int64(0);
}

// Accepting or rejecting: the figure's fields stay as read, and a correction an earlier review made
// goes with it.
std::int64_t decideAsRead(Database& db, const ReadFigure& f, ReviewDecision decision, const std::string& author,
                          const std::string& reason) {
  const std::optional<EarlierReview> earlier = earlierReview(db, f);
  Savepoint savepoint(db, std::string(reviewDecisionName(decision)) + "_figure");
  if (earlier) removeValueMadeWith(db, f, earlier->fields.value, author, reason);
  const std::int64_t reviewId = upsertReview(db, f, decision, ReviewedFields{}, author, reason);
  const std::string event = decision == ReviewDecision::Accepted ? "figure_accepted" : "figure_rejected";
  AuditLog(db).record(author, event, where(f), described(f) + ": " + reason);
  savepoint.release();
  return reviewId;
}

// An area by ONS code, registry key or name as printed; `on` picks between areas that shared a name
// across a reorganisation.
const Area& resolveArea(const std::string& typed, const std::optional<Date>& on) {
  try {
    return areaOfTyping(typed, on);
  } catch (const std::invalid_argument& error) {
    throw StoreError(error.what());
  }
}

// The dictionary key typed, or a StoreError naming the keys nearest to it.
std::string indicatorKeyOf(const std::string& typed) {
  try {
    return indicatorKeyOfTyping(typed);
  } catch (const std::invalid_argument& error) {
    throw StoreError(error.what());
  }
}

Period readPeriod(const std::string& typed) {
  const std::optional<Period> period = parsePeriod(trimmed(typed));
  if (!period) {
    throw StoreError("cannot read \"" + typed + "\" as a period: write it as a report would, as in 2014-15, " +
                     "Q1 2014-15 or at 31 March 2015");
  }
  if (!period->dated()) {
    throw StoreError("the period \"" + typed + "\" has no dates: give its year too, as in Q1 2014-15");
  }
  return *period;
}

std::optional<Date> dateOf(const std::optional<std::string>& iso) {
  if (!iso) return std::nullopt;
  return Date::fromIso(*iso);
}

std::string orNone(const std::optional<std::string>& text) { return text.value_or("none"); }

FigureReview readReview(const Statement& s) {
  FigureReview r;
  r.id = s.int64(0);
  r.document = s.text(1);
  r.documentSha256 = s.text(2);
  r.page = s.integer(3);
  r.subjectKey = s.text(4);
  r.decision = reviewDecisionFromName(s.text(5)).value_or(ReviewDecision::Accepted);
  r.area = s.optionalText(6);
  r.indicatorKey = s.optionalText(7);
  r.periodLabel = s.optionalText(8);
  if (!s.isNull(9)) r.value = s.real(9);
  r.original = s.text(10);
  r.author = s.text(11);
  r.reason = s.text(12);
  r.createdAt = s.text(13);
  r.attached = s.integer(14) != 0;
  return r;
}

constexpr const char* kSelectReviews = R"sql(
SELECT r.id, r.document, r.document_sha256, r.page, r.subject_key, r.decision, r.area, r.indicator_key,
       r.period_label, r.value, r.original, r.author, r.reason, r.created_at,
       EXISTS (SELECT 1 FROM observations o JOIN documents d ON d.id = o.document_id
               WHERE d.file_name = r.document AND o.page = r.page AND o.subject_key = r.subject_key)
FROM figure_reviews r
)sql";

}  // namespace

std::vector<Observation> ReviewRepository::queue(int limit) const {
  // The ids first, documents in name order then their figures by page: SQLite walks the
  // documents_file_name and observations_by_document indexes in that order and stops at the limit,
  // rather than sorting every untrusted figure. d.id keeps two documents of one name apart.
  std::string sql = observationSelect() + R"sql(WHERE o.id IN (
  SELECT qo.id FROM documents qd
  CROSS JOIN observations qo ON qo.document_id = qd.id
  WHERE qo.trusted = 0
    AND NOT EXISTS (SELECT 1 FROM figure_reviews qr
                    WHERE qr.document = qd.file_name AND qr.page = qo.page AND qr.subject_key = qo.subject_key)
  ORDER BY qd.file_name, qd.id, qo.page, qo.id)sql";
  sql += limit >= 0 ? " LIMIT ?1)\n" : ")\n";
  sql += "ORDER BY d.file_name, d.id, o.page, o.id";
  Statement stmt = db_.prepare(sql);
  if (limit >= 0) stmt.bind(1, limit);
  std::vector<Observation> out;
  while (stmt.step()) out.push_back(readObservation(stmt));
  return out;
}

int ReviewRepository::queueCount() const {
  // The untrusted figures (an index counts them) less those reviewed (few): not a join of every row.
  Statement stmt = db_.prepare(R"sql(
SELECT (SELECT count(*) FROM observations WHERE trusted = 0) -
       (SELECT count(*) FROM figure_reviews r
        CROSS JOIN documents d ON d.file_name = r.document
        CROSS JOIN observations o ON o.document_id = d.id AND o.page = r.page AND o.subject_key = r.subject_key
        WHERE o.trusted = 0))sql");
  stmt.step();
  return stmt.integer(0);
}

std::int64_t ReviewRepository::accept(std::int64_t observationId, const std::string& author,
                                      const std::string& reason) {
  requireWho(author, reason);
  const ReadFigure figure = readFigure(db_, observationId);
  const auto missing = missingForTrust(figure.areaKey, figure.indicatorKey, figure.periodStart, figure.periodEnd);
  if (!missing.empty()) {
    throw StoreError("figure " + std::to_string(observationId) + " cannot be accepted as read: it needs " +
                     join(missing, ", ") + " to be trusted; correct it first");
  }
  return decideAsRead(db_, figure, ReviewDecision::Accepted, author, reason);
}

std::int64_t ReviewRepository::reject(std::int64_t observationId, const std::string& author,
                                      const std::string& reason) {
  requireWho(author, reason);
  return decideAsRead(db_, readFigure(db_, observationId), ReviewDecision::Rejected, author, reason);
}

std::int64_t ReviewRepository::correct(std::int64_t observationId, const FigureEdit& edit, const std::string& author,
                                       const std::string& reason) {
  requireWho(author, reason);
  if (edit.empty()) throw StoreError("a figure correction needs an area, an indicator, a period or a value");
  const ReadFigure figure = readFigure(db_, observationId);
  const std::optional<EarlierReview> earlier = earlierReview(db_, figure);
  // Fields an earlier correction set stay corrected unless this one sets them again.
  ReviewedFields fields =
      earlier && earlier->decision == ReviewDecision::Corrected ? earlier->fields : ReviewedFields{};
  if (edit.period) {
    const Period period = readPeriod(*edit.period);
    fields.periodKind = periodKindName(period.kind);
    fields.periodLabel = period.label;
    fields.periodStart = period.start->iso();
    fields.periodEnd = period.end->iso();
  }
  if (edit.area) {
    const Area& area = resolveArea(*edit.area, dateOf(fields.periodStart ? fields.periodStart : figure.periodStart));
    fields.area = area.name;
    fields.areaKey = area.key;
    fields.areaCode = area.onsCode.empty() ? std::nullopt : std::optional<std::string>(area.onsCode);
    // England misread as a borough must be drawn as England: dashed, a comparator.
    fields.comparator = comparatorName(extract::comparatorFor(&area));
  }
  if (edit.indicatorKey) fields.indicatorKey = indicatorKeyOf(*edit.indicatorKey);
  if (edit.value) fields.value = edit.value;
  const auto missing = missingForTrust(fields.area ? fields.areaKey : figure.areaKey,
                                       fields.indicatorKey ? fields.indicatorKey : figure.indicatorKey,
                                       fields.periodStart ? fields.periodStart : figure.periodStart,
                                       fields.periodEnd ? fields.periodEnd : figure.periodEnd);
  if (!missing.empty()) {
    throw StoreError("figure " + std::to_string(observationId) + " corrected is trusted, so it needs " +
                     join(missing, ", ") + ": correct that too");
  }

  Savepoint savepoint(db_, "correct_figure");
  if (edit.value) CorrectionRepository(db_).correctValue(observationId, *edit.value, author, reason);
  const std::int64_t reviewId = upsertReview(db_, figure, ReviewDecision::Corrected, fields, author, reason);
  std::string detail;
  const auto change = [&](const char* what, const std::string& from, const std::optional<std::string>& to) {
    if (!to) return;
    detail += (detail.empty() ? "" : ", ") + std::string(what) + " " + from + " -> " + *to;
  };
  change("area", figure.area, edit.area ? fields.area : std::nullopt);
  change("indicator", orNone(figure.indicatorKey), edit.indicatorKey ? fields.indicatorKey : std::nullopt);
  change("period", figure.periodLabel.empty() ? "none" : figure.periodLabel,
         edit.period ? fields.periodLabel : std::nullopt);
  change("value", figure.value ? formatNumber(*figure.value, figure.decimals) : "suppressed",
         edit.value ? std::optional<std::string>(formatNumber(*edit.value, figure.decimals)) : std::nullopt);
  AuditLog(db_).record(author, "figure_corrected", where(figure), detail + ": " + reason);
  savepoint.release();
  return reviewId;
}

bool ReviewRepository::undo(std::int64_t reviewId, const std::string& author, const std::string& reason) {
  requireWho(author, reason);
  Statement find = db_.prepare("SELECT document, page, subject_key, decision, value FROM figure_reviews WHERE id = ?");
  find.bind(1, reviewId);
  if (!find.step()) return false;
  ReadFigure figure;
  figure.document = find.text(0);
  figure.page = find.integer(1);
  figure.subject = find.text(2);
  const std::string decision = find.text(3);
  const std::optional<double> value = find.isNull(4) ? std::nullopt : std::optional<double>(find.real(4));
  Savepoint savepoint(db_, "undo_review");
  removeValueMadeWith(db_, figure, value, author, reason);
  db_.prepare("DELETE FROM figure_reviews WHERE id = ?").bind(1, reviewId).run();
  AuditLog(db_).record(author, "review_undone", where(figure), decision + " undone: " + reason);
  savepoint.release();
  return true;
}

std::vector<FigureReview> ReviewRepository::reviews() const {
  Statement stmt = db_.prepare(std::string(kSelectReviews) + "ORDER BY r.created_at DESC, r.id DESC");
  std::vector<FigureReview> out;
  while (stmt.step()) out.push_back(readReview(stmt));
  return out;
}

std::vector<FigureReview> ReviewRepository::reviewsOf(const std::string& document, int page,
                                                      const std::string& subjectKey) const {
  Statement stmt = db_.prepare(std::string(kSelectReviews) +
                               "WHERE r.document = ? AND r.page = ? AND r.subject_key = ?\n"
                               "ORDER BY r.created_at DESC, r.id DESC");
  stmt.bind(1, document).bind(2, page).bind(3, subjectKey);
  std::vector<FigureReview> out;
  while (stmt.step()) out.push_back(readReview(stmt));
  return out;
}

int ReviewRepository::detachedCount() const {
  int detached = 0;
  for (const auto& review : reviews()) detached += review.attached ? 0 : 1;
  return detached;
}

}  // namespace sbw::store
