// Item models under QAbstractItemModelTester, fed from a real store.

#include <QAbstractItemModelTester>
#include <QColor>
#include <QPainter>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

#include "core/period.h"
#include "core/quantity.h"
#include "models/action_filter_model.h"
#include "models/action_table_model.h"
#include "models/background_search.h"
#include "models/document_list_model.h"
#include "models/indicator_catalogue_model.h"
#include "models/indicator_table_model.h"
#include "models/observation_table_model.h"
#include "models/search_hit_model.h"
#include "store/database.h"
#include "store/document_repository.h"
#include "store/importer.h"
#include "support/fixture_pdf.h"

using namespace sbw;

class TestModels : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString storePath_;

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    storePath_ = dir_.filePath("models.sqlite");
    store::Database db = store::Database::open(storePath_.toStdString());
    for (const QString name : {"beta.pdf", "Alpha.pdf", "gamma.pdf"}) {
      sbw::test::writePaintedPdf(dir_.filePath(name), name == "gamma.pdf" ? 3 : 1, [&](QPainter& p, int page) {
        QFont font("DejaVu Sans");
        font.setPointSize(18);
        p.setFont(font);
        p.drawText(QPointF(72, 90), QString("Report %1").arg(name.section('.', 0, 0)));
        font.setPointSize(10);
        p.setFont(font);
        p.drawText(QPointF(72, 140), page == 2 ? "missing children episodes" : "referrals and assessments");
      });
      QCOMPARE(int(store::Importer(db).importFile(dir_.filePath(name).toStdString()).status),
               int(store::ImportResult::Status::Imported));
    }
  }

  void documentListModelPassesTheTesterAndShowsDocuments() {
    store::Database db = store::Database::open(storePath_.toStdString());
    models::DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 0);
    model.setDocuments(store::DocumentRepository(db).all());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(models::DocumentListModel::ColumnCount));
    // The repository orders by file name without regard to case.
    QCOMPARE(model.index(0, models::DocumentListModel::FileColumn).data().toString(), QString("Alpha.pdf"));
    QCOMPARE(model.index(2, models::DocumentListModel::FileColumn).data().toString(), QString("gamma.pdf"));
    QCOMPARE(model.index(2, models::DocumentListModel::PagesColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, models::DocumentListModel::TitleColumn).data().toString(), QString("Report Alpha"));
    QVERIFY(model.index(0, 0).data(models::DocumentListModel::PathRole).toString().endsWith("Alpha.pdf"));
    QVERIFY(!model.index(0, models::DocumentListModel::ImportedColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(models::DocumentListModel::PagesColumn, Qt::Horizontal).toString(), QString("Pages"));

    sorted.sort(models::DocumentListModel::PagesColumn, Qt::DescendingOrder);
    QCOMPARE(sorted.index(0, models::DocumentListModel::FileColumn).data().toString(), QString("gamma.pdf"));

    const qint64 gammaId = model.index(2, 0).data(models::DocumentListModel::DocumentIdRole).toLongLong();
    QCOMPARE(model.rowOf(gammaId), 2);
    QCOMPARE(model.rowOf(-5), -1);
    model.setDocuments({});
    QCOMPARE(model.rowCount(), 0);
  }

  void searchHitModelPassesTheTester() {
    store::Database db = store::Database::open(storePath_.toStdString());
    models::SearchHitModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHits(store::DocumentRepository(db).search("missing children"));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex hit = model.index(0, 0);
    QCOMPARE(hit.data(models::SearchHitModel::PageRole).toInt(), 3);
    QCOMPARE(hit.data(models::SearchHitModel::FileNameRole).toString(), QString("gamma.pdf"));
    QVERIFY(hit.data().toString().startsWith("gamma.pdf, page 3: "));
    QVERIFY(hit.data(models::SearchHitModel::SnippetRole).toString().contains("[missing]"));
  }

  void observationTableModelPassesTheTesterAndFormatsValues() {
    models::ObservationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<store::Observation> observations(3);
    observations[0].area = "Camden";
    observations[0].indicatorLabel = "Re-referrals within 12 months";
    observations[0].periodLabel = "2016-17";
    observations[0].quantity = *parseQuantity("18.2%");
    observations[0].page = 4;
    observations[0].box = PageBox{300, 200, 330, 210};
    observations[1].quantity = *parseQuantity("£145,000");
    observations[2].quantity = *parseQuantity("c");
    model.setObservations(observations);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, models::ObservationTableModel::ValueColumn).data().toString(), QString("18.2%"));
    QCOMPARE(model.index(1, models::ObservationTableModel::ValueColumn).data().toString(), QString("£145,000"));
    QCOMPARE(model.index(2, models::ObservationTableModel::ValueColumn).data().toString(), QString("c"));
    QCOMPARE(model.index(0, models::ObservationTableModel::PageColumn).data().toInt(), 4);
    QCOMPARE(model.index(0, 0).data(models::ObservationTableModel::BoxRole).toRectF(), QRectF(300, 200, 30, 10));
    QVERIFY(model.index(1, 0).data(models::ObservationTableModel::BoxRole).toRectF().isNull());
    QCOMPARE(model.index(0, models::ObservationTableModel::ValueColumn)
                 .data(models::ObservationTableModel::SortValueRole)
                 .toDouble(),
             18.2);
  }

  void indicatorTableModelLaysOutAreasByPeriods() {
    const auto observation = [](const char* area, Comparator role, const char* period, const char* value,
                                std::int64_t document) {
      store::Observation o;
      o.area = area;
      o.comparator = role;
      const auto parsed = parsePeriod(period);
      o.periodLabel = period;
      o.periodStart = parsed->start;
      o.periodEnd = parsed->end;
      o.quantity = *parseQuantity(value);
      o.documentId = document;
      o.document = "doc" + std::to_string(document) + ".pdf";
      o.page = 3;
      return o;
    };
    models::IndicatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setObservations({observation("England", Comparator::England, "2016-17", "21.9%", 1),
                           observation("Camden", Comparator::Local, "2016-17", "18.2%", 1),
                           observation("Camden", Comparator::Local, "2015/16", "17.4%", 1),
                           observation("Camden", Comparator::Local, "2016/17", "18.3%", 2)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.areaAt(0), QString("Camden"));  // local areas before comparators
    QCOMPARE(model.areaAt(1), QString("England"));
    QCOMPARE(model.periodAt(0), QString("2015/16"));  // periods in date order
    QCOMPARE(model.index(0, 0).data().toString(), QString("17.4%"));
    // "2016-17" and "2016/17" are one period: the later document's figure wins, marked as a conflict.
    QCOMPARE(model.index(0, 1).data().toString(), QString("18.3% \u26A0"));
    QCOMPARE(model.index(0, 1).data(models::IndicatorTableModel::SourceCountRole).toInt(), 2);
    QCOMPARE(model.index(0, 1).data(models::IndicatorTableModel::DocumentIdRole).toLongLong(), 2);
    QVERIFY(model.index(0, 1).data(models::IndicatorTableModel::ConflictRole).toBool());
    QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains("doc1.pdf, page 3"));
    QCOMPARE(model.conflictCount(), 1);
    QVERIFY(!model.index(1, 0).data().isValid());  // no England figure for 2015/16
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QString("England"));

    // The reader chooses the other document's figure; the choice holds when the figures come again.
    QSignalSpy chosen(&model, &models::IndicatorTableModel::sourceChosen);
    QVERIFY(!model.chooseCandidate(0, 1, 2));
    QVERIFY(model.chooseCandidate(0, 1, 1));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(model.index(0, 1).data(models::IndicatorTableModel::DocumentIdRole).toLongLong(), 1);
    QCOMPARE(chosen.first().at(1).toString(), QString("doc1.pdf|3|"));
    const auto preferred = model.preferredSources();
    models::IndicatorTableModel again;
    again.setPreferredSources(preferred);
    again.setObservations({observation("Camden", Comparator::Local, "2016-17", "18.2%", 1),
                           observation("Camden", Comparator::Local, "2016/17", "18.3%", 2)},
                          0);
    QCOMPARE(again.index(0, 0).data(models::IndicatorTableModel::DocumentIdRole).toLongLong(), 1);
    QCOMPARE(again.index(0, 0).data().toString(), QString("18% \u26A0"));  // the indicator's precision

    // With the store's document ranks, the cell shows what latestDocumentOnly would: here the
    // report of the later period, although the other was imported later.
    models::IndicatorTableModel ranked;
    ranked.setDocumentRanks({{1, {"2018-03-31", "2024-01-01"}}, {2, {"2017-03-31", "2024-06-01"}}});
    ranked.setObservations({observation("Camden", Comparator::Local, "2016-17", "18.2%", 1),
                            observation("Camden", Comparator::Local, "2016/17", "18.3%", 2)});
    QCOMPARE(ranked.index(0, 0).data(models::IndicatorTableModel::DocumentIdRole).toLongLong(), 1);

    // A choice belongs to the indicator (and unit) it was made on.
    models::IndicatorTableModel scoped;
    scoped.setScope("re_referrals|percent");
    scoped.setObservations({observation("Camden", Comparator::Local, "2016-17", "18.2%", 1),
                            observation("Camden", Comparator::Local, "2016/17", "18.3%", 2)});
    QVERIFY(scoped.chooseCandidate(0, 0, 1));
    QCOMPARE(scoped.index(0, 0).data(models::IndicatorTableModel::DocumentIdRole).toLongLong(), 1);
    scoped.setScope("referrals|count");
    scoped.setObservations({observation("Camden", Comparator::Local, "2016-17", "18.2%", 1),
                            observation("Camden", Comparator::Local, "2016/17", "18.3%", 2)});
    QCOMPARE(scoped.index(0, 0).data(models::IndicatorTableModel::DocumentIdRole).toLongLong(), 2);

    // A trusted figure is shown before one waiting for review, whatever the documents.
    auto doubted = observation("Camden", Comparator::Local, "2016/17", "18.3%", 2);
    doubted.trusted = false;
    auto sure = observation("Camden", Comparator::Local, "2016-17", "18.2%", 1);
    sure.trusted = true;
    models::IndicatorTableModel trust;
    trust.setObservations({sure, doubted});
    QCOMPARE(trust.index(0, 0).data(models::IndicatorTableModel::DocumentIdRole).toLongLong(), 1);

    // Amounts are compared, not printed numbers: "£1.3 million" and "£1,300,000" agree.
    models::IndicatorTableModel money;
    money.setObservations({observation("Camden", Comparator::Local, "2016-17", "£1.3 million", 1),
                           observation("Camden", Comparator::Local, "2016/17", "£1,300,000", 2)});
    QVERIFY(!money.hasConflict(0, 0));

    // Two documents that agree are no conflict.
    again.setObservations({observation("Camden", Comparator::Local, "2016-17", "18.2%", 1),
                           observation("Camden", Comparator::Local, "2016/17", "18.2%", 2)});
    QVERIFY(!again.hasConflict(0, 0));
    QCOMPARE(again.index(0, 0).data().toString(), QString("18.2%"));
    QVERIFY(again.index(0, 0).data(Qt::ToolTipRole).toString().contains("2 figures agree"));
  }

  void indicatorCatalogueGroupsIndicatorsByTheme() {
    models::IndicatorCatalogueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts(
        {{"referrals", 8}, {"re_referrals", 3}, {"cp_plans", 5}, {"unknown_key", 9}, {"lado_referrals", 0}});
    QCOMPARE(model.rowCount(), 2);  // themes with figures only, in the themes' order
    const QModelIndex front = model.index(0, 0);
    QCOMPARE(front.data().toString(), QString("Contacts, referrals and early help"));
    QCOMPARE(model.index(0, models::IndicatorCatalogueModel::CountColumn).data().toString(), QString("11"));
    QCOMPARE(model.rowCount(front), 2);
    QCOMPARE(model.index(0, 0, front).data(models::IndicatorCatalogueModel::KeyRole).toString(), QString("referrals"));
    QCOMPARE(model.index(0, 0, front).data().toString(), QString("Referrals to children's social care"));
    QVERIFY(model.index(1, 0, front).data(Qt::ToolTipRole).toString().contains("lower is better"));
    QVERIFY(!(model.flags(front) & Qt::ItemIsSelectable));  // a theme is opened, not chosen
    QVERIFY(model.flags(model.index(0, 0, front)) & Qt::ItemIsSelectable);
    QCOMPARE(model.indicatorCount(), 3);
    const QModelIndex cp = model.indexOfKey("cp_plans");
    QCOMPARE(cp.parent().data().toString(), QString("Assessment and child protection"));
    QCOMPARE(model.parent(cp), model.index(1, 0));
    QVERIFY(!model.indexOfKey("lado_referrals").isValid());  // no figures
    model.setCounts({});
    QCOMPARE(model.rowCount(), 0);
  }

  void backgroundSearchDeliversOnlyTheLatestQuery() {
    models::BackgroundSearch search;
    search.setStorePath(storePath_);
    QSignalSpy finished(&search, &models::BackgroundSearch::finished);
    search.search("referrals");
    search.search("missing");  // cancels the first: its results must never arrive
    QVERIFY(finished.wait(5000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toString(), QString("missing"));
    const auto hits = finished.first().at(1).value<std::vector<store::SearchHit>>();
    QCOMPARE(hits.size(), size_t(1));
    QCOMPARE(hits.front().page, 3);

    finished.clear();
    search.search("   ");
    QCOMPARE(finished.count(), 1);  // an empty query clears at once
    QVERIFY(finished.first().at(1).value<std::vector<store::SearchHit>>().empty());
  }

  void backgroundSearchReportsAMissingStore() {
    models::BackgroundSearch search;
    search.setStorePath(dir_.filePath("no/such/folder/store.sqlite"));
    QSignalSpy failed(&search, &models::BackgroundSearch::failed);
    search.search("referrals");
    QVERIFY(failed.wait(5000));
    QVERIFY(!failed.first().at(1).toString().isEmpty());
  }

  // The tracker's model and filters: who, what, when, how late, and only what the user asks for.
  void actionTrackerModelPassesTheTesterAndFilters() {
    const auto action = [](std::int64_t id, const char* ref, const char* text, const char* owner,
                           std::optional<Date> due, std::optional<ActionStatus> status, std::optional<Rag> rag,
                           std::optional<std::int64_t> meeting, const char* body) {
      store::Action a;
      a.id = id;
      a.documentId = 7;
      a.page = 3;
      a.reference = ref;
      a.text = text;
      a.owner = owner;
      a.dueDate = due;
      a.status = status;
      a.rag = rag;
      a.meetingId = meeting;
      a.meetingBody = body;
      a.meetingDate = Date{2018, 3, 12};
      a.document = "pack.pdf";
      return a;
    };
    std::vector<store::Action> actions = {
        action(1, "A1", "Circulate the neglect strategy", "Board Manager", Date{2018, 1, 31}, ActionStatus::Open,
               Rag::Red, 10, "LSCB"),
        action(2, "A2", "Report on early help take-up", "Director of Early Help", Date{2018, 6, 30},
               ActionStatus::InProgress, Rag::Amber, 10, "LSCB"),
        action(3, "R1", "Audit missing children episodes", "Head of Performance", Date{2017, 12, 1},
               ActionStatus::Complete, Rag::Green, 11, "Scrutiny Committee"),
        action(4, "", "Invite the police to the next meeting", "", std::nullopt, std::nullopt, std::nullopt,
               std::nullopt, ""),
    };
    actions[1].correctedOwner = "Head of Early Help";  // a correction shows in place of the print
    actions[1].correctedBy = "A. Chair";
    actions[1].correctionReason = "new structure";
    models::ActionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsOf(Date{2018, 3, 1});
    model.setActions(actions);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(models::ActionTableModel::ColumnCount));
    using M = models::ActionTableModel;
    QCOMPARE(model.index(0, M::OverdueColumn).data().toString(), QString("29 day(s)"));
    QCOMPARE(model.index(0, M::OverdueColumn).data(M::DaysOverdueRole).toInt(), 29);
    QVERIFY(!model.index(1, M::OverdueColumn).data(M::DaysOverdueRole).isValid());  // due later
    QVERIFY(!model.index(2, M::OverdueColumn).data(M::DaysOverdueRole).isValid());  // complete
    QCOMPARE(model.index(1, M::OwnerColumn).data().toString(), QString("Head of Early Help"));
    QVERIFY(model.index(1, M::OwnerColumn).data(Qt::ToolTipRole).toString().contains("Corrected by A. Chair"));
    QCOMPARE(model.index(0, M::RagColumn).data().toString(), QString("Red"));
    QCOMPARE(model.index(0, M::RagColumn).data(Qt::BackgroundRole).value<QColor>(), M::ragColour(Rag::Red));
    QCOMPARE(model.index(3, M::DueColumn).data().toString(), QString());
    QCOMPARE(model.index(0, M::SourceColumn).data().toString(), QString("pack.pdf p.3"));

    models::ActionFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 4);
    filter.setOpenOnly(true);
    QCOMPARE(filter.rowCount(), 3);  // the complete one goes; one with no status counts as open
    filter.setOverdueOnly(true);
    QCOMPARE(filter.rowCount(), 1);
    filter.setOverdueOnly(false);
    filter.setOwner("early help");
    QCOMPARE(filter.rowCount(), 1);
    filter.setOwner({});
    filter.setMeeting(10);
    QCOMPARE(filter.rowCount(), 2);
    filter.setMeeting(std::nullopt);
    filter.setOpenOnly(false);
    filter.setBody("scrutiny committee");
    QCOMPARE(filter.rowCount(), 1);
    filter.setBody({});
    filter.setText("missing audit");
    QCOMPARE(filter.rowCount(), 1);
    filter.setText({});
    // Due dates sort as dates, the undated last.
    filter.sort(M::DueColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, M::ReferenceColumn).data().toString(), QString("R1"));
    QCOMPARE(filter.index(3, M::ReferenceColumn).data().toString(), QString());
    filter.sort(M::OverdueColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, M::ReferenceColumn).data().toString(), QString("A1"));
  }
};

QTEST_MAIN(TestModels)
#include "test_models.moc"
