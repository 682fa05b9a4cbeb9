#include "app/page_view.h"

#include <QLabel>
#include <QScrollBar>
#include <algorithm>

namespace sbw::app {
namespace {

constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 6.0;

}  // namespace

PageView::PageView(QWidget* parent) : QScrollArea(parent), label_(new QLabel(this)), renderer_(new PageRenderer(this)) {
  connect(renderer_, &PageRenderer::rendered, this, &PageView::rendered);
  label_->setAlignment(Qt::AlignCenter);
  label_->setBackgroundRole(QPalette::Dark);
  setBackgroundRole(QPalette::Dark);
  setWidget(label_);
  setWidgetResizable(true);
  setAlignment(Qt::AlignCenter);
  clear(tr("Choose a document on the left, or search its pages."));
}

PageView::~PageView() = default;

int PageView::pageCount() const { return document_ ? document_->pageCount() : 0; }

bool PageView::showPage(const QString& pdfPath, int number) {
  if (!document_ || pdfPath != path_) {
    document_.reset();
    path_ = pdfPath;
    try {
      document_.emplace(pdf::PdfDocument::open(pdfPath.toStdString(), {passwords_}));
    } catch (const std::exception& error) {
      clear(tr("Cannot show %1: %2").arg(pdfPath, QString::fromUtf8(error.what())));
      error_ = QString::fromUtf8(error.what());
      return false;
    }
  }
  return showPage(number);
}

bool PageView::showPage(int number) {
  if (!document_) return false;
  const int page = std::clamp(number, 1, document_->pageCount());
  if (page != page_) marked_ = QRectF();
  page_ = page;
  render();
  verticalScrollBar()->setValue(0);
  Q_EMIT pageChanged(page_, document_->pageCount());
  return error_.isEmpty();
}

void PageView::clear(const QString& message) {
  renderer_->cancel();
  pending_ = 0;
  document_.reset();
  path_.clear();
  page_ = 0;
  image_ = QImage();
  highlightCount_ = 0;
  error_.clear();
  label_->setPixmap(QPixmap());
  label_->setText(message);
  Q_EMIT pageChanged(0, 0);
}

void PageView::setHighlightTerms(const QStringList& terms) {
  terms_.clear();
  for (const QString& term : terms) {
    const QString bare = bareWord(term);
    if (!bare.isEmpty()) terms_ << bare;
  }
  if (document_) render();
}

void PageView::setMarkedBox(const QRectF& box) {
  marked_ = box;
  if (document_) render();
  if (!box.isEmpty()) {
    const double scale = zoom_;  // widget pixels per point
    ensureVisible(qRound(box.center().x() * scale), qRound(box.center().y() * scale), 80, 120);
  }
}

void PageView::setZoom(double zoom) {
  zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
  if (qFuzzyCompare(zoom, zoom_)) return;
  zoom_ = zoom;
  if (document_) render();
  Q_EMIT zoomChanged(zoom_);
}

void PageView::zoomIn() { setZoom(zoom_ * 1.25); }
void PageView::zoomOut() { setZoom(zoom_ / 1.25); }

void PageView::fitWidth() {
  if (!document_ || page_ < 1) return;
  const double pageWidth = document_->pageInfo(page_ - 1).width;
  const int available = viewport()->width() - 24;
  if (pageWidth > 0 && available > 0) setZoom(available / pageWidth);
}

void PageView::nextPage() {
  if (document_ && page_ < document_->pageCount()) showPage(page_ + 1);
}

void PageView::previousPage() {
  if (document_ && page_ > 1) showPage(page_ - 1);
}

void PageView::render() {
  error_.clear();
  PageRequest request;
  request.path = path_;
  request.passwords = passwords_;
  request.page = page_;
  request.dpi = 72.0 * zoom_ * devicePixelRatioF();
  request.terms = terms_;
  request.marked = marked_;
  pending_ = renderer_->request(std::move(request));
}

void PageView::rendered(const RenderedPage& page) {
  if (page.request != pending_) return;
  pending_ = 0;
  highlightCount_ = page.highlightCount;
  error_ = page.error;
  if (!error_.isEmpty()) {
    image_ = QImage();
    label_->setPixmap(QPixmap());
    label_->setText(tr("Page %1 cannot be shown: %2").arg(page.page).arg(error_));
  } else {
    image_ = page.image;
    // Shown at the size asked for, also when the pixel cap rendered it at a lower resolution.
    image_.setDevicePixelRatio(page.dpi / (72.0 * zoom_));
    label_->setPixmap(QPixmap::fromImage(image_));
  }
  Q_EMIT pageRendered(page.page);
}

}  // namespace sbw::app
