#pragma once

#include <string>

#include "pdf/geometry.h"

namespace sbw::pdf {

// One word as poppler reports it, with the font it was set in.
struct Word {
  std::string text;  // UTF-8
  Box box;
  std::string fontName;  // without the subset prefix ("ABCDEF+")
  double fontSize = 0;
  bool bold = false;
  bool italic = false;
  bool spaceAfter = false;  // poppler saw a space between this word and the next
  // poppler read this word and the next as one, set against each other in two fonts
  // ("Referrals1200"): split at the change of font, they are two cells rather than a phrase.
  bool fontChangeAfter = false;
};

}  // namespace sbw::pdf
