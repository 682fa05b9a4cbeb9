#pragma once
// Running text as the readers of minutes and reports take it: each passage (a paragraph, a list
// item, a heading) with its sentences and its printed lines, the headings it stands under, and
// where it is on the page; lines and tables another reader has claimed are left out.

#include <functional>
#include <string>
#include <vector>

#include "extract/document_view.h"
#include "extract/printed_action.h"
#include "extract/reader.h"
#include "extract/sentences.h"

namespace sbw::extract {

struct TextUnit {
  size_t passage = 0;  // index into DocumentView::passages
  int page = 0;
  pdf::BlockKind kind = pdf::BlockKind::Paragraph;
  bool bold = false;
  double fontSize = 0;
  std::vector<Sentence> sentences;
  std::vector<std::string> lines;  // the printed lines, in order
  std::string text;                // sentences joined
  pdf::Box box;                    // on its first page
  bool heading() const { return kind == pdf::BlockKind::Heading; }
  bool listItem() const { return kind == pdf::BlockKind::ListItem; }
};

struct TextUnitOptions {
  bool splitTitles = false;          // split passages at title lines (report text; minutes keep theirs)
  size_t minTitleWords = 2;          // a line of its own inside a paragraph with this many words or more,
  size_t maxTitleWords = 12;         // and no more,
  double titleLineShare = 0.7;       // this much of the paragraph's widest line or less, is a title
  double announcingLineShare = 0.9;  // so is a line this short that announces a list
  std::function<bool(const std::string&)> announcesList;  // says whether a line announces one
};

// Passages split where a title line stands inside a paragraph block (see TextUnitOptions).
std::vector<TextUnit> textUnits(const DocumentView& document, const Findings& findings,
                                const TextUnitOptions& options = {});

// "• 6.3 The Committee requested…" -> "The Committee requested…": list marks and paragraph
// numbers taken off the front.
std::string withoutNumbering(const std::string& text);

// The box of words [begin, end) of a sentence on the page it starts on.
PageBox boxOf(const Sentence& sentence, size_t begin = 0, size_t end = static_cast<size_t>(-1));

}  // namespace sbw::extract
