#pragma once
// Meetings, their agenda items, and the actions and recommendations they raise, with the RAG
// ratings and statuses trackers print for them over time.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/action_status.h"
#include "core/date.h"
#include "core/figure_terms.h"

namespace sbw::store {

struct AgendaItem {
  std::int64_t id = 0;
  int page = 0;
  std::string number;  // "6.1", "Item 4", "" when unnumbered
  std::string title;
  int firstPage = 0;  // the item's papers in the pack; 0 when not known
  int lastPage = 0;
};

struct Attendee {
  std::string name;
  std::string role;
  bool present = true;  // false: sent apologies
};

struct Meeting {
  std::int64_t id = 0;
  std::int64_t documentId = 0;
  int page = 0;
  std::string body;   // the board, committee or subgroup, as printed
  std::string title;  // "Minutes of the meeting held on 6 October 2014"
  std::optional<Date> date;
  std::string timeLabel;  // as printed: "7.00 pm"
  std::string venue;
  std::vector<Attendee> attendees;
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
  ActionSource source = ActionSource::Tracker;
  std::string reference;  // "A12", "Rec 3", "" when unnumbered
  std::string text;
  std::string owner;            // "" when not given
  std::string dueLabel;         // as printed: "by March 2018"
  std::optional<Date> dueDate;  // derived from dueLabel when not given
  std::optional<ActionStatus> status;
  std::string updateText;  // the update or status as printed
  std::optional<Rag> rag;
  std::string meetingBody;  // the committee or board that raised it
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
  std::optional<std::string> correctedOwner;
  std::optional<Date> correctedDue;
  std::string correctedBy;  // "" when not corrected
  std::string correctionReason;
  std::string correctedAt;

  bool corrected() const { return !correctedBy.empty(); }
  std::optional<ActionStatus> effectiveStatus() const { return correctedStatus ? correctedStatus : status; }
  std::optional<Rag> effectiveRag() const { return correctedRag ? correctedRag : rag; }
  std::string effectiveOwner() const { return correctedOwner ? *correctedOwner : owner; }
  std::optional<Date> effectiveDue() const { return correctedDue ? correctedDue : dueDate; }
};

// The natural key of an action on its page: its printed reference, else its text in plain words.
std::string actionSubjectKey(const Action& action);

}  // namespace sbw::store
