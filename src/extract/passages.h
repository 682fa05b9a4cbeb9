#pragma once
// A document's running text as readers of prose want it: the body blocks of every page in
// reading order (running headers and footers and the insides of tables left out), each with its
// words and boxes, the headings it stands under, and whether it runs on from the passage before
// (a sentence broken by a page or column break).

#include <optional>
#include <string>
#include <vector>

#include "pdf/layout.h"
#include "pdf/table.h"

namespace sbw::extract {

struct Token {
  std::string text;
  pdf::Box box;
  int page = 0;
  bool lineStart = false;  // first word of a printed line
  bool bold = false;
  double fontSize = 0;
};

struct Passage {
  int page = 0;  // where it starts (1-based)
  pdf::BlockKind kind = pdf::BlockKind::Paragraph;
  int headingLevel = 0;  // for headings: 1 is the largest
  double fontSize = 0;
  bool bold = false;
  bool continuesPrevious = false;  // the text runs on from the passage before it
  std::vector<Token> tokens;
  std::vector<size_t> headings;  // the heading passages it stands under, outermost first
  std::string text() const;      // tokens joined with single spaces
};

struct Passages {
  std::vector<Passage> items;
};

struct PassageOptions {
  // A line this close to the top or bottom edge (share of the page height) and this short is a
  // page number or a stray header the running-line finder could not confirm.
  double edgeShare = 0.06;
  int edgeLineWords = 6;
};

struct PagePassagesInput {
  int number = 0;
  double height = 0;
  const pdf::PageLayout* layout = nullptr;
  std::vector<pdf::Box> tables;  // boxes of the tables on the page
  // Where a part of the document (a paper in an agenda pack, an appendix) starts on this page:
  // the headings of the part before do not reach into it.
  std::optional<double> partStartsAt;
};

Passages buildPassages(const std::vector<PagePassagesInput>& pages, const PassageOptions& options = {});

// True for a numbered paragraph's mark printed first on its line: "5.8", "1.14", "3.".
bool isParagraphMark(const std::string& text);

// True when `text` ends a sentence: ".", "?", "!" (a colon or semicolon does not end a passage).
bool endsSentenceMark(const std::string& text);

}  // namespace sbw::extract
