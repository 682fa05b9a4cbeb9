#pragma once
// Meetings, their agenda items, and the actions and recommendations they raise, with the RAG
// ratings and statuses trackers print for them over time.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/action_status.h"
#include "core/date.h"
#include "extract/printed_action.h"
#include "store/observation.h"

namespace sbw::store {

enum class ActionKind { Action, Recommendation };
const char* actionKindName(ActionKind kind);  // "action", "recommendation"

struct AgendaItem {
  std::int64_t id = 0;
  int page = 0;
  std::string number;  // "6.1", "Item 4", "" when unnumbered
  std::string title;
};

struct Meeting {
  std::int64_t id = 0;
  std::int64_t documentId = 0;
  int page = 0;
  std::string body;   // the board, committee or subgroup, as printed
  std::string title;  // "Minutes of the meeting held on 6 October 2014"
  std::optional<Date> date;
  std::vector<AgendaItem> agenda;
};

// One line of an action's history: what a tracker said about it at a given time.
struct ActionUpdate {
  std::optional<Date> asOf;
  std::string asOfLabel;  // as printed: "Sept 2017", "Q2"
  std::optional<ActionStatus> status;
  std::optional<Rag> rag;
  std::string note;
};

struct Action {
  std::int64_t id = 0;
  std::int64_t documentId = 0;
  int page = 0;
  // When writing: indexes into the meetings given alongside, and into that meeting's agenda.
  // When reading: meetingId and agendaItemId are the stored ids.
  std::optional<size_t> meetingIndex;
  std::optional<size_t> agendaIndex;
  std::optional<std::int64_t> meetingId;
  std::optional<std::int64_t> agendaItemId;
  std::string agendaItem;  // as printed; filled from the agenda item when one is given
  ActionKind kind = ActionKind::Action;
  std::string reference;  // "A12", "Rec 3", "" when unnumbered
  std::string text;
  std::string owner;            // "" when not given
  std::string dueLabel;         // as printed: "by March 2018"
  std::optional<Date> dueDate;  // derived from dueLabel when not given
  std::optional<ActionStatus> status;
  std::optional<Rag> rag;
  std::vector<ActionUpdate> updates;
  ExtractionMethod method = ExtractionMethod::Table;
  double confidence = 1;
  std::string snippet;
  std::string subjectKey;  // filled by the repository

  // Filled when read back.
  std::string document;
  std::optional<Date> meetingDate;
  std::optional<ActionStatus> correctedStatus;
  std::optional<Rag> correctedRag;

  std::optional<ActionStatus> effectiveStatus() const { return correctedStatus ? correctedStatus : status; }
  std::optional<Rag> effectiveRag() const { return correctedRag ? correctedRag : rag; }
};

// An action as printed, read into the store's terms: status, RAG and due date parsed from their
// printed forms (left empty when they cannot be read; the printed due date is kept in dueLabel).
Action actionFromPrinted(const extract::PrintedAction& printed);

// The natural key of an action on its page: its printed reference, else its text in plain words.
std::string actionSubjectKey(const Action& action);

}  // namespace sbw::store
