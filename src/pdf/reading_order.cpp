#include "pdf/reading_order.h"

#include <algorithm>

#include "pdf/font_statistics.h"

namespace sbw::pdf {
namespace {

// A gap in the projection of a set of lines onto one axis: the lines sorted along that axis
// split into [0, at) and [at, n), with `width` points of white space between them.
struct Gap {
  double width;
  size_t at;
  double from;  // where the white space starts along the axis
};

// Gaps narrower than this are touching boxes, not white space.
constexpr double kMinGap = 0.5;

class XyCut {
 public:
  XyCut(const std::vector<TextLine>& lines, double bodySize, const ReadingOrderOptions& options)
      : lines_(lines), options_(options), em_(bodySize > 0 ? bodySize : 10.0), gutter_(options.minGutterEm * em_) {
    result_.columnOf.assign(lines.size(), -1);
  }

  ReadingOrder run() {
    std::vector<size_t> all(lines_.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    cut(std::move(all), -1);
    compactColumns();
    return std::move(result_);
  }

 private:
  const std::vector<TextLine>& lines_;
  const ReadingOrderOptions& options_;
  const double em_;
  const double gutter_;
  ReadingOrder result_;
  std::vector<bool> subdivided_;  // per column: split again into narrower columns

  std::vector<Gap> gaps(std::vector<size_t>& node, bool alongX) const {
    const auto lo = [&](size_t i) { return alongX ? lines_[i].box.x1 : lines_[i].box.y1; };
    const auto hi = [&](size_t i) { return alongX ? lines_[i].box.x2 : lines_[i].box.y2; };
    std::stable_sort(node.begin(), node.end(), [&](size_t a, size_t b) { return lo(a) < lo(b); });
    std::vector<Gap> found;
    double reach = hi(node.front());
    for (size_t k = 1; k < node.size(); ++k) {
      if (lo(node[k]) - reach >= kMinGap) found.push_back({lo(node[k]) - reach, k, reach});
      reach = std::max(reach, hi(node[k]));
    }
    return found;
  }

  // Prose on one side of a gutter: enough lines, and lines of several words.
  bool isTextColumn(std::vector<size_t>::const_iterator begin, std::vector<size_t>::const_iterator end) const {
    if (end - begin < options_.minColumnLines) return false;
    std::vector<size_t> counts;
    counts.reserve(size_t(end - begin));
    for (auto it = begin; it != end; ++it) counts.push_back(lines_[*it].words.size());
    const auto middle = counts.begin() + std::ptrdiff_t(counts.size() / 2);
    std::nth_element(counts.begin(), middle, counts.end());
    return double(*middle) >= options_.minColumnWordsPerLine;
  }

  Box boxOf(std::vector<size_t>::const_iterator begin, std::vector<size_t>::const_iterator end) const {
    Box box = lines_[*begin].box;
    for (auto it = begin; it != end; ++it) box = box.united(lines_[*it].box);
    return box;
  }

  void leaf(std::vector<size_t>& node, int column) {
    // No white space crosses these lines: they overlap both ways. Top to bottom, then left to right.
    std::stable_sort(node.begin(), node.end(), [&](size_t a, size_t b) {
      const Box& p = lines_[a].box;
      const Box& q = lines_[b].box;
      const double smaller = std::min(p.height(), q.height());
      if (p.verticalOverlap(q) < 0.5 * smaller) return p.centerY() < q.centerY();
      return p.x1 < q.x1;
    });
    for (const size_t i : node) {
      result_.order.push_back(i);
      result_.columnOf[i] = column;
    }
  }

  void cutAt(std::vector<size_t>& node, std::vector<size_t> positions, int column) {
    std::sort(positions.begin(), positions.end());
    size_t from = 0;
    positions.push_back(node.size());
    for (const size_t to : positions) {
      cut(std::vector<size_t>(node.begin() + std::ptrdiff_t(from), node.begin() + std::ptrdiff_t(to)), column);
      from = to;
    }
  }

  // Where strips would be cut: at the widest horizontal gaps (and those nearly as wide).
  std::vector<size_t> stripCuts(const std::vector<Gap>& horizontal, double& widest) const {
    widest = 0;
    for (const Gap& gap : horizontal) widest = std::max(widest, gap.width);
    std::vector<size_t> positions;
    for (const Gap& gap : horizontal) {
      if (gap.width >= options_.stripCutShare * widest) positions.push_back(gap.at);
    }
    return positions;
  }

  // A horizontal gap that leaves some strip wholly on one side of the gutter marks a new
  // section (the heading after a table, say) when it is wide, or when that strip is set
  // apart by its type (bold, or larger than the rest): the page is cut there before any column
  // is. Otherwise the strip is the longer column running on below the shorter one.
  bool sectionBreakFirst(const std::vector<size_t>& byY, const std::vector<size_t>& cuts, double widest,
                         const Gap& gutter) const {
    if (cuts.empty()) return false;
    const bool wide = widest >= options_.sectionGapEm * em_;
    std::vector<double> sizes;
    sizes.reserve(byY.size());
    for (const size_t i : byY) sizes.push_back(dominantFontSize(lines_[i]));
    const auto middle = sizes.begin() + std::ptrdiff_t(sizes.size() / 2);
    std::nth_element(sizes.begin(), middle, sizes.end());
    const double usualSize = *middle;
    const auto setApart = [&](size_t i) {
      return isMostlyBold(lines_[i]) || dominantFontSize(lines_[i]) > usualSize + 2 * kFontSizeTolerance;
    };

    std::vector<size_t> ends = cuts;
    ends.push_back(byY.size());
    size_t from = 0;
    for (const size_t to : ends) {
      const auto strip = byY.begin() + std::ptrdiff_t(from);
      const auto stripEnd = byY.begin() + std::ptrdiff_t(to);
      const bool allLeft =
          std::all_of(strip, stripEnd, [&](size_t i) { return lines_[i].box.x2 <= gutter.from + kMinGap; });
      const bool allRight = std::all_of(
          strip, stripEnd, [&](size_t i) { return lines_[i].box.x1 >= gutter.from + gutter.width - kMinGap; });
      if ((allLeft || allRight) && (wide || std::any_of(strip, stripEnd, setApart))) return true;
      from = to;
    }
    return false;
  }

  void cut(std::vector<size_t> node, int column) {
    if (node.size() <= 1) return leaf(node, column);

    std::vector<size_t> byY = node;
    const std::vector<Gap> horizontal = gaps(byY, false);
    double widest = 0;
    std::vector<size_t> strips = stripCuts(horizontal, widest);

    // 1. A gutter between columns of running text, widest first.
    std::vector<Gap> vertical = gaps(node, true);
    std::sort(vertical.begin(), vertical.end(), [](const Gap& a, const Gap& b) { return a.width > b.width; });
    for (const Gap& gap : vertical) {
      if (gap.width < gutter_) break;
      const auto split = node.begin() + std::ptrdiff_t(gap.at);
      if (!isTextColumn(node.begin(), split) || !isTextColumn(split, node.end())) continue;
      if (sectionBreakFirst(byY, strips, widest, gap)) break;
      if (column >= 0) subdivided_[size_t(column)] = true;
      for (const auto& [begin, end] : {std::pair{node.begin(), split}, std::pair{split, node.end()}}) {
        const int side = int(result_.columns.size());
        result_.columns.push_back(boxOf(begin, end));
        subdivided_.push_back(false);
        cut(std::vector<size_t>(begin, end), side);
      }
      return;
    }

    // 2. Horizontal strips, at the widest gaps: cutting only the widest first keeps a title's
    //    or footer's space from being confused with paragraph breaks that happen to line up
    //    in two columns below it.
    if (!strips.empty()) return cutAt(byY, std::move(strips), column);

    // 3. One strip: cells (or words of a row) left to right.
    vertical = gaps(node, true);
    if (!vertical.empty()) {
      std::vector<size_t> positions;
      for (const Gap& gap : vertical) positions.push_back(gap.at);
      return cutAt(node, std::move(positions), column);
    }
    leaf(node, column);
  }

  // Columns split again into narrower columns are not columns themselves.
  void compactColumns() {
    std::vector<int> renumbered(result_.columns.size(), -1);
    std::vector<Box> kept;
    for (size_t c = 0; c < result_.columns.size(); ++c) {
      if (subdivided_[c]) continue;
      renumbered[c] = int(kept.size());
      kept.push_back(result_.columns[c]);
    }
    for (int& column : result_.columnOf) {
      if (column >= 0) column = renumbered[size_t(column)];
    }
    result_.columns = std::move(kept);
  }
};

}  // namespace

ReadingOrder readingOrder(const std::vector<TextLine>& lines, double bodySize, const ReadingOrderOptions& options) {
  if (lines.empty()) return {};
  return XyCut(lines, bodySize, options).run();
}

}  // namespace sbw::pdf
