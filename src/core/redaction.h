#pragma once
// Personal contact details in papers: board papers print officers' e-mail addresses and phone
// numbers. A redacting import or export replaces each with a marker, so that a store or an export
// can be shared without them.

#include <string>
#include <string_view>
#include <vector>

namespace sbw {

inline constexpr std::string_view kRedactedEmail = "[email]";
inline constexpr std::string_view kRedactedPhone = "[phone]";

// `text` with every e-mail address replaced by [email] and every UK phone number (national
// "020 8227 2000", "01708 433000", "(020) 7527 2000", "07700 900123", or international
// "+44 (0)20 7641 2500") by [phone]. Figures, dates and codes are left as they are.
std::string redactContactDetails(std::string_view text);

// A phone number printed over several words ("020", "8227", "2000."): how many of the leading
// `words` it takes (0 when they do not start with one), the first word possibly with a prefix
// ("Tel:020") and the last with punctuation after it. `redacted` is the words' text with the
// number replaced.
struct PhoneWords {
  size_t count = 0;
  std::string redacted;
};
PhoneWords leadingPhoneNumber(const std::vector<std::string>& words);

// Whether `text` holds an e-mail address or a phone number redactContactDetails would replace.
bool hasContactDetails(std::string_view text);

}  // namespace sbw
