#include "pdf/layout.h"

#include <algorithm>

namespace sbw::pdf {
namespace {

bool sameRow(const Box& a, const Box& b) {
  const double smaller = std::min(a.height(), b.height());
  return smaller > 0 && a.verticalOverlap(b) >= 0.5 * smaller;
}

// Running lines leave the XY-cut: a header sits above everything, a footer below, wherever
// the body's columns are. Each keeps its own top-to-bottom, left-to-right order.
std::vector<PlacedLine> runningBlockLines(const std::vector<TextLine>& lines, const std::vector<LinePlace>& places,
                                          LinePlace wanted) {
  std::vector<PlacedLine> chosen;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (places[i] == wanted) chosen.push_back({lines[i], wanted, -1, false});
  }
  std::stable_sort(chosen.begin(), chosen.end(), [](const PlacedLine& a, const PlacedLine& b) {
    if (sameRow(a.line.box, b.line.box)) return a.line.box.x1 < b.line.box.x1;
    return a.line.box.centerY() < b.line.box.centerY();
  });
  return chosen;
}

}  // namespace

std::string PageLayout::text() const {
  std::string out;
  const TextLine* previous = nullptr;
  for (const TextBlock& block : blocks) {
    for (const TextLine& line : block.lines) {
      if (previous != nullptr) {
        const bool sameBaseline = sameRow(previous->box, line.box) && line.box.x1 >= previous->box.x2;
        out.push_back(sameBaseline ? '\t' : '\n');
      }
      out += line.text();
      previous = &line;
    }
  }
  if (previous != nullptr) out.push_back('\n');
  return out;
}

PageLayout layoutPage(const std::vector<Word>& words, const LayoutOptions& options) {
  std::vector<TextLine> lines = buildLayoutLines(words, options.lineSplitGapEm);
  const std::vector<LinePlace> places(lines.size(), LinePlace::Body);
  return layoutPage(std::move(lines), places, fontStatistics(words), options);
}

PageLayout layoutPage(std::vector<TextLine> lines, const std::vector<LinePlace>& places, const FontStatistics& fonts,
                      const LayoutOptions& options) {
  const auto placeOf = [&](size_t i) { return i < places.size() ? places[i] : LinePlace::Body; };
  std::vector<LinePlace> allPlaces(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) allPlaces[i] = placeOf(i);

  std::vector<TextLine> body;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (allPlaces[i] == LinePlace::Body) body.push_back(lines[i]);
  }
  const ReadingOrder order = readingOrder(body, fonts.bodySize, options.readingOrder);

  // Lines of one row come next to each other from buildLayoutLines (top to bottom, left to
  // right), so neighbours in the body list tell which lines share a baseline.
  std::vector<bool> sharesRow(body.size(), false);
  for (size_t i = 1; i < body.size(); ++i) {
    if (sameRow(body[i - 1].box, body[i].box) && order.columnOf[i - 1] == order.columnOf[i]) {
      sharesRow[i - 1] = true;
      sharesRow[i] = true;
    }
  }

  std::vector<PlacedLine> placed = runningBlockLines(lines, allPlaces, LinePlace::PageHeader);
  for (const size_t i : order.order)
    placed.push_back({std::move(body[i]), LinePlace::Body, order.columnOf[i], sharesRow[i]});
  for (PlacedLine& footer : runningBlockLines(lines, allPlaces, LinePlace::PageFooter))
    placed.push_back(std::move(footer));

  PageLayout page;
  page.blocks = groupIntoBlocks(std::move(placed), fonts, options.blocks);
  // Gutters also split wordy table rows into cells, which keeps their reading order right, but
  // those are not the page's columns: a column with a like one straight above or below it
  // (overlapping across, at most an em apart) is a cell of a table.
  const double em = fonts.bodySize > 0 ? fonts.bodySize : 10.0;
  std::vector<int> published(order.columns.size(), -1);
  for (size_t c = 0; c < order.columns.size(); ++c) {
    const Box& column = order.columns[c];
    const bool stacked = std::any_of(order.columns.begin(), order.columns.end(), [&](const Box& other) {
      if (&other == &column) return false;
      const double across = column.horizontalOverlap(other);
      const double apart = std::max(other.y1 - column.y2, column.y1 - other.y2);
      return across >= 0.5 * std::min(column.width(), other.width()) && apart >= 0 && apart <= em;
    });
    if (stacked) continue;
    published[c] = int(page.columns.size());
    page.columns.push_back(column);
  }
  for (TextBlock& block : page.blocks) {
    if (block.column >= 0) block.column = published[size_t(block.column)];
  }
  return page;
}

DocumentLayout layoutDocument(const std::vector<PageWords>& pages, const LayoutOptions& options) {
  DocumentLayout layout;
  FontTally tally;
  std::vector<PageLines> lines;
  lines.reserve(pages.size());
  for (const PageWords& page : pages) {
    for (const Word& word : page.words) tally.add(word);
    lines.push_back({buildLayoutLines(page.words, options.lineSplitGapEm), page.height});
  }
  layout.fonts = tally.result();
  const auto places = findRunningLines(lines, options.runningLines);
  layout.pages.reserve(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) {
    layout.pages.push_back(layoutPage(std::move(lines[p].lines), places[p], layout.fonts, options));
  }
  return layout;
}

}  // namespace sbw::pdf
