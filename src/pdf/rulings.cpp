#include "pdf/rulings.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace sbw::pdf {
namespace {

std::uint8_t luminance(std::uint32_t argb) {
  const std::uint32_t r = (argb >> 16) & 0xff;
  const std::uint32_t g = (argb >> 8) & 0xff;
  const std::uint32_t b = argb & 0xff;
  return static_cast<std::uint8_t>((r * 77 + g * 150 + b * 29) >> 8);
}

class Gray {
 public:
  explicit Gray(const Raster& raster)
      : width(raster.width),
        height(raster.height),
        data(raster.isGrey() ? raster.grey : std::vector<std::uint8_t>(raster.pixels.size())),
        core(data.size(), 0) {
    for (size_t i = 0; i < raster.pixels.size(); ++i) data[i] = luminance(raster.pixels[i]);
  }
  int width;
  int height;
  std::vector<std::uint8_t> data;
  std::vector<std::uint8_t> core;  // 1 inside a word's core: no edges there
};

// Marks the core of each word box (its middle, where glyph bodies are): no edge is taken between
// two pixels when either lies in a core, so glyphs never read as strokes. Painting the cores over
// with a background colour instead would need that colour, and font boxes often reach past a
// shaded cell's fill, so a guess would paint holes with edges of their own into the shading.
// Ascenders and descenders stay but are far shorter than any ruling; rulings along the box's edges
// survive.
void markWords(Gray& gray, const std::vector<Word>& words, double pixelsPerPoint) {
  for (const Word& word : words) {
    if (word.box.isEmpty()) continue;
    // Font boxes run well above the capitals and below the descenders, and a shaded cell's fill
    // often ends inside them: the core is kept to the middle, rounded inwards.
    const double inset = 0.3 * word.box.height();
    const int x1 = std::max(0, static_cast<int>(std::floor(word.box.x1 * pixelsPerPoint)));
    const int x2 = std::min(gray.width - 1, static_cast<int>(std::ceil(word.box.x2 * pixelsPerPoint)));
    const int y1 = std::max(0, static_cast<int>(std::ceil((word.box.y1 + inset) * pixelsPerPoint)));
    const int y2 = std::min(gray.height - 1, static_cast<int>(std::floor((word.box.y2 - inset) * pixelsPerPoint)));
    if (x1 > x2 || y1 > y2) continue;
    for (int y = y1; y <= y2; ++y) std::fill_n(&gray.core[static_cast<size_t>(y) * gray.width + x1], x2 - x1 + 1, 1);
  }
}

// An edge is a luminance step of at least `contrast` between two adjacent pixels; runs of steps
// in the same direction along a pixel boundary are the edge of a stroke or a fill. A one-pixel
// line yields both of its edges, which merge later. Steps rather than a fixed ink level keep rules
// drawn across shaded cells, and the boundaries between two shades, visible. Outside the page
// counts as white paper. Both scans go row by row, so the image is read in memory order.

// Horizontal edges: boundaries between pixel rows y - 1 and y, runs along x.
void horizontalEdges(const Gray& gray, int contrast, int minRun, double pointsPerPixel, std::vector<Ruling>& out) {
  const int width = gray.width;
  const std::vector<std::uint8_t> paper(static_cast<size_t>(width), 255);
  const std::vector<std::uint8_t> open(static_cast<size_t>(width), 0);
  std::vector<std::uint8_t> flags(static_cast<size_t>(width) + 1, 0);  // last entry stays 0: ends every run
  for (int y = 0; y <= gray.height; ++y) {
    const size_t rowAbove = static_cast<size_t>(y - 1) * width;
    const size_t rowBelow = static_cast<size_t>(y) * width;
    const std::uint8_t* above = y > 0 ? &gray.data[rowAbove] : paper.data();
    const std::uint8_t* below = y < gray.height ? &gray.data[rowBelow] : paper.data();
    if (y > 0 && y < gray.height && std::memcmp(above, below, static_cast<size_t>(width)) == 0) continue;
    const std::uint8_t* coreAbove = y > 0 ? &gray.core[rowAbove] : open.data();
    const std::uint8_t* coreBelow = y < gray.height ? &gray.core[rowBelow] : open.data();
    for (int darker = 0; darker < 2; ++darker) {
      const std::uint8_t* light = darker == 0 ? above : below;
      const std::uint8_t* dark = darker == 0 ? below : above;
      for (int x = 0; x < width; ++x) {
        flags[static_cast<size_t>(x)] = light[x] - dark[x] >= contrast && (coreAbove[x] | coreBelow[x]) == 0 ? 1 : 0;
      }
      // Most boundaries have no edge at all: jump to the next flagged pixel.
      int x = 0;
      while (x < width) {
        const void* hit = std::memchr(&flags[static_cast<size_t>(x)], 1, static_cast<size_t>(width - x));
        if (hit == nullptr) break;
        const int start = static_cast<int>(static_cast<const std::uint8_t*>(hit) - flags.data());
        int end = start;
        while (flags[static_cast<size_t>(end)] != 0) ++end;
        if (end - start >= minRun) out.push_back({y * pointsPerPixel, start * pointsPerPixel, end * pointsPerPixel});
        x = end;
      }
    }
  }
}

// Vertical edges: boundaries between pixel columns x - 1 and x, runs along y, tracked per column
// boundary while the rows go by. A row equal to the one above changes no run (margins, fills), so
// it is skipped after one memcmp.
void verticalEdges(const Gray& gray, int contrast, int minRun, double pointsPerPixel, std::vector<Ruling>& out) {
  const int width = gray.width;
  const size_t boundaries = static_cast<size_t>(width) + 1;
  std::vector<std::uint8_t> row(boundaries + 1, 255);  // paper on both sides of the page
  // Row where the current run of each boundary began, -1 for none; one array per direction.
  std::vector<int> darkerRight(boundaries, -1);
  std::vector<int> darkerLeft(boundaries, -1);
  const auto track = [&](int& start, bool edge, size_t x, int y) {
    if (edge) {
      if (start < 0) start = y;
    } else if (start >= 0) {
      if (y - start >= minRun)
        out.push_back({static_cast<double>(x) * pointsPerPixel, start * pointsPerPixel, y * pointsPerPixel});
      start = -1;
    }
  };
  std::vector<std::uint8_t> core(boundaries + 1, 0);
  for (int y = 0; y <= gray.height; ++y) {
    const size_t offset = static_cast<size_t>(y) * width;
    const std::uint8_t* current = y < gray.height ? &gray.data[offset] : nullptr;
    if (current != nullptr && y > 0 && std::memcmp(current, current - width, static_cast<size_t>(width)) == 0 &&
        std::memcmp(&gray.core[offset], &gray.core[offset - width], static_cast<size_t>(width)) == 0) {
      continue;
    }
    if (current != nullptr) {
      std::memcpy(&row[1], current, static_cast<size_t>(width));
      std::memcpy(&core[1], &gray.core[offset], static_cast<size_t>(width));
    } else {
      std::fill(row.begin(), row.end(), 255);  // past the last row: every open run ends
      std::fill(core.begin(), core.end(), 0);
    }
    for (size_t x = 0; x < boundaries; ++x) {
      const int step = (core[x] | core[x + 1]) == 0 ? row[x] - row[x + 1] : 0;
      track(darkerRight[x], step >= contrast, x, y);
      track(darkerLeft[x], -step >= contrast, x, y);
    }
  }
}

}  // namespace

std::vector<Ruling> mergeRulings(std::vector<Ruling> rulings, double distance, double gap) {
  std::sort(rulings.begin(), rulings.end(),
            [](const Ruling& a, const Ruling& b) { return a.pos != b.pos ? a.pos < b.pos : a.from < b.from; });
  std::vector<Ruling> merged;
  std::vector<double> weight;
  for (const Ruling& ruling : rulings) {
    bool joined = false;
    // Only recent rulings can be within `distance`: the input is sorted by position.
    for (size_t i = merged.size(); i-- > 0;) {
      Ruling& m = merged[i];
      if (ruling.pos - m.pos > distance) {
        if (ruling.pos - m.pos > 4 * distance) break;
        continue;
      }
      if (ruling.from > m.to + gap || ruling.to < m.from - gap) continue;
      const double w = std::max(ruling.length(), 0.1);
      m.pos = (m.pos * weight[i] + ruling.pos * w) / (weight[i] + w);
      weight[i] += w;
      m.from = std::min(m.from, ruling.from);
      m.to = std::max(m.to, ruling.to);
      joined = true;
      break;
    }
    if (!joined) {
      merged.push_back(ruling);
      weight.push_back(std::max(ruling.length(), 0.1));
    }
  }
  // A merge can make a ruling reach a neighbour it was not compared with; one more pass settles it.
  if (merged.size() < rulings.size()) return mergeRulings(std::move(merged), distance, gap);
  return merged;
}

Rulings findRulings(const Raster& raster, const std::vector<Word>& words, const RulingOptions& options) {
  Rulings result;
  if (raster.isEmpty() || raster.dpi <= 0) return result;
  const double pixelsPerPoint = raster.dpi / 72.0;
  const double pointsPerPixel = 72.0 / raster.dpi;
  Gray gray(raster);
  markWords(gray, words, pixelsPerPoint);
  const int minRun = std::max(3, static_cast<int>(std::lround(options.minLength * pixelsPerPoint)));
  std::vector<Ruling> horizontal;
  std::vector<Ruling> vertical;
  horizontalEdges(gray, options.contrast, minRun, pointsPerPixel, horizontal);
  verticalEdges(gray, options.contrast, minRun, pointsPerPixel, vertical);
  result.horizontal = mergeRulings(std::move(horizontal), options.mergeDistance, options.mergeDistance);
  result.vertical = mergeRulings(std::move(vertical), options.mergeDistance, options.mergeDistance);
  return result;
}

}  // namespace sbw::pdf
