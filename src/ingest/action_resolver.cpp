#include "ingest/action_resolver.h"

#include "core/text.h"

namespace sbw::ingest {

std::vector<Meeting> resolveMeetings(const std::vector<extract::PrintedMeeting>& printed) {
  std::vector<Meeting> meetings;
  for (const extract::PrintedMeeting& p : printed) {
    Meeting meeting;
    meeting.page = p.page;
    meeting.body = p.body;
    meeting.dateLabel = p.dateLabel;
    meeting.title = p.body.empty() ? p.dateLabel : p.body + ", " + p.dateLabel;
    meeting.date = p.date;
    for (const auto& item : p.agenda) meeting.agenda.push_back({item.page, item.number, item.title, 0, 0});
    meetings.push_back(std::move(meeting));
  }
  return meetings;
}

std::vector<Action> resolveActions(const std::vector<extract::PrintedAction>& printed,
                                   const std::vector<Meeting>& meetings) {
  std::vector<Action> actions;
  for (const extract::PrintedAction& p : printed) {
    Action action;
    action.page = p.page;
    action.kind = p.kind;
    action.source = p.source;
    action.reference = simplified(p.reference);
    action.text = simplified(p.text);
    action.owner = simplified(p.owner);
    action.dueLabel = simplified(p.due);
    action.dueDate = p.dueDate ? p.dueDate : parseDueDate(p.due);
    action.updateText = simplified(p.status);
    action.status = p.statusResolved ? p.statusResolved : parseActionStatus(p.status);
    action.rag = parseRag(p.rag);
    // Trackers often print only a RAG; "Complete" in the RAG column is still a status.
    if (!action.status) action.status = parseActionStatus(p.rag);
    if (!action.rag) action.rag = parseRag(p.status);
    action.agendaItem = simplified(p.agendaItem);
    action.meetingBody = p.meetingBody;
    action.meeting = p.meeting >= 0 && p.meeting < static_cast<int>(meetings.size()) ? p.meeting : -1;
    if (action.meeting >= 0 && action.meetingBody.empty()) {
      action.meetingBody = meetings[static_cast<size_t>(action.meeting)].body;
    }
    action.confidence = p.confidence;
    action.box = p.box;
    action.snippet = p.snippet;
    actions.push_back(std::move(action));
  }
  return actions;
}

}  // namespace sbw::ingest
