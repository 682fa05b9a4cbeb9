#pragma once
// Layout analysis of PDF pages: words -> lines -> blocks in reading order, with columns, block
// kinds (heading, paragraph, list item, caption, running page header and footer) and the
// document's font statistics. See docs/layout.md for the method.
//
//   auto layout = layoutDocument(pages);            // all pages of one document
//   for (const TextBlock& block : layout.pages[0].blocks)
//     if (!block.isRunning()) use(block.kind, block.text());

#include <string>
#include <vector>

#include "pdf/font_statistics.h"
#include "pdf/layout_blocks.h"
#include "pdf/layout_lines.h"
#include "pdf/reading_order.h"
#include "pdf/running_lines.h"
#include "pdf/word.h"

namespace sbw::pdf {

struct PageLayout {
  std::vector<TextBlock> blocks;  // reading order: page headers, body, page footers
  std::vector<Box> columns;       // columns of text in reading order; empty on a one-column page

  // One output line per text line in reading order; lines that continue the previous one on
  // the same baseline (the cells of a table row) are joined to it with a tab.
  std::string text() const;
};

struct PageWords {
  std::vector<Word> words;
  double height = 0;  // points; lets running lines be looked for near the page's edges
};

struct DocumentLayout {
  FontStatistics fonts;
  std::vector<PageLayout> pages;
};

struct LayoutOptions {
  double lineSplitGapEm = kLineSplitGapEm;
  ReadingOrderOptions readingOrder;
  BlockOptions blocks;
  RunningLineOptions runningLines;
};

// A page on its own: font statistics from its own words, no running headers or footers.
PageLayout layoutPage(const std::vector<Word>& words, const LayoutOptions& options = {});

// A page within a document: its lines (from buildLayoutLines), where each line belongs (from
// findRunningLines, or empty for all body) and the document's font statistics.
PageLayout layoutPage(std::vector<TextLine> lines, const std::vector<LinePlace>& places, const FontStatistics& fonts,
                      const LayoutOptions& options = {});

// All pages of one document: font statistics and running lines are taken across pages.
DocumentLayout layoutDocument(const std::vector<PageWords>& pages, const LayoutOptions& options = {});

}  // namespace sbw::pdf
