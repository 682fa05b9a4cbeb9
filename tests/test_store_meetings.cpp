// Meetings, agenda items, actions and recommendations: the action_v contract, due dates derived from
// what was printed, statuses and RAG ratings with their history across documents.

#include <QTemporaryDir>
#include <QtTest>

#include "core/action_status.h"
#include "store/database.h"
#include "store/meeting_repository.h"
#include "support/store_fixtures.h"

using namespace sbw;
using namespace sbw::store;

namespace {

using sbw::test::addBareDocument;

Meeting boardMeeting(Date date) {
  Meeting meeting;
  meeting.page = 1;
  meeting.body = "Children and Education Policy and Accountability Committee";
  meeting.title = "Agenda";
  meeting.date = date;
  meeting.agenda = {AgendaItem{0, 2, "6.1", "LSCB Annual Report 2016-17"}, AgendaItem{0, 3, "7", "Work programme"}};
  return meeting;
}

Action trackerAction(const char* rag, const char* status) {
  Action action;
  action.page = 2;
  action.meetingIndex = 0;
  action.agendaIndex = 0;
  action.reference = "A12";
  action.text = "Report the rate of re-referrals to the next meeting";
  action.owner = "Director of Family Services";
  action.dueLabel = "by March 2018";
  action.rag = parseRag(rag);
  action.status = parseActionStatus(status);
  return action;
}

}  // namespace

class TestStoreMeetings : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  int stores_ = 0;
  Database freshStore() { return Database::open(dir_.filePath(QString("m%1.sqlite").arg(++stores_)).toStdString()); }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void statusesAndRagsAsPrinted() {
    QCOMPARE(int(*parseActionStatus("Complete")), int(ActionStatus::Complete));
    QCOMPARE(int(*parseActionStatus("Completed")), int(ActionStatus::Complete));
    // Update columns that say more than a status word (seed 000's action tracker).
    QCOMPARE(int(*parseActionStatus("Action is complete and Communications have circulated the maps.")),
             int(ActionStatus::Complete));
    QCOMPARE(int(*parseActionStatus("Complete , response emailed to Aki Turan.")), int(ActionStatus::Complete));
    QCOMPARE(int(*parseActionStatus("Not yet complete: awaiting the audit")), int(ActionStatus::Open));
    QCOMPARE(int(*parseActionStatus("Work is in progress with schools")), int(ActionStatus::InProgress));
    QVERIFY(!parseActionStatus("The committee will review this in the spring").has_value());
    QCOMPARE(int(*parseActionStatus("On-going")), int(ActionStatus::InProgress));
    QCOMPARE(int(*parseActionStatus("In progress")), int(ActionStatus::InProgress));
    QCOMPARE(int(*parseActionStatus("Not started")), int(ActionStatus::Open));
    QVERIFY(!parseActionStatus("See above"));
    QCOMPARE(int(*parseRag("G")), int(Rag::Green));
    QCOMPARE(int(*parseRag("AMBER")), int(Rag::Amber));
    QCOMPARE(int(*parseRag("Red")), int(Rag::Red));
    QVERIFY(!parseRag("Blue"));
    QCOMPARE(parseDueDate("by March 2018")->iso(), std::string("2018-03-31"));
    QCOMPARE(parseDueDate("31/12/2017")->iso(), std::string("2017-12-31"));
    QCOMPARE(parseDueDate("2018-19")->iso(), std::string("2019-03-31"));
    QCOMPARE(parseDueDate("Due by: Q2 2017/18")->iso(), std::string("2017-09-30"));
    QVERIFY(!parseDueDate("ongoing"));
    QVERIFY(!parseDueDate(""));
  }

  void actionViewFollowsTheContract() {
    Database db = freshStore();
    const auto doc = addBareDocument(db, "001_agenda.pdf", 3);
    Action recommendation;
    recommendation.page = 3;
    recommendation.kind = ActionKind::Recommendation;
    recommendation.text = "The Board should seek assurance on private fostering awareness";
    MeetingRepository(db).replaceForDocument(doc, {boardMeeting(Date{2017, 11, 13})},
                                             {trackerAction("A", "In progress"), recommendation});
    Statement row = db.prepare(
        "SELECT document, page, meeting_date, agenda_item, action_text, owner, due_date, status, rag FROM action_v "
        "ORDER BY page");
    QVERIFY(row.step());
    QCOMPARE(row.text(0), std::string("001_agenda.pdf"));
    QCOMPARE(row.integer(1), 2);
    QCOMPARE(row.text(2), std::string("2017-11-13"));
    QCOMPARE(row.text(3), std::string("6.1 LSCB Annual Report 2016-17"));
    QCOMPARE(row.text(4), std::string("Report the rate of re-referrals to the next meeting"));
    QCOMPARE(row.text(5), std::string("Director of Family Services"));
    QCOMPARE(row.text(6), std::string("2018-03-31"));
    QCOMPARE(row.text(7), std::string("in_progress"));
    QCOMPARE(row.text(8), std::string("amber"));
    QVERIFY(row.step());
    QVERIFY(row.isNull(2));  // no meeting, no date
    QVERIFY(row.isNull(3));
    QVERIFY(row.isNull(5));
    QVERIFY(row.isNull(6));
    QVERIFY(row.isNull(7));  // unknown status is NULL, not "open"
    QVERIFY(row.isNull(8));
    QVERIFY(!row.step());
    Statement kinds = db.prepare("SELECT group_concat(kind, ',') FROM (SELECT kind FROM action_v ORDER BY page)");
    QVERIFY(kinds.step());
    QCOMPARE(kinds.text(0), std::string("action,recommendation"));

    const auto meetings = MeetingRepository(db).meetings(doc);
    QCOMPARE(meetings.size(), size_t(1));
    QCOMPARE(meetings.front().agenda.size(), size_t(2));
    QCOMPARE(meetings.front().agenda[1].title, std::string("Work programme"));
    const auto actions = MeetingRepository(db).actionsForMeeting(meetings.front().id);
    QCOMPARE(actions.size(), size_t(1));
    QCOMPARE(actions.front().subjectKey, std::string("ref:a12"));
    QCOMPARE(int(actions.front().kind), int(ActionKind::Action));
    QCOMPARE(MeetingRepository(db).actions(doc).back().subjectKey,
             std::string("text:the board should seek assurance on private fostering awareness"));
  }

  void replacingReplacesAndBadIndexesAreRefused() {
    Database db = freshStore();
    const auto doc = addBareDocument(db, "a.pdf", 3);
    MeetingRepository meetings(db);
    meetings.replaceForDocument(doc, {boardMeeting(Date{2017, 11, 13})}, {trackerAction("R", "Open")});
    meetings.replaceForDocument(doc, {boardMeeting(Date{2018, 1, 15})}, {trackerAction("G", "Complete")});
    QCOMPARE(meetings.meetings().size(), size_t(1));
    QCOMPARE(meetings.actions().size(), size_t(1));
    QCOMPARE(int(*meetings.actions().front().rag), int(Rag::Green));
    Action stray = trackerAction("G", "Complete");
    stray.meetingIndex = 4;
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, meetings.replaceForDocument(doc, {}, {stray}));
    db.prepare("DELETE FROM documents WHERE id = ?").bind(1, doc).run();
    QVERIFY(meetings.actions().empty());
    QVERIFY(meetings.meetings().empty());
  }

  void actionsAsAnExtractorPrintsThem() {
    Database db = freshStore();
    const auto doc = addBareDocument(db, "004_annual.pdf", 3);
    extract::PrintedAction tracked;
    tracked.page = 3;
    tracked.reference = "Rec 3";
    tracked.text = "  Review  the LADO  process ";
    tracked.owner = "LADO";
    tracked.due = "by end of Q2 2017/18";
    tracked.status = "On-going";
    tracked.rag = "A";
    tracked.agendaItem = "Item 4: Action tracker";
    extract::PrintedAction done;
    done.page = 3;
    done.kind = ActionKind::Recommendation;
    done.text = "Publish the annual report";
    done.rag = "Complete";  // a status printed in the RAG column
    done.due = "ongoing";
    tracked.meeting = 0;
    done.meeting = 0;
    extract::PrintedMeeting printedMeeting;
    printedMeeting.page = 1;
    printedMeeting.body = "Havering LSCB";
    printedMeeting.dateLabel = "5 June 2017";
    printedMeeting.date = Date{2017, 6, 5};
    QCOMPARE(sbw::test::storePrintedActions(db, doc, {tracked, done}, {printedMeeting}), 2);
    Statement row = db.prepare(
        "SELECT meeting_date, agenda_item, action_text, owner, due_date, status, rag, kind, due_label FROM action_v "
        "ORDER BY action_id");
    QVERIFY(row.step());
    QCOMPARE(row.text(0), std::string("2017-06-05"));
    QCOMPARE(row.text(1), std::string("Item 4: Action tracker"));
    QCOMPARE(row.text(2), std::string("Review the LADO process"));
    QCOMPARE(row.text(3), std::string("LADO"));
    QCOMPARE(row.text(4), std::string("2017-09-30"));
    QCOMPARE(row.text(5), std::string("in_progress"));
    QCOMPARE(row.text(6), std::string("amber"));
    QCOMPARE(row.text(7), std::string("action"));
    QVERIFY(row.step());
    QCOMPARE(row.text(5), std::string("complete"));
    QVERIFY(row.isNull(6));
    QVERIFY(row.isNull(4));  // "ongoing" has no date
    QCOMPARE(row.text(8), std::string("ongoing"));
    QCOMPARE(row.text(7), std::string("recommendation"));
  }

  void ragHistoryAcrossDocumentsAndTrackerUpdates() {
    Database db = freshStore();
    const auto november = addBareDocument(db, "pack-2017-11.pdf", 3);
    const auto january = addBareDocument(db, "pack-2018-01.pdf", 3);
    MeetingRepository meetings(db);
    Action first = trackerAction("R", "Open");
    first.updates = {ActionUpdate{Date{2017, 9, 20}, "Sept 2017", ActionStatus::Open, Rag::Red, "not started"}};
    meetings.replaceForDocument(november, {boardMeeting(Date{2017, 11, 13})}, {first});
    meetings.replaceForDocument(january, {boardMeeting(Date{2018, 1, 15})}, {trackerAction("G", "Complete")});

    const auto history = meetings.ragHistory("ref:a12");
    QCOMPARE(history.size(), size_t(3));
    QCOMPARE(history[0].date->iso(), std::string("2017-09-20"));
    QCOMPARE(history[0].note, std::string("not started"));
    QCOMPARE(history[1].date->iso(), std::string("2017-11-13"));
    QCOMPARE(int(*history[1].rag), int(Rag::Red));
    QCOMPARE(history[1].document, std::string("pack-2017-11.pdf"));
    QCOMPARE(history[2].date->iso(), std::string("2018-01-15"));
    QCOMPARE(int(*history[2].rag), int(Rag::Green));
    QCOMPARE(int(*history[2].status), int(ActionStatus::Complete));
    QVERIFY(meetings.ragHistory("ref:nothing").empty());
    const auto read = meetings.actions(november).front();
    QCOMPARE(read.updates.size(), size_t(1));
    QCOMPARE(read.updates.front().asOfLabel, std::string("Sept 2017"));
  }
};

QTEST_GUILESS_MAIN(TestStoreMeetings)
#include "test_store_meetings.moc"
