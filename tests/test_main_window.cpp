// The desktop window on the offscreen platform: documents listed, pages rendered, search
// hits opening their page, import going on past bad files.

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QCheckBox>
#include <QDir>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <QAbstractSeries>
#include <QChart>
#include <QComboBox>
#include <QLineSeries>
#include <QScatterSeries>
#include "app/action_tracker_dialog.h"
#include "app/chart_export_dialog.h"
#include "app/comparison_dialog.h"
#include "app/indicator_explorer.h"
#include "app/main_window.h"
#include "app/pack_builder_dialog.h"
#include "app/page_thumbnails.h"
#include "app/page_view.h"
#include "app/review_correction_dialog.h"
#include "app/review_queue.h"
#include "app/sample_store.h"
#include "core/csv.h"
#include "core/quantity.h"
#include "models/action_filter_model.h"
#include "models/action_table_model.h"
#include "models/indicator_catalogue_model.h"
#include "models/indicator_table_model.h"
#include "models/review_queue_model.h"
#include "pdf/pdf_document.h"
#include "store/database.h"
#include "support/encrypted_pdf.h"
#include "support/fixture_pdf.h"

using sbw::app::MainWindow;

class TestMainWindow : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString store_;

  // A password-protected copy of a sample report.
  QString lockedSample(const QString& name) {
    const QString locked = dir_.filePath(name + ".pdf");
    sbw::test::writePasswordProtectedCopy(dir_.filePath("sample/pdf/sample-camden-lscb-annual-report-2016-17.pdf"),
                                          locked, "board-pw");
    return locked;
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    // Settings (window state, last store, author) go to the test's own folder, not the user's.
    qputenv("XDG_CONFIG_HOME", dir_.filePath("config").toLocal8Bit());
    store_ = sbw::app::ensureSampleStore(dir_.filePath("sample"));
  }

  void sampleStoreIsBuiltOnceAndReused() {
    const QString again = sbw::app::ensureSampleStore(dir_.filePath("sample"));
    QCOMPARE(again, store_);
    MainWindow window;
    QVERIFY(window.openStore(store_));
    QCOMPARE(window.findChild<QTableView*>("documentView")->model()->rowCount(), 3);
  }

  void listsDocumentsAndRendersTheFirstPage() {
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openStore(store_));
    auto* documents = window.findChild<QTableView*>("documentView");
    QCOMPARE(documents->model()->rowCount(), 3);
    QVERIFY(documents->model()->index(0, 0).data().toString().startsWith("sample-"));
    sbw::app::PageView* view = window.pageView();
    QCOMPARE(view->currentPage(), 1);
    QVERIFY(rendered(*view));
    QVERIFY(!view->image().isNull());
    QVERIFY(view->pageCount() >= 2);

    const int width = view->image().width();
    view->zoomIn();
    QVERIFY(view->isRendering());  // on the worker: the window goes on meanwhile
    QCOMPARE(view->image().width(), width);
    QVERIFY(rendered(*view));
    QVERIFY(view->image().width() > width);
    view->nextPage();
    QCOMPARE(view->currentPage(), 2);
    QCOMPARE(window.findChild<QSpinBox*>("pageSpin")->value(), 2);
    view->previousPage();
    QCOMPARE(view->currentPage(), 1);
    window.findChild<QSpinBox*>("pageSpin")->setValue(2);
    QCOMPARE(view->currentPage(), 2);
  }

  void searchHitOpensItsPageWithHighlights() {
    MainWindow window;
    window.show();
    QVERIFY(window.openStore(store_));
    QSignalSpy searched(&window, &MainWindow::searchFinished);
    window.search("action tracker");
    QVERIFY(searched.wait(5000));
    QVERIFY(searched.last().at(0).toInt() >= 1);
    auto* results = window.findChild<QListView*>("searchResultsView");
    const QModelIndex first = results->model()->index(0, 0);
    QVERIFY(first.data().toString().startsWith("sample-hackney-scrutiny-agenda"));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(first).center());
    QVERIFY(window.pageView()->currentPage() >= 1);
    QVERIFY(rendered(*window.pageView()));
    QVERIFY(window.pageView()->highlightCount() >= 2);
    auto* documents = window.findChild<QTableView*>("documentView");
    QVERIFY(documents->currentIndex().data().toString().startsWith("sample-hackney"));
  }

  void figureOpensItsPageWithTheNumberOutlined() {
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openStore(store_));
    auto* documents = window.findChild<QTableView*>("documentView");
    int hackney = -1;
    for (int row = 0; row < documents->model()->rowCount(); ++row) {
      if (documents->model()->index(row, 0).data().toString().contains("hackney")) hackney = row;
    }
    QVERIFY(hackney >= 0);
    documents->selectRow(hackney);
    auto* figures = window.findChild<QTableView*>("figureView");
    QVERIFY(figures->model()->rowCount() >= 8);
    window.findChild<QLineEdit*>("figureFilterEdit")->setText("Section 47");
    QCOMPARE(figures->model()->rowCount(), 2);  // 2015-16 and 2016-17
    const QModelIndex first = figures->model()->index(0, 0);
    QTest::mouseClick(figures->viewport(), Qt::LeftButton, {}, figures->visualRect(first).center());
    QCOMPARE(window.pageView()->currentPage(), 2);
    const QRectF box = window.pageView()->markedBox();
    QVERIFY(!box.isEmpty());
    // The outlined box holds the figure's own words on the page.
    QVERIFY(box.left() > 300 && box.width() < 150);
    window.pageView()->nextPage();
    window.pageView()->previousPage();
    QVERIFY(window.pageView()->markedBox().isEmpty());  // turning the page clears the mark
  }

  // Waits for the page view's image to arrive from its worker.
  static bool rendered(sbw::app::PageView& view) {
    if (!view.isRendering()) return true;
    QSignalSpy spy(&view, &sbw::app::PageView::pageRendered);
    return spy.wait(10000) && !view.isRendering();
  }

  // The strip beside the page shows every page, rendered in the background; a click turns to it.
  void thumbnailsListEveryPageAndTurnToIt() {
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openStore(store_));
    auto* strip = window.findChild<QListView*>("thumbnailView");
    QVERIFY(strip && strip->isVisible());
    auto* thumbnails = qobject_cast<sbw::app::PageThumbnails*>(strip->model());
    QVERIFY(thumbnails);
    QAbstractItemModelTester tester(thumbnails, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(thumbnails->rowCount(), window.pageView()->pageCount());
    if (thumbnails->renderedCount() < thumbnails->rowCount()) {
      QSignalSpy done(thumbnails, &sbw::app::PageThumbnails::allRendered);
      QVERIFY(done.wait(10000));
    }
    const QPixmap first = thumbnails->index(0).data(Qt::DecorationRole).value<QPixmap>();
    QCOMPARE(first.width(), sbw::app::PageThumbnails::kWidth);
    QVERIFY(first.height() > first.width());  // a portrait page
    strip->setCurrentIndex(thumbnails->index(1));
    QCOMPARE(window.pageView()->currentPage(), 2);
    window.pageView()->previousPage();
    QCOMPARE(strip->currentIndex().row(), 0);  // the strip follows the page
  }

  // A page at a zoom beyond the pixel cap is rendered within it and shown at the size asked for.
  void highZoomStaysWithinThePixelCap() {
    // A poster-sized page (A0: 2384 x 3370 points): at 6x it would be 289 million pixels.
    const QString poster = dir_.filePath("poster.pdf");
    {
      QPdfWriter writer(poster);
      writer.setPageSize(QPageSize(QPageSize::A0));
      writer.setPageMargins(QMarginsF(0, 0, 0, 0));
      QPainter painter(&writer);
      painter.setFont(QFont("DejaVu Sans", 40));
      painter.drawText(QPointF(500, 500), "Safeguarding partnership poster");
    }
    sbw::app::PageView view;
    view.resize(800, 600);
    QVERIFY(view.showPage(poster, 1));
    QVERIFY(rendered(view));
    view.setZoom(6.0);
    QVERIFY(rendered(view));
    const QImage& image = view.image();
    QVERIFY(!image.isNull());
    QVERIFY(double(image.width()) * image.height() <= sbw::app::kMaxPagePixels * 1.01);
    QVERIFY(double(image.width()) * image.height() >= sbw::app::kMaxPagePixels * 0.9);
    // Shown at the size asked for: the page at 6x, 2384 points wide.
    QVERIFY2(qAbs(image.width() / image.devicePixelRatio() - 6.0 * 2383.9) < 12.0,
             qPrintable(QString::number(image.width() / image.devicePixelRatio())));

    // Three requests in a row: only the last is delivered.
    QSignalSpy spy(&view, &sbw::app::PageView::pageRendered);
    view.setZoom(1.0);
    view.setZoom(1.5);
    view.setZoom(2.0);
    QVERIFY(spy.wait(10000));
    QTest::qWait(200);
    QCOMPARE(spy.count(), 1);
    QVERIFY(qAbs(view.image().width() / view.image().devicePixelRatio() - 2.0 * 2383.9) < 4.0);
    QCOMPARE(view.image().devicePixelRatio(), 1.0);  // within the cap: rendered at the size shown
  }

  // Waits for the explorer to draw `key`.
  static bool shown(sbw::app::IndicatorExplorer& explorer, const QString& key) {
    if (explorer.shownIndicator() == key) return true;
    QSignalSpy spy(&explorer, &sbw::app::IndicatorExplorer::indicatorShown);
    return spy.wait(10000) && spy.last().at(0).toString() == key;
  }

  static QLineSeries* lineOf(QChart* chart, const QString& area) {
    for (auto* series : chart->series()) {
      if (series->name() == area && series->type() == QAbstractSeries::SeriesTypeLine) {
        return static_cast<QLineSeries*>(series);
      }
    }
    return nullptr;
  }

  static QStringList markerNames(QChart* chart) {
    QStringList names;
    for (auto* series : chart->series()) {
      if (series->type() == QAbstractSeries::SeriesTypeScatter) names << series->name();
    }
    return names;
  }

  static qreal middayOf(int year, int month, int day) {
    return static_cast<qreal>(QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
  }

  void explorerChartsAnIndicatorAndJumpsToItsFigures() {
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openStore(store_));
    sbw::app::IndicatorExplorer* explorer = window.showExplorer("re_referrals");
    QVERIFY(explorer != nullptr && explorer->isVisible());
    QVERIFY(shown(*explorer, "re_referrals"));

    // The catalogue groups indicators by theme, each with its count of trusted figures.
    const auto& catalogue = explorer->catalogue();
    if (catalogue.indicatorCount() == 0) {
      QSignalSpy loaded(explorer, &sbw::app::IndicatorExplorer::catalogueLoaded);
      QVERIFY(loaded.wait(10000));
    }
    const QModelIndex reReferrals = catalogue.indexOfKey("re_referrals");
    QVERIFY(reReferrals.isValid());
    QCOMPARE(reReferrals.parent().data().toString(), QString("Contacts, referrals and early help"));
    int themeTotal = 0;
    for (int row = 0; row < catalogue.rowCount(reReferrals.parent()); ++row) {
      themeTotal +=
          catalogue.index(row, 0, reReferrals.parent()).data(sbw::models::IndicatorCatalogueModel::CountRole).toInt();
    }
    QCOMPARE(reReferrals.parent().data(sbw::models::IndicatorCatalogueModel::CountRole).toInt(), themeTotal);

    // Pivot: three boroughs then London and England; values by the indicator's precision.
    const auto& table = explorer->table();
    QCOMPARE(table.rowCount(), 5);
    QCOMPARE(table.areaAt(3), QString("London"));
    QCOMPARE(table.areaAt(4), QString("England"));
    QCOMPARE(table.periodAt(0), QString("2014-15"));
    QCOMPARE(table.index(4, 2).data().toString(), QString("21.9%"));

    // Comparators are on the chart, dashed; boroughs solid, each its own colour.
    QChart* chart = explorer->chart();
    QVERIFY(chart);
    QLineSeries* england = lineOf(chart, "England");
    QLineSeries* camden = lineOf(chart, "Camden");
    QVERIFY(england && camden);
    QCOMPARE(england->pen().style(), Qt::DashLine);
    QCOMPARE(camden->pen().style(), Qt::SolidLine);
    QVERIFY(camden->pen().color() != lineOf(chart, "Islington")->pen().color());
    QVERIFY(chart->axes(Qt::Vertical).first()->titleText().contains("lower is better"));
    // A financial year is drawn at its end: Camden's 2014-15 at 31 March 2015.
    QCOMPARE(camden->at(0).x(), middayOf(2015, 3, 31));

    // Ticking areas redraws the chart with those alone; the pivot keeps every area.
    explorer->setChartedAreas({"Camden", "England"});
    QCOMPARE(markerNames(explorer->chart()), QStringList({"Camden", "England"}));
    QCOMPARE(explorer->table().rowCount(), 5);

    // Another indicator: the choice of areas holds where it can; a point in time sits on its date.
    QVERIFY(explorer->showIndicator("cp_category_neglect"));
    QVERIFY(shown(*explorer, "cp_category_neglect"));
    QCOMPARE(explorer->chartedAreas(), QStringList({"Camden"}));  // Islington was not ticked
    auto* unitCombo = explorer->findChild<QComboBox*>("unitCombo");
    QCOMPARE(unitCombo->count(), 2);  // given as a number and as a share: one unit at a time
    QCOMPARE(unitCombo->currentText(), QString("Number"));
    QCOMPARE(explorer->table().index(0, 0).data().toString(), QString("74"));
    QCOMPARE(explorer->table().periodAt(0), QString("at 31 March 2017"));
    QScatterSeries* markers = nullptr;
    for (auto* series : explorer->chart()->series()) {
      if (series->name() == "Camden" && series->type() == QAbstractSeries::SeriesTypeScatter) {
        markers = static_cast<QScatterSeries*>(series);
      }
    }
    QVERIFY(markers && markers->count() == 1);
    QCOMPARE(markers->at(0).x(), middayOf(2017, 3, 31));
    unitCombo->setCurrentIndex(unitCombo->findText("Per cent"));
    QCOMPARE(explorer->table().index(0, 0).data().toString(), QString("43%"));

    // Clicking a figure opens its page in the Documents view, outlined.
    QVERIFY(explorer->showIndicator("referrals"));
    QVERIFY(shown(*explorer, "referrals"));
    auto* pivot = explorer->findChild<QTableView*>("pivotView");
    int row = -1;
    for (int r = 0; r < explorer->table().rowCount(); ++r) {
      if (explorer->table().areaAt(r) == "Camden") row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(explorer->table().index(row, 2).data().toString(), QString("2,134"));
    QVERIFY(!explorer->table().index(row, 3).data().isValid());  // no Camden figure for 2017-18
    QTest::mouseClick(pivot->viewport(), Qt::LeftButton, {}, pivot->visualRect(pivot->model()->index(row, 2)).center());
    QVERIFY(window.findChild<QWidget*>("documentsTab")->isVisible());
    QCOMPARE(window.pageView()->currentPage(), 1);
    QVERIFY(!window.pageView()->markedBox().isEmpty());

    // Export keeps the chart as text.
    const QString pdf = dir_.filePath("referrals.pdf");
    explorer->exportChart(pdf);
    const auto chartPdf = sbw::pdf::PdfDocument::open(pdf.toStdString());
    std::string text;
    for (const auto& word : chartPdf.words(0)) text += word.text + " ";
    QVERIFY2(text.find("Referrals") != std::string::npos, text.c_str());
    QVERIFY(text.find("drawn at its end") != std::string::npos);
    QVERIFY(!explorer->showIndicator("no_such_indicator"));
  }

  // Exports for papers: the explorer's chart with its source line and date in the size and format
  // asked, its table as CSV, and the comparison's.
  void explorerAndComparisonExportChartsAndTables() {
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openStore(store_));
    sbw::app::IndicatorExplorer* explorer = window.showExplorer("referrals");
    QVERIFY(explorer && shown(*explorer, "referrals"));
    explorer->setChartedAreas({"Camden", "Islington"});
    const sbw::charts::ExportOptions options = explorer->exportOptions();
    QCOMPARE(options.sourceLine, QString("Source: Camden Safeguarding Children Board: annual report 2016-17, p. 1; "
                                         "Islington Safeguarding Children Board: annual report 2017-18, p. 1"));
    QCOMPARE(options.exportedOn, QDate::currentDate());

    sbw::app::ChartExportDialog dialog(*explorer->chart(), options, "referrals", &window);
    dialog.setFormat(sbw::charts::ExportFormat::Png);
    dialog.setSize(640, 400);
    dialog.setDpi(100);
    const QString png = dir_.filePath("explorer.png");
    QVERIFY(dialog.exportTo(png));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(640, 400));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 100);
    dialog.setFormat(sbw::charts::ExportFormat::Pdf);
    QCOMPARE(dialog.findChild<QSpinBox*>("widthSpin")->suffix(), QString(" mm"));
    dialog.setSize(150, 90);
    const QString pdf = dir_.filePath("explorer.pdf");
    QVERIFY(dialog.exportTo(pdf));
    const auto document = sbw::pdf::PdfDocument::open(pdf.toStdString());
    QVERIFY(std::abs(document.pageInfo(0).width - 150 * 72 / 25.4) < 1);
    std::string text;
    for (const auto& word : document.words(0)) text += word.text + " ";
    QVERIFY2(text.find("Islington Safeguarding Children Board: annual report 2017-18, p. 1") != std::string::npos,
             text.c_str());
    QVERIFY(text.find("Exported") != std::string::npos);

    const QString csv = dir_.filePath("referrals.csv");
    explorer->exportTable(csv);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto records = sbw::parseCsv(file.readAll().toStdString());
    QCOMPARE(records.front().front(), std::string("Area"));
    QCOMPARE(int(records.size()), explorer->table().rowCount() + 1);
    QCOMPARE(int(records.front().size()), explorer->table().columnCount() + 1);
  }

  // Committee Pack: sections added, moved and edited in the dialog, the definition saved and opened
  // again, the pack built on the store, and a mistyped area refused with the nearest ones.
  void packBuilderSavesDefinitionsAndBuildsThePack() {
    MainWindow window;
    window.show();
    QVERIFY(window.openStore(store_));
    sbw::app::PackBuilderDialog* dialog = window.showPackBuilder();
    QVERIFY(dialog);
    sbw::report::PackSpec spec;
    spec.title = "Quarter 3";
    spec.committee = "Scrutiny";
    spec.meetingDate = "2027-01-14";
    spec.sections = {sbw::report::TextSection{"Figures from the boards' reports."},
                     sbw::report::ChartSection{"referrals", {}, {}, {}}};
    dialog->setSpec(spec);
    auto* list = dialog->findChild<QListWidget*>("sectionList");
    list->setCurrentRow(1);
    dialog->findChild<QComboBox*>("kindCombo")->setCurrentIndex(3);  // the action tracker
    QTest::mouseClick(dialog->findChild<QPushButton*>("addButton"), Qt::LeftButton);
    QCOMPARE(dialog->sectionCount(), 3);
    QCOMPARE(list->currentRow(), 2);
    auto* owner = dialog->findChild<QLineEdit*>("ownerEdit");
    QVERIFY(owner->isEnabled());
    QTest::keyClicks(owner, "Director");
    QCOMPARE(list->item(2)->text(), QString("Actions: open, owner Director"));
    QTest::mouseClick(dialog->findChild<QPushButton*>("upButton"), Qt::LeftButton);
    QCOMPARE(list->item(1)->text(), QString("Actions: open, owner Director"));

    const QString definition = dir_.filePath("quarter3.json");
    QVERIFY(dialog->saveDefinition(definition));
    const auto saved = sbw::report::readPackSpec(definition);
    QCOMPARE(saved.meetingDate, QString("2027-01-14"));
    QCOMPARE(saved.sections.size(), size_t(3));
    QCOMPARE(sbw::report::sectionKind(saved.sections[1]), QString("actions"));
    sbw::report::PackSpec other;
    other.title = "Other";
    other.sections = {sbw::report::ChartSection{"cp_plans", {"Hackney"}, {}, {}}};
    dialog->setSpec(other);
    QCOMPARE(dialog->findChild<QLineEdit*>("areasEdit")->text(), QString("Hackney"));
    QVERIFY(dialog->openDefinition(definition));
    QCOMPARE(dialog->sectionCount(), 3);
    QCOMPARE(dialog->spec().title, QString("Quarter 3"));
    // The editor shows the definition's first section, not the one shown before.
    QCOMPARE(dialog->findChild<QPlainTextEdit*>("textEdit")->toPlainText(),
             QString("Figures from the boards' reports."));
    QVERIFY(!dialog->findChild<QLineEdit*>("areasEdit")->isEnabled());
    QCOMPARE(dialog->findChild<QLineEdit*>("areasEdit")->text(), QString());
    // What the dialog does not show is kept: the language, a meeting date that is not a date.
    sbw::report::PackSpec welsh = sbw::report::readPackSpec(definition);
    welsh.language = "cy";
    welsh.meetingDate = "Spring term";
    sbw::report::writePackSpec(welsh, dir_.filePath("welsh.json"));
    QVERIFY(dialog->openDefinition(dir_.filePath("welsh.json")));
    QCOMPARE(dialog->spec().language, QString("cy"));
    QCOMPARE(dialog->spec().meetingDate, QString("Spring term"));
    QVERIFY(dialog->openDefinition(definition));

    QSignalSpy built(dialog, &sbw::app::PackBuilderDialog::built);
    QSignalSpy failed(dialog, &sbw::app::PackBuilderDialog::failed);
    const QString pdf = dir_.filePath("quarter3.pdf");
    dialog->build(pdf);
    QVERIFY(built.wait(20000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const auto pack = sbw::pdf::PdfDocument::open(pdf.toStdString());
    QCOMPARE(pack.pageCount(), built.first().at(1).toInt());
    std::string first;
    for (const auto& word : pack.words(0)) first += word.text + " ";
    QVERIFY2(first.find("Quarter 3") != std::string::npos && first.find("14 January 2027") != std::string::npos,
             first.c_str());
    QVERIFY(first.find("Scrutiny") != std::string::npos);

    list->setCurrentRow(2);  // the chart
    auto* areas = dialog->findChild<QLineEdit*>("areasEdit");
    QTest::keyClicks(areas, "Camdn");
    dialog->build(dir_.filePath("never.pdf"));
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.first().first().toString().contains("the nearest areas with figures are Camden"),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!QFile::exists(dir_.filePath("never.pdf")));
  }

  // The reader sees only trusted figures unless asking for all; the request that comes last wins.
  void explorerShowsUntrustedFiguresOnlyWhenAsked() {
    const QString store = dir_.filePath("untrusted.sqlite");
    QFile::remove(store);
    QVERIFY(QFile::copy(store_, store));
    {
      auto db = sbw::store::Database::open(store.toStdString());
      db.exec(
          "UPDATE observations SET trusted = 0, doubt = 'test' WHERE indicator_key = 'referrals' AND area = 'Hackney'");
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openStore(store));
    auto* explorer = window.showExplorer("referrals");
    QVERIFY(shown(*explorer, "referrals"));
    QCOMPARE(explorer->table().rowCount(), 2);  // Hackney's figures wait for review
    QSignalSpy drawn(explorer, &sbw::app::IndicatorExplorer::indicatorShown);
    explorer->setIncludeUntrusted(true);
    QVERIFY(drawn.wait(10000));
    QCOMPARE(explorer->table().rowCount(), 3);
    int hackney = -1;
    for (int r = 0; r < 3; ++r) hackney = explorer->table().areaAt(r) == "Hackney" ? r : hackney;
    QVERIFY(explorer->table().index(hackney, 1).data(Qt::ToolTipRole).toString().contains("Waiting for review"));

    // Three choices in a row: only the last is drawn.
    drawn.clear();
    explorer->showIndicator("cp_plans");
    explorer->showIndicator("lado_referrals");
    explorer->showIndicator("re_referrals");
    QVERIFY(drawn.wait(10000));
    QTest::qWait(300);
    QCOMPARE(drawn.count(), 1);
    QCOMPARE(drawn.first().at(0).toString(), QString("re_referrals"));
    QCOMPARE(explorer->table().areaAt(explorer->table().rowCount() - 1), QString("England"));
  }

  // Figures waiting for review are shown on their page, and accepted, corrected or rejected; the
  // explorer then draws what became trusted.
  void reviewQueueDecidesFiguresOnTheirPage() {
    const QString store = dir_.filePath("review.sqlite");
    QFile::remove(store);
    QVERIFY(QFile::copy(store_, store));
    QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
    {
      auto db = sbw::store::Database::open(store.toStdString());
      db.exec(
          "UPDATE observations SET trusted = 0, doubt = 'period read from the heading' "
          "WHERE indicator_key = 'referrals' AND area = 'Hackney'");
    }
    QSettings().setValue("corrections/author", "A. Reviewer");
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openStore(store));
    sbw::app::ReviewQueue* queue = window.showReview();
    QVERIFY(queue && queue->isVisible());
    if (queue->figures().rowCount() == 0) {
      QSignalSpy loaded(queue, &sbw::app::ReviewQueue::loaded);
      QVERIFY(loaded.wait(10000));
    }
    QCOMPARE(queue->waiting(), 2);  // Hackney's referrals, 2015-16 and 2016-17
    QCOMPARE(queue->figures().rowCount(), 2);
    QAbstractItemModelTester tester(const_cast<sbw::models::ReviewQueueModel*>(&queue->figures()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The first figure is on its page, outlined.
    queue->select(0);
    const sbw::store::Observation* first = queue->selected();
    QVERIFY(first);
    QCOMPARE(queue->pageView()->currentPage(), first->page);
    QVERIFY(!queue->pageView()->markedBox().isEmpty());
    QVERIFY(rendered(*queue->pageView()));
    QVERIFY(!queue->pageView()->image().isNull());

    // Accepted: trusted, and out of the queue.
    auto* explorer = window.explorer();
    QSignalSpy reviewed(queue, &sbw::app::ReviewQueue::reviewed);
    QVERIFY2(queue->acceptSelected(), qPrintable(queue->lastError()));
    QCOMPARE(reviewed.count(), 1);
    QCOMPARE(queue->figures().rowCount(), 1);
    QCOMPARE(queue->waiting(), 1);

    // Corrected: the reviewer says the other figure is a re-referral rate, not referrals.
    queue->setCorrectionPrompt([](const sbw::store::Observation&) {
      sbw::app::FigureCorrectionInput input;
      input.edit.indicatorKey = "cp_plans";
      input.author = "A. Reviewer";
      input.reason = "the table's heading is child protection plans";
      return std::optional(input);
    });
    queue->select(0);
    QVERIFY2(queue->correctSelected(), qPrintable(queue->lastError()));
    QCOMPARE(queue->figures().rowCount(), 0);
    {
      auto db = sbw::store::Database::openRawForReading(store.toStdString());
      auto count = db.prepare(
          "SELECT count(*) FROM observation_v WHERE area = 'Hackney' AND trusted = 1 "
          "AND indicator_key = ?1");
      count.bind(1, std::string("referrals"));
      QVERIFY(count.step());
      QCOMPARE(count.integer(0), 1);  // the accepted one
      auto history = db.prepare(
          "SELECT count(*) FROM audit_log WHERE event IN ('figure_accepted', 'figure_corrected') "
          "AND actor = 'A. Reviewer'");
      QVERIFY(history.step());
      QCOMPARE(history.integer(0), 2);
    }

    // The explorer draws Hackney's referral again, from the accepted figure.
    QVERIFY(explorer->showIndicator("referrals"));
    QTRY_VERIFY_WITH_TIMEOUT(explorer->shownIndicator() == "referrals" && explorer->table().rowCount() == 3, 10000);

    // Undo takes the correction back: the figure waits again.
    QSignalSpy loaded(queue, &sbw::app::ReviewQueue::loaded);
    QVERIFY(queue->undoLast());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(queue->figures().rowCount(), 1);
    QCOMPARE(queue->waiting(), 1);

    // A figure that changed in the store since the list was read is not decided blind.
    queue->select(0);
    {
      auto db = sbw::store::Database::open(store.toStdString());
      auto change = db.prepare("UPDATE observations SET subject_key = subject_key || '-moved' WHERE id = ?1");
      change.bind(1, queue->selected()->id);
      change.run();
    }
    QVERIFY(!queue->acceptSelected());
    QVERIFY2(queue->lastError().contains("changed in the store"), qPrintable(queue->lastError()));
    QVERIFY(loaded.wait(10000));  // read again

    // Rejected without a name: refused, nothing written.
    window.findChild<QLineEdit*>("authorEdit")->clear();
    queue->select(0);
    QVERIFY(!queue->rejectSelected());
    QVERIFY(queue->lastError().contains("name"));
    QCOMPARE(queue->figures().rowCount(), 1);
  }

  // Correcting a figure printed in millions: the box shows it in millions and a number typed
  // alone is read in millions; changing only the area leaves the value alone.
  void correctionOfAScaledFigureKeepsItsScale() {
    sbw::store::Observation figure;
    figure.id = 7;
    figure.area = "Westminster";
    figure.indicatorKey = "expenditure";
    figure.periodLabel = "2016-17";
    figure.quantity = *sbw::parseQuantity("£1.3 million");
    sbw::app::ReviewCorrectionDialog dialog(figure, "A. Reviewer");
    auto* value = dialog.findChild<QLineEdit*>("valueEdit");
    QCOMPARE(value->text(), QString("1.3"));
    QVERIFY(dialog.findChild<QLabel*>("valueLabel")->text().contains("millions"));
    dialog.findChild<QLineEdit*>("areaEdit")->setText("Camden");
    dialog.findChild<QLineEdit*>("reasonEdit")->setText("the table is Camden's");
    auto input = dialog.input();
    QVERIFY(input);
    QCOMPARE(*input->edit.area, std::string("Camden"));
    QVERIFY(!input->edit.value);  // 1.3 million as before
    value->setText("1.4");
    QCOMPARE(*dialog.input()->edit.value, 1.4);
    value->setText("£1.45m");  // with its scale, converted to the figure's
    QVERIFY(qAbs(*dialog.input()->edit.value - 1.45) < 1e-9);
    value->setText("lots");
    QVERIFY(!dialog.input());
  }

  void importGoesOnPastABadFile() {
    const QString store = dir_.filePath("import.sqlite");
    sbw::test::writeBytes(dir_.filePath("broken.pdf"), "not a pdf");
    MainWindow window;
    QVERIFY(window.openStore(store));
    QSignalSpy done(&window, &MainWindow::importFinished);
    const QString good = dir_.filePath("sample/pdf/sample-camden-lscb-annual-report-2016-17.pdf");
    window.importFiles({dir_.filePath("broken.pdf"), good});
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().at(0).toInt(), 1);
    QCOMPARE(done.first().at(2).toInt(), 1);
    QCOMPARE(window.findChild<QTableView*>("documentView")->model()->rowCount(), 1);
  }

  // A protected file: the window asks for its password (again after a wrong one), imports it, and
  // shows its pages with the password typed, which it keeps only in memory.
  void protectedFileAsksForItsPassword() {
    const QString locked = lockedSample("locked");
    MainWindow window;
    QVERIFY(window.openStore(dir_.filePath("locked.sqlite")));
    QStringList asked;
    window.setPasswordPrompt([&](const QString& file, bool again) {
      asked << QStringLiteral("%1%2").arg(file, again ? " again" : "");
      return asked.size() == 1 ? QStringLiteral("not-it") : QStringLiteral("board-pw");
    });
    QSignalSpy done(&window, &MainWindow::importFinished);
    window.importFiles({locked});
    QVERIFY(done.wait(30000));
    QCOMPARE(asked, QStringList({"locked.pdf", "locked.pdf again"}));
    QCOMPARE(done.first().at(0).toInt(), 1);
    QCOMPARE(done.first().at(2).toInt(), 0);
    auto* documents = window.findChild<QTableView*>("documentView");
    QCOMPARE(documents->model()->rowCount(), 1);
    QVERIFY(window.pageView()->showPage(locked, 1));
    QVERIFY(rendered(*window.pageView()));
    QVERIFY(!window.pageView()->image().isNull());
    QVERIFY(!QSettings().allKeys().join(' ').contains("board-pw"));
  }

  void declinedPasswordLeavesTheFileFailed() {
    const QString locked = lockedSample("declined");
    MainWindow window;
    QVERIFY(window.openStore(dir_.filePath("declined.sqlite")));
    window.setPasswordPrompt([](const QString&, bool) { return QString(); });
    QSignalSpy done(&window, &MainWindow::importFinished);
    window.importFiles({locked});
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().at(0).toInt(), 0);
    QCOMPARE(done.first().at(2).toInt(), 1);
  }

  // The sample, like every store, is private: 0700 folders, a 0600 store; by default under XDG data.
  void sampleIsPrivateUnderTheUsersDataFolder() {
    const auto mode = [](const QString& path) {
      return static_cast<int>(QFileInfo(path).permissions() &
                              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                               QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                               QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
    };
    const int ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QCOMPARE(mode(dir_.filePath("sample")), ownerOnly);
    QCOMPARE(mode(dir_.filePath("sample/pdf")), ownerOnly);
    QCOMPARE(mode(store_), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("XDG_DATA_HOME", dir_.filePath("xdg").toLocal8Bit());
    QCOMPARE(sbw::app::defaultSampleFolder(), dir_.filePath("xdg/safeguarding-workbench/sample"));
    qunsetenv("XDG_DATA_HOME");
  }

  // The tracker lists the sample pack's actions, filters them, takes a correction through its
  // Correct button (kept with who and why, shown as history) and opens the page an action is on.
  void actionTrackerFiltersCorrectsAndOpensThePage() {
    const QString store = dir_.filePath("tracker.sqlite");
    QVERIFY(QFile::copy(store_, store));
    MainWindow window;
    window.show();
    QVERIFY(window.openStore(store));
    sbw::app::ActionTrackerDialog* tracker = window.showTracker();
    QVERIFY(tracker);
    QSignalSpy loaded(tracker, &sbw::app::ActionTrackerDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toInt(), 5);
    auto& filtered = tracker->filtered();
    QCOMPARE(filtered.rowCount(), 5);
    tracker->findChild<QCheckBox*>("openCheck")->setChecked(true);
    const int open = filtered.rowCount();
    QVERIFY(open > 0 && open < 5);
    tracker->findChild<QCheckBox*>("openCheck")->setChecked(false);
    tracker->findChild<QLineEdit*>("textEdit")->setText("early help");
    QCOMPARE(filtered.rowCount(), 1);

    tracker->selectRow(0);
    const auto id = tracker->selectedActionId();
    QVERIFY(id);
    tracker->setCorrectionPrompt([](const sbw::store::Action&) {
      sbw::app::ActionCorrectionInput input;
      input.edit.status = sbw::ActionStatus::Complete;
      input.edit.owner = "Head of Early Help";
      input.author = "A. Scrutiny Officer";
      input.reason = "reported complete at the June board";
      return std::optional(input);
    });
    QTest::mouseClick(tracker->findChild<QPushButton*>("correctButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(tracker->selectedActionId(), id);
    QVERIFY2(tracker->detailText().contains("A. Scrutiny Officer"), qPrintable(tracker->detailText()));
    QVERIFY(tracker->detailText().contains("reported complete at the June board"));
    const auto* corrected = tracker->actions().actionAt(tracker->actions().rowOfAction(*id));
    QCOMPARE(QString::fromStdString(corrected->effectiveOwner()), QString("Head of Early Help"));
    {
      sbw::store::Database db = sbw::store::Database::openRawForReading(store.toStdString());
      auto row = db.prepare("SELECT owner, status, corrected_by FROM action_v WHERE action_id = ?");
      row.bind(1, static_cast<std::int64_t>(*id));
      QVERIFY(row.step());
      QCOMPARE(row.text(0), std::string("Head of Early Help"));
      QCOMPARE(row.text(1), std::string("complete"));
      QCOMPARE(row.text(2), std::string("A. Scrutiny Officer"));
    }

    // Provenance: Show on Page opens the page the action was printed on.
    QTest::mouseClick(tracker->findChild<QPushButton*>("showPageButton"), Qt::LeftButton);
    QCOMPARE(window.pageView()->currentPage(), corrected->page);
    QVERIFY(rendered(*window.pageView()));
    QVERIFY(!window.pageView()->image().isNull());
  }

  void comparisonDrawsOnePeriodAcrossAreas() {
    MainWindow window;
    window.show();
    QVERIFY(window.openStore(store_));
    sbw::app::ComparisonDialog* comparison = window.showComparison("re_referrals", "2016-17");
    QVERIFY(comparison);
    QSignalSpy loaded(comparison, &sbw::app::ComparisonDialog::loaded);
    QVERIFY(loaded.wait(10000));
    const auto& figures = comparison->figures();
    QCOMPARE(int(figures.locals().size()), 3);       // Camden, Islington, Hackney in 2016-17
    QCOMPARE(int(figures.comparators().size()), 2);  // London and England
    QCOMPARE(QString::fromStdString(figures.locals().front().observation.area), QString("Camden"));  // 18.2%, highest
    QVERIFY(comparison->chart()->title().contains("2016-17"));
    auto* view = comparison->findChild<QTableView*>("figureView");
    QSignalSpy asked(comparison, &sbw::app::ComparisonDialog::figureRequested);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(window.pageView()->currentPage(), figures.locals().front().observation.page);
  }

  // Cancel stops the batch cleanly: what is stored is whole documents only, the rest is reported.
  // A folder dropped on the window is searched for PDFs and imported; a text file dropped is refused.
  void droppedFolderIsImported() {
    const QString folder = dir_.filePath("dropped");
    QDir().mkpath(folder + "/nested");
    QVERIFY(QFile::copy(dir_.filePath("sample/pdf/sample-camden-lscb-annual-report-2016-17.pdf"),
                        folder + "/nested/camden.pdf"));
    sbw::test::writeBytes(folder + "/notes.txt", "not a paper");
    MainWindow window;
    window.show();
    QVERIFY(window.openStore(dir_.filePath("dropped.sqlite")));

    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(folder + "/notes.txt")});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy done(&window, &MainWindow::importFinished);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(window.isImporting());
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().at(0).toInt(), 1);  // camden.pdf, found in the nested folder
    QCOMPARE(done.first().at(2).toInt(), 0);  // notes.txt is passed over, not failed
    QCOMPARE(window.findChild<QTableView*>("documentView")->model()->rowCount(), 1);
  }

  void importCanBeCancelled() {
    const QString store = dir_.filePath("cancel.sqlite");
    MainWindow window;
    QVERIFY(window.openStore(store));
    QStringList files;
    for (const QString& name : QDir(dir_.filePath("sample/pdf")).entryList({"*.pdf"})) {
      files << dir_.filePath("sample/pdf/" + name);
    }
    QVERIFY(files.size() >= 3);
    QSignalSpy done(&window, &MainWindow::importFinished);
    QSignalSpy cancelled(&window, &MainWindow::importCancelled);
    window.importFiles(files);
    QVERIFY(window.isImporting());
    window.cancelImport();
    QVERIFY(done.wait(30000));
    QCOMPARE(cancelled.size(), 1);
    const int imported = done.first().at(0).toInt();
    QCOMPARE(imported + cancelled.first().at(0).toInt(), int(files.size()));
    QVERIFY(!window.isImporting());
    sbw::store::Database db = sbw::store::Database::openRawForReading(store.toStdString());
    auto half = db.prepare(
        "SELECT count(*) FROM documents d WHERE page_count <> (SELECT count(*) FROM pages WHERE document_id = d.id)");
    QVERIFY(half.step());
    QCOMPARE(half.integer(0), 0);
    auto count = db.prepare("SELECT count(*) FROM documents");
    QVERIFY(count.step());
    QCOMPARE(count.integer(0), imported);
  }

  // Closing the window during an import asks first; "no" keeps it open, "yes" stops the import and closes.
  void closingDuringAnImportAsks() {
    MainWindow window;
    window.show();
    QVERIFY(window.openStore(dir_.filePath("closing.sqlite")));
    QStringList files;
    for (const QString& name : QDir(dir_.filePath("sample/pdf")).entryList({"*.pdf"})) {
      files << dir_.filePath("sample/pdf/" + name);
    }
    int asked = 0;
    bool answer = false;
    window.setCloseDuringImportQuestion([&] {
      ++asked;
      return answer;
    });
    window.importFiles(files);
    QVERIFY(window.isImporting());
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QVERIFY(window.isVisible());
    answer = true;
    QVERIFY(window.close());
    QCOMPARE(asked, 2);
  }

  // Desktop conventions: the usual menus, the last store and the window's layout remembered.
  void menusAndRememberedState() {
    QStringList menus;
    {
      MainWindow window;
      for (QAction* action : window.menuBar()->actions()) menus << action->text().remove('&');
      QCOMPARE(menus, QStringList({"File", "Edit", "View", "Tools", "Help"}));
      window.resize(1100, 700);
      window.show();
      QVERIFY(window.openStore(store_));
      QSignalSpy checked(&window, &MainWindow::storeChecked);
      window.checkStore();
      QVERIFY(checked.wait(20000));
      QVERIFY2(checked.first().first().toString().startsWith("The store is sound."),
               qPrintable(checked.first().first().toString()));
      QVERIFY(window.close());
    }
    QCOMPARE(MainWindow::lastStore(), QFileInfo(store_).absoluteFilePath());
    MainWindow again;
    QCOMPARE(again.size(), QSize(1100, 700));
  }

  // Every control a keyboard can reach has a name a screen reader can say (its text, its label's or
  // its own accessible name), in the window and in each dialog.
  void everyControlHasAnAccessibleName() {
    MainWindow window;
    window.show();
    QVERIFY(window.openStore(store_));
    QStringList unnamed;
    const auto check = [&unnamed](QWidget* root) {
      for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(root)) continue;
        // The controls the .ui files declare; a control's own parts (a spin box's editor) are Qt's.
        if (widget->objectName().isEmpty() || widget->objectName().startsWith("qt_")) continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
          unnamed << QStringLiteral("%1 %2 (%3) [%4]")
                         .arg(root->objectName(), widget->objectName(), widget->metaObject()->className(),
                              widget->accessibleName());
        }
      }
    };
    // The window once per view: a view's controls are visible only while it is shown.
    window.showDocuments();
    check(&window);
    QVERIFY(window.showExplorer("referrals"));
    check(&window);
    QVERIFY(window.showReview());
    check(&window);
    sbw::app::PackBuilderDialog* pack = window.showPackBuilder();
    QVERIFY(pack);
    pack->addSection(sbw::report::ActionsSection{});  // a section chosen: its editor's fields are shown
    for (QWidget* dialog : {static_cast<QWidget*>(window.showComparison("re_referrals")),
                            static_cast<QWidget*>(window.showTracker()), static_cast<QWidget*>(pack)}) {
      QVERIFY(dialog);
      check(dialog);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(", ")));
  }

  void aStoreThatCannotBeOpenedIsReported() {
    const QString notStore = dir_.filePath("notes.txt");
    sbw::test::writeBytes(notStore, "plain text, not a store");
    MainWindow window;
    QVERIFY(!window.openStore(notStore));
    QVERIFY(window.storePath().isEmpty());
    QVERIFY2(window.lastError().contains("not a database"), qPrintable(window.lastError()));
    QVERIFY(!window.openStore(":memory:"));
    QVERIFY2(window.lastError().contains("in-memory store keeps nothing"), qPrintable(window.lastError()));
  }

  void missingSourceFileIsExplainedOnThePage() {
    sbw::app::PageView view;
    QVERIFY(!view.showPage(dir_.filePath("gone.pdf"), 1));
    QVERIFY(view.errorMessage().contains("file not found"));
    QVERIFY(view.image().isNull());
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
