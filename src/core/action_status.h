#pragma once
// Where an action stands, as trackers print it: a status ("Complete", "On-going") and a RAG rating.

#include <optional>
#include <string_view>

#include "core/date.h"

namespace sbw {

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
