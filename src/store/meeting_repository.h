#pragma once
// Reading and writing meetings, agenda items, actions and their history. Writes happen inside the
// caller's transaction, like observations.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/meeting.h"

namespace sbw::store {

class Database;

// A point in an action's RAG history, from any document that tracks it.
struct RagPoint {
  std::string document;
  int page = 0;
  std::optional<Date> date;  // the update's date, else the meeting's
  std::string dateLabel;
  std::optional<ActionStatus> status;
  std::optional<Rag> rag;
  std::string note;
};

class MeetingRepository {
 public:
  explicit MeetingRepository(Database& db) : db_(db) {}

  // Deletes the document's meetings and actions, then stores these. An action's meetingIndex and
  // agendaIndex refer to `meetings`; throws std::out_of_range when they do not.
  void replaceForDocument(std::int64_t documentId, const std::vector<Meeting>& meetings,
                          const std::vector<Action>& actions);

  std::vector<Meeting> meetings(std::optional<std::int64_t> documentId = std::nullopt) const;
  std::vector<Action> actions(std::optional<std::int64_t> documentId = std::nullopt) const;
  std::vector<Action> actionsForMeeting(std::int64_t meetingId) const;
  std::optional<Action> actionById(std::int64_t id) const;
  // Every status and RAG printed for the action with this subject key, in every document, oldest first.
  std::vector<RagPoint> ragHistory(const std::string& subjectKey) const;

 private:
  std::vector<Action> readActions(const std::string& where, std::optional<std::int64_t> parameter) const;
  Database& db_;
};

}  // namespace sbw::store
