#pragma once
// What the columns of an action table hold, read from their headers: "Action and responsible
// officer" is the action with its owner written into it, "Lead officer" the owner, "By when" and
// "Target" the due date, "Update" and "Progress" the status, "RAG" the rating. Trackers, plans and
// other tables of actions are told apart by the columns their headers name.

#include <string>
#include <string_view>
#include <vector>

namespace sbw::extract {

enum class ColumnRole {
  None,
  Reference,   // "Ref", "No."
  AgendaItem,  // "Agenda item", "Item"
  Meeting,     // "Meeting", "Date raised"
  Action,      // "Action", "Recommendation", "Description", "Task"
  Owner,       // "Owner", "Lead", "Responsible officer", "By whom"
  Due,         // "Due", "Deadline", "By when", "Target", "Timescale"
  Status,      // "Status", "Update", "Progress", "Response"
  Rag,         // "RAG", "RAG status"
  Objective,   // "Objective", "Aim"
  Priority,    // "Priority", "Theme"
  Outcome,     // "Outcome", "Outcomes", "Impact"
  Evidence,    // "Evidence of compliance", "Measure", "Success criteria"
  Risk,        // "Risk", "Issue": a risk register, whose mitigations are not actions
};

struct ColumnHeader {
  ColumnRole role = ColumnRole::None;
  bool recommendation = false;  // the action column holds recommendations
  bool ownerInAction = false;   // "Action and responsible officer": the owner is written in the cell
};

ColumnHeader columnHeader(std::string_view header);

// What a table whose header names these roles is: a tracker (agenda items or meetings, or owners and
// dates with updates), a business plan (objectives, outcomes, or leads and targets without updates),
// another table of actions (an action column with a status, RAG or owner alone), or none of these
// (no action column, or an action column alone).
enum class ActionTableKind { None, Tracker, Plan, Table };
ActionTableKind actionTableKind(const std::vector<ColumnHeader>& columns);

}  // namespace sbw::extract
