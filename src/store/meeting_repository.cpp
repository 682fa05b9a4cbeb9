#include "store/meeting_repository.h"

#include <algorithm>
#include <stdexcept>

#include "core/indicator_dictionary.h"
#include "core/text.h"
#include "store/database.h"

namespace sbw::store {
namespace {

std::optional<std::string> isoOf(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return date->iso();
}

std::optional<std::string> nonEmpty(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return text;
}

std::optional<std::string> statusText(std::optional<ActionStatus> status) {
  if (!status) return std::nullopt;
  return actionStatusName(*status);
}

std::optional<std::string> ragText(std::optional<Rag> rag) {
  if (!rag) return std::nullopt;
  return ragName(*rag);
}

std::optional<Date> optionalDate(const Statement& stmt, int column) {
  if (stmt.isNull(column)) return std::nullopt;
  return Date::fromIso(stmt.text(column));
}

constexpr const char* kActionSelect = R"sql(
SELECT a.id, a.document_id, a.page, a.meeting_id, a.agenda_item_id, a.agenda_item, a.kind, a.reference, a.text,
       a.owner, a.due_label, a.due_date, a.status, a.rag, a.method, a.confidence, a.snippet, a.subject_key,
       d.file_name, m.meeting_date, c.status, c.rag, a.source, a.update_text, a.meeting_body, c.owner, c.due_date,
       c.author, c.reason, c.created_at
FROM actions a
JOIN documents d ON d.id = a.document_id
LEFT JOIN meetings m ON m.id = a.meeting_id
LEFT JOIN action_corrections c ON c.document = d.file_name AND c.page = a.page AND c.subject_key = a.subject_key
)sql";

}  // namespace

std::string actionSubjectKey(const Action& action) {
  // A printed reference ("A12") identifies an action even when its wording is edited between packs.
  if (!trimmed(action.reference).empty()) return "ref:" + lowered(simplified(action.reference));
  return "text:" + join(labelWords(action.text), " ");
}

void MeetingRepository::replaceForDocument(std::int64_t documentId, const std::vector<Meeting>& meetings,
                                           const std::vector<Action>& actions) {
  db_.prepare("DELETE FROM actions WHERE document_id = ?").bind(1, documentId).run();
  db_.prepare("DELETE FROM meetings WHERE document_id = ?").bind(1, documentId).run();

  Statement insertMeeting = db_.prepare(
      "INSERT INTO meetings (document_id, page, body, title, meeting_date, time_label, venue) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  Statement insertItem = db_.prepare(
      "INSERT INTO agenda_items (meeting_id, page, number, title, first_page, last_page) VALUES (?, ?, ?, ?, ?, ?)");
  Statement insertAttendee = db_.prepare("INSERT INTO attendees (meeting_id, name, role, present) VALUES (?, ?, ?, ?)");
  const auto pageOrNull = [](int page) { return page > 0 ? std::optional<std::int64_t>(page) : std::nullopt; };
  std::vector<std::int64_t> meetingIds;
  std::vector<std::vector<std::int64_t>> itemIds;
  for (const Meeting& meeting : meetings) {
    insertMeeting.bind(1, documentId).bind(2, meeting.page).bind(3, meeting.body).bind(4, meeting.title);
    insertMeeting.bind(5, isoOf(meeting.date)).bind(6, meeting.timeLabel).bind(7, meeting.venue).run();
    meetingIds.push_back(db_.lastInsertId());
    itemIds.emplace_back();
    for (const AgendaItem& item : meeting.agenda) {
      insertItem.bind(1, meetingIds.back()).bind(2, item.page).bind(3, item.number).bind(4, item.title);
      insertItem.bind(5, pageOrNull(item.firstPage)).bind(6, pageOrNull(item.lastPage)).run();
      itemIds.back().push_back(db_.lastInsertId());
    }
    for (const Attendee& attendee : meeting.attendees) {
      insertAttendee.bind(1, meetingIds.back()).bind(2, attendee.name).bind(3, attendee.role);
      insertAttendee.bind(4, attendee.present ? 1 : 0).run();
    }
  }

  Statement insertAction = db_.prepare(R"sql(
INSERT INTO actions (document_id, page, meeting_id, agenda_item_id, agenda_item, kind, reference, text, owner,
  due_label, due_date, status, rag, method, confidence, snippet, subject_key, source, update_text, meeting_body)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20))sql");
  Statement insertUpdate = db_.prepare(
      "INSERT INTO action_updates (action_id, as_of, as_of_label, status, rag, note) VALUES (?, ?, ?, ?, ?, ?)");
  for (const Action& action : actions) {
    std::optional<std::int64_t> meetingId;
    std::optional<std::int64_t> itemId;
    std::string agendaItem = action.agendaItem;
    if (action.meetingIndex) {
      meetingId = meetingIds.at(*action.meetingIndex);
      if (action.agendaIndex) {
        itemId = itemIds.at(*action.meetingIndex).at(*action.agendaIndex);
        if (agendaItem.empty()) {
          const AgendaItem& item = meetings[*action.meetingIndex].agenda[*action.agendaIndex];
          agendaItem = simplified(item.number + " " + item.title);
        }
      }
    }
    const std::optional<Date> due = action.dueDate ? action.dueDate : parseDueDate(action.dueLabel);
    insertAction.bind(1, documentId).bind(2, action.page).bind(3, meetingId).bind(4, itemId);
    insertAction.bind(5, nonEmpty(agendaItem)).bind(6, actionKindName(action.kind)).bind(7, action.reference);
    insertAction.bind(8, action.text).bind(9, nonEmpty(action.owner)).bind(10, nonEmpty(action.dueLabel));
    insertAction.bind(11, isoOf(due)).bind(12, statusText(action.status)).bind(13, ragText(action.rag));
    insertAction.bind(14, methodName(action.method)).bind(15, action.confidence).bind(16, action.snippet);
    insertAction.bind(17, action.subjectKey.empty() ? actionSubjectKey(action) : action.subjectKey);
    insertAction.bind(18, actionSourceName(action.source)).bind(19, action.updateText).bind(20, action.meetingBody);
    insertAction.run();
    const std::int64_t actionId = db_.lastInsertId();
    for (const ActionUpdate& update : action.updates) {
      insertUpdate.bind(1, actionId).bind(2, isoOf(update.asOf)).bind(3, update.asOfLabel);
      insertUpdate.bind(4, statusText(update.status)).bind(5, ragText(update.rag)).bind(6, update.note).run();
    }
  }
}

std::vector<Meeting> MeetingRepository::meetings(std::optional<std::int64_t> documentId) const {
  Statement stmt = db_.prepare(
      std::string("SELECT id, document_id, page, body, title, meeting_date, time_label, venue FROM meetings ") +
      (documentId ? "WHERE document_id = ? " : "") + "ORDER BY meeting_date, id");
  if (documentId) stmt.bind(1, *documentId);
  std::vector<Meeting> out;
  while (stmt.step()) {
    Meeting meeting;
    meeting.id = stmt.int64(0);
    meeting.documentId = stmt.int64(1);
    meeting.page = stmt.integer(2);
    meeting.body = stmt.text(3);
    meeting.title = stmt.text(4);
    meeting.date = optionalDate(stmt, 5);
    meeting.timeLabel = stmt.text(6);
    meeting.venue = stmt.text(7);
    out.push_back(std::move(meeting));
  }
  Statement items = db_.prepare(
      "SELECT id, page, number, title, coalesce(first_page, 0), coalesce(last_page, 0) FROM agenda_items "
      "WHERE meeting_id = ? ORDER BY id");
  Statement attendees = db_.prepare("SELECT name, role, present FROM attendees WHERE meeting_id = ? ORDER BY id");
  for (Meeting& meeting : out) {
    items.bind(1, meeting.id);
    while (items.step()) {
      meeting.agenda.push_back(AgendaItem{items.int64(0), items.integer(1), items.text(2), items.text(3),
                                          items.integer(4), items.integer(5)});
    }
    items.reset();
    attendees.bind(1, meeting.id);
    while (attendees.step()) {
      meeting.attendees.push_back(Attendee{attendees.text(0), attendees.text(1), attendees.integer(2) != 0});
    }
    attendees.reset();
  }
  return out;
}

std::vector<Action> MeetingRepository::readActions(const std::string& where,
                                                   std::optional<std::int64_t> parameter) const {
  Statement stmt = db_.prepare(std::string(kActionSelect) + where + " ORDER BY a.document_id, a.page, a.id");
  if (parameter) stmt.bind(1, *parameter);
  std::vector<Action> out;
  while (stmt.step()) {
    Action a;
    a.id = stmt.int64(0);
    a.documentId = stmt.int64(1);
    a.page = stmt.integer(2);
    if (!stmt.isNull(3)) a.meetingId = stmt.int64(3);
    if (!stmt.isNull(4)) a.agendaItemId = stmt.int64(4);
    a.agendaItem = stmt.text(5);
    a.kind = actionKindFromName(stmt.text(6)).value_or(ActionKind::Action);
    a.reference = stmt.text(7);
    a.text = stmt.text(8);
    a.owner = stmt.text(9);
    a.dueLabel = stmt.text(10);
    a.dueDate = optionalDate(stmt, 11);
    a.status = actionStatusFromName(stmt.text(12));
    a.rag = ragFromName(stmt.text(13));
    a.method = methodFromName(stmt.text(14)).value_or(ExtractionMethod::Table);
    a.confidence = stmt.real(15);
    a.snippet = stmt.text(16);
    a.subjectKey = stmt.text(17);
    a.document = stmt.text(18);
    a.meetingDate = optionalDate(stmt, 19);
    a.correctedStatus = actionStatusFromName(stmt.text(20));
    a.correctedRag = ragFromName(stmt.text(21));
    a.source = actionSourceFromName(stmt.text(22)).value_or(ActionSource::Tracker);
    a.updateText = stmt.text(23);
    a.meetingBody = stmt.text(24);
    if (!stmt.isNull(25)) a.correctedOwner = stmt.text(25);
    a.correctedDue = optionalDate(stmt, 26);
    a.correctedBy = stmt.text(27);
    a.correctionReason = stmt.text(28);
    a.correctedAt = stmt.text(29);
    out.push_back(std::move(a));
  }
  Statement updates = db_.prepare(
      "SELECT as_of, as_of_label, status, rag, note FROM action_updates WHERE action_id = ? ORDER BY as_of, id");
  for (Action& a : out) {
    updates.bind(1, a.id);
    while (updates.step()) {
      a.updates.push_back(ActionUpdate{optionalDate(updates, 0), updates.text(1), actionStatusFromName(updates.text(2)),
                                       ragFromName(updates.text(3)), updates.text(4)});
    }
    updates.reset();
  }
  return out;
}

std::vector<Action> MeetingRepository::actions(std::optional<std::int64_t> documentId) const {
  return documentId ? readActions("WHERE a.document_id = ?", documentId) : readActions("", std::nullopt);
}

std::vector<Action> MeetingRepository::actionsForMeeting(std::int64_t meetingId) const {
  return readActions("WHERE a.meeting_id = ?", meetingId);
}

std::optional<Action> MeetingRepository::actionById(std::int64_t id) const {
  auto found = readActions("WHERE a.id = ?", id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<RagPoint> MeetingRepository::ragHistory(const std::string& subjectKey) const {
  std::vector<RagPoint> points;
  // The action rows themselves (their rating in each document, corrections applied), then the
  // dated updates trackers print beneath them.
  Statement stmt = db_.prepare(std::string(kActionSelect) + "WHERE a.subject_key = ?1 ORDER BY a.id");
  stmt.bind(1, subjectKey);
  std::vector<std::int64_t> ids;
  while (stmt.step()) {
    RagPoint point;
    point.document = stmt.text(18);
    point.page = stmt.integer(2);
    point.date = optionalDate(stmt, 19);
    const auto correctedStatus = actionStatusFromName(stmt.text(20));
    const auto correctedRag = ragFromName(stmt.text(21));
    point.status = correctedStatus ? correctedStatus : actionStatusFromName(stmt.text(12));
    point.rag = correctedRag ? correctedRag : ragFromName(stmt.text(13));
    ids.push_back(stmt.int64(0));
    points.push_back(std::move(point));
  }
  Statement updates = db_.prepare(
      "SELECT u.as_of, u.as_of_label, u.status, u.rag, u.note, d.file_name, a.page FROM action_updates u "
      "JOIN actions a ON a.id = u.action_id JOIN documents d ON d.id = a.document_id WHERE u.action_id = ?");
  for (const std::int64_t id : ids) {
    updates.bind(1, id);
    while (updates.step()) {
      RagPoint point;
      point.date = optionalDate(updates, 0);
      point.dateLabel = updates.text(1);
      point.status = actionStatusFromName(updates.text(2));
      point.rag = ragFromName(updates.text(3));
      point.note = updates.text(4);
      point.document = updates.text(5);
      point.page = updates.integer(6);
      points.push_back(std::move(point));
    }
    updates.reset();
  }
  // Undated points keep their order after the dated ones.
  std::stable_sort(points.begin(), points.end(), [](const RagPoint& a, const RagPoint& b) {
    if (a.date && b.date) return *a.date < *b.date;
    return a.date.has_value() && !b.date.has_value();
  });
  return points;
}

}  // namespace sbw::store
