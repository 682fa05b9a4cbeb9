#include "app/page_thumbnails.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPixmap>

#include "app/page_renderer.h"
#include "pdf/pdf_document.h"

namespace sbw::app {

PageThumbnails::PageThumbnails(QObject* parent)
    : QAbstractListModel(parent), token_(std::make_shared<std::atomic<std::uint64_t>>(0)) {
  pool_.setMaxThreadCount(1);
}

PageThumbnails::~PageThumbnails() {
  token_->store(0);
  pool_.waitForDone();
}

void PageThumbnails::setDocument(const QString& path, int pageCount, const std::vector<std::string>& passwords) {
  const std::uint64_t token = token_->fetch_add(1) + 1;
  beginResetModel();
  images_.assign(path.isEmpty() ? 0 : static_cast<size_t>(std::max(0, pageCount)), QImage());
  endResetModel();
  if (images_.empty()) return;
  auto current = token_;
  PageThumbnails* self = this;
  pool_.start([current, token, self, path, passwords, pageCount] {
    try {
      const auto document = pdf::PdfDocument::open(path.toStdString(), {passwords});
      for (int page = 1; page <= pageCount && current->load() == token; ++page) {
        const double width = document.pageInfo(page - 1).width;
        const double dpi = width > 0 ? 72.0 * kWidth / width : 12.0;
        const QImage image = toImage(document.render(page - 1, dpi));
        // Posted to the application object: `current` says, on the GUI thread, whether `self`
        // still wants it (a new document and the destructor change it first, there).
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [current, token, self, page, image] {
              if (current->load() == token) self->arrived(token, page, image);
            },
            Qt::QueuedConnection);
      }
    } catch (const std::exception&) {
      // The page view says why the document cannot be shown; the strip stays blank.
    }
  });
}

void PageThumbnails::arrived(std::uint64_t token, int page, const QImage& image) {
  if (token != token_->load() || page < 1 || page > static_cast<int>(images_.size())) return;
  images_[static_cast<size_t>(page - 1)] = image;
  const QModelIndex changed = index(page - 1);
  Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
  if (renderedCount() == static_cast<int>(images_.size())) Q_EMIT allRendered();
}

int PageThumbnails::renderedCount() const {
  int count = 0;
  for (const auto& image : images_) count += image.isNull() ? 0 : 1;
  return count;
}

int PageThumbnails::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(images_.size());
}

QVariant PageThumbnails::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const QImage& image = images_[static_cast<size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole: return QString::number(index.row() + 1);
    case Qt::DecorationRole:
      if (image.isNull()) return {};
      return QPixmap::fromImage(image);
    case Qt::ToolTipRole: return tr("Page %1").arg(index.row() + 1);
    case Qt::AccessibleTextRole: return tr("Page %1").arg(index.row() + 1);
  }
  return {};
}

}  // namespace sbw::app
