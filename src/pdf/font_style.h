#pragma once
// Poppler gives font names only; weight and slant have to be read from them.

#include <string>
#include <string_view>

namespace sbw::pdf {

// "ABCDEF+Arial-BoldMT" -> "Arial-BoldMT": the subset tag differs between otherwise equal fonts.
std::string withoutSubsetTag(std::string_view fontName);
bool isBoldFontName(std::string_view fontName);
bool isItalicFontName(std::string_view fontName);

}  // namespace sbw::pdf
