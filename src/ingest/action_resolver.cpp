#include "ingest/action_resolver.h"

#include "core/due_date.h"
#include "core/period.h"
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
    meeting.time = p.time;
    meeting.venue = p.venue;
    for (const auto& a : p.attendees) meeting.attendees.push_back({a.name, a.role, a.present});
    for (const auto& item : p.agenda) {
      meeting.agenda.push_back({item.page, item.number, item.title, item.firstPage, item.lastPage});
    }
    meetings.push_back(std::move(meeting));
  }
  return meetings;
}

namespace {

// What an action's timing words are read against: the meeting that raised it, the end of the
// period its report covers, and the date of the papers it is printed in.
DueContext dueContext(const extract::PrintedAction& p, const std::vector<Meeting>& meetings) {
  DueContext context;
  context.meeting = p.meetingDate;
  if (!context.meeting && p.meeting >= 0 && p.meeting < static_cast<int>(meetings.size())) {
    context.meeting = meetings[static_cast<size_t>(p.meeting)].date;
  }
  if (const auto period = parsePeriod(p.period); period && period->end) context.reportingEnd = period->end;
  if (!meetings.empty()) context.reference = meetings.front().date;
  return context;
}

}  // namespace

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
    action.dueDate = p.dueDate ? p.dueDate : resolveDueDate(p.due, dueContext(p, meetings));
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
