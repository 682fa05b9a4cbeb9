#include "models/background_search.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThreadPool>

#include "store/database.h"

namespace sbw::models {

BackgroundSearch::BackgroundSearch(QObject* parent)
    : QObject(parent),
      cancelled_(std::make_shared<std::atomic<bool>>(false)),
      running_(std::make_shared<std::atomic<int>>(0)) {
  qRegisterMetaType<std::vector<sbw::store::SearchHit>>();
}

BackgroundSearch::~BackgroundSearch() {
  cancel();
  QThreadPool::globalInstance()->waitForDone();
}

void BackgroundSearch::setStorePath(const QString& path) {
  cancel();
  storePath_ = path;
}

void BackgroundSearch::cancel() {
  cancelled_->store(true);
  cancelled_ = std::make_shared<std::atomic<bool>>(false);
}

bool BackgroundSearch::isRunning() const { return running_->load() > 0; }

void BackgroundSearch::search(const QString& query, int limit) {
  cancel();
  if (query.trimmed().isEmpty() || storePath_.isEmpty()) {
    Q_EMIT finished(query, {});
    return;
  }
  const auto token = cancelled_;
  const auto running = running_;
  const std::string path = storePath_.toStdString();
  BackgroundSearch* self = this;
  running->fetch_add(1);
  QThreadPool::globalInstance()->start([=] {
    std::vector<store::SearchHit> hits;
    QString error;
    try {
      store::Database db = store::Database::openRawForReading(path);
      hits = store::DocumentRepository(db).search(query.toStdString(), limit);
    } catch (const std::exception& e) {
      error = QString::fromUtf8(e.what());
    }
    running->fetch_sub(1);
    if (token->load()) return;
    // Posted to the application object, which outlives every search, so the worker touches no
    // object of the GUI thread. There, the token says whether `self` still wants the result: a
    // newer search and the destructor both cancel it first, in that same thread.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [self, token, query, hits = std::move(hits), error]() mutable {
          if (token->load()) return;
          if (error.isEmpty()) {
            Q_EMIT self->finished(query, std::move(hits));
          } else {
            Q_EMIT self->failed(query, error);
          }
        },
        Qt::QueuedConnection);
  });
}

}  // namespace sbw::models
