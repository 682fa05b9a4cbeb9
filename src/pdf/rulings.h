#pragma once
// Ruling lines and filled cell backgrounds found in a rendered page. poppler-cpp exposes no
// vector paths, so table graphics are recovered from the raster: long thin strokes become
// rulings, the edges of filled areas (shaded header cells, banded rows) become rulings too.

#include <vector>

#include "pdf/geometry.h"
#include "pdf/raster.h"
#include "pdf/word.h"

namespace sbw::pdf {

// A straight stroke in page points (top-left origin). For a horizontal ruling `pos` is its y and
// [from, to] its x extent; for a vertical ruling `pos` is its x and [from, to] its y extent.
struct Ruling {
  double pos = 0;
  double from = 0;
  double to = 0;
  double length() const { return to - from; }
};

struct Rulings {
  std::vector<Ruling> horizontal;  // sorted by pos, then from
  std::vector<Ruling> vertical;
  bool empty() const { return horizontal.empty() && vertical.empty(); }
};

struct RulingOptions {
  double minLength = 9;      // points: shorter strokes are glyph parts, bullets, dashes
  double mergeDistance = 3;  // points: strokes this close and parallel are one ruling
  int contrast = 24;         // luminance step (0..255) between neighbouring pixels that makes an edge
};

// The raster must show the page as displayed (after /Rotate, cropped), as PdfDocument::render
// gives it; its dpi maps pixels to points. The cores of word boxes are left out of the scan so
// that glyphs never read as strokes.
Rulings findRulings(const Raster& raster, const std::vector<Word>& words, const RulingOptions& options = {});

// Joins collinear pieces (dashes, strokes broken by crossing text) into single rulings.
std::vector<Ruling> mergeRulings(std::vector<Ruling> rulings, double distance, double gap);

}  // namespace sbw::pdf
