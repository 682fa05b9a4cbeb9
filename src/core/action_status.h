#pragma once
// What an action is and where it stands, as trackers print it: its kind, where it was printed, a
// status ("Complete", "On-going") and a RAG rating.

#include <optional>
#include <string_view>

#include "core/date.h"

namespace sbw {

// An action (tracker, minutes), a recommendation, a resolution of a meeting, a plan's action.
enum class ActionKind { Action, Recommendation, Resolution, Plan };
const char* actionKindName(ActionKind kind);  // "action", "recommendation", "resolution", "plan"
std::optional<ActionKind> actionKindFromName(std::string_view name);

// Where it is printed: a tracker, minutes, a plan table, another table of actions, report text.
enum class ActionSource { Tracker, Minutes, Plan, Table, Report };
const char* actionSourceName(ActionSource source);  // "tracker", "minutes", "plan", "table", "report"
std::optional<ActionSource> actionSourceFromName(std::string_view name);

enum class ActionStatus { Open, InProgress, Complete };
enum class Rag { Red, Amber, Green };

const char* actionStatusName(ActionStatus status);  // "open", "in_progress", "complete"
std::optional<ActionStatus> actionStatusFromName(std::string_view name);
const char* ragName(Rag rag);  // "red", "amber", "green"
std::optional<Rag> ragFromName(std::string_view name);

// Reads a status as printed: "Complete", "Completed", "Done", "Closed", "Achieved" are complete;
// "In progress", "On-going", "Ongoing", "Partially met", "Started" are in progress; "Open", "Not started",
// "Outstanding", "Not yet started" are open. Nullopt for anything else.
std::optional<ActionStatus> parseActionStatus(std::string_view printed);
// "R", "Red", "RED", "A", "Amber", "G", "Green"; nullopt otherwise. ("Blue" for closed is not a RAG.)
std::optional<Rag> parseRag(std::string_view printed);

// The day an action is due from what was printed: "by March 2018" is 31 March 2018, "31/12/2017",
// "end of Q2 2017/18", "2018-19" (its last day). Nullopt when no date can be read ("ongoing").
std::optional<Date> parseDueDate(std::string_view printed);

}  // namespace sbw
