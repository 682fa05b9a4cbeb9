#pragma once
// Table boundaries: where on a page a table may be, before its grid is built. Internal to the
// table engine (table_detector.cpp); docs/tables.md describes the evidence each one uses.

#include <vector>

#include "pdf/rulings.h"
#include "pdf/table_options.h"
#include "pdf/text_chunks.h"

namespace sbw::pdf::regions {

Box padded(const Box& box, double by);

// "•", "-", "1.", "a)": a list item's marker.
bool bulletLike(const std::string& text);

// A heading between or above tables: a caption ("Table 3:"), a line set larger than the line
// before, or a bold line after a regular one, unless it is a section row (the row after it holds
// figures in the cells of the row before it).
bool headingLine(const std::vector<ChunkLine>& lines, size_t k, const std::vector<Word>& words,
                 const PageMeasures& page, const TableOptions::Boundaries& options);

// Groups of rulings that touch; those with two or more horizontal rules (grids, and stacks of
// parallel rules of similar extent not attached to any grid) may be tables.
// (A stack does not reach across a heading.)
std::vector<Box> ruledRegions(const Rulings& rulings, const std::vector<Box>& headings, const PageMeasures& page,
                              const TableOptions::Boundaries& options);

// Boxes set apart and joined by connector lines (an organisation chart, a flow diagram) rather
// than a grid: more than `brokenRuleShare` of the group's horizontal rule lines (at least two)
// are broken by whitespace of `gutter` em or more. A grid's rules run across its columns.
bool separateBoxes(const Box& region, const Rulings& rulings, const PageMeasures& page,
                   const TableOptions::Boundaries& options);

// The boxes of the page's heading lines (headingLine).
std::vector<Box> headingBoxes(const std::vector<ChunkLine>& lines, const std::vector<Word>& words,
                              const PageMeasures& page, const TableOptions::Boundaries& options);

// A line cut into chunks that may be cells: not a bullet item, a contents line with dot leaders
// or two columns of running prose side by side.
bool tabularLine(const ChunkLine& line, const TableOptions::Boundaries& options);

// "Table 3:", "Figure 2 -", "Chart 4.1", "Appendix 2": a caption or heading, which starts a new
// table or figure.
bool captionLine(const ChunkLine& line);
bool captionChunk(const Chunk& chunk);

// Runs of tabular lines in the text outside `taken`: at least three, enough ending in a figure,
// ended by whitespace, a caption, or a band that heads the next table.
std::vector<Box> textRegions(const std::vector<Word>& words, const std::vector<Box>& taken,
                             const std::vector<Box>& bands, const PageMeasures& page, const TableOptions& options);

// Tables side by side, each under its own caption on one line ("Table 1: ..." beside "Table 2:
// ..."): the run of lines under the captions is cut where each caption starts, whatever the
// tables' lengths, and the lines a wrapped caption carries on over are left out. Empty when the
// captions do not part the run (a chunk runs across a caption's start, or a side has fewer than
// `minTabularLines` rows of cells).
std::vector<Box> splitUnderCaptions(const std::vector<ChunkLine>& lines, const ChunkLine& captions, double lineHeight,
                                    const PageMeasures& page, const TableOptions::Boundaries& options);

// Two tables side by side: a run whose lines all leave the same wide gutter, with a label column
// followed by figures on each side of it, is cut there.
std::vector<Box> splitSideBySide(const Box& region, const std::vector<ChunkLine>& lines, const PageMeasures& page,
                                 const TableOptions::Boundaries& options);

// How many lines from k carry on a cell of `row` (at most `maxWrappedLines`): each a single phrase
// that starts where one of the row's cells starts and stops short of the next cell, close under
// the line above, no heading.
size_t wrappedCellLines(const std::vector<ChunkLine>& lines, const std::vector<Word>& words, size_t k,
                        const ChunkLine& row, double lineHeight, const PageMeasures& page,
                        const TableOptions::Boundaries& options);

// A table never cuts a phrase: chunks with a word inside the area are taken in whole.
Box grownToWholeChunks(Box area, const std::vector<ChunkLine>& lines, const std::vector<Word>& words,
                       const PageMeasures& page, const TableOptions::Boundaries& options);

}  // namespace sbw::pdf::regions
