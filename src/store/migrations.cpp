#include "store/migrations.h"

#include <string>

#include "store/database.h"

namespace sbw::store {

namespace {

// Version 1: documents, their pages with text and word boxes, full-text index over page text.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  file_name   TEXT NOT NULL,
  path        TEXT NOT NULL,
  sha256      TEXT NOT NULL UNIQUE,
  title       TEXT NOT NULL DEFAULT '',
  page_count  INTEGER NOT NULL CHECK (page_count > 0),
  file_size   INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE INDEX documents_file_name ON documents(file_name);
CREATE INDEX documents_path ON documents(path);

CREATE TABLE pages (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  number      INTEGER NOT NULL CHECK (number >= 1),
  label       TEXT NOT NULL DEFAULT '',
  width       REAL NOT NULL,
  height      REAL NOT NULL,
  rotation    INTEGER NOT NULL DEFAULT 0,
  text        TEXT NOT NULL,
  UNIQUE (document_id, number)
);

CREATE TABLE words (
  page_id   INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  seq       INTEGER NOT NULL,
  text      TEXT NOT NULL,
  x1 REAL NOT NULL, y1 REAL NOT NULL, x2 REAL NOT NULL, y2 REAL NOT NULL,
  font      TEXT NOT NULL DEFAULT '',
  font_size REAL NOT NULL DEFAULT 0,
  bold      INTEGER NOT NULL DEFAULT 0,
  italic    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (page_id, seq)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE page_fts USING fts5(
  text, content = 'pages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER pages_fts_insert AFTER INSERT ON pages BEGIN
  INSERT INTO page_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN
  INSERT INTO page_fts(page_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER pages_fts_update AFTER UPDATE OF text ON pages BEGIN
  INSERT INTO page_fts(page_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO page_fts(rowid, text) VALUES (new.id, new.text);
END;
)sql";

// Version 2: the domain model. Observations (figures with their provenance), meetings, agenda items,
// actions and recommendations with their RAG history, quality flags, user corrections and the audit
// log, and the views observation_v and action_v that ../shared/README.md fixes.
// Corrections are keyed by natural keys (document file name, page, subject), not by row ids, because
// re-importing a changed file deletes the document and everything that cascades from it.
constexpr std::string_view kSchemaV2 = R"sql(
CREATE TABLE observations (
  id              INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page            INTEGER NOT NULL CHECK (page >= 1),
  area            TEXT NOT NULL,
  area_code       TEXT,
  area_key        TEXT,
  area_label      TEXT NOT NULL DEFAULT '',
  comparator      TEXT NOT NULL DEFAULT 'local'
                  CHECK (comparator IN ('local', 'england', 'london', 'inner_london', 'region',
                                        'statistical_neighbours', 'other')),
  indicator_key   TEXT,
  indicator_label TEXT NOT NULL,
  period_kind     TEXT CHECK (period_kind IN ('financial_year', 'academic_year', 'calendar_year', 'quarter',
                                              'month', 'half_year', 'point_in_time', 'range')),
  period_label    TEXT NOT NULL DEFAULT '',
  period_start    TEXT,
  period_end      TEXT,
  value           REAL,
  value_text      TEXT NOT NULL,
  scale           REAL NOT NULL DEFAULT 1,
  decimals        INTEGER NOT NULL DEFAULT 0,
  unit            TEXT NOT NULL
                  CHECK (unit IN ('count', 'percent', 'rate_per_10k', 'gbp', 'score', 'days', 'weeks', 'rank')),
  suppression     TEXT CHECK (suppression IN ('c', 'x', 'z', 'k')),
  method          TEXT NOT NULL CHECK (method IN ('table', 'prose', 'manual')),
  confidence      REAL NOT NULL DEFAULT 1 CHECK (confidence >= 0 AND confidence <= 1),
  x1 REAL, y1 REAL, x2 REAL, y2 REAL,
  snippet         TEXT NOT NULL DEFAULT '',
  subject_key     TEXT NOT NULL,
  CHECK ((value IS NULL) = (suppression IS NOT NULL)),
  FOREIGN KEY (document_id, page) REFERENCES pages(document_id, number) ON DELETE CASCADE
);
CREATE INDEX observations_by_indicator ON observations(indicator_key, area, period_start);
CREATE INDEX observations_by_area ON observations(area, indicator_key, period_start);
CREATE INDEX observations_by_document ON observations(document_id, page);

CREATE TABLE meetings (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page         INTEGER NOT NULL CHECK (page >= 1),
  body         TEXT NOT NULL DEFAULT '',
  title        TEXT NOT NULL DEFAULT '',
  meeting_date TEXT
);
CREATE INDEX meetings_by_document ON meetings(document_id);
CREATE INDEX meetings_by_date ON meetings(meeting_date);

CREATE TABLE agenda_items (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  page       INTEGER NOT NULL CHECK (page >= 1),
  number     TEXT NOT NULL DEFAULT '',
  title      TEXT NOT NULL
);
CREATE INDEX agenda_items_by_meeting ON agenda_items(meeting_id);

CREATE TABLE actions (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page           INTEGER NOT NULL CHECK (page >= 1),
  meeting_id     INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
  agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
  agenda_item    TEXT,
  kind           TEXT NOT NULL DEFAULT 'action' CHECK (kind IN ('action', 'recommendation')),
  reference      TEXT NOT NULL DEFAULT '',
  text           TEXT NOT NULL,
  owner          TEXT,
  due_label      TEXT,
  due_date       TEXT,
  status         TEXT CHECK (status IN ('open', 'in_progress', 'complete')),
  rag            TEXT CHECK (rag IN ('red', 'amber', 'green')),
  method         TEXT NOT NULL DEFAULT 'table' CHECK (method IN ('table', 'prose', 'manual')),
  confidence     REAL NOT NULL DEFAULT 1 CHECK (confidence >= 0 AND confidence <= 1),
  snippet        TEXT NOT NULL DEFAULT '',
  subject_key    TEXT NOT NULL
);
CREATE INDEX actions_by_document ON actions(document_id, page);
CREATE INDEX actions_by_subject ON actions(subject_key);
CREATE INDEX actions_by_meeting ON actions(meeting_id);
CREATE INDEX actions_by_agenda_item ON actions(agenda_item_id);

CREATE TABLE action_updates (
  id          INTEGER PRIMARY KEY,
  action_id   INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  as_of       TEXT,
  as_of_label TEXT NOT NULL DEFAULT '',
  status      TEXT CHECK (status IN ('open', 'in_progress', 'complete')),
  rag         TEXT CHECK (rag IN ('red', 'amber', 'green')),
  note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_updates_by_action ON action_updates(action_id, as_of);

CREATE TABLE quality_flags (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page        INTEGER CHECK (page >= 1),
  kind        TEXT NOT NULL,
  message     TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX quality_flags_by_document ON quality_flags(document_id, page);
CREATE INDEX quality_flags_by_kind ON quality_flags(kind);

CREATE TABLE observation_corrections (
  id              INTEGER PRIMARY KEY,
  document        TEXT NOT NULL,
  document_sha256 TEXT NOT NULL,
  page            INTEGER NOT NULL CHECK (page >= 1),
  subject_key     TEXT NOT NULL,
  original_value  REAL,
  value           REAL NOT NULL,
  author          TEXT NOT NULL,
  reason          TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  UNIQUE (document, page, subject_key)
);

CREATE TABLE action_corrections (
  id              INTEGER PRIMARY KEY,
  document        TEXT NOT NULL,
  document_sha256 TEXT NOT NULL,
  page            INTEGER NOT NULL CHECK (page >= 1),
  subject_key     TEXT NOT NULL,
  original_status TEXT,
  original_rag    TEXT,
  status          TEXT CHECK (status IN ('open', 'in_progress', 'complete')),
  rag             TEXT CHECK (rag IN ('red', 'amber', 'green')),
  author          TEXT NOT NULL,
  reason          TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  CHECK (status IS NOT NULL OR rag IS NOT NULL),
  UNIQUE (document, page, subject_key)
);

CREATE TABLE audit_log (
  id      INTEGER PRIMARY KEY,
  at      TEXT NOT NULL,
  actor   TEXT NOT NULL,
  event   TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_time ON audit_log(at);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE VIEW observation_v AS
SELECT o.area, o.area_code, o.indicator_key, o.indicator_label, o.period_label, o.period_start, o.period_end,
       CASE WHEN c.id IS NULL THEN o.value ELSE c.value END AS value,
       o.unit, d.file_name AS document, o.page,
       o.id AS observation_id, o.document_id, o.area_key, o.area_label, o.comparator, o.period_kind,
       o.value AS printed_value, o.value_text, o.scale,
       (CASE WHEN c.id IS NULL THEN o.value ELSE c.value END) * o.scale AS amount,
       o.suppression, o.method, o.confidence, o.snippet, o.x1, o.y1, o.x2, o.y2, o.subject_key,
       c.id IS NOT NULL AS corrected, c.author AS corrected_by, c.created_at AS corrected_at,
       c.reason AS correction_reason
FROM observations o
JOIN documents d ON d.id = o.document_id
LEFT JOIN observation_corrections c
       ON c.document = d.file_name AND c.page = o.page AND c.subject_key = o.subject_key;

CREATE VIEW action_v AS
SELECT d.file_name AS document, a.page, m.meeting_date, a.agenda_item, a.text AS action_text, a.owner,
       a.due_date, coalesce(c.status, a.status) AS status, coalesce(c.rag, a.rag) AS rag,
       a.id AS action_id, a.document_id, a.meeting_id, a.kind, a.reference, a.due_label,
       a.status AS printed_status, a.rag AS printed_rag, a.method, a.confidence, a.snippet, a.subject_key,
       c.id IS NOT NULL AS corrected, c.author AS corrected_by, c.created_at AS corrected_at,
       c.reason AS correction_reason
FROM actions a
JOIN documents d ON d.id = a.document_id
LEFT JOIN meetings m ON m.id = a.meeting_id
LEFT JOIN action_corrections c
       ON c.document = d.file_name AND c.page = a.page AND c.subject_key = a.subject_key;
)sql";

// Version 3: figures a board can trust, and trackers read in full.
// - observations: the kind of figure (outturn, target, change), how exactly it is printed, whether
//   an account printed it as a credit, and `trusted`: 1 when area, indicator and period are sure.
//   Rows from older versions wait for review (trusted 0) until `sbw reextract` reads them again.
// - quality_flags may name the observation they are about.
// - actions: kinds resolution and plan, where the item is printed, the update text as printed and
//   the body whose meeting raised it. SQLite cannot change a CHECK constraint in place, so the
//   table is rebuilt; its updates are kept aside and put back.
// - meetings: time and venue; attendees with roles; agenda items with their pages in the pack;
//   the parts of an agenda pack (agenda, minutes, trackers, reports, appendices).
constexpr std::string_view kSchemaV3 = R"sql(
DROP VIEW observation_v;
DROP VIEW action_v;

ALTER TABLE observations ADD COLUMN kind TEXT NOT NULL DEFAULT 'outturn'
  CHECK (kind IN ('outturn', 'target', 'change'));
ALTER TABLE observations ADD COLUMN bound TEXT NOT NULL DEFAULT 'exact'
  CHECK (bound IN ('exact', 'approximate', 'lower_bound', 'upper_bound'));
ALTER TABLE observations ADD COLUMN credit INTEGER NOT NULL DEFAULT 0 CHECK (credit IN (0, 1));
ALTER TABLE observations ADD COLUMN trusted INTEGER NOT NULL DEFAULT 0 CHECK (trusted IN (0, 1));
ALTER TABLE observations ADD COLUMN doubt TEXT NOT NULL DEFAULT '';
ALTER TABLE observations ADD COLUMN note TEXT NOT NULL DEFAULT '';
CREATE INDEX observations_trusted ON observations(trusted, indicator_key, area, period_start);

ALTER TABLE quality_flags ADD COLUMN observation_id INTEGER REFERENCES observations(id) ON DELETE CASCADE;
CREATE INDEX quality_flags_by_observation ON quality_flags(observation_id);

CREATE TABLE action_updates_kept AS SELECT * FROM action_updates;
DROP TABLE action_updates;
CREATE TABLE actions_v3 (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page           INTEGER NOT NULL CHECK (page >= 1),
  meeting_id     INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
  agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
  agenda_item    TEXT,
  kind           TEXT NOT NULL DEFAULT 'action'
                 CHECK (kind IN ('action', 'recommendation', 'resolution', 'plan')),
  source         TEXT NOT NULL DEFAULT 'tracker'
                 CHECK (source IN ('tracker', 'minutes', 'plan', 'table', 'report')),
  reference      TEXT NOT NULL DEFAULT '',
  text           TEXT NOT NULL,
  owner          TEXT,
  due_label      TEXT,
  due_date       TEXT,
  status         TEXT CHECK (status IN ('open', 'in_progress', 'complete')),
  update_text    TEXT NOT NULL DEFAULT '',
  rag            TEXT CHECK (rag IN ('red', 'amber', 'green')),
  meeting_body   TEXT NOT NULL DEFAULT '',
  method         TEXT NOT NULL DEFAULT 'table' CHECK (method IN ('table', 'prose', 'manual')),
  confidence     REAL NOT NULL DEFAULT 1 CHECK (confidence >= 0 AND confidence <= 1),
  snippet        TEXT NOT NULL DEFAULT '',
  subject_key    TEXT NOT NULL
);
INSERT INTO actions_v3 (id, document_id, page, meeting_id, agenda_item_id, agenda_item, kind, reference, text,
  owner, due_label, due_date, status, rag, method, confidence, snippet, subject_key)
SELECT id, document_id, page, meeting_id, agenda_item_id, agenda_item, kind, reference, text,
  owner, due_label, due_date, status, rag, method, confidence, snippet, subject_key FROM actions;
DROP TABLE actions;
ALTER TABLE actions_v3 RENAME TO actions;
CREATE INDEX actions_by_document ON actions(document_id, page);
CREATE INDEX actions_by_subject ON actions(subject_key);
CREATE INDEX actions_by_meeting ON actions(meeting_id);
CREATE INDEX actions_by_agenda_item ON actions(agenda_item_id);
CREATE INDEX actions_by_due ON actions(due_date);
CREATE TABLE action_updates (
  id          INTEGER PRIMARY KEY,
  action_id   INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  as_of       TEXT,
  as_of_label TEXT NOT NULL DEFAULT '',
  status      TEXT CHECK (status IN ('open', 'in_progress', 'complete')),
  rag         TEXT CHECK (rag IN ('red', 'amber', 'green')),
  note        TEXT NOT NULL DEFAULT ''
);
INSERT INTO action_updates SELECT * FROM action_updates_kept;
DROP TABLE action_updates_kept;
CREATE INDEX action_updates_by_action ON action_updates(action_id, as_of);

ALTER TABLE meetings ADD COLUMN time_label TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN venue TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_items ADD COLUMN first_page INTEGER;
ALTER TABLE agenda_items ADD COLUMN last_page INTEGER;
CREATE TABLE attendees (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  role       TEXT NOT NULL DEFAULT '',
  present    INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1))
);
CREATE INDEX attendees_by_meeting ON attendees(meeting_id);
CREATE TABLE document_parts (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  first_page  INTEGER NOT NULL CHECK (first_page >= 1),
  last_page   INTEGER NOT NULL CHECK (last_page >= first_page),
  kind        TEXT NOT NULL,
  title       TEXT NOT NULL DEFAULT '',
  area        TEXT NOT NULL DEFAULT '',
  period      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_parts_by_document ON document_parts(document_id, first_page);

CREATE VIEW observation_v AS
SELECT o.area, o.area_code, o.indicator_key, o.indicator_label, o.period_label, o.period_start, o.period_end,
       CASE WHEN c.id IS NULL THEN o.value ELSE c.value END AS value,
       o.unit, d.file_name AS document, o.page, o.trusted,
       o.id AS observation_id, o.document_id, o.area_key, o.area_label, o.comparator, o.period_kind,
       o.kind AS figure_kind, o.bound, o.credit,
       o.value AS printed_value, o.value_text, o.scale,
       (CASE WHEN c.id IS NULL THEN o.value ELSE c.value END) * o.scale * (CASE WHEN o.credit THEN -1 ELSE 1 END)
         AS amount,
       o.suppression, o.method, o.confidence, o.doubt, o.note, o.snippet, o.x1, o.y1, o.x2, o.y2, o.subject_key,
       c.id IS NOT NULL AS corrected, c.author AS corrected_by, c.created_at AS corrected_at,
       c.reason AS correction_reason
FROM observations o
JOIN documents d ON d.id = o.document_id
LEFT JOIN observation_corrections c
       ON c.document = d.file_name AND c.page = o.page AND c.subject_key = o.subject_key;

CREATE VIEW action_v AS
SELECT d.file_name AS document, a.page, m.meeting_date, a.agenda_item, a.text AS action_text, a.owner,
       a.due_date, coalesce(c.status, a.status) AS status, coalesce(c.rag, a.rag) AS rag, a.kind,
       a.reference, a.update_text, coalesce(nullif(a.meeting_body, ''), m.body) AS meeting_body, a.source,
       a.id AS action_id, a.document_id, a.meeting_id, a.due_label,
       a.status AS printed_status, a.rag AS printed_rag, a.method, a.confidence, a.snippet, a.subject_key,
       c.id IS NOT NULL AS corrected, c.author AS corrected_by, c.created_at AS corrected_at,
       c.reason AS correction_reason
FROM actions a
JOIN documents d ON d.id = a.document_id
LEFT JOIN meetings m ON m.id = a.meeting_id
LEFT JOIN action_corrections c
       ON c.document = d.file_name AND c.page = a.page AND c.subject_key = a.subject_key;
)sql";

// Version 4: whether a document was imported with its contact details redacted, so that reading it
// again (reextract) redacts too, and importing it again with redaction replaces an unredacted copy.
constexpr std::string_view kSchemaV4 = R"sql(
ALTER TABLE documents ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1));
)sql";

// Version 5: an action's owner and due date can be corrected as well as its status and RAG; the
// tracker shows the corrected ones. action_v keeps its columns and adds printed_owner and
// printed_due_date at the end.
constexpr std::string_view kSchemaV5 = R"sql(
DROP VIEW action_v;
CREATE TABLE action_corrections_v5 (
  id              INTEGER PRIMARY KEY,
  document        TEXT NOT NULL,
  document_sha256 TEXT NOT NULL,
  page            INTEGER NOT NULL CHECK (page >= 1),
  subject_key     TEXT NOT NULL,
  original_status TEXT,
  original_rag    TEXT,
  status          TEXT CHECK (status IN ('open', 'in_progress', 'complete')),
  rag             TEXT CHECK (rag IN ('red', 'amber', 'green')),
  original_owner  TEXT,
  owner           TEXT,
  original_due_date TEXT,
  due_date        TEXT,
  author          TEXT NOT NULL,
  reason          TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  CHECK (status IS NOT NULL OR rag IS NOT NULL OR owner IS NOT NULL OR due_date IS NOT NULL),
  UNIQUE (document, page, subject_key)
);
INSERT INTO action_corrections_v5 (id, document, document_sha256, page, subject_key, original_status, original_rag,
  status, rag, author, reason, created_at)
SELECT id, document, document_sha256, page, subject_key, original_status, original_rag, status, rag, author, reason,
  created_at FROM action_corrections;
DROP TABLE action_corrections;
ALTER TABLE action_corrections_v5 RENAME TO action_corrections;

CREATE VIEW action_v AS
SELECT d.file_name AS document, a.page, m.meeting_date, a.agenda_item, a.text AS action_text,
       coalesce(c.owner, a.owner) AS owner, coalesce(c.due_date, a.due_date) AS due_date,
       coalesce(c.status, a.status) AS status, coalesce(c.rag, a.rag) AS rag, a.kind,
       a.reference, a.update_text, coalesce(nullif(a.meeting_body, ''), m.body) AS meeting_body, a.source,
       a.id AS action_id, a.document_id, a.meeting_id, a.due_label,
       a.status AS printed_status, a.rag AS printed_rag, a.method, a.confidence, a.snippet, a.subject_key,
       c.id IS NOT NULL AS corrected, c.author AS corrected_by, c.created_at AS corrected_at,
       c.reason AS correction_reason, a.owner AS printed_owner, a.due_date AS printed_due_date
FROM actions a
JOIN documents d ON d.id = a.document_id
LEFT JOIN meetings m ON m.id = a.meeting_id
LEFT JOIN action_corrections c
       ON c.document = d.file_name AND c.page = a.page AND c.subject_key = a.subject_key;
)sql";

// Version 6: the review queue. A reviewer accepts, corrects or rejects a figure the reader was unsure
// of; like corrections, decisions are keyed by document file name, page and subject, so they outlive
// re-imports and re-reading. observation_v shows the reviewed area, indicator, period and trust, with
// its columns in the same order and review, reviewed_by, reviewed_at and review_reason at the end.
// - The view is the figures without a review (their own columns, so a filter on indicator_key or
//   area still searches the observations indexes) and, UNION ALL, the reviewed ones, read from
//   figure_reviews first (CROSS JOIN keeps that order). A coalesce over a LEFT JOIN would give the
//   same rows but could only be filtered by scanning every observation. The CASTs give both halves'
//   columns one affinity, without which SQLite will not flatten the view into a query on it.
// - figure_reviews.value is the value a correction set (also written to observation_corrections,
//   which the views read), so that undoing the review removes that value correction too.
// - observations_by_document gains subject_key: reviews and corrections find their figure by
//   document, page and subject.
constexpr std::string_view kSchemaV6 = R"sql(
CREATE TABLE figure_reviews (
  id              INTEGER PRIMARY KEY,
  document        TEXT NOT NULL,
  document_sha256 TEXT NOT NULL,
  page            INTEGER NOT NULL CHECK (page >= 1),
  subject_key     TEXT NOT NULL,
  decision        TEXT NOT NULL CHECK (decision IN ('accepted', 'corrected', 'rejected')),
  area            TEXT,
  area_key        TEXT,
  area_code       TEXT,
  indicator_key   TEXT,
  period_kind     TEXT CHECK (period_kind IN ('financial_year', 'academic_year', 'calendar_year', 'quarter',
                                              'month', 'half_year', 'point_in_time', 'range')),
  period_label    TEXT,
  period_start    TEXT,
  period_end      TEXT,
  value           REAL,
  original        TEXT NOT NULL DEFAULT '',
  author          TEXT NOT NULL,
  reason          TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  UNIQUE (document, page, subject_key)
);
DROP INDEX observations_by_document;
CREATE INDEX observations_by_document ON observations(document_id, page, subject_key);

DROP VIEW observation_v;
CREATE VIEW observation_v AS
SELECT o.area, o.area_code, o.indicator_key, o.indicator_label, o.period_label, o.period_start, o.period_end,
       CASE WHEN c.id IS NULL THEN o.value ELSE c.value END AS value,
       o.unit, d.file_name AS document, o.page, o.trusted,
       o.id AS observation_id, o.document_id, o.area_key, o.area_label, o.comparator, o.period_kind,
       o.kind AS figure_kind, o.bound, o.credit,
       o.value AS printed_value, o.value_text, o.scale,
       (CASE WHEN c.id IS NULL THEN o.value ELSE c.value END) * o.scale * (CASE WHEN o.credit THEN -1 ELSE 1 END)
         AS amount,
       o.suppression, o.method, o.confidence, o.doubt, o.note, o.snippet, o.x1, o.y1, o.x2, o.y2, o.subject_key,
       c.id IS NOT NULL AS corrected, c.author AS corrected_by, c.created_at AS corrected_at,
       c.reason AS correction_reason,
       CAST(NULL AS TEXT) AS review, CAST(NULL AS TEXT) AS reviewed_by, CAST(NULL AS TEXT) AS reviewed_at,
       CAST(NULL AS TEXT) AS review_reason
FROM observations o
JOIN documents d ON d.id = o.document_id
LEFT JOIN observation_corrections c
       ON c.document = d.file_name AND c.page = o.page AND c.subject_key = o.subject_key
WHERE NOT EXISTS (SELECT 1 FROM figure_reviews r
                  WHERE r.document = d.file_name AND r.page = o.page AND r.subject_key = o.subject_key)
UNION ALL
SELECT CAST(coalesce(r.area, o.area) AS TEXT),
       -- A corrected area without an ONS code (a partnership) has none: not the code read.
       CAST(CASE WHEN r.area IS NULL THEN o.area_code ELSE r.area_code END AS TEXT),
       CAST(coalesce(r.indicator_key, o.indicator_key) AS TEXT), o.indicator_label,
       CAST(coalesce(r.period_label, o.period_label) AS TEXT),
       CAST(coalesce(r.period_start, o.period_start) AS TEXT),
       CAST(coalesce(r.period_end, o.period_end) AS TEXT),
       CASE WHEN c.id IS NULL THEN o.value ELSE c.value END,
       o.unit, d.file_name, o.page,
       CAST(CASE r.decision WHEN 'rejected' THEN 0 WHEN 'accepted' THEN 1 WHEN 'corrected' THEN 1
                            ELSE o.trusted END AS INTEGER),
       o.id, o.document_id, CAST(coalesce(r.area_key, o.area_key) AS TEXT), o.area_label, o.comparator,
       CAST(coalesce(r.period_kind, o.period_kind) AS TEXT),
       o.kind, o.bound, o.credit,
       o.value, o.value_text, o.scale,
       (CASE WHEN c.id IS NULL THEN o.value ELSE c.value END) * o.scale * (CASE WHEN o.credit THEN -1 ELSE 1 END),
       o.suppression, o.method, o.confidence, o.doubt, o.note, o.snippet, o.x1, o.y1, o.x2, o.y2, o.subject_key,
       c.id IS NOT NULL, c.author, c.created_at, c.reason,
       r.decision, r.author, r.created_at, r.reason
FROM figure_reviews r
CROSS JOIN documents d ON d.file_name = r.document
CROSS JOIN observations o ON o.document_id = d.id AND o.page = r.page AND o.subject_key = r.subject_key
LEFT JOIN observation_corrections c
       ON c.document = d.file_name AND c.page = o.page AND c.subject_key = o.subject_key;
)sql";

// Version 7: the index of trusted figures leads with their kind as well, so the explorer's counts
// of trusted outturns per indicator are read from the index alone (a million figures: 1 s -> 0.1 s)
// and one indicator's trusted outturns are found without reading the others.
constexpr std::string_view kSchemaV7 = R"sql(
DROP INDEX observations_trusted;
CREATE INDEX observations_trusted ON observations(trusted, kind, indicator_key, area, period_start);
)sql";

// Version 8: a review that corrects a figure's area also sets what that area is to the others
// (a borough is local, England a comparator), so a figure misread as England and corrected to
// Camden is drawn as Camden, not dashed as England. observation_v keeps its columns.
constexpr std::string_view kSchemaV8 = R"sql(
ALTER TABLE figure_reviews ADD COLUMN comparator TEXT
  CHECK (comparator IN ('local', 'england', 'london', 'inner_london', 'region', 'statistical_neighbours', 'other'));
DROP VIEW observation_v;
CREATE VIEW observation_v AS
SELECT o.area, o.area_code, o.indicator_key, o.indicator_label, o.period_label, o.period_start, o.period_end,
       CASE WHEN c.id IS NULL THEN o.value ELSE c.value END AS value,
       o.unit, d.file_name AS document, o.page, o.trusted,
       o.id AS observation_id, o.document_id, o.area_key, o.area_label, o.comparator, o.period_kind,
       o.kind AS figure_kind, o.bound, o.credit,
       o.value AS printed_value, o.value_text, o.scale,
       (CASE WHEN c.id IS NULL THEN o.value ELSE c.value END) * o.scale * (CASE WHEN o.credit THEN -1 ELSE 1 END)
         AS amount,
       o.suppression, o.method, o.confidence, o.doubt, o.note, o.snippet, o.x1, o.y1, o.x2, o.y2, o.subject_key,
       c.id IS NOT NULL AS corrected, c.author AS corrected_by, c.created_at AS corrected_at,
       c.reason AS correction_reason,
       CAST(NULL AS TEXT) AS review, CAST(NULL AS TEXT) AS reviewed_by, CAST(NULL AS TEXT) AS reviewed_at,
       CAST(NULL AS TEXT) AS review_reason
FROM observations o
JOIN documents d ON d.id = o.document_id
LEFT JOIN observation_corrections c
       ON c.document = d.file_name AND c.page = o.page AND c.subject_key = o.subject_key
WHERE NOT EXISTS (SELECT 1 FROM figure_reviews r
                  WHERE r.document = d.file_name AND r.page = o.page AND r.subject_key = o.subject_key)
UNION ALL
SELECT CAST(coalesce(r.area, o.area) AS TEXT),
       -- A corrected area without an ONS code (a partnership) has none: not the code read.
       CAST(CASE WHEN r.area IS NULL THEN o.area_code ELSE r.area_code END AS TEXT),
       CAST(coalesce(r.indicator_key, o.indicator_key) AS TEXT), o.indicator_label,
       CAST(coalesce(r.period_label, o.period_label) AS TEXT),
       CAST(coalesce(r.period_start, o.period_start) AS TEXT),
       CAST(coalesce(r.period_end, o.period_end) AS TEXT),
       CASE WHEN c.id IS NULL THEN o.value ELSE c.value END,
       o.unit, d.file_name, o.page,
       CAST(CASE r.decision WHEN 'rejected' THEN 0 WHEN 'accepted' THEN 1 WHEN 'corrected' THEN 1
                            ELSE o.trusted END AS INTEGER),
       o.id, o.document_id, CAST(coalesce(r.area_key, o.area_key) AS TEXT), o.area_label,
       CAST(coalesce(r.comparator, o.comparator) AS TEXT),
       CAST(coalesce(r.period_kind, o.period_kind) AS TEXT),
       o.kind, o.bound, o.credit,
       o.value, o.value_text, o.scale,
       (CASE WHEN c.id IS NULL THEN o.value ELSE c.value END) * o.scale * (CASE WHEN o.credit THEN -1 ELSE 1 END),
       o.suppression, o.method, o.confidence, o.doubt, o.note, o.snippet, o.x1, o.y1, o.x2, o.y2, o.subject_key,
       c.id IS NOT NULL, c.author, c.created_at, c.reason,
       r.decision, r.author, r.created_at, r.reason
FROM figure_reviews r
CROSS JOIN documents d ON d.file_name = r.document
CROSS JOIN observations o ON o.document_id = d.id AND o.page = r.page AND o.subject_key = r.subject_key
LEFT JOIN observation_corrections c
       ON c.document = d.file_name AND c.page = o.page AND c.subject_key = o.subject_key;
)sql";

// Version 9: the file's modification time (nanoseconds since 1970, as the file system gives it)
// beside its size, so that an import passes over a file at the same path with the same size and
// time without reading or hashing it. 0 for documents imported before: they are hashed once more.
constexpr std::string_view kSchemaV9 = R"sql(
ALTER TABLE documents ADD COLUMN file_mtime INTEGER NOT NULL DEFAULT 0;
)sql";

}  // namespace

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = {
      {1, kSchemaV1}, {2, kSchemaV2}, {3, kSchemaV3}, {4, kSchemaV4}, {5, kSchemaV5},
      {6, kSchemaV6}, {7, kSchemaV7}, {8, kSchemaV8}, {9, kSchemaV9},
  };
  return all;
}

int latestSchemaVersion() { return migrations().back().version; }

namespace {

void refuseNewer(int current) {
  if (current > latestSchemaVersion()) {
    throw StoreError("store schema version " + std::to_string(current) + " is newer than this program understands (" +
                     std::to_string(latestSchemaVersion()) + ")");
  }
}

}  // namespace

void migrateTo(Database& db, int version) {
  refuseNewer(db.userVersion());
  if (db.userVersion() >= version) return;  // the usual case: nothing to do, no lock taken
  // One write transaction for every step. The version is read again once the lock is held:
  // another process may have migrated the store while this one waited for it.
  Transaction transaction(db);
  const int current = db.userVersion();
  refuseNewer(current);
  int reached = current;
  for (const Migration& migration : migrations()) {
    if (migration.version <= current || migration.version > version) continue;
    db.exec(migration.sql);
    reached = migration.version;
  }
  if (reached == current) return;
  db.exec("PRAGMA user_version = " + std::to_string(reached));
  transaction.commit();
}

void migrate(Database& db) { migrateTo(db, latestSchemaVersion()); }

}  // namespace sbw::store
