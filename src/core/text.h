#pragma once
// Small UTF-8 text helpers used when comparing labels and names printed in reports.

#include <string>
#include <string_view>
#include <vector>

namespace sbw {

// Strips leading and trailing ASCII white space (and non-breaking spaces).
std::string trimmed(std::string_view text);

// Collapses every run of white space to one space and trims the ends.
std::string simplified(std::string_view text);

// ASCII lower case; other bytes pass through, so UTF-8 stays valid.
std::string lowered(std::string_view text);

// Replaces typographic ligatures (U+FB00..U+FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) with their letters, so that
// "Oﬃcer" on a page is found as "Officer".
std::string withoutLigatures(std::string_view text);

bool startsWith(std::string_view text, std::string_view prefix);
bool endsWith(std::string_view text, std::string_view suffix);
bool iequals(std::string_view a, std::string_view b);

std::vector<std::string> split(std::string_view text, char separator);
bool hasDigit(std::string_view text);

// En and em dashes and the minus sign as '-', no-break spaces as ' ': how dates and periods are
// typed varies, what they say does not.
std::string withPlainDashes(std::string_view text);

// Whether `word` is one of a fixed list of words.
template <size_t N>
bool isOneOf(const std::string_view (&words)[N], std::string_view word) {
  for (const std::string_view w : words) {
    if (w == word) return true;
  }
  return false;
}
std::string join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace sbw
