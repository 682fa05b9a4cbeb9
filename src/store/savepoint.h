#pragma once
// A nestable transaction: a SAVEPOINT works both on its own and inside a caller's Transaction, so a
// repository call that must be atomic (a correction and its audit entry) can be used either way.

#include <string>

#include "store/database.h"

namespace sbw::store {

class Savepoint {
 public:
  Savepoint(Database& db, std::string name) : db_(db), name_(std::move(name)) { db_.exec("SAVEPOINT " + name_); }
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  ~Savepoint() {
    if (done_) return;
    try {
      db_.exec("ROLLBACK TO " + name_);
      db_.exec("RELEASE " + name_);
    } catch (...) {
      // Nothing more can be done in a destructor; the outer transaction or close rolls back.
    }
  }
  void release() {
    db_.exec("RELEASE " + name_);
    done_ = true;
  }

 private:
  Database& db_;
  std::string name_;
  bool done_ = false;
};

}  // namespace sbw::store
