#pragma once
// What a mistyped name was probably meant to be: areas, indicators, periods typed by a reader, a
// script or a pack definition are matched as written, and when nothing matches, the error names the
// nearest known ones.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/area.h"
#include "core/date.h"

namespace sbw {

// Edit distance between two short strings.
size_t editDistance(std::string_view a, std::string_view b);

// The (up to) `count` names closest to what was typed, closest first, joined with ", ".
std::string nearestNames(std::vector<std::pair<size_t, std::string>> scored, size_t count = 3);

// The names among `known` nearest to `typed`, compared in lower case without punctuation.
std::string nearestOf(std::string_view typed, const std::vector<std::string>& known, size_t count = 3);

// An area by ONS code, registry key or name as printed; `on` picks between areas that shared a name
// across a reorganisation. Throws std::invalid_argument naming the nearest known areas.
const Area& areaOfTyping(const std::string& typed, const std::optional<Date>& on = std::nullopt);

// The dictionary key typed, as a key ("re_referrals", "re referrals") or the short label. Throws
// std::invalid_argument naming the nearest keys.
std::string indicatorKeyOfTyping(const std::string& typed);

}  // namespace sbw
