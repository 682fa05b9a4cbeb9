#pragma once
// The registry of areas, loaded from resources/areas.tsv (compiled in). It resolves names as printed
// ("LBHF", "Royal Borough of Kensington and Chelsea", "City of Westminster") to one area, taking the
// date into account where a name was reused by a reorganisation (Dorset before and after April 2019).

#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "core/area.h"

namespace sbw {

class AreaRegistry {
 public:
  // The registry shipped with the program.
  static const AreaRegistry& builtIn();
  // Throws std::invalid_argument naming the line for malformed data, duplicate keys or unknown members.
  static AreaRegistry fromTsv(std::string_view text);

  const std::vector<Area>& all() const { return areas_; }
  const Area* byKey(std::string_view key) const;
  // Current and former ONS codes ("E06000048" finds Northumberland).
  const Area* byCode(std::string_view code) const;

  // The area a printed name means, or nullptr. With several candidates (a name reused across a
  // reorganisation) `on` picks the one that existed that day; without a day, the current one.
  const Area* resolve(std::string_view printed, std::optional<Date> on = std::nullopt) const;
  // False when no name that resolve() knows, wrapped or not, can begin with this word: a quick
  // test before trying the words that follow it as a name.
  bool mayBeginName(std::string_view word) const;

  // Who belongs to an area: a partnership's authorities, a region's or Inner/Outer London's
  // authorities, England's regions. Authorities abolished before `on` (or, without a day, any
  // abolished authority) are left out.
  std::vector<const Area*> members(const Area& area, std::optional<Date> on = std::nullopt) const;
  // The partnerships an authority belonged to on a day (all of them without a day).
  std::vector<const Area*> partnershipsOf(const Area& authority, std::optional<Date> on = std::nullopt) const;

 private:
  std::vector<const Area*> candidates(const std::string& nameKey) const;

  std::vector<Area> areas_;
  std::vector<std::pair<std::string, size_t>> names_;  // (areaNameKey of a name or alias, index), sorted
  std::set<std::string, std::less<>> firstWords_;      // of every name key and every wrapper before a name
};

}  // namespace sbw
