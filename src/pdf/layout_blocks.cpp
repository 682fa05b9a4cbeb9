#include "pdf/layout_blocks.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "pdf/layout_lines.h"

namespace sbw::pdf {
namespace {

size_t wordCount(const TextBlock& block) {
  size_t count = 0;
  for (const TextLine& line : block.lines) count += line.words.size();
  return count;
}

// The usual gap between the lines of one paragraph on this page: the lower quartile of the gaps
// between lines that follow each other in one column, so that paragraph breaks, which are
// fewer, do not count.
double usualLineGap(const std::vector<PlacedLine>& lines) {
  std::vector<double> gaps;
  for (size_t i = 1; i < lines.size(); ++i) {
    const Box& above = lines[i - 1].line.box;
    const Box& below = lines[i].line.box;
    if (lines[i].column != lines[i - 1].column || below.y1 < above.centerY()) continue;
    if (below.horizontalOverlap(above) <= 0) continue;
    gaps.push_back(below.y1 - above.y2);
  }
  if (gaps.empty()) return 0;
  const auto quartile = gaps.begin() + std::ptrdiff_t(gaps.size() / 4);
  std::nth_element(gaps.begin(), quartile, gaps.end());
  return std::max(0.0, *quartile);
}

struct Style {
  double size;
  bool bold;
};

// The sentence on `above` goes on at the start of `below`: it ends without a stop and `below`
// opens with a lower-case word.
bool runsOn(const TextLine& above, const TextLine& below) {
  if (above.words.empty() || below.words.empty()) return false;
  const std::string& last = above.words.back().text;
  const std::string& first = below.words.front().text;
  if (last.empty() || first.empty()) return false;
  const char end = last.back();
  const bool open = end != '.' && end != ':' && end != '?' && end != '!';
  return open && std::islower(static_cast<unsigned char>(first.front()));
}

bool continues(const TextBlock& block, const PlacedLine& previous, const Style& blockStyle, const PlacedLine& next,
               const Style& nextStyle, double maxGap, const BlockOptions& options) {
  if (next.place != LinePlace::Body || previous.place != LinePlace::Body) return false;
  if (next.column != previous.column) return false;
  const Box& above = previous.line.box;
  const Box& below = next.line.box;
  if (below.y1 < above.centerY()) return false;  // same row (table cells) or back up (next column)
  if (below.y1 - above.y2 > maxGap) return false;
  if (below.horizontalOverlap(block.box) <= 0) return false;
  if (std::abs(nextStyle.size - blockStyle.size) > options.sameSizeTolerance) return false;
  // A change to or from bold starts a new block, unless the sentence runs on across it: words set
  // bold for emphasis inside a paragraph ("... sport and physical / activity- Westminster is the
  // 5th most active borough ...").
  if (nextStyle.bold != blockStyle.bold && !runsOn(block.lines.back(), next.line)) return false;
  if (!next.line.words.empty() && isListMarker(next.line.words.front().text)) return false;
  // Within a table, a cell's text wraps onto lines that start where it started; the next row's
  // first cell, below a cell further right, does not.
  if (previous.sharesRow || next.sharesRow) return std::abs(below.x1 - above.x1) <= 0.5 * std::max(nextStyle.size, 1.0);
  return true;
}

bool endsSentence(const TextBlock& block) {
  const std::string& last = block.lines.back().words.back().text;
  return !last.empty() && last.back() == '.';
}

BlockKind classify(const TextBlock& block, LinePlace place, bool sharesRow, const FontStatistics& fonts,
                   const BlockOptions& options) {
  if (place == LinePlace::PageHeader) return BlockKind::PageHeader;
  if (place == LinePlace::PageFooter) return BlockKind::PageFooter;
  const bool short_ =
      int(block.lines.size()) <= options.maxHeadingLines && int(wordCount(block)) <= options.maxHeadingWords;
  if (short_ && fonts.headingLevel(block.fontSize) > 0) return BlockKind::Heading;
  const TextLine& first = block.lines.front();
  if (first.words.size() > 1 && isListMarker(first.words.front().text)) return BlockKind::ListItem;
  if (startsCaption(first)) return BlockKind::Caption;
  // Bold at body size is a heading when bold is the exception in this document, and the line
  // is not one cell of a bold table header row.
  if (short_ && block.bold && !sharesRow && fonts.boldShare < 0.5 &&
      block.fontSize >= fonts.bodySize - kFontSizeTolerance && !endsSentence(block))
    return BlockKind::Heading;
  return BlockKind::Paragraph;
}

}  // namespace

std::string_view blockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::Heading: return "heading";
    case BlockKind::ListItem: return "list item";
    case BlockKind::Caption: return "caption";
    case BlockKind::PageHeader: return "page header";
    case BlockKind::PageFooter: return "page footer";
  }
  return "paragraph";
}

std::string TextBlock::text() const {
  std::string out;
  for (const TextLine& line : lines) {
    if (!out.empty()) out.push_back(' ');
    out += line.text();
  }
  return out;
}

bool startsCaption(const TextLine& line) {
  if (line.words.empty()) return false;
  const std::string& first = line.words.front().text;
  if (first == "Source:" || first == "Sources:" || first == "Note:") return true;
  static constexpr std::array<std::string_view, 6> labels = {"Figure", "Fig.", "Table", "Chart", "Graph", "Diagram"};
  if (std::find(labels.begin(), labels.end(), first) == labels.end() || line.words.size() < 2) return false;
  // "Table 3", "Figure 2a:", "Chart A." but not "Table tennis".
  const std::string& number = line.words[1].text;
  return std::isdigit(static_cast<unsigned char>(number.front())) ||
         (number.size() <= 2 && std::isupper(static_cast<unsigned char>(number.front())));
}

std::vector<TextBlock> groupIntoBlocks(std::vector<PlacedLine> lines, const FontStatistics& fonts,
                                       const BlockOptions& options) {
  const double usualGap = usualLineGap(lines);
  std::vector<TextBlock> blocks;
  std::vector<LinePlace> places;
  std::vector<bool> sharesRow;
  Style blockStyle{0, false};
  for (size_t i = 0; i < lines.size(); ++i) {
    PlacedLine& next = lines[i];
    const Style style{dominantFontSize(next.line), isMostlyBold(next.line)};
    // On a page of one-line paragraphs the "usual" gap is a paragraph break: no line spacing
    // is wider than double spacing, so the usual gap is capped.
    const double em = std::max(style.size, 1.0);
    const double maxGap = std::min(usualGap, options.maxLineGapEm * em) + options.paragraphGapEm * em;
    if (blocks.empty() || !continues(blocks.back(), lines[i - 1], blockStyle, next, style, maxGap, options)) {
      TextBlock block;
      block.box = next.line.box;
      block.column = next.column;
      blocks.push_back(std::move(block));
      places.push_back(next.place);
      sharesRow.push_back(next.sharesRow);
      blockStyle = style;
    }
    TextBlock& block = blocks.back();
    block.box = block.box.united(next.line.box);
    block.lines.push_back(std::move(next.line));
  }
  for (size_t b = 0; b < blocks.size(); ++b) {
    TextBlock& block = blocks[b];
    TextLine all;
    for (const TextLine& line : block.lines) all.words.insert(all.words.end(), line.words.begin(), line.words.end());
    block.fontSize = dominantFontSize(all);
    block.bold = isMostlyBold(all);
    block.kind = classify(block, places[b], sharesRow[b], fonts, options);
    if (block.kind == BlockKind::Heading) {
      const int level = fonts.headingLevel(block.fontSize);
      block.headingLevel = level > 0 ? level : int(fonts.headingSizes.size()) + 1;
    }
  }
  return blocks;
}

}  // namespace sbw::pdf
