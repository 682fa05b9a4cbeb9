#pragma once
// Colours that carry meaning in trackers: a cell filled red, amber or green, and the key that
// says what each colour stands for ("Outstanding", "In progress", "Complete" printed on their
// colours). poppler-cpp reports no fills with the words, so the page is rendered in colour and
// sampled (DocumentView::fill).

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "core/action_status.h"
#include "pdf/geometry.h"
#include "pdf/raster.h"

namespace sbw::extract {

struct DocumentView;

struct Rgb {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  bool operator==(const Rgb&) const = default;
};

struct FillOptions {
  double share = 0.3;      // a colour must fill this share of the region's pixels
  int minSaturation = 60;  // max - min channel: less is white paper, grey or black print
  int sameColour = 60;     // channels this close (summed) are one colour
};

// The colour that fills most of `box` (PDF points, top-left origin) on a colour raster of the
// page; nullopt when paper, print or greys fill it.
std::optional<Rgb> fillIn(const pdf::Raster& raster, const pdf::Box& box, const FillOptions& options = {});

// Red, amber or green by hue; nullopt for other colours (the pale blue of a header row).
std::optional<Rag> ragOfColour(const Rgb& colour);

// What the colours of a tracker mean, read from its key.
struct ColourKey {
  std::vector<std::pair<Rgb, ActionStatus>> entries;
  std::optional<ActionStatus> statusOf(const Rgb& colour, const FillOptions& options = {}) const;
};

// The key printed above position `y` on `page` (and its previous page): short lines that are a
// status ("Outstanding", "In progress", "Complete", "Not started") set on a colour.
ColourKey keyAbove(const DocumentView& document, int page, double y, int maxLines = 30);

}  // namespace sbw::extract
