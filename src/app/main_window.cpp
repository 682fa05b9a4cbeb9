#include "app/main_window.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrent>
#include <algorithm>

#include "app/action_tracker_dialog.h"
#include "app/comparison_dialog.h"
#include "app/exports.h"
#include "app/import_progress_dialog.h"
#include "app/indicator_explorer.h"
#include "app/pack_builder_dialog.h"
#include "app/page_thumbnails.h"
#include "app/page_view.h"
#include "app/review_queue.h"
#include "models/background_search.h"
#include "models/document_list_model.h"
#include "models/observation_table_model.h"
#include "models/search_hit_model.h"
#include "store/document_repository.h"
#include "store/importer.h"
#include "store/observation_repository.h"
#include "store/store_check.h"
#include "ui_main_window.h"

namespace sbw::app {
namespace {

// The words of a query, for highlighting on the page ("a phrase" gives its words).
QStringList queryWords(const QString& query) {
  QStringList words;
  for (const QString& word : query.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts)) {
    words << word;
  }
  return words;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      ui_(std::make_unique<Ui::MainWindow>()),
      documents_(new models::DocumentListModel(this)),
      sortedDocuments_(new QSortFilterProxyModel(this)),
      hits_(new models::SearchHitModel(this)),
      figures_(new models::ObservationTableModel(this)),
      filteredFigures_(new QSortFilterProxyModel(this)),
      search_(new models::BackgroundSearch(this)),
      thumbnails_(new PageThumbnails(this)),
      searchDelay_(new QTimer(this)),
      importTick_(new QTimer(this)) {
  ui_->setupUi(this);
  sortedDocuments_->setSourceModel(documents_);
  sortedDocuments_->setSortCaseSensitivity(Qt::CaseInsensitive);
  ui_->documentView->setModel(sortedDocuments_);
  ui_->documentView->horizontalHeader()->setSectionResizeMode(models::DocumentListModel::TitleColumn,
                                                              QHeaderView::Stretch);
  ui_->documentView->verticalHeader()->hide();
  ui_->documentView->sortByColumn(models::DocumentListModel::FileColumn, Qt::AscendingOrder);
  ui_->searchResultsView->setModel(hits_);
  filteredFigures_->setSourceModel(figures_);
  filteredFigures_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  filteredFigures_->setFilterKeyColumn(-1);  // any column: area, indicator or period
  filteredFigures_->setSortRole(models::ObservationTableModel::SortValueRole);
  ui_->figureView->setModel(filteredFigures_);
  ui_->figureView->verticalHeader()->hide();
  ui_->figureView->horizontalHeader()->setSectionResizeMode(models::ObservationTableModel::IndicatorColumn,
                                                            QHeaderView::Stretch);
  connect(ui_->figureFilterEdit, &QLineEdit::textChanged, filteredFigures_,
          &QSortFilterProxyModel::setFilterFixedString);
  connect(ui_->figureView, &QAbstractItemView::activated, this, &MainWindow::figureActivated);
  connect(ui_->figureView, &QAbstractItemView::clicked, this, &MainWindow::figureActivated);
  ui_->splitter->setStretchFactor(0, 2);
  ui_->splitter->setStretchFactor(1, 3);
  ui_->splitter->setSizes({480, 800});

  searchDelay_->setSingleShot(true);
  searchDelay_->setInterval(250);  // search once typing pauses, not on every key

  connect(ui_->importAction, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
  connect(ui_->openStoreAction, &QAction::triggered, this, &MainWindow::chooseStore);
  connect(ui_->importFolderAction, &QAction::triggered, this, &MainWindow::chooseFolderToImport);
  setAcceptDrops(true);
  ui_->redactAction->setChecked(QSettings().value(QStringLiteral("import/redact"), false).toBool());
  connect(ui_->redactAction, &QAction::toggled, this, &MainWindow::setRedactOnImport);
  importPool_.setMaxThreadCount(1);
  importTick_->setInterval(100);
  connect(importTick_, &QTimer::timeout, this, &MainWindow::showImportProgress);
  connect(&importWatcher_, &QFutureWatcher<std::vector<store::ImportResult>>::finished, this, &MainWindow::importEnded);
  confirmClose_ = [this] {
    return QMessageBox::question(this, tr("Import Running"),
                                 tr("An import is running. Stop it and close? The file being read is "
                                    "dropped; the files already imported stay.")) == QMessageBox::Yes;
  };
  passwordPrompt_ = [this](const QString& file, bool again) {
    bool ok = false;
    const QString label = again ? tr("That password does not open %1. Password:").arg(file)
                                : tr("%1 is password-protected. Password:").arg(file);
    const QString password =
        QInputDialog::getText(this, tr("Password-Protected PDF"), label, QLineEdit::Password, QString(), &ok);
    return ok ? password : QString();
  };
  connect(ui_->quitAction, &QAction::triggered, this, &QWidget::close);
  connect(ui_->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
  connect(ui_->trendsAction, &QAction::triggered, this, [this] { showExplorer(); });
  connect(ui_->documentsViewAction, &QAction::triggered, this, &MainWindow::showDocuments);
  connect(ui_->explorer, &IndicatorExplorer::figureRequested, this,
          [this](qint64 documentId, int page, const QRectF& box) { showFigureOnPage(documentId, page, box); });
  connect(ui_->reviewAction, &QAction::triggered, this, [this] { showReview(); });
  connect(ui_->reviewQueue, &ReviewQueue::figureRequested, this,
          [this](qint64 documentId, int page, const QRectF& box) { showFigureOnPage(documentId, page, box); });
  // A decision changes which figures are trusted: the explorer reads them again.
  connect(ui_->reviewQueue, &ReviewQueue::reviewed, ui_->explorer, &IndicatorExplorer::refresh);
  connect(ui_->trackerAction, &QAction::triggered, this, [this] { showTracker(); });
  connect(ui_->packAction, &QAction::triggered, this, [this] { showPackBuilder(); });
  connect(ui_->exportFiguresAction, &QAction::triggered, this,
          [this] { chooseCsvExport(this, *filteredFigures_, QStringLiteral("figures")); });
  connect(ui_->comparisonAction, &QAction::triggered, this, [this] { showComparison(); });
  connect(ui_->findAction, &QAction::triggered, this, [this] {
    ui_->sideTabs->setCurrentWidget(ui_->searchTab);
    ui_->searchEdit->setFocus();
    ui_->searchEdit->selectAll();
  });
  connect(ui_->filterFiguresAction, &QAction::triggered, this, [this] {
    ui_->sideTabs->setCurrentWidget(ui_->figuresTab);
    ui_->figureFilterEdit->setFocus();
    ui_->figureFilterEdit->selectAll();
  });
  connect(ui_->checkStoreAction, &QAction::triggered, this, &MainWindow::checkStore);
  restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
  ui_->splitter->restoreState(QSettings().value(QStringLiteral("window/splitter")).toByteArray());
  ui_->mainTabs->setCurrentIndex(QSettings().value(QStringLiteral("window/view"), 0).toInt());
  connect(ui_->documentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          &MainWindow::documentSelected);
  connect(ui_->searchEdit, &QLineEdit::textChanged, searchDelay_, qOverload<>(&QTimer::start));
  connect(ui_->searchEdit, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
  connect(searchDelay_, &QTimer::timeout, this, &MainWindow::runSearch);
  connect(ui_->searchResultsView, &QAbstractItemView::activated, this, &MainWindow::searchHitActivated);
  connect(ui_->searchResultsView, &QAbstractItemView::clicked, this, &MainWindow::searchHitActivated);
  connect(search_, &models::BackgroundSearch::finished, this,
          [this](const QString& query, std::vector<store::SearchHit> hits) {
            const int count = static_cast<int>(hits.size());
            hits_->setHits(std::move(hits));
            ui_->searchStatusLabel->setText(query.trimmed().isEmpty() ? QString()
                                            : count == 0              ? tr("No pages match.")
                                                                      : tr("%n matching page(s)", nullptr, count));
            Q_EMIT searchFinished(count);
          });
  connect(search_, &models::BackgroundSearch::failed, this, [this](const QString&, const QString& message) {
    ui_->searchStatusLabel->setText(tr("Search failed: %1").arg(message));
    Q_EMIT searchFinished(0);
  });

  PageView* view = ui_->pageView;
  ui_->thumbnailView->setModel(thumbnails_);
  connect(ui_->thumbnailView->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex& current) {
            if (current.isValid()) ui_->pageView->showPage(current.row() + 1);
          });
  ui_->thumbnailsAction->setChecked(QSettings().value(QStringLiteral("window/thumbnails"), true).toBool());
  ui_->thumbnailView->setVisible(ui_->thumbnailsAction->isChecked());
  connect(ui_->thumbnailsAction, &QAction::toggled, this, [this](bool on) {
    ui_->thumbnailView->setVisible(on);
    QSettings().setValue(QStringLiteral("window/thumbnails"), on);
  });
  connect(ui_->nextPageButton, &QToolButton::clicked, view, &PageView::nextPage);
  connect(ui_->previousPageButton, &QToolButton::clicked, view, &PageView::previousPage);
  connect(ui_->nextPageAction, &QAction::triggered, view, &PageView::nextPage);
  connect(ui_->previousPageAction, &QAction::triggered, view, &PageView::previousPage);
  connect(ui_->zoomInButton, &QToolButton::clicked, view, &PageView::zoomIn);
  connect(ui_->zoomOutButton, &QToolButton::clicked, view, &PageView::zoomOut);
  connect(ui_->zoomInAction, &QAction::triggered, view, &PageView::zoomIn);
  connect(ui_->zoomOutAction, &QAction::triggered, view, &PageView::zoomOut);
  connect(ui_->fitWidthButton, &QToolButton::clicked, view, &PageView::fitWidth);
  connect(ui_->fitWidthAction, &QAction::triggered, view, &PageView::fitWidth);
  connect(ui_->pageSpin, &QSpinBox::valueChanged, this, [view](int page) {
    if (page != view->currentPage()) view->showPage(page);
  });
  connect(view, &PageView::pageChanged, this, &MainWindow::pageChanged);
  connect(view, &PageView::zoomChanged, this,
          [this](double zoom) { ui_->zoomLabel->setText(QStringLiteral("%1%").arg(qRound(zoom * 100))); });
  pageChanged(0, 0);
  statusBar()->showMessage(tr("No store open. Use File > Open Store or File > Import PDFs."));
}

MainWindow::~MainWindow() {
  if (importRun_) importRun_->cancel.store(true);
  importPool_.waitForDone();
}

PageView* MainWindow::pageView() const { return ui_->pageView; }

bool MainWindow::openStore(const QString& path) {
  Q_EMIT storeChanging();
  try {
    const std::filesystem::path file = path.toStdString();
    db_.emplace(std::filesystem::exists(file) ? store::Database::openForReading(file) : store::Database::open(file));
  } catch (const std::exception& error) {
    db_.reset();
    storePath_.clear();
    ui_->explorer->setStorePath({});
    ui_->reviewQueue->setStore(nullptr, {});
    lastError_ = QString::fromUtf8(error.what());
    const QString message = tr("%1: cannot open store: %2").arg(path, lastError_);
    statusBar()->showMessage(message);
    if (isVisible()) QMessageBox::warning(this, tr("Open Store"), message);
    return false;
  }
  lastError_.clear();
  storePath_ = path;
  QSettings().setValue(QStringLiteral("store/last"), QFileInfo(path).absoluteFilePath());
  search_->setStorePath(path);
  const bool readOnly = db_->readOnly();
  ui_->importAction->setEnabled(!readOnly && !importing_);
  ui_->importAction->setToolTip(readOnly ? tr("This store is read-only: you may not write to it or its folder")
                                         : QString());
  setWindowTitle(tr("%1%2 — Safeguarding Board Workbench")
                     .arg(QFileInfo(path).fileName(), readOnly ? tr(" (read-only)") : QString()));
  reloadDocuments();
  ui_->explorer->setStorePath(path);
  ui_->reviewQueue->setStore(&*db_, path);
  hits_->setHits({});
  ui_->pageView->clear(tr("Choose a document on the left, or search its pages."));
  if (documents_->rowCount() > 0) ui_->documentView->selectRow(0);
  return true;
}

void MainWindow::reloadDocuments() {
  if (!db_) return;
  store::DocumentRepository repository(*db_);
  documents_->setDocuments(repository.all());
  statusBar()->showMessage(tr("%1: %2 documents, %3 pages%4")
                               .arg(QFileInfo(storePath_).fileName())
                               .arg(repository.documentCount())
                               .arg(repository.pageCount())
                               .arg(db_->readOnly() ? tr(" (read-only: import is off)") : QString()));
}

void MainWindow::chooseStore() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Open or Create Store"), storePath_,
                                                    tr("Workbench stores (*.sqlite);;All files (*)"), nullptr,
                                                    QFileDialog::DontConfirmOverwrite);
  if (!path.isEmpty()) openStore(path);
}

void MainWindow::chooseFilesToImport() {
  if (!db_) {
    chooseStore();
    if (!db_) return;
  }
  const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import PDFs"), QString(), tr("PDF files (*.pdf)"));
  if (!files.isEmpty()) importFiles(files);
}

void MainWindow::chooseFolderToImport() {
  if (!db_) {
    chooseStore();
    if (!db_) return;
  }
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of PDFs"));
  if (!folder.isEmpty()) importFiles({folder});
}

QStringList MainWindow::droppedPaths(const QMimeData* mime) {
  QStringList paths;
  if (!mime || !mime->hasUrls()) return paths;
  for (const QUrl& url : mime->urls()) {
    if (!url.isLocalFile()) continue;
    const QFileInfo info(url.toLocalFile());
    // Folders are searched for PDFs when imported; other files would only fail.
    if (info.isDir() || info.suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0) {
      paths << info.absoluteFilePath();
    }
  }
  return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (db_ && !db_->readOnly() && !importing_ && !droppedPaths(event->mimeData()).isEmpty()) {
    event->acceptProposedAction();
  }
}

void MainWindow::dropEvent(QDropEvent* event) {
  const QStringList paths = droppedPaths(event->mimeData());
  if (paths.isEmpty() || !db_ || db_->readOnly() || importing_) return;
  event->acceptProposedAction();
  importFiles(paths);
}

void MainWindow::setRedactOnImport(bool redact) {
  ui_->redactAction->setChecked(redact);
  QSettings().setValue(QStringLiteral("import/redact"), redact);
}

void MainWindow::importFiles(const QStringList& paths) {
  if (!db_ || importing_ || db_->readOnly()) return;
  std::vector<std::filesystem::path> files;
  for (const QString& path : paths) files.emplace_back(path.toStdString());
  startImport(std::move(files), {});
}

void MainWindow::startImport(std::vector<std::filesystem::path> files, std::vector<store::ImportResult> earlier) {
  importing_ = true;
  ui_->reviewQueue->setBusy(true);
  ui_->importAction->setEnabled(false);
  earlierResults_ = std::move(earlier);
  auto run = std::make_shared<ImportRun>();
  importRun_ = run;
  importDialog_ = new ImportProgressDialog(this);
  importDialog_->setAttribute(Qt::WA_DeleteOnClose);
  connect(importDialog_, &ImportProgressDialog::cancelRequested, this, &MainWindow::cancelImport);
  if (isVisible()) importDialog_->open();

  store::ImportOptions options;
  options.passwords = passwords_;
  options.redact = ui_->redactAction->isChecked();
  options.jobs = 0;  // one reader per core; the store is written in the order chosen
  options.cancel = &run->cancel;
  // The worker only writes into `run`; the window reads it on a timer. No object of the GUI
  // thread is touched from the worker.
  options.progress = [run](const store::ImportProgress& at) {
    const std::lock_guard lock(run->mutex);
    run->at = at;
  };
  const std::string storePath = storePath_.toStdString();
  importWatcher_.setFuture(QtConcurrent::run(&importPool_, [files, options, storePath] {
    std::vector<store::ImportResult> results;
    try {
      // Its own connection: the GUI's stays free for reading.
      store::Database db = store::Database::open(storePath);
      // Results are kept as they come, so a store that turns busy halfway loses none of them.
      store::Importer(db, options).importPaths(files, [&](const store::ImportResult& r) { results.push_back(r); });
    } catch (const std::exception& error) {
      store::ImportResult failure;
      failure.path = storePath;
      failure.message = error.what();
      results.push_back(failure);
    }
    return results;
  }));
  importTick_->start();
}

void MainWindow::showImportProgress() {
  if (!importRun_ || !importDialog_) return;
  store::ImportProgress at;
  {
    const std::lock_guard lock(importRun_->mutex);
    at = importRun_->at;
  }
  if (at.files > 0 && !importRun_->cancel.load()) importDialog_->show(at);
}

void MainWindow::cancelImport() {
  if (!importRun_) return;
  importRun_->cancel.store(true);
  if (importDialog_) importDialog_->showCancelling();
}

void MainWindow::importEnded() {
  importTick_->stop();
  if (importDialog_) importDialog_->close();
  importDialog_ = nullptr;
  importRun_.reset();
  std::vector<store::ImportResult> results = std::move(earlierResults_);
  earlierResults_.clear();
  for (auto& result : importWatcher_.result()) results.push_back(std::move(result));
  importDone(std::move(results));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (importing_) {
    const bool stop = confirmClose_ ? confirmClose_() : true;
    if (!stop) {
      event->ignore();
      return;
    }
    closing_ = true;
    cancelImport();
    importPool_.waitForDone();  // the file being read is dropped; nothing half-written stays
  }
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  settings.setValue(QStringLiteral("window/splitter"), ui_->splitter->saveState());
  settings.setValue(QStringLiteral("window/view"), ui_->mainTabs->currentIndex());
  QMainWindow::closeEvent(event);
}

QString MainWindow::lastStore() {
  const QString last = QSettings().value(QStringLiteral("store/last")).toString();
  return !last.isEmpty() && QFileInfo::exists(last) ? last : QString();
}

void MainWindow::forgetLastStore() { QSettings().remove(QStringLiteral("store/last")); }

void MainWindow::checkStore() {
  if (storePath_.isEmpty()) {
    statusBar()->showMessage(tr("Open a store first."));
    return;
  }
  statusBar()->showMessage(tr("Checking %1…").arg(QFileInfo(storePath_).fileName()));
  const std::string path = storePath_.toStdString();
  auto* watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
    const QString report = watcher->result();
    watcher->deleteLater();
    statusBar()->showMessage(report.section('\n', 0, 0));
    if (isVisible()) {
      auto* box = new QMessageBox(QMessageBox::Information, tr("Check Store"), report, QMessageBox::Ok, this);
      box->setAttribute(Qt::WA_DeleteOnClose);
      box->open();  // not exec(): the window stays live while the report is read
    }
    Q_EMIT storeChecked(report);
  });
  watcher->setFuture(QtConcurrent::run(&importPool_, [path] {
    try {
      store::Database db = store::Database::openRawForReading(path);
      const store::StoreCheck check = store::checkStore(db);
      QStringList lines;
      lines << (check.ok() ? QObject::tr("The store is sound.") : QObject::tr("The store has problems."));
      lines << QObject::tr("Schema version %1 (this program knows up to %2).")
                   .arg(check.schemaVersion)
                   .arg(check.latestVersion);
      lines << (check.integrityProblems.empty()
                    ? QObject::tr("Integrity: ok.")
                    : QObject::tr("Integrity: %1").arg(QString::fromStdString(check.integrityProblems.front())));
      lines << QObject::tr("Foreign keys: %1.")
                   .arg(check.foreignKeyProblems == 0 ? QObject::tr("ok") : QString::number(check.foreignKeyProblems));
      for (const auto& [table, rows] : check.counts)
        lines << QStringLiteral("%1: %2").arg(QString::fromStdString(table)).arg(rows);
      return lines.join('\n');
    } catch (const std::exception& error) {
      return QObject::tr("Cannot check the store: %1").arg(QString::fromUtf8(error.what()));
    }
  }));
}

std::vector<std::filesystem::path> MainWindow::askForPasswords(const std::vector<store::ImportResult>& locked) {
  std::vector<std::filesystem::path> retry;
  for (const store::ImportResult& result : locked) {
    const QString file = QString::fromStdString(result.path.filename().string());
    const bool again = result.message.find("given") != std::string::npos;  // a password was tried and failed
    const QString password = passwordPrompt_ ? passwordPrompt_(file, again) : QString();
    if (password.isEmpty()) continue;
    const std::string typed = password.toStdString();
    if (std::find(passwords_.begin(), passwords_.end(), typed) == passwords_.end()) passwords_.push_back(typed);
    retry.push_back(result.path);
  }
  ui_->pageView->setPasswords(passwords_);
  ui_->reviewQueue->pageView()->setPasswords(passwords_);
  return retry;
}

void MainWindow::importDone(std::vector<store::ImportResult> results) {
  // Files that need a password: ask, then import them again; the rest keep their results.
  std::vector<store::ImportResult> locked;
  std::vector<store::ImportResult> settled;
  // After a cancel nothing more is started, not even a file waiting for its password.
  const bool wasCancelled = std::any_of(results.begin(), results.end(), [](const store::ImportResult& r) {
    return r.status == store::ImportResult::Status::Cancelled;
  });
  for (auto& result : results) (result.needsPassword && !wasCancelled ? locked : settled).push_back(std::move(result));
  if (!locked.empty() && !closing_) {
    auto retry = askForPasswords(locked);
    for (auto& result : locked) {
      if (std::find(retry.begin(), retry.end(), result.path) == retry.end()) settled.push_back(std::move(result));
    }
    if (!retry.empty()) {
      startImport(std::move(retry), std::move(settled));
      return;
    }
  }
  int imported = 0, unchanged = 0, failed = 0, cancelled = 0;
  QStringList problems;
  for (const auto& result : settled) {
    switch (result.status) {
      case store::ImportResult::Status::Cancelled: ++cancelled; break;
      case store::ImportResult::Status::Imported:
      case store::ImportResult::Status::Updated: ++imported; break;
      case store::ImportResult::Status::Unchanged: ++unchanged; break;
      case store::ImportResult::Status::Failed:
        ++failed;
        problems << QStringLiteral("%1: %2").arg(QString::fromStdString(result.path.string()),
                                                 QString::fromStdString(result.message));
        break;
    }
  }
  importing_ = false;
  ui_->importAction->setEnabled(db_ && !db_->readOnly());
  reloadDocuments();
  ui_->reviewQueue->setBusy(false);  // reads the queue again
  if (imported > 0) ui_->explorer->refresh();
  QString summary = tr("%1 imported, %2 unchanged, %3 failed").arg(imported).arg(unchanged).arg(failed);
  if (cancelled > 0) summary += tr(", %1 cancelled").arg(cancelled);
  statusBar()->showMessage(summary);
  if (!problems.isEmpty() && isVisible()) {
    QMessageBox box(QMessageBox::Warning, tr("Import"), summary, QMessageBox::Ok, this);
    box.setDetailedText(problems.join('\n'));
    box.setInformativeText(problems.first());
    box.exec();
  }
  Q_EMIT importFinished(imported, unchanged, failed);
  if (cancelled > 0) Q_EMIT importCancelled(cancelled);
}

void MainWindow::documentSelected() {
  const QModelIndex current = ui_->documentView->currentIndex();
  if (!current.isValid()) return;
  const QModelIndex source = sortedDocuments_->mapToSource(current);
  const auto* document = documents_->documentAt(source.row());
  if (document == nullptr) return;
  loadFigures(document->id);
  if (!ui_->pageView->showPage(QString::fromStdString(document->path), 1)) {
    statusBar()->showMessage(ui_->pageView->errorMessage());
  }
}

void MainWindow::showDocumentPage(qint64 documentId, int page) {
  const int row = documents_->rowOf(documentId);
  if (row < 0) return;
  const QModelIndex proxy = sortedDocuments_->mapFromSource(documents_->index(row, 0));
  {
    const QSignalBlocker blocker(ui_->documentView->selectionModel());
    ui_->documentView->selectRow(proxy.row());
  }
  const auto* document = documents_->documentAt(row);
  if (figures_->rowCount() == 0 || figures_->observationAt(0)->documentId != documentId) loadFigures(documentId);
  ui_->pageView->showPage(QString::fromStdString(document->path), page);
}

void MainWindow::search(const QString& query) {
  ui_->searchEdit->setText(query);
  runSearch();
}

void MainWindow::showFigures(const QString& fileName, const QString& filter) {
  for (int row = 0; row < documents_->rowCount(); ++row) {
    const auto* document = documents_->documentAt(row);
    if (fileName.isEmpty() || QString::fromStdString(document->fileName) == fileName) {
      showDocumentPage(document->id, 1);
      break;
    }
  }
  ui_->sideTabs->setCurrentWidget(ui_->figuresTab);
  ui_->figureFilterEdit->setText(filter);
  if (filteredFigures_->rowCount() > 0) {
    ui_->figureView->selectRow(0);
    showFigure(filteredFigures_->mapToSource(filteredFigures_->index(0, 0)).row());
  }
}

IndicatorExplorer* MainWindow::showExplorer(const QString& indicatorKey) {
  if (!db_) {
    statusBar()->showMessage(tr("Open a store first."));
    return nullptr;
  }
  ui_->mainTabs->setCurrentWidget(ui_->explorerTab);
  if (!indicatorKey.isEmpty() && !ui_->explorer->showIndicator(indicatorKey)) {
    statusBar()->showMessage(tr("%1 is not an indicator of the dictionary.").arg(indicatorKey));
  }
  return ui_->explorer;
}

IndicatorExplorer* MainWindow::explorer() const { return ui_->explorer; }

ReviewQueue* MainWindow::showReview() {
  if (!db_) {
    statusBar()->showMessage(tr("Open a store first."));
    return nullptr;
  }
  ui_->mainTabs->setCurrentWidget(ui_->reviewTab);
  return ui_->reviewQueue;
}

void MainWindow::showDocuments() { ui_->mainTabs->setCurrentWidget(ui_->documentsTab); }

void MainWindow::showFigureOnPage(qint64 documentId, int page, const QRectF& box) {
  ui_->mainTabs->setCurrentWidget(ui_->documentsTab);
  showDocumentPage(documentId, page);
  ui_->pageView->setMarkedBox(box);
}

ComparisonDialog* MainWindow::showComparison(const QString& indicatorKey, const QString& period) {
  if (!db_) {
    statusBar()->showMessage(tr("Open a store first."));
    return nullptr;
  }
  auto* dialog = new ComparisonDialog(*db_, storePath_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  if (!indicatorKey.isEmpty()) dialog->showIndicator(indicatorKey, period);
  connect(dialog, &ComparisonDialog::figureRequested, this,
          [this](qint64 documentId, int page) { showDocumentPage(documentId, page); });
  connect(this, &MainWindow::storeChanging, dialog, &QWidget::close);
  dialog->show();
  return dialog;
}

PackBuilderDialog* MainWindow::showPackBuilder() {
  if (!db_) {
    statusBar()->showMessage(tr("Open a store first."));
    return nullptr;
  }
  auto* dialog = new PackBuilderDialog(storePath_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  // The dialog reads the store it was opened on: another store closes it.
  connect(this, &MainWindow::storeChanging, dialog, &QDialog::close);
  dialog->show();
  return dialog;
}

ActionTrackerDialog* MainWindow::showTracker() {
  if (!db_) {
    statusBar()->showMessage(tr("Open a store first."));
    return nullptr;
  }
  auto* dialog = new ActionTrackerDialog(*db_, storePath_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setCorrectionsAllowed(!db_->readOnly());
  connect(dialog, &ActionTrackerDialog::pageRequested, this,
          [this](qint64 documentId, int page) { showDocumentPage(documentId, page); });
  // The dialog writes corrections through this window's connection: it lets go of it and closes
  // before the store changes.
  connect(this, &MainWindow::storeChanging, dialog, [dialog] {
    dialog->detach();
    dialog->close();
  });
  dialog->show();
  return dialog;
}

void MainWindow::loadFigures(qint64 documentId) {
  if (!db_) return;
  figures_->setObservations(store::ObservationRepository(*db_).forDocument(documentId));
  ui_->figureStatusLabel->setText(tr("%n figure(s) read from this document", nullptr, figures_->rowCount()));
}

void MainWindow::figureActivated(const QModelIndex& index) {
  if (index.isValid()) showFigure(filteredFigures_->mapToSource(index).row());
}

void MainWindow::showFigure(int row) {
  const auto* observation = figures_->observationAt(row);
  if (observation == nullptr) return;
  // Copied first: opening another document's page reloads the list this row belongs to.
  const qint64 documentId = observation->documentId;
  const int page = observation->page;
  const QString snippet = QString::fromStdString(observation->snippet);
  const QRectF box = figures_->index(row, 0).data(models::ObservationTableModel::BoxRole).toRectF();
  showDocumentPage(documentId, page);
  ui_->pageView->setMarkedBox(box);
  statusBar()->showMessage(snippet);
}

void MainWindow::runSearch() {
  searchDelay_->stop();
  const QString query = ui_->searchEdit->text();
  ui_->pageView->setHighlightTerms(queryWords(query));
  if (!query.trimmed().isEmpty()) ui_->searchStatusLabel->setText(tr("Searching…"));
  search_->search(query);
}

void MainWindow::searchHitActivated(const QModelIndex& index) {
  const auto* hit = hits_->hitAt(index.row());
  if (hit == nullptr) return;
  showDocumentPage(hit->documentId, hit->page);
}

void MainWindow::pageChanged(int number, int count) {
  const QSignalBlocker blocker(ui_->pageSpin);
  ui_->pageSpin->setEnabled(count > 0);
  ui_->pageSpin->setMaximum(std::max(1, count));
  ui_->pageSpin->setValue(std::max(1, number));
  ui_->pageCountLabel->setText(count > 0 ? tr("of %1").arg(count) : QString());
  ui_->previousPageButton->setEnabled(number > 1);
  ui_->nextPageButton->setEnabled(number < count);
  if (ui_->pageView->documentPath() != thumbnailsOf_) {
    thumbnailsOf_ = ui_->pageView->documentPath();
    thumbnails_->setDocument(thumbnailsOf_, count, passwords_);
  }
  const QSignalBlocker quiet(ui_->thumbnailView->selectionModel());
  ui_->thumbnailView->setCurrentIndex(thumbnails_->index(number - 1));
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About"),
                     tr("<b>Safeguarding Board Workbench</b> %1<br>Figures from safeguarding board and scrutiny "
                        "papers, traceable to their pages.<br>Licensed under the GNU GPL, version 3 or later.")
                         .arg(QStringLiteral(SBW_VERSION)));
}

}  // namespace sbw::app
