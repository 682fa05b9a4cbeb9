#pragma once
// A calendar date without time or zone: reports print days, months and years, never instants.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace sbw {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  auto operator<=>(const Date&) const = default;

  // "2014-03-31"
  std::string iso() const;
  // Parses "YYYY-MM-DD"; nullopt when malformed or not a real day.
  static std::optional<Date> fromIso(std::string_view text);
  // Nullopt unless year/month/day name a real day (29 February only in leap years).
  static std::optional<Date> make(int year, int month, int day);
  static Date lastOfMonth(int year, int month);
  static int daysInMonth(int year, int month);

  Date nextDay() const;
  Date previousDay() const;
  Date plusMonths(int months) const;  // the day is clamped to the end of a shorter month
  // Days since 1 January 1970, for measuring distances between dates.
  long dayNumber() const;
};

// 1..12 for "Jan", "January", "Sept" ... (any case); 0 otherwise.
int monthFromName(std::string_view name);
const char* monthName(int month);

// Two-digit years as printed ("Jun-14", "13/14") are this century before 70, the last one from 70.
int expandTwoDigitYear(int year);

}  // namespace sbw
