#include "core/period.h"

#include <array>
#include <regex>
#include <utility>

#include "core/regex.h"
#include "core/text.h"

namespace sbw {
namespace {

constexpr std::array<std::pair<PeriodKind, const char*>, 8> kKindNames = {
    {{PeriodKind::FinancialYear, "financial_year"},
     {PeriodKind::AcademicYear, "academic_year"},
     {PeriodKind::CalendarYear, "calendar_year"},
     {PeriodKind::Quarter, "quarter"},
     {PeriodKind::Month, "month"},
     {PeriodKind::HalfYear, "half_year"},
     {PeriodKind::PointInTime, "point_in_time"},
     {PeriodKind::Range, "range"}}};

// Lower case, dashes and "to"/"until" unified to " - ", ordinals and commas dropped, spaces simplified.
std::string normalise(std::string_view text) {
  std::string s = withPlainDashes(text);
  s = lowered(s);
  for (char& c : s) {
    if (c == ',' || c == '(' || c == ')') c = ' ';
  }
  // Compiled once: Regex construction costs far more than matching.
  static const Regex ordinal(R"((\d)(st|nd|rd|th)\b)");
  static const Regex dash(R"(\s*-\s*)");
  static const Regex to(R"(\b(to|until|till)\b)");
  static const Regex gluedPrefix(R"(\b(fy|ay|cy)(\d))");
  s = std::regex_replace(s, ordinal, "$1");
  // "between April and June 2014": a range of months or days (two years are two mentions).
  static const Regex between(R"(^between ((?:\d{1,2} )?[a-z]+(?: \d{4})?) and (.+)$)");
  std::smatch months;
  if (std::regex_match(s, months, between)) {
    const std::string first = months[1].str();
    const auto space = first.find_last_of(' ');
    const std::string word = space == std::string::npos ? first : first.substr(first.find_first_not_of("0123456789 "));
    if (monthFromName(split(word, ' ').front()) != 0) s = first + " - " + months[2].str();
  }
  s = std::regex_replace(s, gluedPrefix, "$1 $2");  // "FY13/14"
  s = std::regex_replace(s, dash, " - ");
  s = std::regex_replace(s, to, " - ");
  s = simplified(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ':')) s.pop_back();
  return trimmed(s);
}

bool consumePrefix(std::string& s, const Regex& prefix) {
  std::smatch match;
  if (!std::regex_search(s, match, prefix, std::regex_constants::match_continuous)) return false;
  s = trimmed(s.substr(static_cast<size_t>(match.length(0))));
  return true;
}

bool removeWords(std::string& s, const Regex& words) {
  const std::string before = s;
  s = simplified(std::regex_replace(s, words, " "));
  return s != before;
}

int toInt(const std::ssub_match& m) { return std::stoi(m.str()); }

// A year written after another: "14" or "2014" after 2013.
std::optional<int> secondYear(int first, const std::string& text) {
  int second = std::stoi(text);
  if (text.size() == 2) second = (first / 100) * 100 + second + (second < first % 100 ? 100 : 0);
  if (second <= first) return std::nullopt;
  return second;
}

Period yearSpan(int first, int last, bool academic, const std::string& label) {
  Period p;
  p.label = label;
  const int startMonth = academic ? 9 : 4;
  p.start = Date{first, startMonth, 1};
  p.end = Date{last, startMonth, 1}.previousDay();
  p.kind = last == first + 1 ? (academic ? PeriodKind::AcademicYear : PeriodKind::FinancialYear) : PeriodKind::Range;
  return p;
}

// A day or a month with its year: "31 march 2021", "march 2021", "mar-21", "31/03/2021", "2021-03-31".
struct DatePoint {
  Date first;  // first day covered
  Date last;   // last day covered (same as first for a day)
  bool dayPrinted = false;
};

std::optional<DatePoint> parseDatePoint(const std::string& s, std::optional<int> defaultYear = std::nullopt) {
  static const Regex dayMonthYear(R"((\d{1,2}) ([a-z]+)(?: (\d{4}))?)");
  static const Regex monthYear(R"(([a-z]+)(?:(?: - | )?(\d{4}|\d{2}))?)");
  static const Regex numeric(R"((\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2}))");
  static const Regex iso(R"((\d{4}) - (\d{2}) - (\d{2}))");
  std::smatch m;
  std::optional<Date> day;
  if (std::regex_match(s, m, iso)) {
    day = Date::make(toInt(m[1]), toInt(m[2]), toInt(m[3]));
  } else if (std::regex_match(s, m, numeric)) {
    day = Date::make(expandTwoDigitYear(toInt(m[3])), toInt(m[2]), toInt(m[1]));  // UK order: day first
  } else if (std::regex_match(s, m, dayMonthYear)) {
    const int month = monthFromName(m[2].str());
    const std::optional<int> year = m[3].matched ? std::optional<int>(toInt(m[3])) : defaultYear;
    if (year && month != 0) day = Date::make(*year, month, toInt(m[1]));
  } else if (std::regex_match(s, m, monthYear)) {
    const int month = monthFromName(m[1].str());
    const std::optional<int> year = m[2].matched ? std::optional<int>(expandTwoDigitYear(toInt(m[2]))) : defaultYear;
    if (!year || month == 0) return std::nullopt;
    return DatePoint{Date{*year, month, 1}, Date::lastOfMonth(*year, month), false};
  }
  if (day) return DatePoint{*day, *day, true};
  return std::nullopt;
}

std::optional<Period> parseRange(const std::string& s, const std::string& label) {
  const auto dash = s.find(" - ");
  if (dash == std::string::npos || s.find(" - ", dash + 3) != std::string::npos) return std::nullopt;
  const std::string left = s.substr(0, dash);
  const std::string right = s.substr(dash + 3);
  const auto to = parseDatePoint(right);
  if (!to) return std::nullopt;
  auto from = parseDatePoint(left);
  if (!from) {
    // "april - september 2016", "1 october - 31 march 2021": the first end borrows the year of the second.
    from = parseDatePoint(left, to->last.year);
    if (from && from->first > to->last) from = parseDatePoint(left, to->last.year - 1);
  }
  if (!from || from->first > to->last) return std::nullopt;
  Period p;
  p.kind = PeriodKind::Range;
  p.label = label;
  p.start = from->first;
  p.end = to->last;
  return p;
}

void setQuarter(Period& p, int quarter, std::optional<int> financialYearStart, std::optional<int> calendarYear) {
  p.kind = PeriodKind::Quarter;
  p.part = quarter;
  if (financialYearStart) {
    p.start = Date{*financialYearStart, 4, 1}.plusMonths(3 * (quarter - 1));
  } else if (calendarYear) {
    p.start = Date{*calendarYear, 1 + 3 * (quarter - 1), 1};
  } else {
    return;
  }
  p.end = p.start->plusMonths(3).previousDay();
}

}  // namespace

bool Period::within(const Period& other) const {
  return dated() && other.dated() && *start >= *other.start && *end <= *other.end;
}

const char* periodKindName(PeriodKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "range";
}

std::optional<PeriodKind> periodKindFromName(std::string_view name) {
  for (const auto& [k, text] : kKindNames) {
    if (name == text) return k;
  }
  return std::nullopt;
}

std::optional<Period> parsePeriod(std::string_view text, const PeriodContext& context) {
  const std::string label = simplified(text);
  // Cheap refusals first: the regular expressions below are slow on sentences. Every period label
  // is short and carries a number, except a half or quarter named in words ("second half").
  if (label.size() > 64) return std::nullopt;
  const bool hasDigit = label.find_first_of("0123456789") != std::string::npos;
  if (!hasDigit && lowered(label).find("half") == std::string::npos) return std::nullopt;
  std::string s = normalise(label);
  if (s.empty()) return std::nullopt;

  static const Regex pointWords(R"((as at|as of|at|on|snapshot at|position at|end of|end)\b\s*)");
  static const Regex yearWordPattern(R"(\byear\b)");
  static const Regex academicWords(R"(\b(academic year|academic|school year|ay)\b)");
  static const Regex financialWords(R"(\b(financial year|financial|fy)\b)");
  static const Regex calendarWords(R"(\b(calendar year|calendar|cy)\b)");
  static const Regex fillerWords(R"(\b(the|in|of|during|year|for)\b)");
  const bool point = consumePrefix(s, pointWords);
  const bool yearWord = std::regex_search(s, yearWordPattern);
  bool academic = context.academic;
  if (removeWords(s, academicWords)) academic = true;
  if (removeWords(s, financialWords)) academic = false;
  const bool calendar = removeWords(s, calendarWords);
  removeWords(s, fillerWords);
  s = trimmed(s);
  std::smatch m;

  // "year ending 31 march 2014", "12 months ending march 2017", "six months - 31 march 2021"
  static const Regex ending(R"((?:(12|twelve|6|six) months? )?(?:ending|ended|- )\s*(.+))");
  if (!point && std::regex_match(s, m, ending) && (m[1].matched || s.starts_with("end") || yearWord)) {
    if (const auto endPoint = parseDatePoint(m[2].str())) {
      const bool half = m[1].matched && (m[1].str() == "6" || m[1].str() == "six");
      Period p;
      p.label = label;
      p.end = endPoint->last;
      p.start = p.end->nextDay().plusMonths(half ? -6 : -12);
      p.kind = half ? PeriodKind::HalfYear : PeriodKind::Range;
      if (!half && p.start->month == 4 && p.start->day == 1) p.kind = PeriodKind::FinancialYear;
      if (half) p.part = p.start->month == 4 ? 1 : p.start->month == 10 ? 2 : 0;
      return p;
    }
  }

  // Year pairs: "2013-14", "2013/14", "2015 - 16", "2016-2017", "13/14", and spans "2014-16".
  static const Regex yearPair(R"((\d{4}) ?(?:-|/) ?(\d{4}|\d{2}))");
  static const Regex shortPair(R"((\d{2})/(\d{2}))");
  if (std::regex_match(s, m, yearPair)) {
    const int first = toInt(m[1]);
    const auto last = secondYear(first, m[2].str());
    if (!last || *last - first > 10) return std::nullopt;
    Period p = yearSpan(first, *last, academic, label);
    if (calendar) {
      p.kind = PeriodKind::Range;
      p.start = Date{first, 1, 1};
      p.end = Date{*last, 12, 31};
    }
    return p;
  }
  if (std::regex_match(s, m, shortPair)) {
    const int first = expandTwoDigitYear(toInt(m[1]));
    const int second = expandTwoDigitYear(toInt(m[2]));
    if (second != first + 1) return std::nullopt;
    return yearSpan(first, second, academic, label);
  }

  // Quarters: "q1", "q3 2014/15", "quarter 2", "2nd quarter 2016", "q1 2014".
  static const Regex quarter(R"((?:q ?([1-4])|quarter ([1-4])|([1-4]) quarter)(?: (.+))?)");
  if (std::regex_match(s, m, quarter)) {
    const int number = toInt(m[1].matched ? m[1] : m[2].matched ? m[2] : m[3]);
    Period p;
    p.label = label;
    if (!m[4].matched) {
      setQuarter(p, number, context.financialYearStart, std::nullopt);
      return p;
    }
    const std::string rest = m[4].str();
    std::smatch y;
    if (std::regex_match(rest, y, yearPair)) {
      setQuarter(p, number, toInt(y[1]), std::nullopt);
    } else if (std::regex_match(rest, y, shortPair)) {
      setQuarter(p, number, expandTwoDigitYear(toInt(y[1])), std::nullopt);
    } else if (static const Regex fourDigits(R"(\d{4})"); std::regex_match(rest, y, fourDigits)) {
      setQuarter(p, number, std::nullopt, toInt(y[0]));
    } else {
      return std::nullopt;
    }
    return p;
  }

  // Halves of a financial year: "h1 2020/21", "first half 2020-21", "second half".
  static const Regex half(R"((?:h([12])|(first|second) half)(?: (.+))?)");
  if (std::regex_match(s, m, half)) {
    const int number = m[1].matched ? toInt(m[1]) : (m[2].str() == "first" ? 1 : 2);
    Period p;
    p.label = label;
    p.kind = PeriodKind::HalfYear;
    p.part = number;
    std::optional<int> year = context.financialYearStart;
    if (m[3].matched) {
      std::smatch y;
      const std::string rest = m[3].str();
      if (std::regex_match(rest, y, yearPair)) {
        year = toInt(y[1]);
      } else if (std::regex_match(rest, y, shortPair)) {
        year = expandTwoDigitYear(toInt(y[1]));
      } else {
        return std::nullopt;
      }
    }
    if (year) {
      p.start = Date{*year, number == 1 ? 4 : 10, 1};
      p.end = p.start->plusMonths(6).previousDay();
    }
    return p;
  }

  // Explicit ranges: "1 october 2020 - 31 march 2021", "april 2013 - march 2014".
  if (auto range = parseRange(s, label)) return range;

  // "mid-2013", "mid year 2015": ONS mid-year population estimates are as at 30 June.
  static const Regex midYear(R"(mid(?: - | )?(?:year(?: - | ))?(\d{4}))");
  if (std::regex_match(s, m, midYear)) {
    Period p;
    p.kind = PeriodKind::PointInTime;
    p.label = label;
    p.start = p.end = Date{toInt(m[1]), 6, 30};
    return p;
  }

  // A single year: a calendar year, or the year a point in time falls in ("as at 2014").
  static const Regex year(R"((\d{4}))");
  if (std::regex_match(s, m, year)) {
    const int y = toInt(m[1]);
    if (y < 1900 || y > 2100) return std::nullopt;
    Period p;
    p.label = label;
    p.kind = point ? PeriodKind::PointInTime : PeriodKind::CalendarYear;
    p.start = Date{y, 1, 1};
    p.end = Date{y, 12, 31};
    return p;
  }

  // A day or a month: "31 march 2014", "jun-14", "july 2014", "31/03/2014", "2014-03-31".
  if (const auto when = parseDatePoint(s)) {
    Period p;
    p.label = label;
    p.start = when->first;
    p.end = when->last;
    p.kind = (point || when->dayPrinted) ? PeriodKind::PointInTime : PeriodKind::Month;
    return p;
  }
  return std::nullopt;
}

}  // namespace sbw
