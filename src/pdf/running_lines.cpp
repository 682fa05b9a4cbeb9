#include "pdf/running_lines.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "core/text.h"

namespace sbw::pdf {
namespace {

struct Candidate {
  size_t page;
  size_t line;
  LinePlace place;
  std::string key;
};

// Indices of the lines nearest one edge of the page, nearest first.
std::vector<size_t> edgeLines(const std::vector<TextLine>& lines, bool top, int count) {
  std::vector<size_t> order(lines.size());
  std::iota(order.begin(), order.end(), 0);
  const auto nearer = [&](size_t a, size_t b) {
    return top ? lines[a].box.y1 < lines[b].box.y1 : lines[a].box.y2 > lines[b].box.y2;
  };
  const size_t keep = std::min(order.size(), size_t(std::max(count, 0)));
  std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(keep), order.end(), nearer);
  order.resize(keep);
  return order;
}

}  // namespace

std::string runningLineKey(std::string_view text) {
  std::string key;
  bool inDigits = false;
  for (const char c : simplified(lowered(text))) {
    const bool digit = std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (digit && !inDigits) key.push_back('#');
    if (!digit) key.push_back(c);
    inDigits = digit;
  }
  return key;
}

std::vector<std::vector<LinePlace>> findRunningLines(const std::vector<PageLines>& pages,
                                                     const RunningLineOptions& options) {
  std::vector<std::vector<LinePlace>> places;
  places.reserve(pages.size());
  for (const PageLines& page : pages) places.emplace_back(page.lines.size(), LinePlace::Body);

  std::vector<Candidate> candidates;
  for (size_t p = 0; p < pages.size(); ++p) {
    const PageLines& page = pages[p];
    for (const bool top : {true, false}) {
      for (const size_t i : edgeLines(page.lines, top, options.linesPerEdge)) {
        const Box& box = page.lines[i].box;
        if (page.height > 0) {
          const bool inBand = top ? box.y2 <= page.height * options.band : box.y1 >= page.height * (1 - options.band);
          if (!inBand) continue;
        }
        std::string key = runningLineKey(page.lines[i].text());
        if (key.empty()) continue;
        candidates.push_back({p, i, top ? LinePlace::PageHeader : LinePlace::PageFooter, std::move(key)});
      }
    }
  }

  // Count pages, not lines: a key twice on one page is no more "running" than once.
  std::map<std::pair<LinePlace, std::string>, std::set<size_t>> pagesByKey;
  for (const Candidate& c : candidates) pagesByKey[{c.place, c.key}].insert(c.page);
  const int byShare = int(std::ceil(options.minShare * double(pages.size())));
  const size_t needed = size_t(std::max(options.minPages, std::min(byShare, options.maxNeeded)));
  for (const Candidate& c : candidates) {
    if (pagesByKey[{c.place, c.key}].size() >= needed) places[c.page][c.line] = c.place;
  }
  return places;
}

}  // namespace sbw::pdf
