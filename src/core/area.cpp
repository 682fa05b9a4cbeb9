#include "core/area.h"

#include <array>
#include <cctype>
#include <utility>

#include "core/text.h"

namespace sbw {
namespace {

constexpr std::array<std::pair<AreaKind, const char*>, 5> kKindNames = {{{AreaKind::Country, "country"},
                                                                         {AreaKind::Region, "region"},
                                                                         {AreaKind::SubRegion, "sub_region"},
                                                                         {AreaKind::LocalAuthority, "local_authority"},
                                                                         {AreaKind::Partnership, "partnership"}}};

}  // namespace

bool Area::existedOn(const Date& day) const {
  return (!validFrom || day >= *validFrom) && (!validTo || day <= *validTo);
}

const char* areaKindName(AreaKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "local_authority";
}

std::optional<AreaKind> areaKindFromName(std::string_view name) {
  for (const auto& [k, text] : kKindNames) {
    if (name == text) return k;
  }
  return std::nullopt;
}

std::string areaNameKey(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c == '&') {
      out += " and ";
    } else if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (c == '\'' || c == '.') {
      // "St. Helens" is "st helens"; "Children's" keeps its s attached
    } else if (c >= 0x80) {
      // Curly apostrophes (E2 80 99) vanish like straight ones; other UTF-8 bytes are kept.
      if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
          static_cast<unsigned char>(name[i + 2]) == 0x99) {
        i += 2;
      } else {
        out += static_cast<char>(c);
      }
    } else {
      out += ' ';
    }
  }
  return simplified(out);
}

}  // namespace sbw
