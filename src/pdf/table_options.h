#pragma once
// Every threshold the table engine uses, named, in units of the page's own measures rather than
// points: a table set in 8 pt type with tight lines is read by the same rules as one in 12 pt.
// `em` is the page's body font size, `lh` the median height of its text lines. Counts and shares
// are plain numbers. docs/tables.md lists each field with the phase that uses it.

#include <vector>

#include "pdf/word.h"

namespace sbw::pdf {

// The measures a page sets its text in, from which the thresholds are scaled.
struct PageMeasures {
  double fontSize = 10;    // body font size: the median size of the page's words (points)
  double lineHeight = 12;  // median height of the page's text lines (points)
  double wordGap = 3;      // median gap between neighbouring words of a phrase (points)

  double em(double factor) const { return factor * fontSize; }
  double lh(double factor) const { return factor * lineHeight; }

  // `chunkGap` as in TableOptions: words closer than this (line heights) are one phrase.
  static PageMeasures of(const std::vector<Word>& words, double chunkGap = 0.6);
};

struct TableOptions {
  // Phase 1, column separators (table_columns.cpp).
  struct Columns {
    double drawnSlack = 0.2;          // em: a drawn separator covers a position this close to its ends
    double edgeMargin = 0.3;          // em: rulings this close to the region's edge are its frame
    double minPiece = 0.4;            // em: shorter pieces of a separator inside the region are ignored
    double mergeDistance = 0.3;       // em: parallel rulings this close are one separator
    double crossSlack = 0.1;          // em: a word must reach this far past a stroke to be cut by it
    double minGapUnruled = 0.15;      // em: narrowest text gap that separates columns in unruled tables
    double minGapRuled = 0.8;         // lh: the same where drawn separators run through the table
    double ruledShare = 0.5;          // a drawn separator this share of the table's height rules its columns
    int manyLines = 20;               // lines with two or more chunks: from here a tenth may cross a gap
    int someLines = 6;                // from here up to two (a quarter of them) may cross a gap
    double wideWordGap = 1.4;         // median word gaps: words further apart than this in a chunk may be two cells
    double betweenWordsSlack = 0.05;  // em: a boundary this close to a gap between two words splits the chunk there
  } columns;

  // Phase 2, row bands and continuation lines (table_rows.cpp).
  struct Rows {
    double ruleReach = 1.0;        // lh: a row ruling separates lines at most this far from it
    double ruleUnder = 0.5;        // share of a neighbouring chunk a row ruling must run under
    int minRuledBands = 3;         // text bands between row rulings that make the rulings the rows
    double ruledBandShare = 0.4;   // ... or this share of the lines in bands of their own
    double balancedBands = 3;      // bands count as rows when none holds this many times the median lines
    double continuationGap = 0.8;  // lh: a continuation line follows its row closer than this
    double rowStep = 1.15;         // line pitches: prose lines further apart than this are two rows
    double rowStepSlack = 0.05;    // em: added to that step
  } rows;

  // Phase 3, header rows (table_cells.cpp).
  struct Header {
    int maxRows = 3;  // leading rows without figures that may label the columns
  } header;

  // Phase 4, table boundaries (table_regions.cpp, table_detector.cpp).
  struct Boundaries {
    double touch = 0.3;              // em: rulings this close are connected
    double minHorizontalRule = 1.5;  // em: shorter horizontal strokes are no table rule
    double minVerticalRule = 0.6;    // em: shorter vertical strokes are no table rule
    double stackExtentSlack = 0.4;   // em: rules of one stack end this close ...
    double stackExtentShare = 0.05;  // ... plus this share of the longer rule's length
    double stackReach = 20;          // em: stacked rules at most this far apart belong together
    double minStackRule = 6;         // em: a stacked rule is at least this long
    double minRegionWidth = 3;       // em: narrower ruled groups are no table
    double minRegionHeight = 0.8;    // em: flatter ruled groups are no table
    double maxBandHeight = 3;        // lh: a ruled group this low that is no table may head one (a band)
    int minWordsInRegion = 4;        // a ruled group with fewer words is a band or decoration
    double runGap = 1.8;             // lh: whitespace that ends a run of tabular lines
    int minTabularLines = 3;         // lines with chunks in columns that make an unruled table
    int minFigureLines = 2;          // ... of which this many end in a figure (or all line up in columns)
    double alignSlack = 0.3;         // em: cells of one column start, end or centre this close
    int minAlignedCells = 3;         // cells of a line lined up with the line above that make it aligned
    double headingSize = 1.15;       // a line this many times the size of the line above is a heading
    int maxWrappedLines = 6;         // lines that may carry on a cell of a row under it ...
    double wrapGap = 0.5;            // lh: ... each closer than this under the line above
    int wrappedLabelWords = 6;       // a single line of at most this many words inside a run is a wrapped label
    int sectionLabelWords = 4;       // a section label under the last row has at most this many words
    double labelAlign = 0.2;         // em: a section label under the last row starts this close to its left edge
    double labelGap = 0.8;           // lh: ... and follows it closer than this
    double joinGap = 1.5;            // lh: text rows this close to a ruled table or band join it
    double joinOverlap = 0.5;        // share of the narrower width they must overlap to join
    double ownRuleShare = 0.8;       // share of a text table's width a rule across it covers to be its own ...
    double ownRuleBeyond = 0.1;      // ... reaching past it by at most this share of its width (or `gutter` em)
    double sideLineShare = 0.75;     // share of a run's lines with cells on each side of a gutter
    double gutter = 2.5;             // em: whitespace down a whole run at least this wide may part two tables
    double brokenRuleShare = 0.5;    // share of a ruled group's rule lines broken by `gutter` em that makes it boxes
    int proseWords = 7;              // a chunk of this many words is running prose
    double overlapPads = 2;          // paddings two tables' boxes may overlap and still meet
    double padding = 0.1;            // em: a table's box reaches this far past its text and rules
    double neighbourReach = 5;       // lh: tabular lines this close may start a column (mayHoldTable)
  } boundaries;

  // Phase 5, rejection of what is not a table (table_rejection.cpp).
  struct Rejection {
    int minFilledCells = 4;       // a table has at least this many non-empty cells
    double minFilledShare = 0.4;  // ... and this share of its grid filled
    int longCellSpaces = 12;      // a cell with this many spaces is prose
    double maxLongCells = 0.5;    // share of prose cells above which the grid frames text
    int contentsMinPages = 3;     // page numbers that make a block a table of contents
    double contentsShare = 0.8;   // share of its lines that end in a page number
    int pageNumberDigits = 3;     // a page number has at most this many digits
    double contactShare = 0.5;    // share of rows with an e-mail address that makes a contact list
    double formLabelShare = 0.5;  // share of filled cells that are "Label:" prompts in a form
    int minAxisTicks = 3;         // evenly spaced values down one column that make a chart axis
    int labelWords = 3;           // cells all shorter than this many words and no figure are labels ...
    int legendRows = 4;           // ... a chart's legend when in two columns of at most this many rows
    double sparseRows = 3;        // em: ... a chart's panel titles when rows are taller than this
    double keyFactSize = 1.6;     // figures this many times the size of their labels are key facts
    double axisEmptyShare = 0.6;  // share of the other cells empty in a chart's plot area
  } rejection;

  // Action trackers under a header band (table_tracker.cpp).
  struct Tracker {
    int maxLabelWords = 8;        // a header label longer than this is prose, not a column name
    double labelMerge = 0.1;      // em: labels this close (a two-line label) are one column
    double boundaryLead = 0.2;    // em: a column starts this far left of its label
    double maxLineGap = 1.5;      // line heights of the body: a wider gap ends the body
    double heightRange = 0.2;     // share a body line's height may differ from the body's (larger: 1.2x)
    double minHeightShare = 0.7;  // a body line at least this share of the body's height
    double edgeSlack = 0.3;       // em: body words reach this far past the band's edges
    double straddle = 0.1;        // em: a word reaching this far across a column boundary straddles it
    double rowStep = 1.15;        // line pitches: a wider step between lines starts a row
    double rowStepSlack = 0.05;   // em: added to the step
    int maxLinesPerRow = 8;       // a row of more lines is a list of one-line rows
  } tracker;

  // Phase 6, tables across a page break (table_extractor.cpp).
  struct Continuation {
    double endsBelow = 0.6;    // page heights: the earlier part ends below this
    double startsAbove = 0.4;  // page heights: the later part starts above this
    double edgeSlack = 1.2;    // em: column edges of the two parts agree within this
  } continuation;

  // Chunks: words closer than this (line heights) are one phrase (text_chunks.cpp).
  double chunkGap = 0.6;
};

}  // namespace sbw::pdf
