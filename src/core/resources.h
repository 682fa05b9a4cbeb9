#pragma once
// Reference data compiled in from resources/ (see src/core/CMakeLists.txt).

#include <string_view>

namespace sbw::resources {

std::string_view areasTsv();            // resources/areas.tsv
std::string_view indicatorsTsv();       // resources/indicators.tsv
std::string_view topicsTsv();           // resources/topics.tsv
std::string_view indicatorThemesTsv();  // resources/indicator_themes.tsv

}  // namespace sbw::resources
