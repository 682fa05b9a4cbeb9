#pragma once
// A figure exactly as an extractor read it off a page: the strings as printed, where it stands,
// and how sure the extractor is. The store resolves area, indicator, period and value from it.

#include <optional>
#include <string>
#include <string_view>

namespace sbw::extract {

// The role a figure plays where it is printed: the report's own area, or a comparison with it.
enum class Comparator { Local, England, London, InnerLondon, Region, StatisticalNeighbours, Other };
enum class ExtractionMethod { Table, Prose, Manual };

const char* comparatorName(Comparator comparator);  // "local", "england", ..., "statistical_neighbours"
std::optional<Comparator> comparatorFromName(std::string_view name);
const char* methodName(ExtractionMethod method);  // "table", "prose", "manual"
std::optional<ExtractionMethod> methodFromName(std::string_view name);

// A rectangle on the page in PDF points, origin top-left (as pdf::Word boxes).
struct Box {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};

struct PrintedFigure {
  int page = 0;           // 1-based
  std::string area;       // "LBHF", "England", "" when the figure is the document's own area
  std::string indicator;  // row or column header, or the phrase in prose
  // For prose: the few words right around the figure ("1,954 referrals to social care"), which
  // name what it counts more surely than the whole clause; matched against the dictionary first.
  std::string indicatorHint;
  std::string period;  // "2013-14", "as at July 2014", "" when none is printed
  std::string value;   // "1,954", "(72,000)", "c", "Seventy-six"
  Comparator comparator = Comparator::Local;
  ExtractionMethod method = ExtractionMethod::Table;
  double confidence = 1;  // 0..1, the extractor's own estimate
  std::optional<Box> box;
  std::string snippet;  // the text around the figure, for a reader to check it
};

}  // namespace sbw::extract
