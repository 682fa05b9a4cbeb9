#include "report/paged_document_writer.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <stdexcept>

namespace sbw::report {
namespace {

// The page of each named anchor, from the document's layout on the writer.
std::map<QString, int> anchorPages(const QTextDocument& document) {
  std::map<QString, int> pages;
  const double pageHeight = document.pageSize().height();
  if (pageHeight <= 0) return pages;
  const QAbstractTextDocumentLayout* layout = document.documentLayout();
  for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
    // In document coordinates, table cells included; lines pushed past a page break are placed.
    const QRectF blockBox = layout->blockBoundingRect(block);
    for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
      const QStringList names = fragment.fragment().charFormat().anchorNames();
      if (names.isEmpty()) continue;
      const QTextLine line = block.layout()->lineForTextPosition(fragment.fragment().position() - block.position());
      if (!line.isValid()) continue;
      const double middle = blockBox.top() + line.y() + line.height() / 2;
      for (const QString& name : names) pages[name] = static_cast<int>(middle / pageHeight) + 1;
    }
  }
  return pages;
}

}  // namespace

int writePdf(QTextDocument& document, const QString& path, const PageSetup& setup, std::map<QString, int>* anchors) {
  QPdfWriter writer(path);
  writer.setResolution(300);
  writer.setTitle(setup.title);
  writer.setCreator(QStringLiteral("Safeguarding Board Workbench"));
  writer.setPageLayout(
      QPageLayout(QPageSize(QPageSize::A4), setup.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                  QMarginsF(setup.marginMm, setup.marginMm, setup.marginMm, setup.marginMm), QPageLayout::Millimeter));
  QPainter painter;
  if (!painter.begin(&writer)) throw std::runtime_error("cannot write PDF " + path.toStdString());

  // Lay the text out in the device's own units so that point sizes come out as points.
  document.documentLayout()->setPaintDevice(&writer);
  const double footerHeight = writer.logicalDpiY() * 0.4;
  const QSizeF body(writer.width(), writer.height() - footerHeight);
  document.setPageSize(body);
  const int pages = document.pageCount();

  QFont footerFont(QStringLiteral("DejaVu Sans"));
  footerFont.setPointSizeF(8);
  for (int page = 0; page < pages; ++page) {
    if (page > 0) writer.newPage();
    painter.save();
    painter.translate(0, -page * body.height());
    const QRectF visible(0, page * body.height(), body.width(), body.height());
    painter.setClipRect(visible);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = visible;
    document.documentLayout()->draw(&painter, context);
    painter.restore();

    painter.setFont(footerFont);
    painter.setPen(Qt::darkGray);
    const QString footer = QStringLiteral("%1    page %2 of %3").arg(setup.footer).arg(page + 1).arg(pages);
    painter.drawText(QRectF(0, body.height(), body.width(), footerHeight), Qt::AlignBottom | Qt::AlignHCenter, footer);
  }
  painter.end();
  if (anchors != nullptr) *anchors = anchorPages(document);
  return pages;
}

}  // namespace sbw::report
