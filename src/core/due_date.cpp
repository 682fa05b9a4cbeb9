#include "core/due_date.h"

#include <charconv>
#include <cstdint>
#include <regex>
#include <string>

#include "core/number_words.h"
#include "core/period.h"
#include "core/regex.h"
#include "core/text.h"

namespace sbw {
namespace {

// Lower case, dashes as '-', ordinals dropped ("20th" -> "20"), white space simplified.
std::string normalised(std::string_view printed) {
  const std::string s = withPlainDashes(printed);
  static const Regex ordinal(R"((\d)(st|nd|rd|th)\b)");
  return simplified(std::regex_replace(lowered(s), ordinal, "$1"));
}

// More days, weeks or months ahead than this name no day an action is due.
constexpr std::int64_t kMostUnits = 1000;

// "2", "two", "a", "" (as in "the next week") -> the count.
std::optional<int> countOf(const std::string& word) {
  if (word.empty() || word == "a" || word == "one") return 1;
  std::int64_t count = 0;
  if (std::isdigit(static_cast<unsigned char>(word.front()))) {
    // from_chars, not stoi: "in the next 99999999999 days" gives no day rather than an exception.
    if (std::from_chars(word.data(), word.data() + word.size(), count).ec != std::errc()) return std::nullopt;
  } else if (const auto n = parseNumberWords(word)) {
    count = *n;
  } else {
    return std::nullopt;
  }
  // A bound, or a huge count overflows the month arithmetic and keeps addDays counting for minutes.
  if (count > kMostUnits) return std::nullopt;
  return static_cast<int>(count);
}

Date endOfMonth(int year, int month) { return Date::lastOfMonth(year, month); }

// Wording with no day in it, however dated its neighbours: work that goes on past any date.
bool openEnded(const std::string& s) {
  static const Regex beyond(R"(\band (possibly )?beyond\b)");
  return std::regex_search(s, beyond);
}

// "in the next 2 weeks", "within 28 days", "in the next month": counted from the meeting.
std::optional<Date> fromMeeting(const std::string& s, const DueContext& context, bool& relative) {
  static const Regex pattern(
      R"(\b(?:in|within|over)\s+(?:the\s+)?(?:next\s+)?([a-z0-9]+\s+)?(day|week|fortnight|month)s?\b)");
  std::smatch m;
  if (!std::regex_search(s, m, pattern)) return std::nullopt;
  relative = true;
  const auto count = countOf(trimmed(m.str(1)));
  if (!count || !context.meeting) return std::nullopt;
  const std::string unit = m.str(2);
  if (unit == "month") return context.meeting->plusMonths(*count);
  const long days = unit == "day" ? *count : unit == "week" ? 7L * *count : 14L * *count;
  return addDays(*context.meeting, days);
}

// "the coming year", "the forthcoming year", "over the next twelve months", "next two years":
// whole years counted from the end of the year the report covers.
std::optional<Date> fromReportingYear(const std::string& s, const DueContext& context, bool& relative) {
  static const Regex comingYear(R"(\b(?:coming|forthcoming|following|next)\s+year\b)");
  static const Regex nextSpan(R"(\bnext\s+([a-z0-9]+)\s+(year|month)s\b)");
  int months = 0;
  std::smatch m;
  if (std::regex_search(s, m, nextSpan)) {
    const auto count = countOf(m.str(1));
    if (!count) return std::nullopt;
    months = m.str(2) == "year" ? 12 * *count : *count;
  } else if (std::regex_search(s, comingYear)) {
    months = 12;
  } else {
    return std::nullopt;
  }
  relative = true;
  if (months % 12 != 0 || !context.reportingEnd) return std::nullopt;
  return context.reportingEnd->plusMonths(months);
}

int yearOf(const std::string& digits) {
  const int year = std::stoi(digits);
  return digits.size() == 2 ? expandTwoDigitYear(year) : year;
}

// The year a term or month printed without one falls in: that of what the text is read against.
std::optional<int> contextYear(const DueContext& context) {
  if (context.reference) return context.reference->year;
  if (context.meeting) return context.meeting->year;
  if (context.reportingEnd) return context.reportingEnd->year;
  return std::nullopt;
}

// Seasons, terms and parts of a year: "autumn 2014" is 30 November, "early 2018" 31 March, the
// summer term ends in July and the autumn term at Christmas.
std::optional<Date> seasonal(const std::string& s, const DueContext& context) {
  static const Regex term(R"(\b(spring|summer|autumn)\s+term(?:\s+(?:of\s+)?(\d{4}))?)");
  static const Regex season(
      R"(\b(early|spring|summer|autumn|winter|late|later in|end of)\s+(?:of\s+|in\s+)?(\d{4})\b)");
  static const Regex newYear(R"(\bthe new year\b)");
  std::smatch m;
  if (std::regex_search(s, m, term)) {
    const std::optional<int> year = m[2].matched ? std::optional<int>(std::stoi(m.str(2))) : contextYear(context);
    if (!year) return std::nullopt;
    const std::string which = m.str(1);
    if (which == "spring") return endOfMonth(*year, 3);
    if (which == "summer") return endOfMonth(*year, 7);
    return endOfMonth(*year, 12);
  }
  if (std::regex_search(s, m, season)) {
    const int year = std::stoi(m.str(2));
    const std::string which = m.str(1);
    if (which == "early") return endOfMonth(year, 3);
    if (which == "spring") return endOfMonth(year, 5);
    if (which == "summer") return endOfMonth(year, 8);
    if (which == "autumn") return endOfMonth(year, 11);
    if (which == "winter") return endOfMonth(year + 1, 2);
    return endOfMonth(year, 12);
  }
  if (std::regex_search(s, newYear)) {
    const auto base = context.reference ? context.reference : context.meeting;
    if (base) return endOfMonth(base->month == 1 ? base->year : base->year + 1, 1);
  }
  return std::nullopt;
}

// "end of quarter 3 2021/2022", "Q2 2017/18": the quarter's last day.
std::optional<Date> quarter(const std::string& s) {
  static const Regex pattern(R"(\b(?:quarter|q)\s*([1-4])\s+(?:of\s+)?(\d{4}\s*[-/]\s*\d{2,4}|\d{4})\b)");
  std::smatch m;
  if (!std::regex_search(s, m, pattern)) return std::nullopt;
  const auto period = parsePeriod("q" + m.str(1) + " " + m.str(2));
  return period ? period->end : std::nullopt;
}

std::optional<Date> explicitDay(const std::string& s) {
  static const Regex dayMonthYear(R"(\b(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})\b)");
  static const Regex numeric(R"(\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b)");
  std::smatch m;
  if (std::regex_search(s, m, dayMonthYear)) {
    if (const int month = monthFromName(m.str(2)); month > 0) {
      return Date::make(std::stoi(m.str(3)), month, std::stoi(m.str(1)));
    }
  }
  if (std::regex_search(s, m, numeric)) return Date::make(yearOf(m.str(3)), std::stoi(m.str(2)), std::stoi(m.str(1)));
  return std::nullopt;
}

std::optional<Date> explicitMonth(const std::string& s) {
  static const Regex monthYear(R"(\b([a-z]{3,9})\.?\s*[-']?\s*(\d{4}|\d{2})\b)");
  for (auto it = RegexIterator(s.begin(), s.end(), monthYear); it != RegexIterator(); ++it) {
    if (const int month = monthFromName((*it)[1].str()); month > 0) return endOfMonth(yearOf((*it)[2].str()), month);
  }
  return std::nullopt;
}

// "2014/15", "2017 to 2018", "2014-16", "17/18": a financial year or a plan period, its last day.
std::optional<Date> yearSpan(const std::string& s) {
  static const Regex pair(R"(\b(\d{4})\s*(?:/|-|to)\s*(\d{4}|\d{2})\b)");
  static const Regex shortPair(R"(\b(\d{2})\s*[/-]\s*(\d{2})\b)");
  std::smatch m;
  if (std::regex_search(s, m, pair)) {
    const auto period = parsePeriod(m.str(1) + "-" + m.str(2));
    if (period && period->end) return period->end;
  }
  if (std::regex_search(s, m, shortPair) && std::stoi(m.str(2)) == std::stoi(m.str(1)) + 1) {
    return Date{expandTwoDigitYear(std::stoi(m.str(2))), 3, 31};
  }
  return std::nullopt;
}

std::optional<Date> plainYear(const std::string& s) {
  static const Regex year(R"(\b((?:19|20)\d{2})\b)");
  std::smatch m;
  if (!std::regex_search(s, m, year)) return std::nullopt;
  return Date{std::stoi(m.str(1)), 12, 31};
}

// "in October": the first such month after the period the text is read against.
std::optional<Date> bareMonth(const std::string& s, const DueContext& context) {
  static const Regex word(R"(\b(?:in|by|from|during|until|before)\s+([a-z]{3,9})\b)");
  std::smatch m;
  if (!std::regex_search(s, m, word)) return std::nullopt;
  const int month = monthFromName(m.str(1));
  if (month == 0) return std::nullopt;
  const auto base = context.reportingEnd ? context.reportingEnd
                    : context.reference  ? context.reference
                                         : context.meeting;
  if (!base) return std::nullopt;
  const int year = month > base->month ? base->year : base->year + 1;
  return endOfMonth(year, month);
}

}  // namespace

Date addDays(Date date, long days) {
  for (; days > 0; --days) date = date.nextDay();
  for (; days < 0; ++days) date = date.previousDay();
  return date;
}

std::optional<Date> resolveDueDate(std::string_view printed, const DueContext& context) {
  const std::string s = normalised(printed);
  if (s.empty() || openEnded(s)) return std::nullopt;
  // Minutes count from their meeting, reports from the end of their year; "over the next six
  // months" in a report, or "in the next 2 weeks" with no meeting known, gives no day.
  bool relative = false;
  if (context.meeting) {
    if (auto date = fromMeeting(s, context, relative); date || relative) return date;
  }
  if (auto date = fromReportingYear(s, context, relative); date || relative) return date;
  if (auto date = fromMeeting(s, context, relative); date || relative) return date;
  if (auto date = quarter(s)) return date;
  if (auto date = seasonal(s, context)) return date;
  if (auto date = explicitDay(s)) return date;
  if (auto date = yearSpan(s)) return date;
  if (auto date = explicitMonth(s)) return date;
  if (auto date = plainYear(s)) return date;
  return bareMonth(s, context);
}

}  // namespace sbw
