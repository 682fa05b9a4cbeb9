// The desktop window on the offscreen platform: documents listed, pages rendered, search
// hits opening their page, import going on past bad files.

#include <QAccessible>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <QAbstractSeries>
#include <QChart>
#include "app/action_tracker_dialog.h"
#include "app/comparison_dialog.h"
#include "app/main_window.h"
#include "app/page_view.h"
#include "app/sample_store.h"
#include "app/trend_dialog.h"
#include "models/action_filter_model.h"
#include "models/action_table_model.h"
#include "models/indicator_table_model.h"
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
    QVERIFY(!view->image().isNull());
    QVERIFY(view->pageCount() >= 2);

    const int width = view->image().width();
    view->zoomIn();
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

  void trendDialogChartsAnIndicatorAndExportsIt() {
    MainWindow window;
    window.show();
    QVERIFY(window.openStore(store_));
    sbw::app::TrendDialog* dialog = window.showTrends("referrals");
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->indicatorKey(), QString("referrals"));
    const auto& table = dialog->table();
    // Camden 2014-15..2016-17, Islington 2015-16..2017-18, Hackney 2015-16..2016-17.
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.columnCount(), 4);
    QCOMPARE(table.periodAt(0), QString("2014-15"));
    int camden = -1;
    for (int row = 0; row < table.rowCount(); ++row) {
      if (table.areaAt(row) == "Camden") camden = row;
    }
    QVERIFY(camden >= 0);
    QCOMPARE(table.index(camden, 2).data(sbw::models::IndicatorTableModel::ValueRole).toDouble(), 2134.0);
    QVERIFY(!table.index(camden, 3).data().isValid());  // no Camden figure for 2017-18

    QVERIFY(dialog->chart() != nullptr);
    int markers = 0;
    for (auto* series : dialog->chart()->series()) markers += series->type() == QAbstractSeries::SeriesTypeScatter;
    QCOMPARE(markers, 3);  // one per area

    const QString pdf = dir_.filePath("referrals.pdf");
    dialog->exportChart(pdf);
    const auto chartPdf = sbw::pdf::PdfDocument::open(pdf.toStdString());
    std::string text;
    for (const auto& word : chartPdf.words(0)) text += word.text + " ";
    QVERIFY2(text.find("Referrals") != std::string::npos, text.c_str());
    QVERIFY2(text.find("2017") != std::string::npos, text.c_str());  // the time axis: 2016-17 ends in 2017
    QVERIFY(text.find("drawn at its end") != std::string::npos);
    QVERIFY(text.find("Islington") != std::string::npos);

    // Clicking a figure opens the page it was printed on, outlined.
    auto* view = dialog->findChild<QTableView*>("indicatorView");
    const QModelIndex cell = view->model()->index(camden, 2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QCOMPARE(window.pageView()->currentPage(), 1);
    QVERIFY(!window.pageView()->markedBox().isEmpty());
    QVERIFY(!dialog->showIndicator("no_such_indicator"));
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
    QList<QWidget*> roots{&window};
    roots << window.showTrends("referrals") << window.showComparison("re_referrals") << window.showTracker();
    QStringList unnamed;
    for (QWidget* root : roots) {
      QVERIFY(root);
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
