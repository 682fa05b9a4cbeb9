#pragma once
// Runs full-text searches off the GUI thread, each on its own SQLite connection (WAL lets
// readers work beside a writer). A newer search cancels the older one: its results, if they
// arrive late, are dropped, so typing never shows stale hits.

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

#include "store/document_repository.h"

namespace sbw::models {

class BackgroundSearch : public QObject {
  Q_OBJECT
 public:
  explicit BackgroundSearch(QObject* parent = nullptr);
  ~BackgroundSearch() override;

  void setStorePath(const QString& path);
  // Starts a search; an empty query clears the results at once.
  void search(const QString& query, int limit = 200);
  void cancel();
  bool isRunning() const;

 Q_SIGNALS:
  void finished(const QString& query, std::vector<sbw::store::SearchHit> hits);
  void failed(const QString& query, const QString& message);

 private:
  QString storePath_;
  std::shared_ptr<std::atomic<bool>> cancelled_;
  std::shared_ptr<std::atomic<int>> running_;
};

}  // namespace sbw::models
