#include "core/redaction.h"

#include <cctype>
#include <optional>
#include <vector>

namespace sbw {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool isAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool isLocalPartChar(char c) {
  return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}
bool isDomainChar(char c) { return isAlnum(c) || c == '.' || c == '-'; }

struct Span {
  size_t begin = 0;
  size_t end = 0;
};

// The e-mail address whose '@' is at `at`: a local part before it, a dotted domain after it whose
// last label has two letters or more.
std::optional<Span> emailAround(std::string_view text, size_t at) {
  size_t begin = at;
  while (begin > 0 && isLocalPartChar(text[begin - 1])) --begin;
  while (begin < at && text[begin] == '.') ++begin;
  size_t end = at + 1;
  while (end < text.size() && isDomainChar(text[end])) ++end;
  while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;  // a sentence's full stop
  if (begin == at || end == at + 1) return std::nullopt;
  const std::string_view domain = text.substr(at + 1, end - at - 1);
  const auto lastDot = domain.rfind('.');
  if (lastDot == std::string_view::npos || lastDot == 0) return std::nullopt;
  const std::string_view top = domain.substr(lastDot + 1);
  if (top.size() < 2) return std::nullopt;
  for (const char c : top) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return std::nullopt;
  }
  return Span{begin, end};
}

// Digit groups from `from`: single spaces or hyphens between groups, a ')' closing the first.
struct Groups {
  std::vector<size_t> sizes;
  size_t end = 0;
};

Groups digitGroups(std::string_view text, size_t from, bool openParen) {
  Groups groups;
  size_t i = from;
  bool closed = !openParen;
  while (i < text.size() && groups.sizes.size() < 4) {
    size_t digits = 0;
    while (i + digits < text.size() && isDigit(text[i + digits])) ++digits;
    if (digits == 0) break;
    groups.sizes.push_back(digits);
    i += digits;
    groups.end = i;
    if (i < text.size() && text[i] == ')' && !closed && groups.sizes.size() == 1) {
      closed = true;
      ++i;
      groups.end = i;
    }
    if (i + 1 < text.size() && (text[i] == ' ' || text[i] == '-') && isDigit(text[i + 1])) {
      ++i;
    } else if (i + 2 < text.size() && text[i] == ' ' && text[i + 1] == '-' && text[i + 2] == ' ') {
      break;  // "020 - 7" is not how a number is written
    } else {
      break;
    }
  }
  if (!closed) groups.sizes.clear();
  return groups;
}

size_t total(const std::vector<size_t>& sizes) {
  size_t n = 0;
  for (const size_t s : sizes) n += s;
  return n;
}

// A UK number is an area or mobile code (3 to 5 digits with its leading 0) then one or two groups
// of 3 to 8 digits, 10 or 11 digits in all; or the same 10 or 11 digits unbroken.
bool looksLikeNationalNumber(const std::vector<size_t>& sizes) {
  const size_t digits = total(sizes);
  if (digits < 10 || digits > 11) return false;
  if (sizes.size() == 1) return true;
  if (sizes.front() < 3 || sizes.front() > 5 || sizes.size() > 3) return false;
  for (size_t g = 1; g < sizes.size(); ++g) {
    if (sizes[g] < 3 || sizes[g] > 8) return false;
  }
  return true;
}

std::optional<Span> phoneAt(std::string_view text, size_t at) {
  if (at > 0 && (isAlnum(text[at - 1]) || text[at - 1] == '.' || text[at - 1] == ',' || text[at - 1] == '/')) {
    return std::nullopt;
  }
  size_t i = at;
  if (text.substr(i).starts_with("+44")) {
    i += 3;
    if (i < text.size() && text[i] == ' ') ++i;
    bool trunk = false;
    if (text.substr(i).starts_with("(0)")) {
      i += 3;
      trunk = true;
      if (i < text.size() && text[i] == ' ') ++i;
    }
    const Groups groups = digitGroups(text, i, false);
    if (groups.sizes.empty() || (!trunk && text[i] == '0')) return std::nullopt;
    std::vector<size_t> national = groups.sizes;
    national.front() += 1;  // as if written with its leading 0
    if (!looksLikeNationalNumber(national)) return std::nullopt;
    if (groups.end < text.size() && isDigit(text[groups.end])) return std::nullopt;
    return Span{at, groups.end};
  }
  const bool paren = text[i] == '(';
  if (paren) ++i;
  if (i >= text.size() || text[i] != '0' || i + 1 >= text.size() || text[i + 1] == '0') return std::nullopt;
  const Groups groups = digitGroups(text, i, paren);
  if (groups.sizes.empty() || !looksLikeNationalNumber(groups.sizes)) return std::nullopt;
  const size_t end = groups.end;
  if (end < text.size() &&
      (isAlnum(text[end]) || (text[end] == '.' && end + 1 < text.size() && isDigit(text[end + 1])))) {
    return std::nullopt;
  }
  return Span{at, end};
}

std::vector<std::pair<Span, std::string_view>> findContactDetails(std::string_view text) {
  std::vector<std::pair<Span, std::string_view>> found;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '@') {
      if (const auto email = emailAround(text, i)) {
        if (!found.empty() && found.back().first.end > email->begin) found.pop_back();  // never overlap
        found.push_back({*email, kRedactedEmail});
        i = email->end;
        continue;
      }
    } else if (text[i] == '0' || text[i] == '(' || text[i] == '+') {
      if (const auto phone = phoneAt(text, i)) {
        found.push_back({*phone, kRedactedPhone});
        i = phone->end;
        continue;
      }
    }
    ++i;
  }
  return found;
}

}  // namespace

std::string redactContactDetails(std::string_view text) {
  const auto found = findContactDetails(text);
  if (found.empty()) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  for (const auto& [span, marker] : found) {
    out.append(text.substr(at, span.begin - at));
    out.append(marker);
    at = span.end;
  }
  out.append(text.substr(at));
  return out;
}

bool hasContactDetails(std::string_view text) { return !findContactDetails(text).empty(); }

PhoneWords leadingPhoneNumber(const std::vector<std::string>& words) {
  PhoneWords best;
  std::string joined;
  for (size_t n = 0; n < words.size(); ++n) {
    joined += (n == 0 ? "" : " ") + words[n];
    const auto found = findContactDetails(joined);
    if (found.size() != 1 || found.front().second != kRedactedPhone) continue;
    const Span span = found.front().first;
    const bool withinFirstWord = joined.find(' ') == std::string::npos || span.begin < words.front().size();
    bool onlyPunctuationAfter = true;
    for (size_t k = span.end; k < joined.size(); ++k) {
      if (std::isalnum(static_cast<unsigned char>(joined[k])) || joined[k] == ' ') onlyPunctuationAfter = false;
    }
    if (withinFirstWord && onlyPunctuationAfter && span.end > joined.size() - words[n].size()) {
      best.count = n + 1;
      best.redacted = redactContactDetails(joined);
    }
  }
  return best;
}

}  // namespace sbw
