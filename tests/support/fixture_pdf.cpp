#include "support/fixture_pdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>
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

void writeTwoPageReport(const QString& path, const QString& footer) {
  writePaintedPdf(path, 2, [&](QPainter& p, int page) {
    QFont font("DejaVu Sans");
    font.setPointSize(11);
    p.setFont(font);
    p.drawText(QPointF(72, 100), QString("Referrals in 2013-14: 2,342 (page %1)").arg(page + 1));
    p.drawText(QPointF(72, 140), footer);
  });
}

void writeLibreOfficePdf(const QString& path, const QString& html) {
  const QString soffice = QStandardPaths::findExecutable("soffice");
  if (soffice.isEmpty()) {
    throw std::runtime_error(
        "LibreOffice (soffice) is not installed: install libreoffice-writer-nogui (.ci/debian-packages)");
  }
  QTemporaryDir work;
  if (!work.isValid()) throw std::runtime_error("cannot make a temporary folder for LibreOffice");
  const QString source = work.filePath(QFileInfo(path).completeBaseName() + ".html");
  QFile file(source);
  if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0) {
    throw std::runtime_error("cannot write " + source.toStdString());
  }
  file.close();
  // A profile of its own: two conversions at once must not share LibreOffice's user profile.
  const QString profile = QUrl::fromLocalFile(work.filePath("profile")).toString();
  QProcess process;
  process.start(soffice, {"-env:UserInstallation=" + profile, "--headless", "--infilter=HTML (StarWriter)",
                          "--convert-to", "pdf:writer_pdf_Export", "--outdir", work.path(), source});
  if (!process.waitForFinished(120000) || process.exitCode() != 0) {
    throw std::runtime_error("LibreOffice could not convert " + source.toStdString() + ": " +
                             process.readAllStandardError().toStdString());
  }
  const QString produced = work.filePath(QFileInfo(path).completeBaseName() + ".pdf");
  QFile::remove(path);
  if (!QFile::copy(produced, path)) throw std::runtime_error("LibreOffice wrote no PDF for " + source.toStdString());
}

void writeBytes(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
    throw std::runtime_error("cannot write " + path.toStdString());
  }
}

}  // namespace sbw::test
