#include "core/figure_terms.h"

#include <array>
#include <utility>

namespace sbw {
namespace {

template <typename E, size_t N>
const char* nameIn(const std::array<std::pair<E, const char*>, N>& names, E value) {
  for (const auto& [e, name] : names) {
    if (e == value) return name;
  }
  return names.front().second;
}

template <typename E, size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, const char*>, N>& names, std::string_view name) {
  for (const auto& [e, text] : names) {
    if (name == text) return e;
  }
  return std::nullopt;
}

constexpr std::array<std::pair<Comparator, const char*>, 7> kComparators = {{
    {Comparator::Local, "local"},
    {Comparator::England, "england"},
    {Comparator::London, "london"},
    {Comparator::InnerLondon, "inner_london"},
    {Comparator::Region, "region"},
    {Comparator::StatisticalNeighbours, "statistical_neighbours"},
    {Comparator::Other, "other"},
}};
constexpr std::array<std::pair<ExtractionMethod, const char*>, 3> kMethods = {{
    {ExtractionMethod::Table, "table"},
    {ExtractionMethod::Prose, "prose"},
    {ExtractionMethod::Manual, "manual"},
}};
constexpr std::array<std::pair<FigureKind, const char*>, 3> kKinds = {{
    {FigureKind::Outturn, "outturn"},
    {FigureKind::Target, "target"},
    {FigureKind::Change, "change"},
}};
constexpr std::array<std::pair<Bound, const char*>, 4> kBounds = {{
    {Bound::Exact, "exact"},
    {Bound::Approximate, "approximate"},
    {Bound::LowerBound, "lower_bound"},
    {Bound::UpperBound, "upper_bound"},
}};

}  // namespace

const char* comparatorName(Comparator comparator) { return nameIn(kComparators, comparator); }
std::optional<Comparator> comparatorFromName(std::string_view name) { return valueIn(kComparators, name); }
const char* methodName(ExtractionMethod method) { return nameIn(kMethods, method); }
std::optional<ExtractionMethod> methodFromName(std::string_view name) { return valueIn(kMethods, name); }
const char* figureKindName(FigureKind kind) { return nameIn(kKinds, kind); }
std::optional<FigureKind> figureKindFromName(std::string_view name) { return valueIn(kKinds, name); }
const char* boundName(Bound bound) { return nameIn(kBounds, bound); }
std::optional<Bound> boundFromName(std::string_view name) { return valueIn(kBounds, name); }

}  // namespace sbw
