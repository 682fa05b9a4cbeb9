#pragma once
// The numbers printed in a sentence, before anyone decides which are figures: "1,954", "17.7 per
// cent", "£1.3 billion", "(+10%)", "twelve", "Twenty-four", "sixth", "a quarter", "2/3rds", and each
// end of "15-72". The span covers the words the number is printed in.

#include <string>
#include <vector>

#include "core/quantity.h"
#include "extract/sentences.h"

namespace sbw::extract {

enum class NumberForm { Digits, Words, Ordinal, Fraction };

struct NumberSpan {
  size_t begin = 0;  // words [begin, end) of the sentence
  size_t end = 0;
  std::string value;  // what parseQuantity reads: "1,954", "17.7 per cent", "a quarter", "-0.2%"
  Quantity quantity;
  NumberForm form = NumberForm::Digits;
  char sign = 0;           // '+' or '-' as printed, else 0
  bool bracketed = false;  // printed in brackets: "(37%)", "(+9%)", "(9)"
  bool rangeEnd = false;   // one end of a range printed in one word: "15-72", "2-3"
};

std::vector<NumberSpan> numbersIn(const Sentence& sentence);

}  // namespace sbw::extract
