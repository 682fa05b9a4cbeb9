#pragma once
// Builds a committee pack from the store and a pack definition (pack_spec.h): a title page, the
// contents, each section in order, and the notes citing the document and page of every figure; A4,
// wide tables on landscape pages, page numbers, bookmarks, the title and language set. Everything
// is read and checked before a byte is written, so a definition naming an unknown indicator, area
// or period fails whole, saying which section and what it was probably meant to be.

#include <QDate>
#include <QString>
#include <stdexcept>

#include "core/date.h"
#include "report/pack_spec.h"

namespace sbw::store {
class Database;
}

namespace sbw::report {

struct PackOptions {
  QDate producedOn = QDate::currentDate();  // printed on the title page
  std::optional<Date> asOf;                 // "overdue" is counted from this day; today when not given
};

struct PackSummary {
  int pages = 0;
  int sections = 0;
  int citations = 0;  // notes, one per document page cited
  int figures = 0;    // figures drawn or tabled
};

// A section that cannot be built as defined; the message names it ("sections[1].chart: ...").
class PackError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws PackError for a section, std::runtime_error naming the file when it cannot be written.
// Needs a QApplication (charts are widgets); the platform may be offscreen.
PackSummary buildPack(store::Database& db, const PackSpec& spec, const QString& outPath,
                      const PackOptions& options = {});

}  // namespace sbw::report
