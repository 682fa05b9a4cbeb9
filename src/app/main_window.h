#pragma once
// The workbench's main window: documents in the store, full-text search, and the page view.

#include <QFutureWatcher>
#include <QMainWindow>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/importer.h"

class QMimeData;
class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace sbw::models {
class DocumentListModel;
class ObservationTableModel;
class SearchHitModel;
class BackgroundSearch;
}  // namespace sbw::models

namespace sbw::app {

class PageView;
class PageThumbnails;
class IndicatorExplorer;
class ReviewQueue;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Opens (creating if needed) a store and lists its documents; false, with a message, on failure.
  // A store this user cannot write opens read-only: browsing and search work, import is disabled.
  bool openStore(const QString& path);
  QString storePath() const { return storePath_; }
  bool storeIsReadOnly() const { return db_ && db_->readOnly(); }
  QString lastError() const { return lastError_; }  // why the last openStore failed
  // Asks for the password of a protected file (`again` after a wrong one); empty when the user
  // declines. The default is a password dialog; tests give their own.
  using PasswordPrompt = std::function<QString(const QString& file, bool again)>;
  void setPasswordPrompt(PasswordPrompt prompt) { passwordPrompt_ = std::move(prompt); }
  // Whether imports keep e-mail addresses and phone numbers out of the store (File menu; saved).
  void setRedactOnImport(bool redact);
  bool isImporting() const { return importing_; }
  // The store opened last time, when it is still there; empty otherwise.
  static QString lastStore();
  static void forgetLastStore();
  // Checks the open store's integrity and schema on a worker thread; `storeChecked` gives the report.
  void checkStore();
  // Stops the running import cleanly: the file being read is dropped, the rest not started.
  void cancelImport();
  // Asked when the window is closed during an import: true to stop it and close. Tests give their own.
  void setCloseDuringImportQuestion(std::function<bool()> ask) { confirmClose_ = std::move(ask); }
  // Imports files into the open store in the background; `importFinished` reports the outcome.
  void importFiles(const QStringList& paths);
  void showDocumentPage(qint64 documentId, int page);
  // Opens a figure's page and outlines the figure on it.
  void showFigure(int row);
  // Types `query` into the search box and runs it at once.
  void search(const QString& query);
  // Shows the Figures list of `fileName` (the first document when empty) filtered by `filter`,
  // and opens the first figure left on its page.
  void showFigures(const QString& fileName, const QString& filter);
  PageView* pageView() const;
  // Shows the indicator explorer, on `indicatorKey` when given; null without a store.
  IndicatorExplorer* showExplorer(const QString& indicatorKey = {});
  IndicatorExplorer* explorer() const;
  void showDocuments();
  // Shows the review queue; null without a store.
  ReviewQueue* showReview();
  // Shows a figure where it was printed: the Documents view, the page, the figure outlined.
  void showFigureOnPage(qint64 documentId, int page, const QRectF& box);
  // Opens Borough Comparison on an indicator and period (the latest when empty); null without a store.
  class ComparisonDialog* showComparison(const QString& indicatorKey = {}, const QString& period = {});
  // Opens the Action Tracker; null without a store.
  class ActionTrackerDialog* showTracker();
  // Opens Committee Pack on the open store; null without one.
  class PackBuilderDialog* showPackBuilder();

 Q_SIGNALS:
  void storeChanging();  // before another store is opened
  void importFinished(int imported, int unchanged, int failed);
  void importCancelled(int files);
  void storeChecked(const QString& report);
  void searchFinished(int hits);

 private Q_SLOTS:
  void chooseFilesToImport();
  void chooseFolderToImport();
  void chooseStore();
  void documentSelected();
  void runSearch();
  void searchHitActivated(const QModelIndex& index);
  void figureActivated(const QModelIndex& index);
  void pageChanged(int number, int count);
  void showAbout();

 private:
  void reloadDocuments();
  void loadFigures(qint64 documentId);
  void startImport(std::vector<std::filesystem::path> files, std::vector<store::ImportResult> earlier);
  void showImportProgress();
  void importEnded();
  void closeEvent(QCloseEvent* event) override;
  // PDFs and folders dropped on the window are imported.
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  static QStringList droppedPaths(const QMimeData* mime);
  void importDone(std::vector<store::ImportResult> results);
  // Asks for passwords for the files that need one; the files a new password may open.
  std::vector<std::filesystem::path> askForPasswords(const std::vector<store::ImportResult>& locked);
  std::unique_ptr<Ui::MainWindow> ui_;
  models::DocumentListModel* documents_;
  QSortFilterProxyModel* sortedDocuments_;
  models::SearchHitModel* hits_;
  models::ObservationTableModel* figures_;
  QSortFilterProxyModel* filteredFigures_;
  models::BackgroundSearch* search_;
  PageThumbnails* thumbnails_;
  QString thumbnailsOf_;  // the document the thumbnails show
  QTimer* searchDelay_;
  std::optional<store::Database> db_;
  QString storePath_;
  QString lastError_;
  bool importing_ = false;
  bool closing_ = false;  // the window is closing: an import that ends asks nothing more
  // Passwords typed this session, for imports and for showing protected pages; never stored.
  std::vector<std::string> passwords_;
  PasswordPrompt passwordPrompt_;
  // The running import: written by the worker, read by the window's timer.
  struct ImportRun {
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    store::ImportProgress at;
  };
  std::shared_ptr<ImportRun> importRun_;
  std::vector<store::ImportResult> earlierResults_;  // of files imported before a password was asked
  QThreadPool importPool_;
  QFutureWatcher<std::vector<store::ImportResult>> importWatcher_;
  QTimer* importTick_;
  class ImportProgressDialog* importDialog_ = nullptr;
  std::function<bool()> confirmClose_;
};

}  // namespace sbw::app
