#pragma once
// Running text as the readers of minutes and reports take it: each passage (a paragraph, a list
// item, a heading) with its sentences and its printed lines, the headings it stands under, and
// where it is on the page; lines and tables another reader has claimed are left out.

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

std::vector<TextUnit> textUnits(const DocumentView& document, const Findings& findings);

// "• 6.3 The Committee requested…" -> "The Committee requested…": list marks and paragraph
// numbers taken off the front.
std::string withoutNumbering(const std::string& text);

// The box of words [begin, end) of a sentence on the page it starts on.
PageBox boxOf(const Sentence& sentence, size_t begin = 0, size_t end = static_cast<size_t>(-1));

}  // namespace sbw::extract
