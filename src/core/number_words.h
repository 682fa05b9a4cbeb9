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

}  // namespace sbw
