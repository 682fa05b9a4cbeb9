#include "core/text.h"

#include <cctype>

#include <algorithm>

namespace sbw {
namespace {

bool isAsciiSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of the white space sequence starting at i (ASCII space or UTF-8 NBSP), 0 if none.
size_t spaceLength(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (isAsciiSpace(c)) return 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  return 0;
}

}  // namespace

std::string trimmed(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size()) {
    const size_t n = spaceLength(text, begin);
    if (n == 0) break;
    begin += n;
  }
  size_t end = text.size();
  while (end > begin) {
    if (isAsciiSpace(static_cast<unsigned char>(text[end - 1]))) {
      --end;
    } else if (end - begin >= 2 && static_cast<unsigned char>(text[end - 2]) == 0xC2 &&
               static_cast<unsigned char>(text[end - 1]) == 0xA0) {
      end -= 2;
    } else {
      break;
    }
  }
  return std::string(text.substr(begin, end - begin));
}

std::string simplified(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pendingSpace = false;
  for (size_t i = 0; i < text.size();) {
    const size_t n = spaceLength(text, i);
    if (n > 0) {
      pendingSpace = !out.empty();
      i += n;
      continue;
    }
    if (pendingSpace) out.push_back(' ');
    pendingSpace = false;
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

std::string withoutLigatures(std::string_view text) {
  static constexpr const char* kExpansions[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    // U+FB00..U+FB06 encode as EF AC 80..86 in UTF-8.
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xEF &&
        static_cast<unsigned char>(text[i + 1]) == 0xAC) {
      const auto third = static_cast<unsigned char>(text[i + 2]);
      if (third >= 0x80 && third <= 0x86) {
        out += kExpansions[third - 0x80];
        i += 2;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool iequals(std::string_view a, std::string_view b) { return a.size() == b.size() && lowered(a) == lowered(b); }

std::string withPlainDashes(std::string_view text) {
  std::string s;
  for (size_t i = 0; i < text.size();) {
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x88\x92")) {
      s += '-';
      i += 3;
    } else if (rest.starts_with("\xC2\xA0")) {
      s += ' ';
      i += 2;
    } else {
      s += text[i++];
    }
  }
  return s;
}

bool hasDigit(std::string_view text) {
  for (const char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      parts.emplace_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out.append(separator);
    out.append(parts[i]);
  }
  return out;
}

}  // namespace sbw
