#include "extract/fill_colours.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/text.h"
#include "extract/document_view.h"

namespace sbw::extract {
namespace {

Rgb channels(std::uint32_t argb) {
  return {static_cast<std::uint8_t>((argb >> 16) & 0xFF), static_cast<std::uint8_t>((argb >> 8) & 0xFF),
          static_cast<std::uint8_t>(argb & 0xFF)};
}

int saturation(const Rgb& c) { return std::max({c.r, c.g, c.b}) - std::min({c.r, c.g, c.b}); }

int distance(const Rgb& a, const Rgb& b) { return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b); }

double hue(const Rgb& c) {
  const double r = c.r / 255.0, g = c.g / 255.0, b = c.b / 255.0;
  const double hi = std::max({r, g, b}), lo = std::min({r, g, b});
  if (hi - lo < 1e-9) return 0;
  double h = 0;
  if (hi == r) {
    h = std::fmod((g - b) / (hi - lo), 6.0);
  } else if (hi == g) {
    h = (b - r) / (hi - lo) + 2;
  } else {
    h = (r - g) / (hi - lo) + 4;
  }
  h *= 60;
  return h < 0 ? h + 360 : h;
}

}  // namespace

std::optional<Rgb> fillIn(const pdf::Raster& raster, const pdf::Box& box, const FillOptions& options) {
  if (raster.pixels.empty() || raster.dpi <= 0) return std::nullopt;
  const double scale = raster.dpi / 72.0;
  const int x1 = std::clamp(static_cast<int>(std::ceil(box.x1 * scale)) + 1, 0, raster.width);
  const int x2 = std::clamp(static_cast<int>(std::floor(box.x2 * scale)) - 1, 0, raster.width);
  const int y1 = std::clamp(static_cast<int>(std::ceil(box.y1 * scale)) + 1, 0, raster.height);
  const int y2 = std::clamp(static_cast<int>(std::floor(box.y2 * scale)) - 1, 0, raster.height);
  if (x2 <= x1 || y2 <= y1) return std::nullopt;
  // Colours counted in coarse bins, so that anti-aliased edges fall in with their fill.
  std::map<int, std::pair<int, Rgb>> bins;
  const int total = (x2 - x1) * (y2 - y1);
  for (int y = y1; y < y2; ++y) {
    for (int x = x1; x < x2; ++x) {
      const Rgb c = channels(raster.at(x, y));
      if (saturation(c) < options.minSaturation) continue;
      auto& bin = bins[(c.r >> 5) << 6 | (c.g >> 5) << 3 | (c.b >> 5)];
      ++bin.first;
      bin.second = c;
    }
  }
  const auto best = std::max_element(bins.begin(), bins.end(),
                                     [](const auto& a, const auto& b) { return a.second.first < b.second.first; });
  if (best == bins.end() || best->second.first < options.share * total) return std::nullopt;
  return best->second.second;
}

std::optional<Rag> ragOfColour(const Rgb& colour) {
  if (saturation(colour) < 60) return std::nullopt;
  const double h = hue(colour);
  if (h < 15 || h >= 340) return Rag::Red;
  if (h >= 25 && h < 60) return Rag::Amber;
  if (h >= 80 && h < 170) return Rag::Green;
  return std::nullopt;
}

std::optional<ActionStatus> ColourKey::statusOf(const Rgb& colour, const FillOptions& options) const {
  for (const auto& [key, status] : entries) {
    if (distance(key, colour) <= options.sameColour) return status;
  }
  return std::nullopt;
}

ColourKey keyAbove(const DocumentView& document, int page, double y, int maxLines) {
  ColourKey key;
  if (!document.fill) return key;
  int seen = 0;
  for (int p = page; p >= 1 && p >= page - 1 && seen < maxLines; --p) {
    const PageView& view = document.page(p);
    std::vector<const pdf::TextLine*> lines;
    for (const pdf::TextBlock& block : view.layout.blocks) {
      for (const pdf::TextLine& line : block.lines) {
        if (p < page || line.box.y2 <= y) lines.push_back(&line);
      }
    }
    std::sort(lines.begin(), lines.end(), [](const auto* a, const auto* b) { return a->box.y1 > b->box.y1; });
    for (const pdf::TextLine* line : lines) {
      if (++seen > maxLines) break;
      if (line->words.size() > 4) continue;
      const auto status = parseActionStatus(line->text());
      if (!status) continue;
      // The colour is the line's own fill, or a swatch printed beside it.
      const double em = line->words.front().fontSize;
      const pdf::Box swatch{line->box.x1 - 2.5 * em, line->box.y1, line->box.x1 - 0.2 * em, line->box.y2};
      auto colour = document.fill(p, line->box);
      if (!colour) colour = document.fill(p, swatch);
      if (colour) key.entries.emplace_back(*colour, *status);
    }
  }
  return key;
}

}  // namespace sbw::extract
