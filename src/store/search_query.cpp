#include "store/search_query.h"

#include <vector>

namespace sbw::store {
namespace {

bool isWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Splits a run of text into FTS tokens (letters, digits, UTF-8), keeping "*" after the last one.
std::vector<std::string> tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (isWordByte(c)) {
      current.push_back(static_cast<char>(c));
      continue;
    }
    if (!current.empty()) {
      if (c == '*') current.push_back('*');
      out.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

std::string quoted(const std::string& token) {
  if (!token.empty() && token.back() == '*') return '"' + token.substr(0, token.size() - 1) + "\"*";
  return '"' + token + '"';
}

}  // namespace

std::string toFtsQuery(std::string_view userQuery) {
  std::vector<std::string> terms;
  size_t i = 0;
  while (i < userQuery.size()) {
    if (userQuery[i] == '"') {
      const size_t close = userQuery.find('"', i + 1);
      const std::string_view inner =
          userQuery.substr(i + 1, (close == std::string_view::npos ? userQuery.size() : close) - i - 1);
      std::string phrase;
      for (std::string token : tokens(inner)) {
        if (!token.empty() && token.back() == '*') token.pop_back();
        if (!phrase.empty()) phrase.push_back(' ');
        phrase += token;
      }
      if (!phrase.empty()) terms.push_back('"' + phrase + '"');
      i = close == std::string_view::npos ? userQuery.size() : close + 1;
      continue;
    }
    const size_t next = userQuery.find('"', i);
    const std::string_view plain = userQuery.substr(i, (next == std::string_view::npos ? userQuery.size() : next) - i);
    for (const std::string& token : tokens(plain)) terms.push_back(quoted(token));
    i = next == std::string_view::npos ? userQuery.size() : next;
  }
  std::string query;
  for (const std::string& term : terms) {
    if (!query.empty()) query.push_back(' ');
    query += term;
  }
  return query;
}

}  // namespace sbw::store
