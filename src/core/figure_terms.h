#pragma once
// The terms every layer uses to say what a figure is beside its value: the role it plays (the
// report's own area or a comparison), how it was read, what kind of figure it is (an outturn, a
// target, a change), how exact it is printed, and where it stands on its page.

#include <optional>
#include <string_view>

namespace sbw {

// The role a figure plays where it is printed: the report's own area, or a comparison with it.
enum class Comparator { Local, England, London, InnerLondon, Region, StatisticalNeighbours, Other };
enum class ExtractionMethod { Table, Prose, Manual };
// An outturn is what happened; a target what is aimed at ("we will ensure at least 80%"); a change
// the difference between two outturns ("a 1% increase", "(+10%)"). Only outturns are trend points.
enum class FigureKind { Outturn, Target, Change };
// "approximately 1160", "over 350", "less than 1%": the printed number with how it bounds the truth.
enum class Bound { Exact, Approximate, LowerBound, UpperBound };

const char* comparatorName(Comparator comparator);  // "local", "england", ..., "statistical_neighbours"
std::optional<Comparator> comparatorFromName(std::string_view name);
const char* methodName(ExtractionMethod method);  // "table", "prose", "manual"
std::optional<ExtractionMethod> methodFromName(std::string_view name);
const char* figureKindName(FigureKind kind);  // "outturn", "target", "change"
std::optional<FigureKind> figureKindFromName(std::string_view name);
const char* boundName(Bound bound);  // "exact", "approximate", "lower_bound", "upper_bound"
std::optional<Bound> boundFromName(std::string_view name);

// A rectangle on a page in PDF points, origin top-left (as the words' boxes).
struct PageBox {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  bool operator==(const PageBox&) const = default;
};

}  // namespace sbw
