#include "app/page_renderer.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPainter>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <optional>

#include "pdf/pdf_document.h"

namespace sbw::app {

QString bareWord(const QString& text) {
  qsizetype begin = 0;
  qsizetype end = text.size();
  while (begin < end && !text[begin].isLetterOrNumber()) ++begin;
  while (end > begin && !text[end - 1].isLetterOrNumber()) --end;
  return text.mid(begin, end - begin).toCaseFolded();
}

QImage toImage(const pdf::Raster& raster) {
  if (raster.isEmpty()) throw std::runtime_error("the page could not be rendered");
  const QImage view(reinterpret_cast<const uchar*>(raster.pixels.data()), raster.width, raster.height, raster.width * 4,
                    QImage::Format_ARGB32);
  return view.copy();  // the raster's buffer dies with the raster
}

namespace {

// The resolution that keeps the page within the pixel cap.
double cappedDpi(const pdf::PageInfo& info, double dpi) {
  const double pixels = info.width * info.height * (dpi / 72.0) * (dpi / 72.0);
  if (pixels <= kMaxPagePixels || pixels <= 0) return dpi;
  return dpi * std::sqrt(kMaxPagePixels / pixels);
}

RenderedPage renderOn(const pdf::PdfDocument& document, const PageRequest& request) {
  RenderedPage out;
  out.page = request.page;
  const int index = request.page - 1;
  out.dpi = cappedDpi(document.pageInfo(index), request.dpi);
  out.image = toImage(document.render(index, out.dpi));
  const double scale = out.dpi / 72.0;
  QPainter painter(&out.image);
  if (!request.terms.isEmpty()) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 200, 0, 90));
    for (const pdf::Word& word : document.words(index)) {
      if (!request.terms.contains(bareWord(QString::fromStdString(word.text)))) continue;
      painter.drawRect(
          QRectF(word.box.x1 * scale, word.box.y1 * scale, word.box.width() * scale, word.box.height() * scale)
              .adjusted(-1, -1, 1, 1));
      ++out.highlightCount;
    }
  }
  if (!request.marked.isEmpty()) {
    painter.setPen(QPen(QColor(200, 0, 0), std::max(2.0, scale * 1.5)));
    painter.setBrush(QColor(255, 0, 0, 40));
    painter.drawRect(
        QRectF(request.marked.topLeft() * scale, request.marked.bottomRight() * scale).adjusted(-3, -3, 3, 3));
  }
  return out;
}

}  // namespace

// The worker thread's document: only ever touched from inside the pool's one thread.
struct PageRenderer::Worker {
  std::mutex mutex;  // requests run one at a time; the lock makes that explicit
  std::optional<pdf::PdfDocument> document;
  QString path;
};

PageRenderer::PageRenderer(QObject* parent)
    : QObject(parent), worker_(std::make_shared<Worker>()), latest_(std::make_shared<std::atomic<std::uint64_t>>(0)) {
  qRegisterMetaType<sbw::app::RenderedPage>();
  pool_.setMaxThreadCount(1);
  pool_.setExpiryTimeout(-1);  // one thread for the document's whole life
}

PageRenderer::~PageRenderer() {
  latest_->store(0);
  pool_.waitForDone();
}

void PageRenderer::cancel() { latest_->fetch_add(1); }

bool PageRenderer::isBusy() const { return pool_.activeThreadCount() > 0; }

void PageRenderer::waitForDone() { pool_.waitForDone(); }

std::uint64_t PageRenderer::request(PageRequest page) {
  const std::uint64_t number = latest_->fetch_add(1) + 1;
  auto worker = worker_;
  auto latest = latest_;
  PageRenderer* self = this;
  pool_.start([worker, latest, number, page = std::move(page), self] {
    if (latest->load() != number) return;  // superseded before it started
    RenderedPage out;
    {
      const std::lock_guard lock(worker->mutex);
      try {
        if (!worker->document || worker->path != page.path) {
          worker->document.reset();
          worker->path = page.path;
          worker->document.emplace(pdf::PdfDocument::open(page.path.toStdString(), {page.passwords}));
        }
        out = renderOn(*worker->document, page);
      } catch (const std::exception& error) {
        out.page = page.page;
        out.error = QString::fromUtf8(error.what());
        worker->document.reset();  // a failed open or render: open afresh next time
      }
    }
    out.request = number;
    if (latest->load() != number) return;
    // Posted to the application object, so the worker touches nothing of the GUI thread. There,
    // `latest` says whether `self` still wants it: a newer request and the destructor (which
    // sets it to 0) both change it first, in that same thread.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [self, latest, out = std::move(out)] {
          if (latest->load() == out.request) Q_EMIT self->rendered(out);
        },
        Qt::QueuedConnection);
  });
  return number;
}

}  // namespace sbw::app
