#include "core/area_registry.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "core/resources.h"
#include "core/text.h"
#include "core/tsv.h"

namespace sbw {
namespace {

std::optional<Date> optionalDate(const TsvRow& row, std::string_view column) {
  const std::string& text = row.at(column);
  if (text.empty()) return std::nullopt;
  const auto date = Date::fromIso(text);
  if (!date) throw std::invalid_argument("line " + std::to_string(row.line) + ": bad date '" + text + "'");
  return date;
}

// Forms reports wrap names in; tried only when the printed name matches nothing as it stands, so
// "City of London" stays the City and never becomes London. Held as name keys with the space that
// joins them to the name, made once: resolve() tries them for every capitalised word of a page.
std::vector<std::string> keyed(const std::vector<std::string>& wrappers, bool before) {
  std::vector<std::string> out;
  for (const std::string& wrapper : wrappers)
    out.push_back(before ? areaNameKey(wrapper) + " " : " " + areaNameKey(wrapper));
  return out;
}
const std::vector<std::string>& prefixKeys() {
  static const std::vector<std::string> all = keyed(
      {"the ", "london borough of ", "royal borough of ", "borough of ", "city of ", "county of ", "lb ", "rb "}, true);
  return all;
}
const std::vector<std::string>& suffixKeys() {
  static const std::vector<std::string> all = keyed(
      {" metropolitan borough council", " city council", " county council", " borough council", " district council",
       " council", " lscb", " local safeguarding children board", " safeguarding children board",
       " safeguarding children partnership", " safeguarding partnership", " children's services", " area", " average"},
      false);
  return all;
}

}  // namespace

const AreaRegistry& AreaRegistry::builtIn() {
  static const AreaRegistry registry = fromTsv(resources::areasTsv());
  return registry;
}

AreaRegistry AreaRegistry::fromTsv(std::string_view text) {
  AreaRegistry registry;
  const auto rows = readTsv(text, {"key", "name", "ons_code", "kind", "region", "london", "valid_from", "valid_to",
                                   "members", "aliases", "former_codes"});
  std::set<std::string, std::less<>> keys;
  for (const auto& row : rows) {
    const std::string where = "line " + std::to_string(row.line) + ": ";
    Area area;
    area.key = row.at("key");
    area.name = row.at("name");
    area.onsCode = row.at("ons_code");
    if (area.key.empty() || area.name.empty()) throw std::invalid_argument(where + "an area needs a key and a name");
    if (!keys.insert(area.key).second) throw std::invalid_argument(where + "duplicate key " + area.key);
    const auto kind = areaKindFromName(row.at("kind"));
    if (!kind) throw std::invalid_argument(where + "unknown kind '" + row.at("kind") + "'");
    area.kind = *kind;
    area.region = row.at("region");
    const std::string& london = row.at("london");
    if (london == "inner") {
      area.london = LondonPart::Inner;
    } else if (london == "outer") {
      area.london = LondonPart::Outer;
    } else if (!london.empty()) {
      throw std::invalid_argument(where + "london must be inner, outer or empty");
    }
    area.validFrom = optionalDate(row, "valid_from");
    area.validTo = optionalDate(row, "valid_to");
    area.members = row.list("members");
    area.aliases = row.list("aliases");
    area.formerCodes = row.list("former_codes");
    registry.areas_.push_back(std::move(area));
  }
  for (size_t i = 0; i < registry.areas_.size(); ++i) {
    const Area& area = registry.areas_[i];
    for (const auto& member : area.members) {
      if (!keys.contains(member)) throw std::invalid_argument(area.key + ": unknown member " + member);
    }
    std::set<std::string> names = {areaNameKey(area.name)};
    for (const auto& alias : area.aliases) names.insert(areaNameKey(alias));
    if (!area.onsCode.empty()) names.insert(areaNameKey(area.onsCode));
    for (const auto& code : area.formerCodes) names.insert(areaNameKey(code));
    for (const auto& name : names) registry.names_.emplace_back(name, i);
  }
  std::sort(registry.names_.begin(), registry.names_.end());
  const auto firstWord = [](std::string_view key) { return std::string(key.substr(0, key.find(' '))); };
  for (const auto& [key, index] : registry.names_) registry.firstWords_.insert(firstWord(key));
  for (const std::string& prefix : prefixKeys()) registry.firstWords_.insert(firstWord(prefix));
  return registry;
}

bool AreaRegistry::mayBeginName(std::string_view word) const {
  const std::string key = areaNameKey(word);
  // A word with no letters or digits of its own ("–") leaves the name to begin with the next.
  if (key.empty()) return true;
  return firstWords_.find(std::string_view(key).substr(0, key.find(' '))) != firstWords_.end();
}

const Area* AreaRegistry::byKey(std::string_view key) const {
  for (const auto& area : areas_) {
    if (area.key == key) return &area;
  }
  return nullptr;
}

const Area* AreaRegistry::byCode(std::string_view code) const {
  for (const auto& area : areas_) {
    if (!area.onsCode.empty() && area.onsCode == code) return &area;
    if (std::find(area.formerCodes.begin(), area.formerCodes.end(), code) != area.formerCodes.end()) return &area;
  }
  return nullptr;
}

std::vector<const Area*> AreaRegistry::candidates(const std::string& nameKey) const {
  std::vector<const Area*> out;
  auto it = std::lower_bound(names_.begin(), names_.end(), std::make_pair(nameKey, size_t{0}));
  for (; it != names_.end() && it->first == nameKey; ++it) out.push_back(&areas_[it->second]);
  return out;
}

const Area* AreaRegistry::resolve(std::string_view printed, std::optional<Date> on) const {
  const std::string key = areaNameKey(printed);
  if (key.empty()) return nullptr;
  std::vector<const Area*> found = candidates(key);
  if (found.empty()) {
    // Strip one wrapper at a time, prefixes before suffixes: "London Borough of Tower Hamlets Council".
    std::string stripped = key;
    for (int round = 0; round < 3 && found.empty(); ++round) {
      bool changed = false;
      for (const std::string& p : prefixKeys()) {
        if (startsWith(stripped, p) && stripped.size() > p.size()) {
          stripped = stripped.substr(p.size());
          changed = true;
          break;
        }
      }
      if (!changed) {
        for (const std::string& s : suffixKeys()) {
          if (endsWith(stripped, s) && stripped.size() > s.size()) {
            stripped = stripped.substr(0, stripped.size() - s.size());
            changed = true;
            break;
          }
        }
      }
      if (!changed) break;
      found = candidates(stripped);
    }
  }
  if (found.empty()) return nullptr;
  if (found.size() == 1) return found.front();
  if (on) {
    for (const Area* area : found) {
      if (area->existedOn(*on)) return area;
    }
  }
  // No day, or none existed then: prefer the area that still exists, then the most recently ended.
  std::sort(found.begin(), found.end(), [](const Area* a, const Area* b) {
    if (!a->validTo || !b->validTo) return !a->validTo && b->validTo;
    return *a->validTo > *b->validTo;
  });
  return found.front();
}

std::vector<const Area*> AreaRegistry::members(const Area& area, std::optional<Date> on) const {
  std::vector<const Area*> out;
  const auto current = [&](const Area& a) { return on ? a.existedOn(*on) : !a.validTo.has_value(); };
  for (const auto& candidate : areas_) {
    bool belongs = false;
    switch (area.kind) {
      case AreaKind::Partnership:
        belongs = std::find(area.members.begin(), area.members.end(), candidate.key) != area.members.end();
        break;
      case AreaKind::Country: belongs = candidate.kind == AreaKind::Region; break;
      case AreaKind::Region:
        belongs = candidate.kind == AreaKind::LocalAuthority && candidate.region == area.name && current(candidate);
        break;
      case AreaKind::SubRegion:
        belongs = candidate.kind == AreaKind::LocalAuthority && current(candidate) &&
                  ((area.name == "Inner London" && candidate.london == LondonPart::Inner) ||
                   (area.name == "Outer London" && candidate.london == LondonPart::Outer));
        break;
      case AreaKind::LocalAuthority: break;
    }
    if (belongs) out.push_back(&candidate);
  }
  return out;
}

std::vector<const Area*> AreaRegistry::partnershipsOf(const Area& authority, std::optional<Date> on) const {
  std::vector<const Area*> out;
  for (const auto& area : areas_) {
    if (area.kind != AreaKind::Partnership) continue;
    if (on && !area.existedOn(*on)) continue;
    if (std::find(area.members.begin(), area.members.end(), authority.key) != area.members.end()) {
      out.push_back(&area);
    }
  }
  return out;
}

}  // namespace sbw
