#pragma once
// Meetings and actions as printed to the store's terms: dates, statuses and RAG ratings read from
// their printed forms, each action tied to the meeting and agenda item that raised it.

#include <vector>

#include "extract/meeting_details.h"
#include "extract/printed_action.h"
#include "ingest/document_reading.h"

namespace sbw::ingest {

std::vector<Meeting> resolveMeetings(const std::vector<extract::PrintedMeeting>& printed);
std::vector<Action> resolveActions(const std::vector<extract::PrintedAction>& printed,
                                   const std::vector<Meeting>& meetings);

}  // namespace sbw::ingest
