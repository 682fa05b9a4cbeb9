#pragma once
// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted
// (with its quotes doubled) when it holds a comma, a quote, a CR or an LF. UTF-8 throughout.

#include <string>
#include <string_view>
#include <vector>

namespace sbw {

std::string csvField(std::string_view text);
std::string csvRecord(const std::vector<std::string>& fields);  // ends with CRLF

// Parses RFC 4180 text back into records (for round-trip checks and importing corrections).
std::vector<std::vector<std::string>> parseCsv(std::string_view text);

}  // namespace sbw
