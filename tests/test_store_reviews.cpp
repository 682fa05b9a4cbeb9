// The review queue: figures the reader was unsure of wait until a reviewer accepts, corrects or rejects
// them. Decisions change what every query and the contract view show, are audited, and survive a
// re-import of a changed file and reading a document again, like value corrections.

#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

#include "store/audit_log.h"
#include "store/correction_repository.h"
#include "store/database.h"
#include "store/importer.h"
#include "store/migrations.h"
#include "store/observation_repository.h"
#include "store/review_repository.h"
#include "store/store_check.h"
#include "support/fixture_pdf.h"
#include "support/store_fixtures.h"

using namespace sbw;
using namespace sbw::store;

namespace {

extract::PrintedFigure printed(int page, const std::string& area, const char* label, const std::string& period,
                               const std::string& value) {
  return test::printedFigure(page, area, label, period, value);
}

// "19% in RBKC and WCC": area, indicator and period all read, but one number for several areas.
extract::PrintedFigure shared(int page, const char* area, const char* label, const char* period, const char* value) {
  extract::PrintedFigure f = printed(page, area, label, period, value);
  f.areaShared = true;
  return f;
}

// One figure of each kind the queue holds, and one the reader was sure of.
std::vector<extract::PrintedFigure> mixedFigures() {
  return {shared(1, "WCC", "Referrals", "2013-14", "2,342"),         // complete, doubted
          printed(1, "WCC", "Widgets inspected", "2013-14", "17"),   // measure not in the dictionary
          printed(2, "WCC", "Contacts", "", "40"),                   // no period
          printed(2, "Havering", "Referrals", "2013-14", "3,000")};  // trusted
}

struct Figures {
  Observation shared;
  Observation unknownMeasure;
  Observation noPeriod;
  Observation trusted;
};

Figures figuresOf(Database& db, std::int64_t documentId) {
  Figures out;
  for (const Observation& o : ObservationRepository(db).forDocument(documentId)) {
    if (o.indicatorLabel == "Widgets inspected") {
      out.unknownMeasure = o;
    } else if (o.periodLabel.empty()) {
      out.noPeriod = o;
    } else if (o.area == "Havering") {
      out.trusted = o;
    } else {
      out.shared = o;
    }
  }
  return out;
}

std::vector<std::int64_t> idsOf(const std::vector<Observation>& observations) {
  std::vector<std::int64_t> ids;
  for (const Observation& o : observations) ids.push_back(o.id);
  return ids;
}

bool contains(const std::vector<Observation>& observations, std::int64_t id) {
  const auto ids = idsOf(observations);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string messageOf(const std::function<void()>& call) {
  try {
    call();
  } catch (const StoreError& error) {
    return error.what();
  }
  return "(no error)";
}

std::vector<std::string> columnsOf(Database& db, const std::string& table) {
  Statement stmt = db.prepare("SELECT name FROM pragma_table_info(?)");
  stmt.bind(1, table);
  std::vector<std::string> out;
  while (stmt.step()) out.push_back(stmt.text(0));
  return out;
}

QString joined(const std::vector<std::string>& lines) {
  std::string all;
  for (const auto& line : lines) all += line + "\n";
  return QString::fromStdString(all);
}

bool scansObservations(const std::vector<std::string>& plan) {
  for (const auto& line : plan) {
    if (line.starts_with("SCAN o") || line.find("SCAN observations") != std::string::npos) return true;
  }
  return false;
}

// What an extractor stores after each import: a doubted figure and one whose measure it did not know.
void runExtraction(Database& db, std::int64_t documentId) {
  Transaction transaction(db);
  sbw::test::storePrintedFigures(
      db, documentId,
      {shared(2, "WCC", "Referrals", "2013-14", "2,342"), printed(2, "WCC", "Widgets inspected", "2013-14", "17")});
  transaction.commit();
}

}  // namespace

class TestStoreReviews : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  int stores_ = 0;
  QString path(const QString& name) const { return dir_.filePath(name); }
  Database freshStore() { return Database::open(path(QString("r%1.sqlite").arg(++stores_)).toStdString()); }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  void theQueueHoldsTheFiguresTheReaderDoubted() {
    Database db = freshStore();
    const auto doc = sbw::test::addBareDocument(db, "pack.pdf", 2);
    QCOMPARE(sbw::test::storePrintedFigures(db, doc, mixedFigures()).stored, 4);
    const Figures f = figuresOf(db, doc);
    QVERIFY(!f.shared.trusted && !f.unknownMeasure.trusted && !f.noPeriod.trusted && f.trusted.trusted);
    QCOMPARE(f.unknownMeasure.indicatorKey, std::string());
    QVERIFY(!f.noPeriod.periodStart);

    ReviewRepository reviews(db);
    QCOMPARE(reviews.queueCount(), 3);
    // By document, page and id: the two figures of page 1, then the one of page 2.
    const auto queue = reviews.queue();
    QCOMPARE(queue.size(), size_t(3));
    QCOMPARE(queue[0].page, 1);
    QCOMPARE(queue[2].id, f.noPeriod.id);
    QVERIFY(!contains(queue, f.trusted.id));
    QCOMPARE(reviews.queue(2).size(), size_t(2));
    QCOMPARE(reviews.queue(0).size(), size_t(0));
  }

  void acceptingMakesAFigureTrustedAndTakesItOutOfTheQueue() {
    Database db = freshStore();
    const auto doc = sbw::test::addBareDocument(db, "pack.pdf", 2);
    sbw::test::storePrintedFigures(db, doc, mixedFigures());
    const Figures f = figuresOf(db, doc);
    ObservationRepository observations(db);
    QVERIFY(!contains(observations.forIndicator("referrals", false, true), f.shared.id));

    ReviewRepository reviews(db);
    const auto reviewId = reviews.accept(f.shared.id, "J. Smith", "the table gives one figure per borough");
    QVERIFY(reviewId > 0);
    QCOMPARE(reviews.queueCount(), 2);
    QVERIFY(!contains(reviews.queue(), f.shared.id));
    // With the figure the reader trusted, in chart order: Havering, then Westminster.
    QCOMPARE(idsOf(observations.forIndicator("referrals", false, true)),
             (std::vector<std::int64_t>{f.trusted.id, f.shared.id}));
    const auto read = observations.byId(f.shared.id);
    QVERIFY(read->trusted);
    QCOMPARE(int(*read->review), int(ReviewDecision::Accepted));
    QCOMPARE(read->reviewedBy, std::string("J. Smith"));
    QCOMPARE(read->area, std::string("Westminster"));  // as read
    QCOMPARE(observations.indicatorCounts(true).front(), std::make_pair(std::string("referrals"), 2));

    Statement row = db.prepare(
        "SELECT trusted, review, reviewed_by, review_reason FROM observation_v WHERE "
        "observation_id = ?");
    row.bind(1, f.shared.id);
    QVERIFY(row.step());
    QCOMPARE(row.integer(0), 1);
    QCOMPARE(row.text(1), std::string("accepted"));
    QCOMPARE(row.text(2), std::string("J. Smith"));
    QCOMPARE(row.text(3), std::string("the table gives one figure per borough"));

    const auto audit = AuditLog(db).recent().front();
    QCOMPARE(audit.event, std::string("figure_accepted"));
    QCOMPARE(audit.subject, auditSubject("pack.pdf", 1, f.shared.subjectKey));
    QVERIFY2(QString::fromStdString(audit.detail).contains("Westminster | Referrals (referrals) | 2013-14 | 2,342"),
             audit.detail.c_str());
    const auto history = reviews.reviewsOf("pack.pdf", 1, f.shared.subjectKey);
    QCOMPARE(history.size(), size_t(1));
    QCOMPARE(history.front().id, reviewId);
    QVERIFY(history.front().attached);
    QCOMPARE(history.front().documentSha256, std::string("sha-pack.pdf"));
  }

  void aFigureWithoutAnIndicatorOrPeriodMustBeCorrectedNotAccepted() {
    Database db = freshStore();
    const auto doc = sbw::test::addBareDocument(db, "pack.pdf", 2);
    sbw::test::storePrintedFigures(db, doc, mixedFigures());
    const Figures f = figuresOf(db, doc);
    ReviewRepository reviews(db);
    const std::string noIndicator = messageOf([&] { reviews.accept(f.unknownMeasure.id, "J. Smith", "looks right"); });
    QVERIFY2(QString::fromStdString(noIndicator).contains("an indicator") &&
                 QString::fromStdString(noIndicator).contains("correct it first"),
             noIndicator.c_str());
    const std::string noPeriod = messageOf([&] { reviews.accept(f.noPeriod.id, "J. Smith", "looks right"); });
    QVERIFY2(QString::fromStdString(noPeriod).contains("a dated period"), noPeriod.c_str());
    // A correction is trusted too, so it must leave the figure complete.
    const std::string valueOnly = messageOf([&] {
      reviews.correct(f.noPeriod.id, FigureEdit{{}, {}, {}, 41.0}, "J. Smith", "typo");
    });
    QVERIFY2(QString::fromStdString(valueOnly).contains("a dated period"), valueOnly.c_str());
    QCOMPARE(reviews.queueCount(), 3);
    QVERIFY(reviews.reviews().empty());
    QVERIFY(CorrectionRepository(db).valueCorrections().empty());  // the value was not written either

    FigureEdit period;
    period.period = "2013-14";
    reviews.correct(f.noPeriod.id, period, "J. Smith", "the column is headed 2013-14");
    const auto read = ObservationRepository(db).byId(f.noPeriod.id);
    QVERIFY(read->trusted);
    QCOMPARE(read->periodStart->iso(), std::string("2013-04-01"));
    QCOMPARE(read->periodEnd->iso(), std::string("2014-03-31"));
    QCOMPARE(int(*read->periodKind), int(PeriodKind::FinancialYear));
    QCOMPARE(read->periodLabel, std::string("2013-14"));
  }

  void rejectingTakesAFigureOutOfTheQueueAndTheTrends() {
    Database db = freshStore();
    const auto doc = sbw::test::addBareDocument(db, "pack.pdf", 2);
    sbw::test::storePrintedFigures(db, doc, mixedFigures());
    const Figures f = figuresOf(db, doc);
    ReviewRepository reviews(db);
    ObservationRepository observations(db);
    reviews.reject(f.shared.id, "J. Smith", "the figure is for the three boroughs together");
    QVERIFY(!contains(reviews.queue(), f.shared.id));
    QCOMPARE(reviews.queueCount(), 2);
    QVERIFY(!contains(observations.forIndicator("referrals", false, true), f.shared.id));
    QVERIFY(contains(observations.forIndicator("referrals"), f.shared.id));  // still there, for the record

    // A figure the reader trusted can be rejected too: it leaves the trends.
    reviews.reject(f.trusted.id, "J. Smith", "a draft figure, revised later");
    QVERIFY(observations.forIndicator("referrals", false, true).empty());
    QVERIFY(!observations.byId(f.trusted.id)->trusted);
    for (const auto& [key, count] : observations.indicatorCounts(true)) QVERIFY(key != "referrals");
    Statement view = db.prepare("SELECT count(*) FROM observation_v WHERE trusted = 1");
    QVERIFY(view.step());
    QCOMPARE(view.integer(0), 0);
    QCOMPARE(reviews.queueCount(), 2);  // rejected figures do not come back to the queue
    QCOMPARE(AuditLog(db).recent().front().event, std::string("figure_rejected"));
  }

  void correctingMovesAFigureToItsIndicatorAreaAndPeriod() {
    Database db = freshStore();
    const auto doc = sbw::test::addBareDocument(db, "pack.pdf", 2);
    sbw::test::storePrintedFigures(db, doc, mixedFigures());
    const Figures f = figuresOf(db, doc);
    ReviewRepository reviews(db);
    ObservationRepository observations(db);

    FigureEdit edit;
    edit.indicatorKey = "contacts";
    edit.area = "Havering";
    edit.period = "2014-15";
    edit.value = 2432;
    reviews.correct(f.shared.id, edit, "J. Smith", "the row is Havering's contacts for 2014-15");
    QVERIFY(!contains(observations.forIndicator("referrals"), f.shared.id));
    const auto contacts = observations.forIndicator("contacts", false, true);
    QCOMPARE(idsOf(contacts), std::vector<std::int64_t>{f.shared.id});
    const Observation& moved = contacts.front();
    QCOMPARE(moved.area, std::string("Havering"));
    QCOMPARE(moved.areaCode, std::string("E09000016"));
    QCOMPARE(moved.areaKey, std::string("E09000016"));
    QCOMPARE(moved.areaLabel, std::string("WCC"));  // as printed
    QCOMPARE(moved.periodStart->iso(), std::string("2014-04-01"));
    QCOMPARE(*moved.value(), 2432.0);
    QCOMPARE(*moved.quantity.value, 2342.0);
    QCOMPARE(int(*moved.review), int(ReviewDecision::Corrected));
    QVERIFY(contains(observations.forArea("Havering"), f.shared.id));
    QVERIFY(!contains(observations.forArea("Westminster"), f.shared.id));
    ObservationQuery both;
    both.indicatorKey = "contacts";
    both.area = "Havering";
    QCOMPARE(observations.find(both).size(), size_t(1));
    const auto counts = observations.indicatorCounts();
    QVERIFY(std::find(counts.begin(), counts.end(), std::make_pair(std::string("contacts"), 2)) !=
            counts.end());  // and the one without a period
    QVERIFY(std::find(counts.begin(), counts.end(), std::make_pair(std::string("referrals"), 1)) != counts.end());

    Statement view = db.prepare(
        "SELECT area, area_code, area_key, indicator_key, period_kind, period_label, period_start, period_end, value, "
        "printed_value, trusted, review, corrected FROM observation_v WHERE indicator_key = 'contacts' AND area = "
        "'Havering'");
    QVERIFY(view.step());
    QCOMPARE(view.text(0), std::string("Havering"));
    QCOMPARE(view.text(1), std::string("E09000016"));
    QCOMPARE(view.text(2), std::string("E09000016"));
    QCOMPARE(view.text(3), std::string("contacts"));
    QCOMPARE(view.text(4), std::string("financial_year"));
    QCOMPARE(view.text(5), std::string("2014-15"));
    QCOMPARE(view.text(6), std::string("2014-04-01"));
    QCOMPARE(view.text(7), std::string("2015-03-31"));
    QCOMPARE(view.real(8), 2432.0);
    QCOMPARE(view.real(9), 2342.0);
    QCOMPARE(view.integer(10), 1);
    QCOMPARE(view.text(11), std::string("corrected"));
    QCOMPARE(view.integer(12), 1);
    QVERIFY(!view.step());

    const auto audit = AuditLog(db).recent();
    QCOMPARE(audit[0].event, std::string("figure_corrected"));
    QCOMPARE(audit[0].detail, std::string("area Westminster -> Havering, indicator referrals -> contacts, period "
                                          "2013-14 -> 2014-15, value 2,342 -> 2,432: the row is Havering's "
                                          "contacts for 2014-15"));
    QCOMPARE(audit[1].event, std::string("value_corrected"));

    // A later correction of the area alone keeps the indicator, period and value corrected before.
    FigureEdit area;
    area.area = "E09000033";  // by ONS code
    reviews.correct(f.shared.id, area, "A. Chair", "Westminster after all");
    const auto again = observations.byId(f.shared.id);
    QCOMPARE(again->area, std::string("Westminster"));
    QCOMPARE(again->indicatorKey, std::string("contacts"));
    QCOMPARE(again->periodLabel, std::string("2014-15"));
    QCOMPARE(*again->value(), 2432.0);
    QCOMPARE(reviews.reviews().size(), size_t(1));  // one review per figure: replaced, not stacked
    QCOMPARE(*reviews.reviews().front().value, 2432.0);

    // A partnership has no ONS code: the corrected area's none, not the code read.
    FigureEdit partnership;
    partnership.area = "Tri-borough";
    reviews.correct(f.shared.id, partnership, "A. Chair", "the three boroughs' figure");
    QCOMPARE(observations.byId(f.shared.id)->areaCode, std::string());
    Statement code = db.prepare("SELECT area, area_code FROM observation_v WHERE observation_id = ?");
    code.bind(1, f.shared.id);
    QVERIFY(code.step());
    QCOMPARE(code.text(0), std::string("Tri-borough"));
    QVERIFY(code.isNull(1));
  }

  // The explorer reads an indicator in interleaved parts on two connections at once: together they
  // are the whole read, each figure once, a reviewed one in the part of its id.
  void interleavedPartsMakeUpTheWholeRead() {
    Database db = freshStore();
    const auto doc = sbw::test::addBareDocument(db, "pack.pdf", 2);
    std::vector<extract::PrintedFigure> many;
    for (int year = 2010; year < 2017; ++year) {
      const std::string period = std::to_string(year) + "-" + std::to_string((year + 1) % 100);
      for (const char* area : {"Havering", "Barking and Dagenham", "Redbridge"}) {
        many.push_back(printed(1, area, "Referrals", period.c_str(), std::to_string(1000 + year).c_str()));
      }
    }
    many.push_back(shared(2, "WCC", "Referrals", "2013-14", "2,342"));  // doubted until accepted
    sbw::test::storePrintedFigures(db, doc, many);
    const Figures f = figuresOf(db, doc);
    ReviewRepository(db).accept(f.shared.id, "J. Smith", "checked against the page");
    ObservationQuery whole;
    whole.indicatorKey = "referrals";
    whole.trustedOutturnsOnly = true;
    auto all = idsOf(ObservationRepository(db).find(whole));
    QCOMPARE(all.size(), size_t(22));
    QVERIFY(std::find(all.begin(), all.end(), f.shared.id) != all.end());
    std::vector<std::int64_t> joined;
    for (int part = 0; part < 3; ++part) {
      ObservationQuery query = whole;
      query.parts = 3;
      query.part = part;
      query.withoutText = true;
      query.anyOrder = true;
      const auto ids = idsOf(ObservationRepository(db).find(query));
      QVERIFY2(!ids.empty() && ids.size() < all.size(), "each part holds some of the figures, not all");
      for (const auto id : ids) QCOMPARE(int(id % 3), part);
      joined.insert(joined.end(), ids.begin(), ids.end());
    }
    std::sort(all.begin(), all.end());
    std::sort(joined.begin(), joined.end());
    QCOMPARE(joined, all);
  }

  // A figure read as a borough's but really England's is drawn as England (a comparator), and back.
  void correctingTheAreaCorrectsItsRoleToo() {
    Database db = freshStore();
    const auto doc = sbw::test::addBareDocument(db, "pack.pdf", 2);
    sbw::test::storePrintedFigures(db, doc, mixedFigures());
    const Figures f = figuresOf(db, doc);
    QCOMPARE(int(f.shared.comparator), int(Comparator::Local));
    ReviewRepository reviews(db);
    FigureEdit edit;
    edit.area = "England";
    reviews.correct(f.shared.id, edit, "J. Smith", "the column is England's");
    const auto read = ObservationRepository(db).byId(f.shared.id);
    QCOMPARE(read->area, std::string("England"));
    QCOMPARE(int(read->comparator), int(Comparator::England));
    Statement view = db.prepare("SELECT area, comparator FROM observation_v WHERE observation_id = ?");
    view.bind(1, f.shared.id);
    QVERIFY(view.step());
    QCOMPARE(view.text(1), std::string("england"));
    // An accepted figure keeps the role it was read with.
    reviews.accept(f.trusted.id, "J. Smith", "checked");
    QCOMPARE(int(ObservationRepository(db).byId(f.trusted.id)->comparator), int(Comparator::Local));
  }

  void unknownNamesSayWhatWasProbablyMeant() {
    Database db = freshStore();
    const auto doc = sbw::test::addBareDocument(db, "pack.pdf", 2);
    sbw::test::storePrintedFigures(db, doc, mixedFigures());
    const Figures f = figuresOf(db, doc);
    ReviewRepository reviews(db);
    const auto tryEdit = [&](FigureEdit edit) {
      return QString::fromStdString(
          messageOf([&] { reviews.correct(f.unknownMeasure.id, edit, "J. Smith", "from the table"); }));
    };
    FigureEdit area;
    area.area = "Westminstr";
    const QString areaMessage = tryEdit(area);
    QVERIFY2(areaMessage.contains("unknown area \"Westminstr\"") && areaMessage.contains("Westminster"),
             qPrintable(areaMessage));
    QVERIFY2(areaMessage.count(", ") == 2, qPrintable(areaMessage));  // three names, no more
    FigureEdit indicator;
    indicator.indicatorKey = "referals";
    const QString indicatorMessage = tryEdit(indicator);
    QVERIFY2(indicatorMessage.contains("unknown indicator \"referals\"") && indicatorMessage.contains("referrals"),
             qPrintable(indicatorMessage));
    FigureEdit period;
    period.period = "sometime soon";
    QVERIFY2(tryEdit(period).contains("as a period"), qPrintable(tryEdit(period)));
    FigureEdit undated;
    undated.indicatorKey = "contacts";
    undated.period = "Q1";
    QVERIFY2(tryEdit(undated).contains("has no dates"), qPrintable(tryEdit(undated)));
    QVERIFY2(tryEdit(FigureEdit{}).contains("needs an area, an indicator, a period or a value"),
             qPrintable(tryEdit(FigureEdit{})));
    QVERIFY(reviews.reviews().empty());
    QCOMPARE(reviews.queueCount(), 3);
  }

  void reviewsSayWhoAndWhy() {
    Database db = freshStore();
    const auto doc = sbw::test::addBareDocument(db, "pack.pdf", 2);
    sbw::test::storePrintedFigures(db, doc, mixedFigures());
    const Figures f = figuresOf(db, doc);
    ReviewRepository reviews(db);
    FigureEdit edit;
    edit.indicatorKey = "contacts";
    QVERIFY_THROWS_EXCEPTION(StoreError, reviews.accept(f.shared.id, "", "why"));
    QVERIFY_THROWS_EXCEPTION(StoreError, reviews.accept(f.shared.id, "who", ""));
    QVERIFY_THROWS_EXCEPTION(StoreError, reviews.reject(f.shared.id, "", "why"));
    QVERIFY_THROWS_EXCEPTION(StoreError, reviews.reject(f.shared.id, "who", ""));
    QVERIFY_THROWS_EXCEPTION(StoreError, reviews.correct(f.unknownMeasure.id, edit, "", "why"));
    QVERIFY_THROWS_EXCEPTION(StoreError, reviews.correct(f.unknownMeasure.id, edit, "who", ""));
    QVERIFY_THROWS_EXCEPTION(StoreError, reviews.accept(987654, "who", "why"));
    QVERIFY(reviews.reviews().empty());
    const auto id = reviews.reject(f.shared.id, "who", "why");
    QVERIFY_THROWS_EXCEPTION(StoreError, reviews.undo(id, "", "why"));
    QVERIFY_THROWS_EXCEPTION(StoreError, reviews.undo(id, "who", ""));
    QVERIFY(!reviews.undo(987654, "who", "none such"));
    QCOMPARE(reviews.reviews().size(), size_t(1));
    Statement audited = db.prepare("SELECT count(*) FROM audit_log WHERE event LIKE 'figure_%'");
    QVERIFY(audited.step());
    QCOMPARE(audited.integer(0), 1);  // only the rejection that was made
  }

  void undoingReturnsAFigureToTheQueueWithItsValue() {
    Database db = freshStore();
    const auto doc = sbw::test::addBareDocument(db, "pack.pdf", 2);
    sbw::test::storePrintedFigures(db, doc, mixedFigures());
    const Figures f = figuresOf(db, doc);
    ReviewRepository reviews(db);
    ObservationRepository observations(db);
    FigureEdit edit;
    edit.indicatorKey = "contacts";
    edit.value = 18;
    const auto id = reviews.correct(f.unknownMeasure.id, edit, "J. Smith", "widgets are contacts here");
    QCOMPARE(*observations.byId(f.unknownMeasure.id)->value(), 18.0);
    QVERIFY(!contains(reviews.queue(), f.unknownMeasure.id));

    QVERIFY(reviews.undo(id, "J. Smith", "asked the author first"));
    QVERIFY(contains(reviews.queue(), f.unknownMeasure.id));
    QCOMPARE(reviews.queueCount(), 3);
    const auto back = observations.byId(f.unknownMeasure.id);
    QVERIFY(!back->trusted);
    QVERIFY(!back->review);
    QCOMPARE(back->indicatorKey, std::string());
    QCOMPARE(*back->value(), 17.0);  // the value correction made with it went too
    QVERIFY(CorrectionRepository(db).valueCorrections().empty());
    const auto audit = AuditLog(db).recent();
    QCOMPARE(audit[0].event, std::string("review_undone"));
    QCOMPARE(audit[0].detail, std::string("corrected undone: asked the author first"));
    QCOMPARE(audit[1].event, std::string("value_correction_removed"));
    QVERIFY(reviews.reviews().empty());
    QVERIFY(!reviews.undo(id, "J. Smith", "twice"));

    // Accepting a figure corrected before takes the corrected value back as well: it is right as read.
    FigureEdit value;
    value.value = 2400;
    reviews.correct(f.shared.id, value, "J. Smith", "misread");
    QCOMPARE(*observations.byId(f.shared.id)->value(), 2400.0);
    reviews.accept(f.shared.id, "J. Smith", "the print was right");
    QCOMPARE(*observations.byId(f.shared.id)->value(), 2342.0);
    QCOMPARE(int(*observations.byId(f.shared.id)->review), int(ReviewDecision::Accepted));
    // A value corrected on its own, not with a review, is not the review's to take back.
    CorrectionRepository(db).correctValue(f.trusted.id, 3001, "J. Smith", "typo");
    const auto rejected = reviews.reject(f.trusted.id, "J. Smith", "draft");
    QVERIFY(reviews.undo(rejected, "J. Smith", "not a draft"));
    QCOMPARE(*observations.byId(f.trusted.id)->value(), 3001.0);
  }

  void decisionsSurviveReimportingAChangedFile() {
    sbw::test::writeTwoPageReport(path("pack.pdf"), "first edition");
    Database db = Database::open(path("reimport.sqlite").toStdString());
    const auto first = Importer(db).importFile(path("pack.pdf").toStdString());
    QCOMPARE(int(first.status), int(ImportResult::Status::Imported));
    runExtraction(db, first.documentId);
    const Figures before = figuresOf(db, first.documentId);
    ReviewRepository reviews(db);
    reviews.accept(before.shared.id, "J. Smith", "one figure per borough");
    FigureEdit edit;
    edit.indicatorKey = "contacts";
    reviews.correct(before.unknownMeasure.id, edit, "J. Smith", "widgets are contacts here");

    // The file changes at the same path: the importer deletes the document and its rows.
    sbw::test::writeTwoPageReport(path("pack.pdf"), "second edition, with an erratum");
    const auto second = Importer(db).importFile(path("pack.pdf").toStdString());
    QCOMPARE(int(second.status), int(ImportResult::Status::Updated));
    QCOMPARE(reviews.detachedCount(), 2);  // kept, waiting for their figures
    QCOMPARE(checkStore(db).detachedReviews, 2);
    QVERIFY(ObservationRepository(db).forIndicator("contacts").empty());

    // Another document's figures first, so the same figures come back under other row ids.
    const auto other = sbw::test::addBareDocument(db, "other.pdf", 2);
    sbw::test::storePrintedFigures(db, other, mixedFigures());
    runExtraction(db, second.documentId);
    const Figures after = figuresOf(db, second.documentId);
    QVERIFY(after.shared.id != before.shared.id && after.unknownMeasure.id != before.unknownMeasure.id);
    QCOMPARE(reviews.detachedCount(), 0);
    QCOMPARE(checkStore(db).detachedReviews, 0);
    QVERIFY(after.shared.trusted);
    QCOMPARE(int(*after.shared.review), int(ReviewDecision::Accepted));
    QCOMPARE(after.unknownMeasure.indicatorKey, std::string("contacts"));
    QVERIFY(after.unknownMeasure.trusted);
    const auto queue = reviews.queue();
    QVERIFY(!contains(queue, after.shared.id) && !contains(queue, after.unknownMeasure.id));
    QVERIFY(contains(queue, figuresOf(db, other).shared.id));  // the other document's are its own
    QVERIFY(ObservationRepository(db).byId(figuresOf(db, other).unknownMeasure.id)->indicatorKey.empty());
  }

  void decisionsSurviveReadingADocumentAgain() {
    sbw::test::writeTwoPageReport(path("again.pdf"), "tracker");
    Database db = Database::open(path("reextract.sqlite").toStdString());
    const auto imported = Importer(db).importFile(path("again.pdf").toStdString());
    QCOMPARE(int(imported.status), int(ImportResult::Status::Imported));
    const auto read = ObservationRepository(db).forDocument(imported.documentId);
    QVERIFY2(read.size() >= 2, "the importer reads a figure on each page");
    ReviewRepository reviews(db);
    FigureEdit edit;
    edit.indicatorKey = "contacts";
    edit.area = "Westminster";
    edit.period = "2013-14";
    reviews.correct(read[0].id, edit, "J. Smith", "contacts, not referrals");
    reviews.reject(read[1].id, "J. Smith", "a repeated figure");

    const auto other = sbw::test::addBareDocument(db, "other.pdf", 2);  // row ids move on
    sbw::test::storePrintedFigures(db, other, mixedFigures());
    const auto again = Importer(db).reextract(imported.documentId);
    QVERIFY2(again.status != ImportResult::Status::Failed, again.message.c_str());
    const auto reread = ObservationRepository(db).forDocument(imported.documentId);
    QCOMPARE(reread.size(), read.size());
    QVERIFY(reread[0].id != read[0].id);
    QCOMPARE(reviews.detachedCount(), 0);
    QCOMPARE(reread[0].indicatorKey, std::string("contacts"));
    QCOMPARE(reread[0].area, std::string("Westminster"));
    QVERIFY(reread[0].trusted);
    QVERIFY(!reread[1].trusted);
    QCOMPARE(int(*reread[1].review), int(ReviewDecision::Rejected));
    QVERIFY(!contains(reviews.queue(), reread[1].id));
  }

  void theViewKeepsItsColumnsAndAddsTheReviewAtTheEnd() {
    std::vector<std::string> version5;
    {
      Database v5 = Database::openRaw(path("columns-v5.sqlite").toStdString());
      migrateTo(v5, 5);
      version5 = columnsOf(v5, "observation_v");
    }
    QCOMPARE(version5.size(), size_t(40));
    Database db = freshStore();
    const auto columns = columnsOf(db, "observation_v");
    std::vector<std::string> expected = version5;
    for (const char* column : {"review", "reviewed_by", "reviewed_at", "review_reason"}) expected.emplace_back(column);
    QCOMPARE(columns, expected);

    // A figure with no review reads as it did: trusted as read, the review columns empty.
    const auto doc = sbw::test::addBareDocument(db, "pack.pdf", 2);
    sbw::test::storePrintedFigures(db, doc, mixedFigures());
    Statement row = db.prepare("SELECT count(*), sum(trusted), count(review), count(reviewed_by) FROM observation_v");
    QVERIFY(row.step());
    QCOMPARE(row.integer(0), 4);
    QCOMPARE(row.integer(1), 1);
    QCOMPARE(row.integer(2), 0);
    QCOMPARE(row.integer(3), 0);
  }

  void aVersion5StoreKeepsItsFiguresAndCorrections() {
    {
      Database v5 = Database::openRaw(path("v5.sqlite").toStdString());
      migrateTo(v5, 5);
      v5.exec(R"sql(
INSERT INTO documents (id, file_name, path, sha256, title, page_count, file_size, imported_at)
  VALUES (3, 'pack.pdf', '/r/pack.pdf', 'def', 'Agenda', 1, 10, '2023-05-01T10:00:00Z');
INSERT INTO pages (id, document_id, number, width, height, text) VALUES (5, 3, 1, 595, 842, '');
INSERT INTO observations (id, document_id, page, area, area_key, area_code, indicator_key, indicator_label,
  period_kind, period_label, period_start, period_end, value, value_text, unit, method, subject_key, trusted)
  VALUES (4, 3, 1, 'Westminster', 'E09000033', 'E09000033', 'referrals', 'Referrals', 'financial_year', '2013-14',
          '2013-04-01', '2014-03-31', 10, '10', 'count', 'prose', 'k', 0);
INSERT INTO observation_corrections (document, document_sha256, page, subject_key, original_value, value, author,
  reason, created_at) VALUES ('pack.pdf', 'def', 1, 'k', 10, 12, 'J. Smith', 'typo', '2023-06-01T10:00:00Z');
)sql");
    }
    Database db = Database::open(path("v5.sqlite").toStdString());
    QCOMPARE(db.userVersion(), latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 6);
    Statement row = db.prepare("SELECT area, indicator_key, value, trusted, corrected, review FROM observation_v");
    QVERIFY(row.step());
    QCOMPARE(row.text(0), std::string("Westminster"));
    QCOMPARE(row.text(1), std::string("referrals"));
    QCOMPARE(row.real(2), 12.0);
    QCOMPARE(row.integer(3), 0);
    QCOMPARE(row.integer(4), 1);
    QVERIFY(row.isNull(5));
    QVERIFY(!row.step());
    ReviewRepository reviews(db);
    QCOMPARE(idsOf(reviews.queue()), std::vector<std::int64_t>{4});
    reviews.accept(4, "J. Smith", "checked against the return");
    QCOMPARE(reviews.queueCount(), 0);
    QCOMPARE(*ObservationRepository(db).byId(4)->value(), 12.0);  // the old correction still applies
    // Reviews and corrections find their figure by document, page and subject through one index.
    Statement index = db.prepare("SELECT name FROM pragma_index_info('observations_by_document')");
    std::vector<std::string> indexed;
    while (index.step()) indexed.push_back(index.text(0));
    QCOMPARE(indexed, (std::vector<std::string>{"document_id", "page", "subject_key"}));
  }

  // Reviewed figures are found through the observations indexes, not by joining every row to its
  // review: the desktop's queries stay searches on a large store, analysed or not.
  void reviewedQueriesStillSearchIndexes() {
    Database db = freshStore();
    const auto doc = sbw::test::addBareDocument(db, "big.pdf", 2);
    std::vector<extract::PrintedFigure> figures;
    for (int year = 2010; year < 2020; ++year) {
      const std::string period = std::to_string(year) + "-" + std::to_string((year + 1) % 100);
      for (const char* area : {"Westminster", "Havering", "Tower Hamlets", "Hammersmith and Fulham", "England"}) {
        for (const char* label :
             {"Referrals", "Contacts", "CP plans", "Re-referrals", "Looked after children", "Private fostering"}) {
          figures.push_back(shared(1 + year % 2, area, label, "", "7"));
          figures.back().period = period;
        }
      }
    }
    QCOMPARE(sbw::test::storePrintedFigures(db, doc, figures).stored, 300);
    ReviewRepository reviews(db);
    const auto all = ObservationRepository(db).forDocument(doc);
    FigureEdit edit;
    edit.indicatorKey = "referrals";
    int moved = 0;  // sampled figures of other indicators, now referrals
    for (size_t i = 0; i < all.size(); i += 25) {
      reviews.correct(all[i].id, edit, "J. Smith", "sampled");
      moved += all[i].indicatorKey == "referrals" ? 0 : 1;
    }

    ObservationRepository observations(db);
    ObservationQuery byIndicator;
    byIndicator.indicatorKey = "referrals";
    byIndicator.trustedOutturnsOnly = true;
    ObservationQuery byArea;
    byArea.area = "Havering";
    for (const bool analysed : {false, true}) {
      if (analysed) db.exec("ANALYZE");
      const auto plan = observations.queryPlan(byIndicator);
      QVERIFY2(!scansObservations(plan), qPrintable(joined(plan)));
      QVERIFY2(joined(plan).contains("USING INDEX observations_by_indicator") ||
                   joined(plan).contains("USING INDEX observations_trusted"),
               qPrintable(joined(plan)));
      const auto areaPlan = observations.queryPlan(byArea);
      QVERIFY2(!scansObservations(areaPlan), qPrintable(joined(areaPlan)));
      std::vector<std::string> viewPlan;
      Statement explain = db.prepare(
          "EXPLAIN QUERY PLAN SELECT * FROM observation_v WHERE indicator_key = 'referrals' AND trusted = 1");
      while (explain.step()) viewPlan.push_back(explain.text(3));
      QVERIFY2(!scansObservations(viewPlan), qPrintable(joined(viewPlan)));
    }

    // The reviewed figures are the ones found: the 50 referrals read and those moved to them.
    const auto found = observations.forIndicator("referrals");
    QCOMPARE(int(found.size()), 50 + moved);
    QCOMPARE(int(observations.forIndicator("referrals", false, true).size()), 12);  // trusted where corrected
    for (size_t i = 1; i < found.size(); ++i) QVERIFY(found[i - 1].area <= found[i].area);
    Statement view = db.prepare("SELECT count(*) FROM observation_v WHERE indicator_key = 'referrals'");
    QVERIFY(view.step());
    QCOMPARE(view.integer(0), 50 + moved);
  }
};

QTEST_MAIN(TestStoreReviews)
#include "test_store_reviews.moc"
