#pragma once
// User corrections: an override of a figure's value or of an action's status or RAG, with who made
// it, when and why. They are keyed by the document's file name, the page and the subject's natural
// key, never by row ids, so they survive a re-import and re-attach to the re-extracted rows.
// Every change is written to the audit log in the same savepoint.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/action_status.h"
#include "core/date.h"

namespace sbw::store {

class Database;

struct ValueCorrection {
  std::int64_t id = 0;
  std::string document;        // file name
  std::string documentSha256;  // the version that was corrected
  int page = 0;
  std::string subjectKey;
  std::optional<double> originalValue;
  double value = 0;
  std::string author;
  std::string reason;
  std::string createdAt;
  bool attached = false;  // an observation currently carries it
};

struct ActionCorrection {
  std::int64_t id = 0;
  std::string document;
  std::string documentSha256;
  int page = 0;
  std::string subjectKey;
  std::optional<ActionStatus> originalStatus;
  std::optional<Rag> originalRag;
  std::optional<ActionStatus> status;
  std::optional<Rag> rag;
  std::optional<std::string> originalOwner;
  std::optional<std::string> owner;
  std::optional<Date> originalDue;
  std::optional<Date> due;
  std::string author;
  std::string reason;
  std::string createdAt;
  bool attached = false;
};

// What a user sets on an action: each field given replaces the printed one.
struct ActionEdit {
  std::optional<ActionStatus> status;
  std::optional<Rag> rag;
  std::optional<std::string> owner;
  std::optional<Date> due;
  bool empty() const { return !status && !rag && !owner && !due; }
};

class CorrectionRepository {
 public:
  explicit CorrectionRepository(Database& db) : db_(db) {}

  // Sets the value shown for an observation (replacing an earlier correction of the same figure).
  // Throws StoreError when there is no such observation, or `author` or `reason` is empty.
  std::int64_t correctValue(std::int64_t observationId, double value, const std::string& author,
                            const std::string& reason);
  // Overrides an action's status, RAG, owner and/or due date; at least one must be given. Fields
  // an earlier correction of the same action set and this one leaves out stay corrected.
  std::int64_t correctAction(std::int64_t actionId, const ActionEdit& edit, const std::string& author,
                             const std::string& reason);
  std::int64_t correctAction(std::int64_t actionId, std::optional<ActionStatus> status, std::optional<Rag> rag,
                             const std::string& author, const std::string& reason) {
    return correctAction(actionId, ActionEdit{status, rag, std::nullopt, std::nullopt}, author, reason);
  }
  // Removes a correction, so the printed value shows again. False when there was none with that id.
  bool removeValueCorrection(std::int64_t correctionId, const std::string& author, const std::string& reason);
  bool removeActionCorrection(std::int64_t correctionId, const std::string& author, const std::string& reason);

  std::vector<ValueCorrection> valueCorrections() const;
  std::vector<ActionCorrection> actionCorrections() const;
  // Corrections whose figure or action is not in the store now (its document was removed, or a
  // re-import no longer finds that figure on that page). They re-attach when it comes back.
  int detachedCount() const;

 private:
  Database& db_;
};

}  // namespace sbw::store
