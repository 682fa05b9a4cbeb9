#pragma once
// A thin RAII layer over sqlite3: one Database per connection, Statements that finalize
// themselves, and Transactions that roll back unless committed.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace sbw::store {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another connection held the write lock for longer than this one would wait (busyTimeoutSeconds).
class StoreBusyError : public StoreError {
 public:
  using StoreError::StoreError;
};

// How long a connection waits for another's write to finish: SBW_STORE_WAIT (seconds) or 30 s.
int busyTimeoutSeconds();

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  Statement& bindNull(int index);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bindNull(index);
  }

  // Advances to the next row; false when done.
  bool step();
  // Runs a statement that returns no rows.
  void run();
  void reset();

  bool isNull(int column) const;
  bool isReal(int column) const;  // the value in this row is a floating-point number
  int columnCount() const;
  std::string columnName(int column) const;
  std::int64_t int64(int column) const;
  int integer(int column) const { return static_cast<int>(int64(column)); }
  double real(int column) const;
  std::string text(int column) const;
  std::optional<std::string> optionalText(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  // Opens for writing (creating a private store if there is none) and brings the schema up to
  // date. Refuses paths that are not plain files and stores this process cannot write.
  static Database open(const std::filesystem::path& path);
  // Opens an existing store for reading: as open() when it can be written, otherwise read-only,
  // with no migration and no change of journal mode (readOnly() then says so). A read-only store
  // must already have the latest schema.
  static Database openForReading(const std::filesystem::path& path);
  // Opens without migrating, creating the file if needed; for making old stores in tests.
  static Database openRaw(const std::filesystem::path& path);
  // Opens an existing store without migrating or changing its journal mode: `sbw check` and
  // background readers, which never change what they look at. Read-only when it cannot be written.
  static Database openRawForReading(const std::filesystem::path& path);

  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  ~Database();

  void exec(std::string_view sql);
  Statement prepare(std::string_view sql) const { return Statement(db_, sql); }
  std::int64_t lastInsertId() const;
  int changes() const;
  int userVersion() const;
  const std::filesystem::path& path() const { return path_; }
  sqlite3* handle() const { return db_; }
  bool readOnly() const { return readOnly_; }

 private:
  explicit Database(std::filesystem::path path, sqlite3* db) : path_(std::move(path)), db_(db) {}
  static Database connect(const std::filesystem::path& path, int flags);
  static Database connectReadOnly(const std::filesystem::path& path);
  std::filesystem::path path_;
  sqlite3* db_ = nullptr;
  bool readOnly_ = false;
};

class Transaction {
 public:
  explicit Transaction(Database& db);
  Transaction(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace sbw::store
