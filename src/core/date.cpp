#include "core/date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>

#include "core/text.h"

namespace sbw {
namespace {

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool parseInt(std::string_view text, int& out) {
  if (text.empty()) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

constexpr std::array<const char*, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                     "May",       "June",     "July",     "August",
                                                     "September", "October",  "November", "December"};

}  // namespace

std::string Date::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

int Date::daysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

std::optional<Date> Date::make(int year, int month, int day) {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return std::nullopt;
  return Date{year, month, day};
}

std::optional<Date> Date::fromIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (!parseInt(text.substr(0, 4), year) || !parseInt(text.substr(5, 2), month) || !parseInt(text.substr(8, 2), day)) {
    return std::nullopt;
  }
  return make(year, month, day);
}

Date Date::lastOfMonth(int year, int month) { return Date{year, month, daysInMonth(year, month)}; }

Date Date::nextDay() const {
  if (day < daysInMonth(year, month)) return Date{year, month, day + 1};
  if (month < 12) return Date{year, month + 1, 1};
  return Date{year + 1, 1, 1};
}

Date Date::previousDay() const {
  if (day > 1) return Date{year, month, day - 1};
  if (month > 1) return lastOfMonth(year, month - 1);
  return Date{year - 1, 12, 31};
}

Date Date::plusMonths(int months) const {
  const int index = year * 12 + (month - 1) + months;
  const int newYear = index / 12;
  const int newMonth = index % 12 + 1;
  const int newDay = std::min(day, daysInMonth(newYear, newMonth));
  return Date{newYear, newMonth, newDay};
}

long Date::dayNumber() const {
  // Howard Hinnant's days_from_civil.
  const int y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int monthFromName(std::string_view name) {
  // Called for every word of every sentence: compared in place, without building strings.
  constexpr size_t kLongest = 9;  // "September"
  if (name.size() < 3 || name.size() > kLongest) return 0;
  const auto sameLetters = [&](std::string_view month, size_t count) {
    for (size_t k = 0; k < count; ++k) {
      if (std::tolower(static_cast<unsigned char>(name[k])) != std::tolower(static_cast<unsigned char>(month[k])))
        return false;
    }
    return true;
  };
  for (int i = 0; i < 12; ++i) {
    const std::string_view full = kMonthNames[static_cast<size_t>(i)];
    if ((name.size() == full.size() || name.size() == 3) && sameLetters(full, name.size())) return i + 1;
  }
  return name.size() == 4 && sameLetters("sept", 4) ? 9 : 0;
}

const char* monthName(int month) {
  return month >= 1 && month <= 12 ? kMonthNames[static_cast<size_t>(month - 1)] : "";
}

int expandTwoDigitYear(int year) {
  if (year >= 100) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

}  // namespace sbw
