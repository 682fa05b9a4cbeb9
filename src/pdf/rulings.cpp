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
  explicit Gray(const Raster& raster) : width(raster.width), height(raster.height), data(raster.pixels.size()) {
    for (size_t i = 0; i < raster.pixels.size(); ++i) data[i] = luminance(raster.pixels[i]);
  }
  std::uint8_t at(int x, int y) const { return data[static_cast<size_t>(y) * width + x]; }
  std::uint8_t& at(int x, int y) { return data[static_cast<size_t>(y) * width + x]; }
  bool inside(int x, int y) const { return x >= 0 && y >= 0 && x < width && y < height; }
  int width;
  int height;
  std::vector<std::uint8_t> data;
};

// Paints the core of each word box (its middle, where glyph bodies are) with the colour behind the
// word: white on plain paper, the fill colour inside a shaded cell. That colour is read just above
// and below the painted core, still inside the word's box and so inside its cell, and the lightest
// sample wins over the odd ascender or descender. Sampling beside the box, or at its outer edges
// (font boxes often reach past a cell's fill), would fetch white paper and paint white holes, with
// edges of their own, into a shaded cell.
// Ascenders and descenders stay but are far shorter than any ruling; rulings along the box's edges
// survive.
void blankWords(Gray& gray, const std::vector<Word>& words, double pixelsPerPoint) {
  for (const Word& word : words) {
    if (word.box.isEmpty()) continue;
    const double inset = 0.2 * word.box.height();
    const int x1 = std::max(0, static_cast<int>(std::floor(word.box.x1 * pixelsPerPoint)));
    const int x2 = std::min(gray.width - 1, static_cast<int>(std::ceil(word.box.x2 * pixelsPerPoint)));
    const int y1 = std::max(0, static_cast<int>(std::floor((word.box.y1 + inset) * pixelsPerPoint)));
    const int y2 = std::min(gray.height - 1, static_cast<int>(std::ceil((word.box.y2 - inset) * pixelsPerPoint)));
    if (x1 > x2 || y1 > y2) continue;
    const int top = y1 - 1;
    const int bottom = y2 + 1;
    std::uint8_t background = 0;
    for (int k = 0; k <= 4; ++k) {
      const int sx = x1 + (x2 - x1) * k / 4;
      for (const int sy : {top, bottom}) {
        if (gray.inside(sx, sy)) background = std::max(background, gray.at(sx, sy));
      }
    }
    if (background == 0) background = 255;
    for (int y = y1; y <= y2; ++y)
      std::fill_n(&gray.data[static_cast<size_t>(y) * gray.width + x1], x2 - x1 + 1, background);
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
  std::vector<std::uint8_t> flags(static_cast<size_t>(width) + 1, 0);  // last entry stays 0: ends every run
  for (int y = 0; y <= gray.height; ++y) {
    const std::uint8_t* above = y > 0 ? &gray.data[static_cast<size_t>(y - 1) * width] : paper.data();
    const std::uint8_t* below = y < gray.height ? &gray.data[static_cast<size_t>(y) * width] : paper.data();
    if (y > 0 && y < gray.height && std::memcmp(above, below, static_cast<size_t>(width)) == 0) continue;
    for (int darker = 0; darker < 2; ++darker) {
      const std::uint8_t* light = darker == 0 ? above : below;
      const std::uint8_t* dark = darker == 0 ? below : above;
      for (int x = 0; x < width; ++x) flags[static_cast<size_t>(x)] = light[x] - dark[x] >= contrast ? 1 : 0;
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
  for (int y = 0; y <= gray.height; ++y) {
    const std::uint8_t* current = y < gray.height ? &gray.data[static_cast<size_t>(y) * width] : nullptr;
    if (current != nullptr && y > 0 && std::memcmp(current, current - width, static_cast<size_t>(width)) == 0) continue;
    if (current != nullptr) {
      std::memcpy(&row[1], current, static_cast<size_t>(width));
    } else {
      std::fill(row.begin(), row.end(), 255);  // past the last row: every open run ends
    }
    for (size_t x = 0; x < boundaries; ++x) {
      const int step = row[x] - row[x + 1];
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
  blankWords(gray, words, pixelsPerPoint);
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
