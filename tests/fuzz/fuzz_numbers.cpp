// Fuzz target: the parsers of printed numbers. The input is one printed text, read as a figure
// ("1,234", "12.5%", "£3.2m", "(72,000)", "c", "Seventy-six", "2/3rds"), as numbers in words,
// ordinals and fractions, and as a sentence whose numbers are found word by word. A figure's value
// must print back (formatNumber) as text that reads as the same value.

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/number_format.h"
#include "core/number_words.h"
#include "core/quantity.h"
#include "core/text.h"
#include "extract/mentions.h"
#include "extract/numbers.h"
#include "extract/sentences.h"
#include "fuzz_input.h"

namespace {

using sbw::fuzz::check;

void quantity(std::string_view text) {
  const auto q = sbw::parseQuantity(text);
  if (!q) return;
  check(q->value.has_value() != q->suppressed());  // "empty exactly when suppressed"
  check(q->printed == sbw::simplified(text));
  check(q->decimals >= 0);
  check(q->amount().has_value() == q->value.has_value());
  if (!q->value || !std::isfinite(*q->value) || std::fabs(*q->value) >= 1e15 || q->decimals > 15) return;
  const std::string printed = sbw::formatNumber(*q->value, q->decimals);
  const auto again = sbw::parseQuantity(printed);
  check(again.has_value() && again->value.has_value() && *again->value == *q->value);
}

void words(std::string_view text) {
  sbw::parseNumberWords(text);
  if (const auto rank = sbw::parseOrdinalWord(text)) check(*rank >= 1 && *rank <= 99);
  int decimals = -1;
  if (const auto share = sbw::parseFraction(text, decimals)) {
    check(*share > 0 && *share < 100);
    check(decimals == 0 || decimals == 1);
  }
}

// The text as one sentence of words as the prose readers see them.
void sentence(std::string_view text) {
  sbw::extract::Sentence s;
  for (const std::string& token : sbw::extract::wordsOf(std::string(text))) {
    sbw::extract::Word word;
    word.text = token;
    word.bare = sbw::extract::bareWord(token);
    word.lower = sbw::lowered(word.bare);
    s.words.push_back(std::move(word));
  }
  size_t previousBegin = 0;
  for (const sbw::extract::NumberSpan& span : sbw::extract::numbersIn(s)) {
    check(span.begin < span.end && span.end <= s.words.size());
    check(span.begin >= previousBegin);
    previousBegin = span.begin;
  }
}

// The first bytes as a double and a number of decimals: formatNumber takes any value.
void format(const uint8_t* data, size_t size) {
  if (size < sizeof(double) + 1) return;
  double value = 0;
  std::memcpy(&value, data, sizeof value);
  const int decimals = static_cast<int>(data[sizeof value] % 24) - 2;
  check(!sbw::formatNumber(value, decimals).empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = sbw::fuzz::textOf(data, size);
  quantity(text);
  words(text);
  sentence(text);
  format(data, size);
  return 0;
}
