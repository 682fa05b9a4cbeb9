#include "extract/meeting_details.h"

#include <algorithm>
#include <cmath>
#include <regex>

#include "core/period.h"
#include "core/text.h"

namespace sbw::extract {
namespace {

constexpr size_t kMeetingPages = 3;

// "Monday 6th October, 2014" -> "6 October 2014": weekdays, ordinals and commas say nothing more.
std::optional<Date> dayIn(const std::string& text) {
  static const std::regex weekday(R"(\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?)",
                                  std::regex::icase);
  static const std::regex ordinal(R"((\d)(st|nd|rd|th)\b)");
  static const std::regex day(R"((\d{1,2}\s+[A-Za-z]+,?\s+\d{4}))");
  std::string s = std::regex_replace(text, weekday, "");
  s = std::regex_replace(s, ordinal, "$1");
  std::smatch match;
  if (!std::regex_search(s, match, day)) return std::nullopt;
  std::string found = match.str(1);
  found.erase(std::remove(found.begin(), found.end(), ','), found.end());
  const auto period = parsePeriod(simplified(found));
  if (!period || !period->start || !period->end || *period->start != *period->end) return std::nullopt;
  return period->start;
}

const std::regex& itemPattern() {
  // "4. Action tracker", "Item 4: Action tracker", "6.1 Annual report"
  static const std::regex pattern(R"(^(?:item\s+)?(\d{1,2}(?:\.\d{1,2})?)[.:)]?\s+([A-Za-z].{2,120})$)",
                                  std::regex::icase);
  return pattern;
}

bool isBodyName(const std::string& line) {
  static const std::regex body(R"(\b(committee|commission|board|panel|partnership|forum|cabinet|council)\*{0,2}$)",
                               std::regex::icase);
  return line.size() < 120 && std::regex_search(line, body);
}

}  // namespace

std::optional<PrintedMeeting> meetingDetails(const std::vector<std::vector<pdf::TextLine>>& pages) {
  // In order of trust: a labelled date ("Meeting Date: ..."), a line that is only a date (the
  // heading of minutes), then "held on ...", which in minutes often names the previous meeting.
  static const std::regex labelled(R"(^\s*(meeting date|date of meeting|date of the meeting|date)\s*:?\s*(.*))",
                                   std::regex::icase);
  static const std::regex dateOnly(
      R"(^\s*((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)?,?\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})\s*$)",
      std::regex::icase);
  static const std::regex heldOn(R"(\bheld on\s+(.*))", std::regex::icase);
  PrintedMeeting meeting;
  for (const std::regex* pattern : {&labelled, &dateOnly, &heldOn}) {
    for (size_t p = 0; p < pages.size() && p < kMeetingPages && !meeting.date; ++p) {
      for (const pdf::TextLine& line : pages[p]) {
        const std::string text = line.text();
        std::smatch match;
        if (!std::regex_search(text, match, *pattern)) continue;
        const std::string printed = match.str(match.size() - 1);
        if (const auto date = dayIn(printed)) {
          meeting.date = date;
          meeting.dateLabel = simplified(printed);
          meeting.page = static_cast<int>(p) + 1;
          break;
        }
      }
    }
    if (meeting.date) break;
  }
  if (!meeting.date) return std::nullopt;

  // The body's name: the largest line on the cover ending in "Committee", "Board" and the like,
  // with the lines above it set in the same size ("Children and Education / ... / Committee").
  const auto& cover = pages.front();
  const auto sizeOf = [](const pdf::TextLine& line) { return line.words.empty() ? 0.0 : line.words.front().fontSize; };
  std::optional<size_t> best;
  for (size_t i = 0; i < cover.size(); ++i) {
    const std::string text = simplified(cover[i].text());
    if (text.size() < 100 && isBodyName(text) && (!best || sizeOf(cover[i]) > sizeOf(cover[*best]) + 0.5)) best = i;
  }
  if (best) {
    size_t first = *best;
    while (first > 0 && *best - first < 3 && std::abs(sizeOf(cover[first - 1]) - sizeOf(cover[*best])) < 0.5) --first;
    std::string body;
    for (size_t i = first; i <= *best; ++i) body += (body.empty() ? "" : " ") + cover[i].text();
    body = simplified(body);
    if (const size_t title = lowered(body).find("title:"); title != std::string::npos)
      body = trimmed(body.substr(title + 6));
    meeting.body = body;
  }
  // Agenda items follow an "Agenda" line on the first pages.
  for (size_t p = 0; p < pages.size() && p < kMeetingPages; ++p) {
    bool inAgenda = false;
    for (const pdf::TextLine& line : pages[p]) {
      const std::string text = simplified(line.text());
      if (iequals(text, "agenda") || iequals(text, "agenda items")) {
        inAgenda = true;
        continue;
      }
      std::smatch match;
      if (inAgenda && std::regex_match(text, match, itemPattern())) {
        // Items count up; a number that does not is a heading further on ("Item 3: Minutes").
        const double number = std::stod(match.str(1));
        if (!meeting.agenda.empty() && number <= std::stod(meeting.agenda.back().number)) {
          inAgenda = false;
          continue;
        }
        meeting.agenda.push_back({static_cast<int>(p) + 1, match.str(1), simplified(match.str(2))});
      }
    }
    if (!meeting.agenda.empty()) break;
  }
  return meeting;
}

std::string agendaItemAbove(const std::vector<std::vector<pdf::TextLine>>& pages, int page, double y) {
  for (int p = page; p >= 1 && p > page - 3; --p) {
    if (p > static_cast<int>(pages.size())) continue;
    const auto& lines = pages[static_cast<size_t>(p - 1)];
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
      if (p == page && it->box.y1 >= y) continue;
      const std::string text = simplified(it->text());
      if (text.size() < 120 && startsWith(lowered(text), "item ") && std::regex_match(text, itemPattern())) {
        return text;
      }
    }
  }
  return {};
}

}  // namespace sbw::extract
