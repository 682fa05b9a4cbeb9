#pragma once
// Small pictures of a document's pages beside the page view, rendered one by one on a worker
// thread with its own copy of the document; a page's picture appears as soon as it is ready.
// Choosing another document drops the pictures still to come for the last one.

#include <QAbstractListModel>
#include <QImage>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace sbw::app {

class PageThumbnails : public QAbstractListModel {
  Q_OBJECT
 public:
  static constexpr int kWidth = 96;  // pixels: a page in a narrow strip, its layout still visible

  explicit PageThumbnails(QObject* parent = nullptr);
  ~PageThumbnails() override;

  // Lists `pageCount` pages of `path` and starts rendering them; an empty path lists none.
  void setDocument(const QString& path, int pageCount, const std::vector<std::string>& passwords);
  int renderedCount() const;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

 Q_SIGNALS:
  void allRendered();

 private:
  void arrived(std::uint64_t token, int page, const QImage& image);
  std::vector<QImage> images_;
  std::shared_ptr<std::atomic<std::uint64_t>> token_;
  QThreadPool pool_;
};

}  // namespace sbw::app
