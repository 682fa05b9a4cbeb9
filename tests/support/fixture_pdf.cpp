#include "support/fixture_pdf.h"

#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <stdexcept>

#include "report/paged_document_writer.h"

namespace sbw::test {

int writeHtmlPdf(const QString& path, const QString& html, const QString& title) {
  QTextDocument document;
  document.setHtml(html);
  report::PageSetup setup;
  setup.title = title;
  setup.footer = QStringLiteral("test fixture");
  return report::writePdf(document, path, setup);
}

void writePaintedPdf(const QString& path, int pageCount, const std::function<void(QPainter&, int)>& drawPage,
                     bool landscape) {
  QPdfWriter writer(path);
  writer.setResolution(72);  // one device unit per PDF point
  writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                   QMarginsF(0, 0, 0, 0)));
  QPainter painter;
  if (!painter.begin(&writer)) throw std::runtime_error("cannot write " + path.toStdString());
  for (int page = 0; page < pageCount; ++page) {
    if (page > 0) writer.newPage();
    painter.save();
    drawPage(painter, page);
    painter.restore();
  }
  painter.end();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
    throw std::runtime_error("cannot write " + path.toStdString());
  }
}

}  // namespace sbw::test
