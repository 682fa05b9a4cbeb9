// Fuzz target: periods and due dates as printed ("2013-14", "Q1", "as at July 2014", "1 October
// 2020 - 31 March 2021", "by end of Q2 2017/18", "in the next 2 weeks"). The input is the text,
// read without context and with a context derived from it (the year a document reports on, whether
// it counts school years, the day of its meeting), on its own and as words of running text.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/action_status.h"
#include "core/date.h"
#include "core/due_date.h"
#include "core/period.h"
#include "core/text.h"
#include "extract/mentions.h"
#include "fuzz_input.h"

namespace {

using sbw::fuzz::check;

bool realDay(const sbw::Date& date) {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         date.day <= sbw::Date::daysInMonth(date.year, date.month);
}

void checkPeriod(const sbw::Period& period, std::string_view text) {
  check(period.label == sbw::simplified(text));
  check(period.start.has_value() == period.end.has_value());
  if (period.dated()) {
    check(realDay(*period.start) && realDay(*period.end));
    check(*period.start <= *period.end);
    check(period.within(period));
  }
  if (period.kind == sbw::PeriodKind::Quarter) check(period.part >= 1 && period.part <= 4);
  if (period.kind == sbw::PeriodKind::HalfYear) check(period.part >= 0 && period.part <= 2);
}

// A day from bits of the hash, as a document's meeting or reporting dates would be: a real day in
// a four-digit year.
std::optional<sbw::Date> dayFrom(std::uint64_t bits) {
  if ((bits & 1) == 0) return std::nullopt;
  return sbw::Date::make(1 + static_cast<int>((bits >> 1) % 9999), 1 + static_cast<int>((bits >> 15) % 12),
                         1 + static_cast<int>((bits >> 19) % 31));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = sbw::fuzz::textOf(data, size);
  const std::uint64_t hash = sbw::fuzz::hashOf(text);
  sbw::PeriodContext context;
  context.academic = (hash & 1) != 0;
  if ((hash & 2) != 0) context.financialYearStart = static_cast<int>((hash >> 2) % 10000);

  if (const auto period = sbw::parsePeriod(text)) checkPeriod(*period, text);
  if (const auto period = sbw::parsePeriod(text, context)) checkPeriod(*period, text);

  const std::vector<std::string> tokens = sbw::extract::wordsOf(std::string(text));
  for (const sbw::extract::PeriodMention& mention : sbw::extract::findPeriodMentions(tokens, context)) {
    check(mention.begin < mention.end && mention.end <= tokens.size());
    check(!mention.period.start || realDay(*mention.period.start));
  }

  if (const auto due = sbw::parseDueDate(text)) check(realDay(*due));
  sbw::DueContext due;
  due.meeting = dayFrom(sbw::fuzz::mixed(hash));
  due.reportingEnd = dayFrom(sbw::fuzz::mixed(hash + 1));
  due.reference = dayFrom(sbw::fuzz::mixed(hash + 2));
  if (const auto day = sbw::resolveDueDate(text)) check(realDay(*day));
  if (const auto day = sbw::resolveDueDate(text, due)) check(realDay(*day));
  return 0;
}
