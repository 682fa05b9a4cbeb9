#include "store/database.h"

#include <sqlite3.h>

#include <cstdlib>
#include <string>

#include "store/migrations.h"
#include "store/store_path.h"

namespace sbw::store {
namespace {

constexpr int kDefaultBusySeconds = 30;

std::string busyMessage() {
  return "store is busy: another program is writing to it; waited " + std::to_string(busyTimeoutSeconds()) + " s";
}

// A locked or read-only store is said in words; anything else is SQLite's own message.
[[noreturn]] void failWith(sqlite3* db, const std::string& what, const char* message) {
  const int code = db ? (sqlite3_errcode(db) & 0xFF) : SQLITE_NOMEM;
  if (code == SQLITE_BUSY) throw StoreBusyError(busyMessage());
  if (code == SQLITE_READONLY) throw StoreError("store is read-only: " + std::string(message));
  throw StoreError(what.empty() ? std::string(message) : what + ": " + message);
}

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
  failWith(db, std::string(what), db ? sqlite3_errmsg(db) : "out of memory");
}

// "file:" URI for `path`, with the characters a URI gives meaning to escaped.
std::string fileUri(const std::filesystem::path& path) {
  const std::string absolute = std::filesystem::absolute(path).string();
  std::string uri = "file:";
  for (const char c : absolute) {
    if (c == '?' || c == '#' || c == '%' || static_cast<unsigned char>(c) < 0x20) {
      constexpr const char* hex = "0123456789ABCDEF";
      uri += '%';
      uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      uri += hex[static_cast<unsigned char>(c) & 0xF];
    } else {
      uri += c;
    }
  }
  return uri;
}

}  // namespace

int busyTimeoutSeconds() {
  if (const char* text = std::getenv("SBW_STORE_WAIT")) {
    char* end = nullptr;
    const long seconds = std::strtol(text, &end, 10);
    if (end != text && *end == '\0' && seconds >= 0 && seconds <= 3600) return static_cast<int>(seconds);
  }
  return kDefaultBusySeconds;
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK) {
    fail(db, "cannot prepare SQL");
  }
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail(db_, "cannot bind");
  return *this;
}
Statement& Statement::bind(int index, double value) {
  if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) fail(db_, "cannot bind");
  return *this;
}
Statement& Statement::bind(int index, std::string_view value) {
  if (sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
    fail(db_, "cannot bind");
  }
  return *this;
}
Statement& Statement::bindNull(int index) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_, "cannot bind");
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail(db_, "SQL step failed");
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
bool Statement::isReal(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_FLOAT; }
int Statement::columnCount() const { return sqlite3_column_count(stmt_); }
std::string Statement::columnName(int column) const {
  const char* name = sqlite3_column_name(stmt_, column);
  return name ? name : "";
}
std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
std::string Statement::text(int column) const {
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return data ? std::string(data, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}
std::optional<std::string> Statement::optionalText(int column) const {
  if (isNull(column)) return std::nullopt;
  return text(column);
}

Database Database::connect(const std::filesystem::path& path, int flags) {
  sqlite3* handle = nullptr;
  // A connection belongs to one thread at a time (every worker opens its own), so SQLite need not
  // lock it on each call: locking twice per column read was a third of the time of a large read.
  const int rc = sqlite3_open_v2(path.string().c_str(), &handle, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  Database db(path, handle);  // owns the handle even when opening failed
  if (rc != SQLITE_OK) fail(handle, "cannot open store " + path.string());
  sqlite3_busy_timeout(handle, busyTimeoutSeconds() * 1000);
  db.exec("PRAGMA foreign_keys = ON");
  return db;
}

Database Database::connectReadOnly(const std::filesystem::path& path) {
  {
    Database db = connect(path, SQLITE_OPEN_READONLY);
    db.readOnly_ = true;
    // Reading a WAL store needs its -shm file; in a folder that cannot be written, SQLite cannot
    // make one and the first read fails. The store is then read as an immutable file.
    if (sqlite3_exec(db.db_, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_OK) return db;
    const int code = sqlite3_errcode(db.db_) & 0xFF;
    if (code != SQLITE_CANTOPEN && code != SQLITE_READONLY) fail(db.db_, "cannot read store " + path.string());
  }
  // Read as an immutable file only when no journal holds changes the file lacks: an immutable read
  // ignores the -wal, and would show the store as it was before them.
  std::error_code ec;
  if (std::filesystem::exists(path.string() + "-wal", ec) &&
      std::filesystem::file_size(path.string() + "-wal", ec) > 0) {
    throw StoreError("store is read-only and its journal (" + path.filename().string() +
                     "-wal) holds changes not yet in the file; open it once where it can be written");
  }
  Database db = connect(fileUri(path) + "?immutable=1", SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
  db.path_ = path;
  db.readOnly_ = true;
  return db;
}

Database Database::openRaw(const std::filesystem::path& path) {
  checkStorePath(path.string());
  return connect(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
}

Database Database::openRawForReading(const std::filesystem::path& path) {
  checkStorePath(path.string());
  if (!std::filesystem::exists(path)) throw StoreError("store not found");
  // A writable store is opened for writing, but nothing is written: only then can SQLite recover
  // the journal a killed writer left, so that what is read is what was committed.
  if (storeIsWritable(path)) return connect(path, SQLITE_OPEN_READWRITE);
  return connectReadOnly(path);
}

Database Database::open(const std::filesystem::path& path) {
  checkStorePath(path.string());
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  if (!storeIsWritable(path)) {
    throw StoreError(exists ? "store is read-only: no permission to write it or its folder"
                            : "cannot create store: no permission to write its folder");
  }
  if (!exists) createPrivateStoreFile(path);
  Database db = connect(path, SQLITE_OPEN_READWRITE);
  // A store that is not SQLite fails here with "file is not a database", before anything is written.
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = NORMAL");
  migrate(db);
  return db;
}

Database Database::openForReading(const std::filesystem::path& path) {
  checkStorePath(path.string());
  if (!std::filesystem::exists(path)) throw StoreError("store not found");
  if (storeIsWritable(path)) return open(path);
  Database db = connectReadOnly(path);
  const int version = db.userVersion();
  if (version < latestSchemaVersion()) {
    throw StoreError("store is read-only and its schema (version " + std::to_string(version) +
                     ") is older than this program's (" + std::to_string(latestSchemaVersion()) +
                     "); open it once where it can be written to upgrade it");
  }
  if (version > latestSchemaVersion()) {
    throw StoreError("store schema version " + std::to_string(version) + " is newer than this program understands (" +
                     std::to_string(latestSchemaVersion()) + ")");
  }
  return db;
}

Database::Database(Database&& other) noexcept
    : path_(std::move(other.path_)), db_(other.db_), readOnly_(other.readOnly_) {
  other.db_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    path_ = std::move(other.path_);
    db_ = other.db_;
    readOnly_ = other.readOnly_;
    other.db_ = nullptr;
  }
  return *this;
}

Database::~Database() { sqlite3_close_v2(db_); }

void Database::exec(std::string_view sql) {
  char* message = nullptr;
  const std::string owned(sql);
  if (sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    const std::string error = message ? message : "unknown error";
    sqlite3_free(message);
    failWith(db_, {}, error.c_str());
  }
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(db_); }
int Database::changes() const { return sqlite3_changes(db_); }

int Database::userVersion() const {
  Statement stmt(db_, "PRAGMA user_version");
  stmt.step();
  return stmt.integer(0);
}

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK");
    } catch (...) {
      // Nothing more can be done in a destructor; SQLite rolls back on close anyway.
    }
  }
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace sbw::store
