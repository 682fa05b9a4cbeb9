#include "extract/printed_figure.h"

#include <array>
#include <utility>

namespace sbw::extract {
namespace {

constexpr std::array<std::pair<Comparator, const char*>, 7> kComparators = {{
    {Comparator::Local, "local"},
    {Comparator::England, "england"},
    {Comparator::London, "london"},
    {Comparator::InnerLondon, "inner_london"},
    {Comparator::Region, "region"},
    {Comparator::StatisticalNeighbours, "statistical_neighbours"},
    {Comparator::Other, "other"},
}};

}  // namespace

const char* comparatorName(Comparator comparator) {
  for (const auto& [c, name] : kComparators) {
    if (c == comparator) return name;
  }
  return "local";
}

std::optional<Comparator> comparatorFromName(std::string_view name) {
  for (const auto& [c, text] : kComparators) {
    if (name == text) return c;
  }
  return std::nullopt;
}

const char* methodName(ExtractionMethod method) {
  switch (method) {
    case ExtractionMethod::Table: return "table";
    case ExtractionMethod::Prose: return "prose";
    case ExtractionMethod::Manual: return "manual";
  }
  return "table";
}

std::optional<ExtractionMethod> methodFromName(std::string_view name) {
  if (name == "table") return ExtractionMethod::Table;
  if (name == "prose") return ExtractionMethod::Prose;
  if (name == "manual") return ExtractionMethod::Manual;
  return std::nullopt;
}

}  // namespace sbw::extract
