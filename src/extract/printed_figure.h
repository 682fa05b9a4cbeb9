#pragma once
// A figure exactly as a reader found it on a page: the value as printed, what it measures, the
// area and the period it is for, each with where on the page (or in the document) that was read
// from. The ingest layer resolves names and periods, checks figures against each other and
// decides which figures are sure enough to show without review.

#include <optional>
#include <string>

#include "core/area.h"
#include "core/figure_terms.h"
#include "core/period.h"

namespace sbw::extract {

// Where a field of a figure was read from, from the weakest evidence to the strongest.
enum class Source {
  None,       // not found
  Document,   // the document's (or agenda-pack part's) scope
  Heading,    // a heading the figure stands under, or the table's caption
  Paragraph,  // an earlier sentence of the same paragraph or list
  Sentence,   // the figure's own sentence, or its table row or column
  Phrase,     // the words right at the figure ("LBHF: 182,500", "146 referrals in 2012-13")
};
const char* sourceName(Source source);  // "none", "document", "heading", "paragraph", "sentence", "phrase"

struct PrintedFigure {
  int page = 0;       // 1-based
  std::string value;  // as printed: "1,954", "(72,000)", "17.7 per cent", "Twelve", "c"

  // What it measures: the measure phrase as printed, short ("referrals", "Children subject to a
  // child protection plan"), and the dictionary key when the reader settled it itself (from the
  // section it stands in, say). With indicatorSettled false the label is matched later.
  std::string label;
  std::string indicatorKey;
  bool indicatorSettled = false;
  Source indicatorFrom = Source::None;
  bool indicatorByTopicAlone = false;  // a generic noun read as what its section is about

  // Where: the area as printed ("LBHF", "the three boroughs"), resolved when the reader knew it.
  std::string area;
  const Area* areaResolved = nullptr;
  Source areaFrom = Source::None;
  bool areaShared = false;  // one number printed for several areas ("19% in RBKC and WCC")

  // When: as printed, resolved when the reader worked it out ("last year" in a 2016-17 report).
  std::string period;
  std::optional<Period> periodResolved;
  Source periodFrom = Source::None;

  Comparator comparator = Comparator::Local;
  ExtractionMethod method = ExtractionMethod::Table;
  FigureKind kind = FigureKind::Outturn;
  Bound bound = Bound::Exact;
  // Printed with the sign of an account's convention: income shown as a credit (negative or in
  // parentheses) is still money received, so its amount is taken positive.
  bool credit = false;
  double confidence = 1;  // 0..1, the reader's own estimate
  // The table (an index into the document's tables, or a table printed as lines of text) the
  // figure is a cell of, -1 for prose; and whether its period is a bare year printed as a column or
  // row header ("2013"), which may stand for the split year ending in it.
  int table = -1;
  bool bareYear = false;
  std::optional<PageBox> box;
  std::string snippet;  // the text around the figure, for a reader to check it
  std::string note;     // how fields were filled in, for review
};

}  // namespace sbw::extract
