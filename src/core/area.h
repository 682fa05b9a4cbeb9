#pragma once
// A place figures are reported for: England, a region, Inner or Outer London, a local authority with
// children's services, or a safeguarding partnership of several authorities.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace sbw {

enum class AreaKind { Country, Region, SubRegion, LocalAuthority, Partnership };
enum class LondonPart { None, Inner, Outer };

struct Area {
  std::string key;      // the ONS code where there is one, else a slug ("tri-borough")
  std::string name;     // canonical: "Hammersmith and Fulham", "England", "Tri-borough"
  std::string onsCode;  // "" for partnerships
  AreaKind kind = AreaKind::LocalAuthority;
  std::string region;  // region name for authorities and London's sub-regions
  LondonPart london = LondonPart::None;
  std::optional<Date> validFrom;         // set for authorities created by a reorganisation
  std::optional<Date> validTo;           // set for authorities abolished by one, and ended partnerships
  std::vector<std::string> members;      // keys of a partnership's authorities
  std::vector<std::string> aliases;      // as printed in reports: "LBHF", "H&F", "WCC"
  std::vector<std::string> formerCodes;  // codes retired by boundary changes (Northumberland, Gateshead)

  bool existedOn(const Date& day) const;
};

const char* areaKindName(AreaKind kind);  // "country", "region", "sub_region", "local_authority", "partnership"
std::optional<AreaKind> areaKindFromName(std::string_view name);

// The form names are compared in: lower case, '&' read as "and", punctuation and hyphens as spaces.
// "Hammersmith & Fulham" and "hammersmith and fulham" and "Hammersmith-and-Fulham" compare equal.
std::string areaNameKey(std::string_view name);

}  // namespace sbw
