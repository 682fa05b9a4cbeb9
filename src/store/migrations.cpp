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

}  // namespace

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = {
      {1, kSchemaV1},
  };
  return all;
}

int latestSchemaVersion() { return migrations().back().version; }

void migrateTo(Database& db, int version) {
  const int current = db.userVersion();
  if (current > latestSchemaVersion()) {
    throw StoreError("store schema version " + std::to_string(current) + " is newer than this program understands (" +
                     std::to_string(latestSchemaVersion()) + ")");
  }
  for (const Migration& migration : migrations()) {
    if (migration.version <= current || migration.version > version) continue;
    Transaction transaction(db);
    db.exec(migration.sql);
    db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    transaction.commit();
  }
}

void migrate(Database& db) { migrateTo(db, latestSchemaVersion()); }

}  // namespace sbw::store
