#pragma once
// Lines in reading order to blocks: paragraphs, headings, list items, captions and running
// page headers and footers.

#include <string>
#include <string_view>
#include <vector>

#include "pdf/font_statistics.h"
#include "pdf/running_lines.h"
#include "pdf/text_lines.h"

namespace sbw::pdf {

enum class BlockKind { Paragraph, Heading, ListItem, Caption, PageHeader, PageFooter };
std::string_view blockKindName(BlockKind kind);  // "paragraph", "heading", "list item", ...

struct TextBlock {
  BlockKind kind = BlockKind::Paragraph;
  std::vector<TextLine> lines;  // reading order
  Box box;
  double fontSize = 0;       // the size most of its characters are set in
  bool bold = false;         // most of its characters are bold
  int headingLevel = 0;      // 1 = the document's largest heading size; 0 for other kinds
  int column = -1;           // index into PageLayout::columns; -1 outside any column (full width)
  std::string text() const;  // lines joined with single spaces
};

struct BlockOptions {
  // A vertical gap this many ems wider than the page's usual line gap starts a new paragraph.
  double paragraphGapEm = 0.5;
  double maxLineGapEm = 0.8;  // the usual line gap is taken as at most this (double spacing)
  int maxHeadingLines = 3;
  int maxHeadingWords = 25;
  double sameSizeTolerance = 1.0;  // points
};

// One line as the block builder sees it, in reading order.
struct PlacedLine {
  TextLine line;
  LinePlace place = LinePlace::Body;
  int column = -1;
  bool sharesRow = false;  // another line of the same column sits on its baseline (a table row)
};

std::vector<TextBlock> groupIntoBlocks(std::vector<PlacedLine> lines, const FontStatistics& fonts,
                                       const BlockOptions& options = {});

// "Figure 3:", "Table 2.", "Source:": the first words of a caption.
bool startsCaption(const TextLine& line);

}  // namespace sbw::pdf
