#include "pdf/font_style.h"

#include "core/text.h"

namespace sbw::pdf {

std::string withoutSubsetTag(std::string_view fontName) {
  if (fontName.size() > 7 && fontName[6] == '+') {
    bool tag = true;
    for (size_t i = 0; i < 6; ++i) tag = tag && fontName[i] >= 'A' && fontName[i] <= 'Z';
    if (tag) return std::string(fontName.substr(7));
  }
  return std::string(fontName);
}

bool isBoldFontName(std::string_view fontName) {
  const std::string name = lowered(fontName);
  for (const char* marker : {"bold", "black", "heavy", "semibold", "demi", ",bd", "-bd"}) {
    if (name.find(marker) != std::string::npos) return true;
  }
  return false;
}

bool isItalicFontName(std::string_view fontName) {
  const std::string name = lowered(fontName);
  return name.find("italic") != std::string::npos || name.find("oblique") != std::string::npos ||
         name.find(",it") != std::string::npos;
}

}  // namespace sbw::pdf
