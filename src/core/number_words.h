#pragma once
// Numbers written in words, as prose in annual reports prints them: "nineteen", "Seventy-six",
// "one hundred and twenty", "two thousand".

#include <cstdint>
#include <optional>
#include <string_view>

namespace sbw {

// The whole text must be a number in words (any case, hyphens or spaces, "and" allowed);
// nullopt otherwise. "a hundred" is 100; "zero" and "nil" are 0.
std::optional<std::int64_t> parseNumberWords(std::string_view text);

// An ordinal in words, as rankings print them: "second", "sixth", "twenty-first"; nullopt otherwise.
std::optional<int> parseOrdinalWord(std::string_view text);

// A share written as a fraction, in percent: "a quarter" 25, "half" 50, "two thirds" 66.7,
// "three quarters" 75, "2/3rds" 66.7, "1/4" 25; nullopt otherwise. `decimals` is set to the
// decimals the share is given to (one for thirds).
std::optional<double> parseFraction(std::string_view text, int& decimals);

// Whether a text beginning with this word can be read by any of the three above: false when its
// first part (up to a space, hyphen or comma) is none of their words. Lets a reader skip the
// ordinary words of a sentence without trying them, and their neighbours, as numbers.
bool mayBeginNumberInWords(std::string_view word);

}  // namespace sbw
