// User corrections: they change the value or status shown, keep the original, are audited, and
// survive a re-import of a changed file (which deletes and re-inserts the document).

#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include "store/audit_log.h"
#include "store/correction_repository.h"
#include "store/database.h"
#include "store/importer.h"
#include "store/meeting_repository.h"
#include "store/observation_repository.h"
#include "support/fixture_pdf.h"
#include "support/store_fixtures.h"

using namespace sbw;
using namespace sbw::store;

namespace {

extract::PrintedFigure referrals(const char* value) {
  extract::PrintedFigure f;
  f.page = 2;
  f.area = "WCC";
  f.label = "Referrals";
  f.period = "2013-14";
  f.value = value;
  f.method = ExtractionMethod::Prose;
  return f;
}

// What an extractor does after each import: store the figures and actions it finds.
void runExtraction(Database& db, std::int64_t documentId, const char* value) {
  Transaction transaction(db);
  sbw::test::storePrintedFigures(db, documentId, {referrals(value)});
  Meeting meeting;
  meeting.page = 1;
  meeting.date = Date{2014, 10, 6};
  Action action;
  action.page = 1;
  action.meetingIndex = 0;
  action.reference = "A3";
  action.text = "Circulate the neglect strategy to all schools";
  action.status = ActionStatus::Open;
  action.rag = Rag::Red;
  MeetingRepository(db).replaceForDocument(documentId, {meeting}, {action});
  transaction.commit();
}

double shownValue(Database& db) {
  Statement stmt = db.prepare("SELECT value FROM observation_v WHERE indicator_key = 'referrals'");
  if (!stmt.step()) return -1;
  return stmt.real(0);
}

}  // namespace

class TestStoreCorrections : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void aCorrectionChangesTheValueShownAndKeepsTheOriginal() {
    sbw::test::writeTwoPageReport(path("one.pdf"), "first edition");
    Database db = Database::open(path("one.sqlite").toStdString());
    const auto imported = Importer(db).importFile(path("one.pdf").toStdString());
    QCOMPARE(int(imported.status), int(ImportResult::Status::Imported));
    runExtraction(db, imported.documentId, "2,342");
    const auto observation = ObservationRepository(db).forIndicator("referrals").front();

    CorrectionRepository corrections(db);
    corrections.correctValue(observation.id, 2432, "J. Smith", "digits transposed in the report; see p.14 table");
    QCOMPARE(shownValue(db), 2432.0);
    Statement row = db.prepare(
        "SELECT printed_value, corrected, corrected_by, correction_reason FROM observation_v WHERE value = 2432");
    QVERIFY(row.step());
    QCOMPARE(row.real(0), 2342.0);
    QCOMPARE(row.integer(1), 1);
    QCOMPARE(row.text(2), std::string("J. Smith"));
    const auto read = ObservationRepository(db).byId(observation.id);
    QCOMPARE(*read->value(), 2432.0);
    QCOMPARE(*read->quantity.value, 2342.0);

    // Correcting again replaces the correction rather than stacking another.
    corrections.correctValue(observation.id, 2433, "J. Smith", "second look");
    QCOMPARE(corrections.valueCorrections().size(), size_t(1));
    QCOMPARE(*corrections.valueCorrections().front().originalValue, 2342.0);
    QCOMPARE(shownValue(db), 2433.0);

    const auto audit = AuditLog(db).recent();
    QCOMPARE(QString::fromStdString(audit[0].event), QString("value_corrected"));
    QCOMPARE(QString::fromStdString(audit[0].detail), QString("2,342 -> 2,433: second look"));
    QCOMPARE(QString::fromStdString(audit[0].actor), QString("J. Smith"));
    QVERIFY(QString::fromStdString(audit[0].subject).startsWith("one.pdf p.2 E09000033|referral|2013-14|local"));

    // Removing it shows the printed value again, and is audited too.
    QVERIFY(
        corrections.removeValueCorrection(corrections.valueCorrections().front().id, "J. Smith", "report is right"));
    QCOMPARE(shownValue(db), 2342.0);
    QCOMPARE(QString::fromStdString(AuditLog(db).recent()[0].event), QString("value_correction_removed"));
    QVERIFY(!corrections.removeValueCorrection(999, "J. Smith", "none such"));
  }

  void correctionsSurviveReimportingAChangedFile() {
    sbw::test::writeTwoPageReport(path("pack.pdf"), "first edition");
    Database db = Database::open(path("two.sqlite").toStdString());
    const auto first = Importer(db).importFile(path("pack.pdf").toStdString());
    runExtraction(db, first.documentId, "2,342");
    CorrectionRepository corrections(db);
    corrections.correctValue(ObservationRepository(db).forIndicator("referrals").front().id, 2432, "J. Smith",
                             "transposed");
    const auto action = MeetingRepository(db).actions().front();
    corrections.correctAction(action.id, ActionStatus::Complete, Rag::Green, "A. Chair", "confirmed at the meeting");

    // The file changes at the same path: the importer deletes the document and its rows.
    sbw::test::writeTwoPageReport(path("pack.pdf"), "second edition, with an erratum");
    const auto second = Importer(db).importFile(path("pack.pdf").toStdString());
    QCOMPARE(int(second.status), int(ImportResult::Status::Updated));
    // (SQLite may hand the new document the old id: ids are no key for a correction either way.)
    // The importer's own reading finds "Referrals in 2013-14: 2,342" once a page, under the
    // document's own area: not the WCC figure on page 2 that was corrected.
    QCOMPARE(ObservationRepository(db).count(), 2);
    QCOMPARE(corrections.detachedCount(), 2);  // kept, waiting for their figure and action

    // Extraction finds the same figure and action again: the corrections re-attach.
    runExtraction(db, second.documentId, "2,342");
    QCOMPARE(corrections.detachedCount(), 0);
    QCOMPARE(shownValue(db), 2432.0);
    Statement actionRow = db.prepare("SELECT status, rag, printed_status, printed_rag, corrected FROM action_v");
    QVERIFY(actionRow.step());
    QCOMPARE(actionRow.text(0), std::string("complete"));
    QCOMPARE(actionRow.text(1), std::string("green"));
    QCOMPARE(actionRow.text(2), std::string("open"));
    QCOMPARE(actionRow.text(3), std::string("red"));
    QCOMPARE(actionRow.integer(4), 1);
    const auto reread = MeetingRepository(db).actions().front();
    QCOMPARE(int(*reread.effectiveStatus()), int(ActionStatus::Complete));
    QCOMPARE(int(*reread.status), int(ActionStatus::Open));
  }

  void actionCorrectionsCanOverrideRagAlone() {
    sbw::test::writeTwoPageReport(path("three.pdf"), "tracker");
    Database db = Database::open(path("three.sqlite").toStdString());
    const auto imported = Importer(db).importFile(path("three.pdf").toStdString());
    runExtraction(db, imported.documentId, "2,342");
    CorrectionRepository corrections(db);
    const auto id = MeetingRepository(db).actions().front().id;
    corrections.correctAction(id, std::nullopt, Rag::Amber, "A. Chair", "partly done");
    Statement row = db.prepare("SELECT status, rag FROM action_v");
    QVERIFY(row.step());
    QCOMPARE(row.text(0), std::string("open"));  // the printed status still shows
    QCOMPARE(row.text(1), std::string("amber"));
    QCOMPARE(QString::fromStdString(AuditLog(db).recent()[0].detail), QString("rag red -> amber: partly done"));
    QVERIFY(corrections.removeActionCorrection(corrections.actionCorrections().front().id, "A. Chair", "undo"));
    QVERIFY(corrections.actionCorrections().empty());
  }

  // Owner and due date are corrected like status and RAG: shown in action_v, kept through re-reading,
  // and written to the action's history.
  void ownerAndDueCorrectionsSurviveReextraction() {
    sbw::test::writeTwoPageReport(path("owner.pdf"), "tracker");
    Database db = Database::open(path("owner.sqlite").toStdString());
    const auto imported = Importer(db).importFile(path("owner.pdf").toStdString());
    runExtraction(db, imported.documentId, "2,342");
    CorrectionRepository corrections(db);
    const Action before = MeetingRepository(db).actions().front();
    ActionEdit edit;
    edit.owner = "Head of Early Help";
    edit.due = Date{2018, 6, 30};
    QVERIFY_THROWS_EXCEPTION(StoreError, corrections.correctAction(before.id, ActionEdit{}, "A. Chair", "nothing"));
    corrections.correctAction(before.id, edit, "A. Chair", "agreed at the March board");
    Statement row = db.prepare("SELECT owner, due_date, printed_owner, corrected_by FROM action_v");
    QVERIFY(row.step());
    QCOMPARE(row.text(0), std::string("Head of Early Help"));
    QCOMPARE(row.text(1), std::string("2018-06-30"));
    QCOMPARE(row.optionalText(2), before.owner.empty() ? std::nullopt : std::optional<std::string>(before.owner));
    QCOMPARE(row.text(3), std::string("A. Chair"));

    // A later correction of the status alone keeps the owner and due date corrected before.
    corrections.correctAction(before.id, ActionEdit{ActionStatus::Complete, std::nullopt, std::nullopt, std::nullopt},
                              "A. Chair", "done at the June board");
    Statement both = db.prepare("SELECT owner, due_date, status FROM action_v");
    QVERIFY(both.step());
    QCOMPARE(both.text(0), std::string("Head of Early Help"));
    QCOMPARE(both.text(1), std::string("2018-06-30"));
    QCOMPARE(both.text(2), std::string("complete"));

    runExtraction(db, imported.documentId, "2,342");  // read again: new rows, the correction re-attaches
    const auto actions = MeetingRepository(db).actions();
    QCOMPARE(actions.size(), size_t(1));
    const Action after = actions.front();
    QVERIFY(after.corrected());
    QCOMPARE(after.effectiveOwner(), std::string("Head of Early Help"));
    QCOMPARE(after.effectiveDue()->iso(), std::string("2018-06-30"));
    QCOMPARE(after.correctionReason, std::string("done at the June board"));
    const auto history = AuditLog(db).about(auditSubject(after.document, after.page, after.subjectKey));
    QCOMPARE(history.size(), size_t(2));  // newest first
    QVERIFY2(QString::fromStdString(history.back().detail)
                 .contains("due " + QString::fromStdString(before.dueDate ? before.dueDate->iso() : "none") +
                           " -> 2018-06-30"),
             history.back().detail.c_str());
  }

  void correctionsSayWhoAndWhy() {
    sbw::test::writeTwoPageReport(path("four.pdf"), "four");
    Database db = Database::open(path("four.sqlite").toStdString());
    const auto imported = Importer(db).importFile(path("four.pdf").toStdString());
    runExtraction(db, imported.documentId, "2,342");
    CorrectionRepository corrections(db);
    const auto id = ObservationRepository(db).forIndicator("referrals").front().id;
    QVERIFY_THROWS_EXCEPTION(StoreError, corrections.correctValue(id, 1, "", "why"));
    QVERIFY_THROWS_EXCEPTION(StoreError, corrections.correctValue(id, 1, "who", ""));
    QVERIFY_THROWS_EXCEPTION(StoreError, corrections.correctValue(987654, 1, "who", "why"));
    const auto actionId = MeetingRepository(db).actions().front().id;
    QVERIFY_THROWS_EXCEPTION(StoreError, corrections.correctAction(actionId, std::nullopt, std::nullopt, "who", "why"));
    QVERIFY(corrections.valueCorrections().empty());
  }

  void theAuditLogIsAppendOnly() {
    Database db = Database::open(path("five.sqlite").toStdString());
    AuditLog log(db);
    log.record("tester", "note", "the store", "a remark");
    QCOMPARE(log.count(), 1);
    QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("UPDATE audit_log SET actor = 'someone else'"));
    QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("DELETE FROM audit_log"));
    QCOMPARE(QString::fromStdString(log.recent().front().actor), QString("tester"));
    QVERIFY(QString::fromStdString(log.recent().front().at).endsWith("Z"));
  }
};

QTEST_MAIN(TestStoreCorrections)
#include "test_store_corrections.moc"
