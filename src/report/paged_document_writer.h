#pragma once
// Lays a rich-text document out on A4 pages and writes it as a PDF, with a footer line on
// every page. Qt's own QTextDocument::print cannot add a footer of our choosing.

#include <QString>
#include <map>

class QTextDocument;

namespace sbw::report {

struct PageSetup {
  bool landscape = false;
  double marginMm = 20;
  QString footer;  // printed at the foot of every page, followed by "page N of M"
  QString title;   // the PDF's Title entry
};

// Returns the number of pages written; throws std::runtime_error when the file cannot be written.
// With `anchorPages`, fills in the 1-based page on which each named anchor (<a name="...">) of the
// document is printed, read from the layout made for the PDF while its writer is still there.
int writePdf(QTextDocument& document, const QString& path, const PageSetup& setup,
             std::map<QString, int>* anchorPages = nullptr);

}  // namespace sbw::report
