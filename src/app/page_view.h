#pragma once
// Shows one rendered PDF page, zoomable, with words that match a search highlighted and a figure
// outlined. Pages are rendered on a worker thread (page_renderer.h); the view keeps showing the
// previous image until the new one arrives.

#include <QImage>
#include <QScrollArea>
#include <QStringList>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/page_renderer.h"
#include "pdf/pdf_document.h"

class QLabel;

namespace sbw::app {

class PageView : public QScrollArea {
  Q_OBJECT
 public:
  explicit PageView(QWidget* parent = nullptr);
  ~PageView() override;

  // Opens `pdfPath` (kept open while its pages are shown) and shows page `number` (1-based).
  // Returns false, and shows why in the view, when the file cannot be opened.
  bool showPage(const QString& pdfPath, int number);
  // Passwords to try on a protected document (typed this session; kept in memory only).
  void setPasswords(std::vector<std::string> passwords) { passwords_ = std::move(passwords); }
  bool showPage(int number);
  void clear(const QString& message = {});

  int currentPage() const { return page_; }
  QString documentPath() const { return path_; }
  int pageCount() const;
  double zoom() const { return zoom_; }
  const QImage& image() const { return image_; }  // the page as last rendered
  bool isRendering() const { return pending_ != 0; }
  QString errorMessage() const { return error_; }
  int highlightCount() const { return highlightCount_; }

  void setHighlightTerms(const QStringList& terms);
  // Outlines one figure on the current page (PDF points, top-left origin): where a number in the
  // Figures list was read. An empty rectangle clears it; turning the page clears it too.
  void setMarkedBox(const QRectF& box);
  QRectF markedBox() const { return marked_; }

 public Q_SLOTS:
  void setZoom(double zoom);
  void zoomIn();
  void zoomOut();
  void fitWidth();
  void nextPage();
  void previousPage();

 Q_SIGNALS:
  void pageChanged(int number, int count);
  void zoomChanged(double zoom);
  void pageRendered(int number);  // its image (or the reason it failed) is shown

 private:
  void render();
  void rendered(const RenderedPage& page);
  QLabel* label_;
  PageRenderer* renderer_;
  std::uint64_t pending_ = 0;  // the request whose image is awaited; 0 when none
  std::optional<pdf::PdfDocument> document_;
  std::vector<std::string> passwords_;
  QString path_;
  int page_ = 0;
  double zoom_ = 1.0;
  QStringList terms_;
  QImage image_;
  QString error_;
  int highlightCount_ = 0;
  QRectF marked_;
};

}  // namespace sbw::app
