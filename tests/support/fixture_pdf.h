#pragma once
// Fixture PDFs written by the tests themselves, with Qt's PDF writer.

#include <QString>
#include <functional>

class QPainter;
class QPdfWriter;

namespace sbw::test {

// Typesets HTML on A4 (via the same writer the sample reports use); returns the page count.
int writeHtmlPdf(const QString& path, const QString& html, const QString& title = {});

// Draws pages directly: `drawPage(painter, pageIndex)` paints page N in PDF points (72 per
// inch, origin top-left) on an A4 page, or landscape A4 when `landscape`.
void writePaintedPdf(const QString& path, int pageCount, const std::function<void(QPainter&, int)>& drawPage,
                     bool landscape = false);

// A two-page report with one figure on each page ("Referrals in 2013-14: 2,342") and `footer`
// below it: a changed footer makes another version of the same report, with the same figures.
void writeTwoPageReport(const QString& path, const QString& footer);

// Typesets HTML with LibreOffice Writer (soffice --headless, Debian's libreoffice-writer-nogui),
// the producer most council papers come from: a second PDF producer beside Qt's. Throws
// std::runtime_error naming the reason when LibreOffice is missing or the conversion fails, so a
// machine without it fails the test instead of passing it silently.
void writeLibreOfficePdf(const QString& path, const QString& html);

// Writes raw bytes (for truncated, empty and non-PDF files).
void writeBytes(const QString& path, const QByteArray& bytes);

}  // namespace sbw::test
