#pragma once
// Running text cut into sentences for the prose readers. A sentence ends at ".", "?" or "!" (not
// after "e.g.", "no.", a decimal point or an initial); a passage that runs on from the one before
// (a page or column break inside a sentence) continues its last sentence. Each sentence knows its
// paragraph, so that what one sentence says (the area, the period) can carry to the next.

#include <string>
#include <vector>

#include "extract/passages.h"

namespace sbw::extract {

struct Word {
  std::string text;   // as printed
  std::string bare;   // without the punctuation that clings to words: "(2,342)," -> "2,342"
  std::string lower;  // bare, lower case
  pdf::Box box;
  int page = 0;
  bool lineStart = false;
  double fontSize = 0;
};

struct Sentence {
  std::vector<Word> words;
  size_t passage = 0;    // index of the passage it starts in
  size_t paragraph = 0;  // sentences of one paragraph (or list item) share this number
  bool opensParagraph = false;
  bool inList = false;   // the paragraph is a list item
  bool heading = false;  // a heading or caption, not running text
  int page = 0;          // where it starts
  std::string text() const;
  std::string text(size_t begin, size_t end) const;  // words [begin, end) joined by spaces
};

std::vector<Sentence> sentencesOf(const Passages& passages);

// The word at `i` of a sentence, lower-cased without punctuation or as printed; "" outside it.
const std::string& lowerAt(const Sentence& s, long i);
const std::string& rawAt(const Sentence& s, long i);

// "e.g.", "no.", "approx.": a full stop that does not end a sentence.
bool isAbbreviation(const std::string& lowerToken);
// A token without clinging punctuation: quotes, brackets, commas, full stops, colons.
std::string bareWord(const std::string& token);

}  // namespace sbw::extract
