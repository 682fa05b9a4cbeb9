#include "store/observation_repository.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/indicator_dictionary.h"
#include "core/text.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/observation_rows.h"

namespace sbw::store {
namespace {

// The reviewed values, over the aliases o (the observation) and r (its review, NULL when none): a
// review's fields replace the ones read.
constexpr const char* kReviewedArea = "coalesce(r.area, o.area)";
constexpr const char* kReviewedIndicator = "coalesce(r.indicator_key, o.indicator_key)";
constexpr const char* kReviewedTrusted =
    "CASE r.decision WHEN 'rejected' THEN 0 WHEN 'accepted' THEN 1 WHEN 'corrected' THEN 1 ELSE o.trusted END";

// An observation with its document, value correction and review: where the figure has a review, its
// area, indicator, period and trust are the reviewed ones, as in observation_v. (The area's code
// goes with the reviewed name: a partnership has none.)
constexpr const char* kColumns = R"sql(
SELECT o.id, o.document_id, o.page, coalesce(r.area, o.area),
       CASE WHEN r.area IS NULL THEN o.area_code ELSE r.area_code END, coalesce(r.area_key, o.area_key),
       o.area_label, coalesce(r.comparator, o.comparator), coalesce(r.indicator_key, o.indicator_key), o.indicator_label,
       coalesce(r.period_kind, o.period_kind), coalesce(r.period_label, o.period_label),
       coalesce(r.period_start, o.period_start), coalesce(r.period_end, o.period_end),
       o.value, o.value_text, o.scale, o.decimals, o.unit, o.suppression, o.method, o.confidence,
       o.x1, o.y1, o.x2, o.y2, o.snippet, o.subject_key,
       d.file_name, c.value, c.author, c.reason,
       o.kind, o.bound, o.credit,
       CASE r.decision WHEN 'rejected' THEN 0 WHEN 'accepted' THEN 1 WHEN 'corrected' THEN 1 ELSE o.trusted END,
       o.doubt, o.note, r.decision, r.author, r.reason
)sql";

// For pivots and charts (ObservationQuery::withoutText): the same columns, the long texts left
// empty. Reading them would cost more than the rest of the row.
constexpr const char* kLeanColumns = R"sql(
SELECT o.id, o.document_id, o.page, coalesce(r.area, o.area),
       CASE WHEN r.area IS NULL THEN o.area_code ELSE r.area_code END, coalesce(r.area_key, o.area_key),
       '', coalesce(r.comparator, o.comparator), coalesce(r.indicator_key, o.indicator_key), '',
       coalesce(r.period_kind, o.period_kind), coalesce(r.period_label, o.period_label),
       coalesce(r.period_start, o.period_start), coalesce(r.period_end, o.period_end),
       o.value, '', o.scale, o.decimals, o.unit, o.suppression, o.method, o.confidence,
       o.x1, o.y1, o.x2, o.y2, '', o.subject_key,
       d.file_name, c.value, c.author, '',
       o.kind, o.bound, o.credit,
       CASE r.decision WHEN 'rejected' THEN 0 WHEN 'accepted' THEN 1 WHEN 'corrected' THEN 1 ELSE o.trusted END,
       o.doubt, '', r.decision, r.author, ''
)sql";

// Every observation, with its review where it has one.
constexpr const char* kFromObservations = R"sql(FROM observations o
JOIN documents d ON d.id = o.document_id
LEFT JOIN observation_corrections c
       ON c.document = d.file_name AND c.page = o.page AND c.subject_key = o.subject_key
LEFT JOIN figure_reviews r
       ON r.document = d.file_name AND r.page = o.page AND r.subject_key = o.subject_key
)sql";

// The observations that have a review, read from figure_reviews first (CROSS JOIN keeps that
// order): there are few.
constexpr const char* kFromReviews = R"sql(FROM figure_reviews r
CROSS JOIN documents d ON d.file_name = r.document
CROSS JOIN observations o ON o.document_id = d.id AND o.page = r.page AND o.subject_key = r.subject_key
LEFT JOIN observation_corrections c
       ON c.document = d.file_name AND c.page = o.page AND c.subject_key = o.subject_key
)sql";

std::optional<Date> optionalDate(const Statement& stmt, int column) {
  if (stmt.isNull(column)) return std::nullopt;
  return Date::fromIso(stmt.text(column));
}

}  // namespace

const std::string& observationSelect() {
  static const std::string sql = std::string(kColumns) + kFromObservations;
  return sql;
}

Observation readObservation(const Statement& s) {
  Observation o;
  o.id = s.int64(0);
  o.documentId = s.int64(1);
  o.page = s.integer(2);
  o.area = s.text(3);
  o.areaCode = s.text(4);
  o.areaKey = s.text(5);
  o.areaLabel = s.text(6);
  o.comparator = comparatorFromName(s.text(7)).value_or(Comparator::Other);
  o.indicatorKey = s.text(8);
  o.indicatorLabel = s.text(9);
  if (!s.isNull(10)) o.periodKind = periodKindFromName(s.text(10));
  o.periodLabel = s.text(11);
  o.periodStart = optionalDate(s, 12);
  o.periodEnd = optionalDate(s, 13);
  if (!s.isNull(14)) o.quantity.value = s.real(14);
  o.quantity.printed = s.text(15);
  o.quantity.scale = s.real(16);
  o.quantity.decimals = s.integer(17);
  o.quantity.unit = unitFromName(s.text(18)).value_or(Unit::Count);
  o.quantity.suppression = suppressionFromCode(s.text(19)).value_or(Suppression::None);
  o.method = methodFromName(s.text(20)).value_or(ExtractionMethod::Table);
  o.confidence = s.real(21);
  if (!s.isNull(22)) o.box = PageBox{s.real(22), s.real(23), s.real(24), s.real(25)};
  o.snippet = s.text(26);
  o.subjectKey = s.text(27);
  o.document = s.text(28);
  if (!s.isNull(29)) o.correctedValue = s.real(29);
  o.correctedBy = s.text(30);
  o.correctionReason = s.text(31);
  o.kind = figureKindFromName(s.text(32)).value_or(FigureKind::Outturn);
  o.bound = boundFromName(s.text(33)).value_or(Bound::Exact);
  o.credit = s.integer(34) != 0;
  o.trusted = s.integer(35) != 0;
  o.doubt = s.text(36);
  o.note = s.text(37);
  if (!s.isNull(38)) o.review = reviewDecisionFromName(s.text(38));
  o.reviewedBy = s.text(39);
  o.reviewReason = s.text(40);
  return o;
}

namespace {

std::optional<std::string> nonEmpty(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return text;
}

std::optional<std::string> isoOf(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return date->iso();
}

struct BuiltQuery {
  std::string sql;
  std::vector<std::string> texts;
  std::optional<std::int64_t> documentId;
};

// The figures without a review are filtered on their own columns, so that SQLite searches an index
// instead of scanning; UNION ALL the few reviewed figures, filtered on the reviewed values. (One
// query over a LEFT JOIN would have to filter on the reviewed values, which no index holds.) No
// ORDER BY then: find() sorts, cheaper than SQLite's sorter copying every wide row. A document's
// figures need no halves: a review does not move a figure to another document.
BuiltQuery build(const ObservationQuery& query) {
  BuiltQuery built;
  std::vector<std::string> asRead = {"r.id IS NULL"};
  std::vector<std::string> reviewed;
  const auto parameter = [&](const std::string& text) {
    built.texts.push_back(text);
    return "?" + std::to_string(built.texts.size());
  };
  if (query.indicatorKey) {
    const std::string p = parameter(*query.indicatorKey);
    asRead.push_back("o.indicator_key = " + p);
    // The first test needs the review alone, so reviews that moved a figure elsewhere are passed over
    // before their figure is read.
    reviewed.push_back("(r.indicator_key = " + p + " OR r.indicator_key IS NULL) AND " + kReviewedIndicator + " = " +
                       p);
  }
  if (query.area) {
    const std::string p = parameter(*query.area);
    asRead.push_back("o.area = " + p);
    reviewed.push_back("(r.area = " + p + " OR r.area IS NULL) AND " + kReviewedArea + " = " + p);
  }
  if (query.trustedOutturnsOnly) {
    asRead.emplace_back("o.trusted = 1 AND o.kind = 'outturn'");
    reviewed.push_back(std::string(kReviewedTrusted) + " = 1 AND o.kind = 'outturn'");
  }
  if (query.parts > 1) {
    // Tested on the index's row id, before the figure's row is read.
    const std::string part = "o.id % " + std::to_string(query.parts) + " = " + std::to_string(query.part);
    asRead.push_back(part);
    reviewed.push_back(part);
  }
  const std::string document = "o.document_id = ?" + std::to_string(built.texts.size() + 1);
  if (query.documentId) built.documentId = query.documentId;
  if (reviewed.empty()) {
    built.sql = observationSelect() + (query.documentId ? "WHERE " + document + "\n" : "") +
                "ORDER BY o.document_id, o.page, o.id";
    return built;
  }
  if (query.documentId) {
    asRead.push_back(document);
    reviewed.push_back(document);
  }
  const char* columns = query.withoutText ? kLeanColumns : kColumns;
  built.sql = std::string(columns) + kFromObservations + "WHERE " + join(asRead, " AND ") + "\nUNION ALL" + columns +
              kFromReviews + "WHERE " + join(reviewed, " AND ") + "\n";
  return built;
}

// The order the desktop shows: one indicator by area and period, one area by indicator and period,
// otherwise as printed, document by document. An order of indices is sorted, then each figure moved
// once: sorting the figures themselves would move each of their strings many times.
void sortFor(const ObservationQuery& query, std::vector<Observation>& observations) {
  std::vector<size_t> order(observations.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto sortBy = [&](auto key) {
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return key(observations[a]) < key(observations[b]); });
  };
  if (query.indicatorKey) {
    sortBy([](const Observation& o) { return std::tie(o.area, o.periodStart, o.id); });
  } else if (query.area) {
    sortBy([](const Observation& o) { return std::tie(o.indicatorKey, o.periodStart, o.id); });
  } else {
    sortBy([](const Observation& o) { return std::tie(o.documentId, o.page, o.id); });
  }
  std::vector<Observation> sorted;
  sorted.reserve(observations.size());
  for (const size_t i : order) sorted.push_back(std::move(observations[i]));
  observations = std::move(sorted);
}

void bindAll(Statement& stmt, const BuiltQuery& built) {
  int index = 1;
  for (const auto& text : built.texts) stmt.bind(index++, text);
  if (built.documentId) stmt.bind(index, *built.documentId);
}

}  // namespace

std::vector<std::int64_t> ObservationRepository::replaceForDocument(std::int64_t documentId,
                                                                    const std::vector<Observation>& observations) {
  db_.prepare("DELETE FROM observations WHERE document_id = ?").bind(1, documentId).run();
  Statement insert = db_.prepare(R"sql(
INSERT INTO observations (document_id, page, area, area_code, area_key, area_label, comparator, indicator_key,
  indicator_label, period_kind, period_label, period_start, period_end, value, value_text, scale, decimals, unit,
  suppression, method, confidence, x1, y1, x2, y2, snippet, subject_key, kind, bound, credit, trusted, doubt, note)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23,
  ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33))sql");
  std::vector<std::int64_t> ids;
  ids.reserve(observations.size());
  for (const Observation& o : observations) {
    const std::string subjectKey = o.subjectKey.empty() ? observationSubjectKey(o) : o.subjectKey;
    insert.bind(1, documentId).bind(2, o.page).bind(3, o.area).bind(4, nonEmpty(o.areaCode));
    insert.bind(5, nonEmpty(o.areaKey)).bind(6, o.areaLabel).bind(7, comparatorName(o.comparator));
    insert.bind(8, nonEmpty(o.indicatorKey)).bind(9, o.indicatorLabel);
    if (o.periodKind) {
      insert.bind(10, periodKindName(*o.periodKind));
    } else {
      insert.bindNull(10);
    }
    insert.bind(11, o.periodLabel).bind(12, isoOf(o.periodStart)).bind(13, isoOf(o.periodEnd));
    insert.bind(14, o.quantity.suppressed() ? std::nullopt : o.quantity.value);
    insert.bind(15, o.quantity.printed).bind(16, o.quantity.scale).bind(17, o.quantity.decimals);
    insert.bind(18, unitName(o.quantity.unit));
    insert.bind(19, o.quantity.suppressed() ? std::optional<std::string>(suppressionCode(o.quantity.suppression))
                                            : std::nullopt);
    insert.bind(20, methodName(o.method)).bind(21, o.confidence);
    if (o.box) {
      insert.bind(22, o.box->x1).bind(23, o.box->y1).bind(24, o.box->x2).bind(25, o.box->y2);
    } else {
      insert.bindNull(22).bindNull(23).bindNull(24).bindNull(25);
    }
    insert.bind(26, o.snippet).bind(27, subjectKey);
    insert.bind(28, figureKindName(o.kind)).bind(29, boundName(o.bound)).bind(30, o.credit ? 1 : 0);
    insert.bind(31, o.trusted ? 1 : 0).bind(32, o.doubt).bind(33, o.note);
    insert.run();
    ids.push_back(db_.lastInsertId());
  }
  Statement name = db_.prepare("SELECT file_name FROM documents WHERE id = ?");
  name.bind(1, documentId);
  const std::string document = name.step() ? name.text(0) : "document " + std::to_string(documentId);
  AuditLog(db_).record("import", "observations_replaced", document,
                       std::to_string(observations.size()) + " observations");
  return ids;
}

size_t ObservationRepository::expectedCount(const ObservationQuery& query) const {
  // One indicator's trusted outturns are counted from the index alone, so a large read is sized
  // once instead of growing (and moving every figure) a dozen times. Reviews move a few figures
  // in or out; the vector grows for those.
  if (!query.indicatorKey || !query.trustedOutturnsOnly || query.area || query.documentId) return 0;
  Statement count =
      db_.prepare("SELECT count(*) FROM observations WHERE trusted = 1 AND kind = 'outturn' AND indicator_key = ?1");
  count.bind(1, *query.indicatorKey);
  const auto all = count.step() ? static_cast<size_t>(count.int64(0)) : 0;
  return all / static_cast<size_t>(std::max(1, query.parts)) + 1;
}

std::vector<Observation> ObservationRepository::find(const ObservationQuery& query) const {
  const BuiltQuery built = build(query);
  Statement stmt = db_.prepare(built.sql);
  bindAll(stmt, built);
  std::vector<Observation> out;
  out.reserve(expectedCount(query));
  while (stmt.step()) out.push_back(readObservation(stmt));
  if (!query.anyOrder) sortFor(query, out);
  if (!query.latestDocumentOnly) return out;

  // A document's reporting date: the end of the latest period it gives figures for. Later reports
  // restate earlier years with revised figures, so the later report's figure is the one to show.
  DocumentRanks documentRank;
  Statement rank = db_.prepare(
      "SELECT (SELECT max(period_end) FROM observations WHERE document_id = ?1), imported_at FROM documents WHERE id = "
      "?1");
  for (const auto& o : out) {
    if (documentRank.contains(o.documentId)) continue;
    rank.bind(1, o.documentId);
    if (rank.step()) documentRank[o.documentId] = {rank.text(0), rank.text(1)};
    rank.reset();
  }
  const auto groupOf = [](const Observation& o) {
    const std::string period =
        o.periodStart && o.periodEnd ? o.periodStart->iso() + "/" + o.periodEnd->iso() : "?" + lowered(o.periodLabel);
    return (o.areaKey.empty() ? lowered(o.area) : o.areaKey) + "|" +
           (o.indicatorKey.empty() ? join(labelWords(o.indicatorLabel), " ") : o.indicatorKey) + "|" + period + "|" +
           comparatorName(o.comparator);
  };
  std::map<std::string, size_t> chosen;  // group -> index into out
  for (size_t i = 0; i < out.size(); ++i) {
    const std::string group = groupOf(out[i]);
    const auto found = chosen.find(group);
    if (found == chosen.end()) {
      chosen[group] = i;
      continue;
    }
    const Observation& current = out[found->second];
    if (shownBefore(out[i], current, documentRank)) found->second = i;
  }
  std::vector<bool> keep(out.size(), false);
  for (const auto& [group, index] : chosen) keep[index] = true;
  std::vector<Observation> latest;
  for (size_t i = 0; i < out.size(); ++i) {
    if (keep[i]) latest.push_back(std::move(out[i]));
  }
  return latest;
}

bool ObservationRepository::shownBefore(const Observation& a, const Observation& b, const DocumentRanks& ranks) {
  const auto key = [&](const Observation& o) {
    const auto found = ranks.find(o.documentId);
    static const DocumentRank unknown;
    const DocumentRank& rank = found == ranks.end() ? unknown : found->second;
    // Last, the figure stored first: two figures of one page rank the same however they were read.
    return std::tuple<const std::string&, const std::string&, std::int64_t, int, std::int64_t>(
        rank.reported, rank.imported, o.documentId, -o.page, -o.id);
  };
  return key(a) > key(b);
}

DocumentRanks ObservationRepository::documentRanks() const {
  DocumentRanks ranks;
  Statement stmt = db_.prepare(
      "SELECT d.id, coalesce(m.reported, ''), d.imported_at FROM documents d "
      "LEFT JOIN (SELECT document_id, max(period_end) AS reported FROM observations GROUP BY document_id) m "
      "ON m.document_id = d.id");
  while (stmt.step()) ranks[stmt.int64(0)] = {stmt.text(1), stmt.text(2)};
  return ranks;
}

std::vector<Observation> ObservationRepository::forIndicator(const std::string& indicatorKey, bool latestDocumentOnly,
                                                             bool trustedOutturnsOnly) const {
  ObservationQuery query;
  query.indicatorKey = indicatorKey;
  query.latestDocumentOnly = latestDocumentOnly;
  query.trustedOutturnsOnly = trustedOutturnsOnly;
  return find(query);
}

std::vector<Observation> ObservationRepository::forArea(const std::string& area, bool latestDocumentOnly) const {
  ObservationQuery query;
  query.area = area;
  query.latestDocumentOnly = latestDocumentOnly;
  return find(query);
}

std::vector<Observation> ObservationRepository::forDocument(std::int64_t documentId) const {
  ObservationQuery query;
  query.documentId = documentId;
  return find(query);
}

std::optional<Observation> ObservationRepository::byId(std::int64_t id) const {
  Statement stmt = db_.prepare(observationSelect() + "WHERE o.id = ?");
  stmt.bind(1, id);
  if (!stmt.step()) return std::nullopt;
  return readObservation(stmt);
}

int ObservationRepository::count() const {
  Statement stmt = db_.prepare("SELECT count(*) FROM observations");
  stmt.step();
  return stmt.integer(0);
}

std::vector<std::pair<std::string, int>> ObservationRepository::indicatorCounts(bool trustedOutturnsOnly) const {
  return indicatorCounts(trustedOutturnsOnly, trustedOutturnsOnly);
}

std::vector<std::pair<std::string, int>> ObservationRepository::indicatorCounts(bool trustedOnly,
                                                                                bool outturnsOnly) const {
  Statement stmt = db_.prepare(indicatorCountsSql(trustedOnly, outturnsOnly));
  std::vector<std::pair<std::string, int>> counts;
  while (stmt.step()) counts.emplace_back(stmt.text(0), stmt.integer(1));
  return counts;
}

std::vector<std::string> ObservationRepository::indicatorCountsPlan(bool trustedOnly, bool outturnsOnly) const {
  Statement stmt = db_.prepare("EXPLAIN QUERY PLAN " + indicatorCountsSql(trustedOnly, outturnsOnly));
  std::vector<std::string> lines;
  while (stmt.step()) lines.push_back(stmt.text(3));
  return lines;
}

std::string ObservationRepository::indicatorCountsSql(bool trustedOnly, bool outturnsOnly) {
  // Counted on the observations' own columns (an index holds them all), then each reviewed figure is
  // taken out as read and counted again as reviewed: joining every observation to its review would
  // read every row. Without trust, a rejected figure is counted out: it is never shown.
  const std::string kind = outturnsOnly ? " AND o.kind = 'outturn'" : "";
  const std::string asRead = (trustedOnly ? std::string(" AND o.trusted = 1") : std::string()) + kind;
  const std::string reviewed =
      (trustedOnly ? std::string(" AND ") + kReviewedTrusted + " = 1" : std::string(" AND r.decision <> 'rejected'")) +
      kind;
  const std::string reviewedFigures =
      " FROM figure_reviews r CROSS JOIN documents d ON d.file_name = r.document"
      " CROSS JOIN observations o"
      " ON o.document_id = d.id AND o.page = r.page AND o.subject_key = r.subject_key";
  const std::string asReadCounts =
      "SELECT o.indicator_key AS key, count(*) AS n FROM observations o"
      " WHERE o.indicator_key IS NOT NULL" +
      asRead + " GROUP BY o.indicator_key";
  const std::string takenOut =
      "SELECT o.indicator_key, -1" + reviewedFigures + " WHERE o.indicator_key IS NOT NULL" + asRead;
  const std::string countedAgain = std::string("SELECT ") + kReviewedIndicator + ", 1" + reviewedFigures + " WHERE " +
                                   kReviewedIndicator + " IS NOT NULL" + reviewed;
  return "SELECT key, sum(n) AS total FROM (" + asReadCounts + " UNION ALL " + takenOut + " UNION ALL " + countedAgain +
         ") GROUP BY key HAVING total > 0 ORDER BY total DESC, key";
}

std::vector<std::string> ObservationRepository::queryPlan(const ObservationQuery& query) const {
  const BuiltQuery built = build(query);
  Statement stmt = db_.prepare("EXPLAIN QUERY PLAN " + built.sql);
  bindAll(stmt, built);
  std::vector<std::string> lines;
  while (stmt.step()) lines.push_back(stmt.text(3));
  return lines;
}

}  // namespace sbw::store
