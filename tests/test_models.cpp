// Item models under QAbstractItemModelTester, fed from a real store.

#include <QAbstractItemModelTester>
#include <QPainter>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

#include "core/period.h"
#include "core/quantity.h"
#include "models/background_search.h"
#include "models/document_list_model.h"
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
    // "2016-17" and "2016/17" are one period: the later document's figure wins, marked.
    QCOMPARE(model.index(0, 1).data().toString(), QString("18.3% *"));
    QCOMPARE(model.index(0, 1).data(models::IndicatorTableModel::SourceCountRole).toInt(), 2);
    QCOMPARE(model.index(0, 1).data(models::IndicatorTableModel::DocumentIdRole).toLongLong(), 2);
    QVERIFY(!model.index(1, 0).data().isValid());  // no England figure for 2015/16
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QString("England"));
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
};

QTEST_MAIN(TestModels)
#include "test_models.moc"
