#pragma once
// What Qt's PDF writer leaves out and a reader of an accessible paper needs: bookmarks for the
// sections, the document's language, and the title shown instead of the file name. Added to the
// file Qt wrote as an incremental update (new objects, a new catalogue, a new cross-reference
// section after the old), so nothing Qt wrote is rewritten.

#include <QByteArray>
#include <QString>
#include <vector>

namespace sbw::report {

struct OutlineEntry {
  QString title;
  int level = 1;  // 1: top level; 2: under the last level-1 entry
  int page = 0;   // 0-based
  double y = 0;   // from the page's top, in points
};

struct DocumentExtras {
  std::vector<OutlineEntry> outline;
  QString language;                 // BCP 47, "en-GB"
  std::vector<double> pageHeights;  // in points, for turning y into PDF space
};

// Returns the PDF with the extras added; throws std::runtime_error when `pdf` is not laid out as
// Qt writes it (a classic cross-reference table, a trailer naming the catalogue).
QByteArray withDocumentExtras(const QByteArray& pdf, const DocumentExtras& extras);

}  // namespace sbw::report
