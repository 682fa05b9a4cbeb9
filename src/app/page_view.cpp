#include "app/page_view.h"

#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>

namespace sbw::app {
namespace {

constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 6.0;

// Words compare without the punctuation around them: "referrals," matches "referrals".
QString bareWord(const QString& text) {
  qsizetype begin = 0;
  qsizetype end = text.size();
  while (begin < end && !text[begin].isLetterOrNumber()) ++begin;
  while (end > begin && !text[end - 1].isLetterOrNumber()) --end;
  return text.mid(begin, end - begin).toCaseFolded();
}

}  // namespace

PageView::PageView(QWidget* parent) : QScrollArea(parent), label_(new QLabel(this)) {
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
  highlightCount_ = 0;
  const double ratio = devicePixelRatioF();
  const double dpi = 72.0 * zoom_ * ratio;
  try {
    const pdf::Raster raster = document_->render(page_ - 1, dpi);
    if (raster.isEmpty()) throw std::runtime_error("the page could not be rendered");
    QImage image(reinterpret_cast<const uchar*>(raster.pixels.data()), raster.width, raster.height, raster.width * 4,
                 QImage::Format_ARGB32);
    image_ = image.copy();  // the raster's buffer dies with this scope
    if (!terms_.isEmpty()) {
      QPainter painter(&image_);
      painter.setPen(Qt::NoPen);
      painter.setBrush(QColor(255, 200, 0, 90));
      const double scale = dpi / 72.0;
      for (const pdf::Word& word : document_->words(page_ - 1)) {
        if (!terms_.contains(bareWord(QString::fromStdString(word.text)))) continue;
        painter.drawRect(
            QRectF(word.box.x1 * scale, word.box.y1 * scale, word.box.width() * scale, word.box.height() * scale)
                .adjusted(-1, -1, 1, 1));
        ++highlightCount_;
      }
    }
    if (!marked_.isEmpty()) {
      QPainter painter(&image_);
      const double scale = dpi / 72.0;
      painter.setPen(QPen(QColor(200, 0, 0), 2.0 * ratio));
      painter.setBrush(QColor(255, 0, 0, 40));
      painter.drawRect(QRectF(marked_.topLeft() * scale, marked_.bottomRight() * scale).adjusted(-3, -3, 3, 3));
    }
    image_.setDevicePixelRatio(ratio);
    label_->setPixmap(QPixmap::fromImage(image_));
  } catch (const std::exception& error) {
    error_ = QString::fromUtf8(error.what());
    image_ = QImage();
    label_->setPixmap(QPixmap());
    label_->setText(tr("Page %1 cannot be shown: %2").arg(page_).arg(error_));
  }
}

}  // namespace sbw::app
