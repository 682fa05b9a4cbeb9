#pragma once

#include <QString>
#include <QStringList>
#include <map>

#include "report/sample_catalogue.h"

namespace sbw::report {

// Writes every sample document as a PDF into `folder` (created if needed); returns the paths.
// Needs a QGuiApplication (fonts); use the offscreen platform when there is no display.
QStringList writeSampleDocuments(const QString& folder);

struct WrittenSample {
  QString path;
  int pages = 0;
  std::map<QString, int> anchorPages;  // the page each figure's anchor is printed on (figureAnchor)
};

// Writes one sample document as a PDF into `folder` (which must exist), marked as sample data on
// every page. Throws std::runtime_error when the file cannot be written.
WrittenSample writeSampleDocument(const SampleDocument& sample, const QString& folder);

}  // namespace sbw::report
