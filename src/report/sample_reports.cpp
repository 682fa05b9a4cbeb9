#include "report/sample_reports.h"

#include <QDir>
#include <QTextDocument>
#include <stdexcept>

#include "report/paged_document_writer.h"

namespace sbw::report {

QStringList writeSampleDocuments(const QString& folder) {
  if (!QDir().mkpath(folder)) throw std::runtime_error("cannot create folder " + folder.toStdString());
  QStringList paths;
  for (const SampleDocument& sample : sampleCatalogue()) paths << writeSampleDocument(sample, folder).path;
  return paths;
}

WrittenSample writeSampleDocument(const SampleDocument& sample, const QString& folder) {
  QTextDocument document;
  document.setHtml(QString::fromStdString(sample.html));
  WrittenSample written;
  written.path = QDir(folder).filePath(QString::fromStdString(sample.fileName));
  PageSetup setup;
  setup.title = QString::fromStdString(sample.title);
  setup.footer = QStringLiteral("SAMPLE DATA: invented figures for demonstration");
  written.pages = writePdf(document, written.path, setup, &written.anchorPages);
  return written;
}

}  // namespace sbw::report
