#pragma once
// Renders PDF pages on a worker thread, so a large page at high zoom never freezes the window.
// The worker opens its own copy of the document (poppler documents are never shared between
// threads) and keeps it open while pages of the same file are asked for. A newer request
// supersedes an older one: only the latest page's image is delivered.

#include <QImage>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <memory>
#include <string>
#include <vector>

namespace sbw::pdf {
struct Raster;
}

namespace sbw::app {

// A word as highlighting compares it: without the punctuation around it, case-folded, so
// "Referrals," matches "referrals".
QString bareWord(const QString& text);

// A rendered page as an image (a deep copy: the raster may go).
QImage toImage(const pdf::Raster& raster);

struct PageRequest {
  QString path;
  std::vector<std::string> passwords;
  int page = 1;       // 1-based
  double dpi = 72;    // asked for; capped so the image stays within kMaxPagePixels
  QStringList terms;  // words to highlight, already folded (bare, case-folded)
  QRectF marked;      // a figure to outline, in PDF points; empty for none
};

struct RenderedPage {
  std::uint64_t request = 0;
  int page = 0;
  QImage image;    // empty on failure
  double dpi = 0;  // as rendered: below the asked dpi when capped
  int highlightCount = 0;
  QString error;
};

// The most pixels one rendered page may have: about 150 MB of ARGB at 36 million. Beyond it the
// page is rendered at the largest resolution within the cap and shown scaled up.
inline constexpr double kMaxPagePixels = 36e6;

class PageRenderer : public QObject {
  Q_OBJECT
 public:
  explicit PageRenderer(QObject* parent = nullptr);
  ~PageRenderer() override;

  // Starts rendering; returns the request's number, which `rendered` carries.
  std::uint64_t request(PageRequest page);
  // Drops every request made so far: none of them is delivered.
  void cancel();
  bool isBusy() const;
  // Blocks until every request has been rendered (and delivered once events are processed).
  void waitForDone();

 Q_SIGNALS:
  void rendered(const sbw::app::RenderedPage& page);

 private:
  struct Worker;
  std::shared_ptr<Worker> worker_;
  std::shared_ptr<std::atomic<std::uint64_t>> latest_;
  QThreadPool pool_;
};

}  // namespace sbw::app
