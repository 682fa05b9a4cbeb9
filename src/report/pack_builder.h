#pragma once
// Builds a committee pack from the store and a pack definition (pack_spec.h): a title page, the
// contents, each section in order, and the notes citing the document and page of every figure; A4,
// wide tables on landscape pages, page numbers, bookmarks, the title and language set. Everything
// is read and checked before a byte is written, so a definition naming an unknown indicator, area
// or period fails whole, saying which section and what it was probably meant to be.

#include <QDate>
#include <QString>
#include <stdexcept>

#include <map>
#include <string>
#include <vector>

#include "core/date.h"
#include "report/figure_sources.h"
#include "report/indicator_figures.h"
#include "report/pack_spec.h"
#include "store/meeting.h"

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

// What the pack's sections show, read from the store: on any thread (the workbench reads it off
// the GUI thread), one reading per indicator. Throws PackError for an unknown indicator.
struct PackData {
  DocumentNames names;
  std::map<std::string, TrendFigures> trends;                     // by indicator key
  std::map<std::string, ComparisonFigures> comparisons;           // by indicator key
  std::vector<store::Action> actions;                             // when a section lists them
  std::map<size_t, std::vector<store::Observation>> figureLists;  // by section index
};
PackData readPackData(store::Database& db, const PackSpec& spec);

// Lays the pack out and writes it: on the GUI thread, with a QApplication (charts are widgets; the
// platform may be offscreen). Throws PackError for a section naming an area or period the figures
// do not have, std::runtime_error naming the file when it cannot be written.
PackSummary writePack(const PackData& data, const PackSpec& spec, const QString& outPath,
                      const PackOptions& options = {});

// Both, one after the other.
PackSummary buildPack(store::Database& db, const PackSpec& spec, const QString& outPath,
                      const PackOptions& options = {});

}  // namespace sbw::report
