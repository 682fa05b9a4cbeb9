#include "store/reading_writer.h"

#include "store/database.h"
#include "store/document_repository.h"
#include "store/meeting_repository.h"
#include "store/observation_repository.h"
#include "store/quality_flag_repository.h"

namespace sbw::store {
namespace {

Observation observationOf(const ingest::Figure& f) {
  Observation o;
  o.page = f.page;
  o.area = f.area;
  o.areaCode = f.areaCode;
  o.areaKey = f.areaKey;
  o.areaLabel = f.areaLabel;
  o.comparator = f.comparator;
  o.indicatorKey = f.indicatorKey;
  o.indicatorLabel = f.indicatorLabel;
  o.periodKind = f.periodKind;
  o.periodLabel = f.periodLabel;
  o.periodStart = f.periodStart;
  o.periodEnd = f.periodEnd;
  o.quantity = f.quantity;
  o.kind = f.kind;
  o.bound = f.bound;
  o.credit = f.credit;
  o.method = f.method;
  o.confidence = f.confidence;
  o.trusted = f.trusted;
  o.doubt = f.doubt;
  o.note = f.note;
  o.box = f.box;
  o.snippet = f.snippet;
  o.subjectKey = observationSubjectKey(o);
  return o;
}

Meeting meetingOf(const ingest::Meeting& m) {
  Meeting meeting;
  meeting.page = m.page;
  meeting.body = m.body;
  meeting.title = m.title;
  meeting.date = m.date;
  meeting.timeLabel = m.time;
  meeting.venue = m.venue;
  for (const ingest::Attendee& a : m.attendees) meeting.attendees.push_back({a.name, a.role, a.present});
  for (const ingest::AgendaItem& item : m.agenda) {
    meeting.agenda.push_back({0, item.page, item.number, item.title, item.firstPage, item.lastPage});
  }
  return meeting;
}

Action actionOf(const ingest::Action& a, const std::vector<Meeting>& meetings) {
  Action action;
  action.page = a.page;
  action.kind = a.kind;
  action.source = a.source;
  action.reference = a.reference;
  action.text = a.text;
  action.owner = a.owner;
  action.dueLabel = a.dueLabel;
  action.dueDate = a.dueDate;
  action.status = a.status;
  action.updateText = a.updateText;
  action.rag = a.rag;
  action.agendaItem = a.agendaItem;
  action.meetingBody = a.meetingBody;
  if (a.meeting >= 0 && static_cast<size_t>(a.meeting) < meetings.size()) {
    action.meetingIndex = static_cast<size_t>(a.meeting);
    const auto& agenda = meetings[static_cast<size_t>(a.meeting)].agenda;
    if (a.agendaIndex >= 0 && static_cast<size_t>(a.agendaIndex) < agenda.size()) {
      action.agendaIndex = static_cast<size_t>(a.agendaIndex);
    }
  }
  action.method = a.source == ActionSource::Report || a.source == ActionSource::Minutes ? ExtractionMethod::Prose
                                                                                        : ExtractionMethod::Table;
  action.confidence = a.confidence;
  action.snippet = a.snippet;
  return action;
}

}  // namespace

WriteSummary writeReading(Database& db, std::int64_t documentId, const ingest::DocumentReading& reading) {
  WriteSummary summary;
  QualityFlagRepository flags(db);
  flags.clear(documentId);  // the flags of an earlier reading describe figures about to go

  std::vector<Observation> observations;
  observations.reserve(reading.figures.size());
  for (const ingest::Figure& figure : reading.figures) {
    observations.push_back(observationOf(figure));
    summary.trusted += figure.trusted ? 1 : 0;
  }
  const std::vector<std::int64_t> ids = ObservationRepository(db).replaceForDocument(documentId, observations);
  summary.figures = static_cast<int>(ids.size());
  for (const ingest::QualityNote& note : reading.notes) {
    std::optional<std::int64_t> observation;
    if (note.figure >= 0 && static_cast<size_t>(note.figure) < ids.size())
      observation = ids[static_cast<size_t>(note.figure)];
    flags.add(documentId, note.page > 0 ? std::optional<int>(note.page) : std::nullopt, note.kind, note.message,
              observation);
  }

  std::vector<Meeting> meetings;
  for (const ingest::Meeting& meeting : reading.meetings) meetings.push_back(meetingOf(meeting));
  std::vector<Action> actions;
  for (const ingest::Action& action : reading.actions) actions.push_back(actionOf(action, meetings));
  MeetingRepository(db).replaceForDocument(documentId, meetings, actions);
  summary.actions = static_cast<int>(actions.size());

  std::vector<DocumentPart> parts;
  for (const ingest::DocumentPart& part : reading.parts) {
    parts.push_back({part.firstPage, part.lastPage, part.kind, part.title, part.area, part.period});
  }
  DocumentRepository(db).replaceParts(documentId, parts);
  return summary;
}

}  // namespace sbw::store
