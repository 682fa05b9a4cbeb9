// safeguarding-workbench: the desktop program.

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <cstdio>

#include "app/action_tracker_dialog.h"
#include "app/comparison_dialog.h"
#include "app/indicator_explorer.h"
#include "app/main_window.h"
#include "app/pack_builder_dialog.h"
#include "app/page_view.h"
#include "app/sample_store.h"
#include "models/indicator_catalogue_model.h"

int main(int argc, char** argv) {
  QElapsedTimer sinceStart;  // for --report-startup: from the first line of main
  sinceStart.start();
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("safeguarding-workbench"));
  QApplication::setOrganizationName(QStringLiteral("safeguarding-workbench"));
  QApplication::setApplicationVersion(QStringLiteral(SBW_VERSION));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Safeguarding Board Workbench"));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Open this store."),
                                       QStringLiteral("STORE"));
  const QCommandLineOption sampleOption(QStringLiteral("sample"),
                                        QStringLiteral("Build (or reuse) the built-in SAMPLE store and open it."));
  const QCommandLineOption sampleDirOption(QStringLiteral("sample-dir"),
                                           QStringLiteral("Folder for the sample store (default: per-user data)."),
                                           QStringLiteral("DIR"));
  const QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("Start with this search."),
                                        QStringLiteral("QUERY"));
  const QCommandLineOption figuresOption(QStringLiteral("figures"),
                                         QStringLiteral("Start on the Figures list, filtered by FILTER."),
                                         QStringLiteral("FILTER"));
  const QCommandLineOption documentOption(QStringLiteral("document"),
                                          QStringLiteral("With --figures: the document (file name) to show."),
                                          QStringLiteral("FILE"));
  const QCommandLineOption trendsOption(
      QStringLiteral("trends"),
      QStringLiteral("Open the indicator explorer on this indicator (as --view explorer --indicator KEY)."),
      QStringLiteral("KEY"));
  const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                            QStringLiteral("Save a PNG of the window once shown, then quit."),
                                            QStringLiteral("PNG"));
  const QCommandLineOption viewOption(QStringLiteral("view"),
                                      QStringLiteral("Open a view: explorer or comparison (with --indicator, and "
                                                     "--period for a comparison), tracker, review, documents or "
                                                     "pack (with --definition)."),
                                      QStringLiteral("VIEW"));
  const QCommandLineOption indicatorOption(
      QStringLiteral("indicator"),
      QStringLiteral("With --view explorer or comparison: the indicator (dictionary key)."), QStringLiteral("KEY"));
  const QCommandLineOption periodOption(
      QStringLiteral("period"), QStringLiteral("With --view comparison: the period as printed (default: the latest)."),
      QStringLiteral("PERIOD"));
  const QCommandLineOption definitionOption(
      QStringLiteral("definition"), QStringLiteral("With --view pack: the committee pack definition (JSON) to open."),
      QStringLiteral("JSON"));
  const QCommandLineOption startupOption(
      QStringLiteral("report-startup"),
      QStringLiteral("Print the milliseconds to a usable window and to the explorer's first chart, then quit "
                     "(the workbench benchmark)."));
  parser.addOptions({storeOption, sampleOption, sampleDirOption, searchOption, figuresOption, documentOption,
                     trendsOption, viewOption, indicatorOption, periodOption, definitionOption, screenshotOption,
                     startupOption});
  parser.process(app);

  sbw::app::MainWindow window;
  QString store = parser.value(storeOption);
  if (parser.isSet(sampleOption)) {
    const QString folder =
        parser.isSet(sampleDirOption) ? parser.value(sampleDirOption) : sbw::app::defaultSampleFolder();
    try {
      store = sbw::app::ensureSampleStore(folder);
    } catch (const std::exception& error) {
      QMessageBox::critical(nullptr, QStringLiteral("Sample store"), QString::fromUtf8(error.what()));
      return 1;
    }
  }
  if (store.isEmpty() && !parser.isSet(sampleOption)) {
    // Where the user was last time; a store that no longer opens is forgotten, not a reason to stop.
    const QString last = sbw::app::MainWindow::lastStore();
    if (!last.isEmpty() && !window.openStore(last)) sbw::app::MainWindow::forgetLastStore();
  }
  if (!store.isEmpty() && !window.openStore(store)) {
    QMessageBox::critical(
        nullptr, QStringLiteral("Open Store"),
        QStringLiteral("%1: cannot open store: %2").arg(QDir::toNativeSeparators(store), window.lastError()));
    return 1;
  }
  window.show();
  if (parser.isSet(searchOption)) {
    window.search(parser.value(searchOption));
  }
  if (parser.isSet(figuresOption)) window.showFigures(parser.value(documentOption), parser.value(figuresOption));
  QWidget* shown = &window;
  if (parser.isSet(trendsOption)) window.showExplorer(parser.value(trendsOption));
  if (parser.isSet(viewOption)) {
    const QString view = parser.value(viewOption);
    if (view == QLatin1String("tracker")) {
      if (auto* tracker = window.showTracker()) shown = tracker;
    } else if (view == QLatin1String("explorer") || view == QLatin1String("trends")) {
      window.showExplorer(parser.value(indicatorOption));
    } else if (view == QLatin1String("review")) {
      window.showReview();
    } else if (view == QLatin1String("documents")) {
      window.showDocuments();
    } else if (view == QLatin1String("comparison")) {
      if (auto* comparison = window.showComparison(parser.value(indicatorOption), parser.value(periodOption))) {
        shown = comparison;
      }
    } else if (view == QLatin1String("pack")) {
      if (auto* pack = window.showPackBuilder()) {
        if (parser.isSet(definitionOption)) pack->openDefinition(parser.value(definitionOption));
        shown = pack;
      }
    } else {
      QMessageBox::critical(
          nullptr, QStringLiteral("Start"),
          QStringLiteral("--view is explorer, comparison, tracker, review, documents or pack, not '%1'").arg(view));
      return 2;
    }
  }
  if (parser.isSet(startupOption)) {
    // Usable: shown, with its documents listed, and the first events handled (a zero timer runs
    // once the event loop has painted the window). The explorer reads its figures in the background.
    QTimer::singleShot(0, &window, [&sinceStart, &window] {
      std::printf("usable %lld\n", static_cast<long long>(sinceStart.elapsed()));
      std::fflush(stdout);
      auto* explorer = window.explorer();
      const auto report = [&sinceStart] {
        std::printf("explorer %lld\n", static_cast<long long>(sinceStart.elapsed()));
        QApplication::exit(0);
      };
      if (window.storePath().isEmpty()) {
        QApplication::exit(0);
        return;
      }
      // The explorer may have finished before this ran.
      if (!explorer->shownIndicator().isEmpty() ||
          (explorer->catalogueReady() && explorer->catalogue().indicatorCount() == 0)) {
        report();
        return;
      }
      QObject::connect(explorer, &sbw::app::IndicatorExplorer::indicatorShown, &window, report);
      QObject::connect(explorer, &sbw::app::IndicatorExplorer::catalogueLoaded, &window, [report](int indicators) {
        if (indicators == 0) report();  // an empty store: nothing to chart
      });
      QObject::connect(explorer, &sbw::app::IndicatorExplorer::failed, &window, [] { QApplication::exit(1); });
    });
  }
  if (parser.isSet(screenshotOption)) {
    const QString png = parser.value(screenshotOption);
    // Wait for the first page to render and any search to come back before taking the picture.
    const bool fit = !parser.isSet(figuresOption);  // a marked figure keeps the zoom it was shown at
    QTimer::singleShot(1500, &window, [&window, shown, png, fit] {
      if (fit) window.pageView()->fitWidth();
      QTimer::singleShot(500, &window, [shown, png] {
        const bool saved = shown->grab().save(png);
        QApplication::exit(saved ? 0 : 1);
      });
    });
  }
  return app.exec();
}
