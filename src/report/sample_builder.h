#pragma once
// Builds a sample document's HTML and its list of known figures together, so the two never
// disagree: every number written into a table or sentence is recorded as it is written.

#include <string>
#include <vector>

#include "report/sample_catalogue.h"

namespace sbw::report {

struct IndicatorRow {
  std::string label;
  std::string unit;
  std::vector<std::string> printed;  // one per column; "-" for no figure
  std::string key;                   // the dictionary key the row means
};

struct IndicatorColumn {
  std::string header;  // as printed
  std::string area;
  std::string period;
};

// How a document is set: councils' papers differ in typeface, size and whether tables are ruled.
struct SampleStyle {
  std::string font = "DejaVu Sans";
  int pointSize = 10;
  bool ruledTables = true;  // the key indicator tables drawn with cell borders, or open
};

class SampleBuilder {
 public:
  SampleBuilder(std::string fileName, std::string title, std::string area, const SampleStyle& style = {});

  void banner();  // the SAMPLE DATA notice
  void heading(const std::string& text, int level = 1);
  void paragraph(const std::string& html);
  // A sentence with one figure; `before` and `after` surround the printed value.
  void proseFigure(const std::string& before, const std::string& printed, const std::string& after,
                   const std::string& indicator, const std::string& period, const std::string& unit,
                   const std::string& key);
  void indicatorTable(const std::string& caption, const std::string& corner,
                      const std::vector<IndicatorColumn>& columns, const std::vector<IndicatorRow>& rows, bool ruled);
  void budgetTable(const std::string& caption, const std::string& period,
                   const std::vector<std::pair<std::string, std::string>>& contributions,
                   const std::vector<std::string>& shares);
  void actionTracker(const std::string& caption, const std::vector<SampleAction>& actions);
  void pageBreak();

  SampleDocument take();

 private:
  // The printed value, marked with the anchor of the figure about to be recorded.
  std::string anchored(const std::string& printed) const;
  void record(const std::string& area, const std::string& indicator, const std::string& period,
              const std::string& printed, const std::string& unit, const std::string& kind, const std::string& key);
  SampleDocument document_;
};

// The anchor name the HTML gives the figure at `index` of a document's figures ("figure-12"), so
// that its page can be found once the document is laid out (anchorPages, paged_document_writer.h).
std::string figureAnchor(size_t index);

// The number a printed figure stands for: "2,134" -> 2134, "18.2%" -> 18.2, "£145,000" -> 145000.
double printedNumber(const std::string& printed);

}  // namespace sbw::report
