#include "extract/meeting_details.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <regex>

#include "core/period.h"
#include "core/regex.h"
#include "core/text.h"

namespace sbw::extract {
namespace {

constexpr size_t kMeetingPages = 3;

// "Monday 6th October, 2014" -> "6 October 2014": weekdays, ordinals and commas say nothing more.
std::optional<Date> dayIn(const std::string& text) {
  static const Regex weekday(R"(\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?)", Regex::icase);
  static const Regex ordinal(R"((\d)(st|nd|rd|th)\b)");
  static const Regex day(R"((\d{1,2}\s+[A-Za-z]+,?\s+\d{4}))");
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

const Regex& itemPattern() {
  // "4. Action tracker", "Item 4: Action tracker", "6.1 Annual report"
  static const Regex pattern(R"(^(?:item\s+)?(\d{1,2}(?:\.\d{1,2})?)[.:)]?\s+([A-Za-z].{2,120})$)", Regex::icase);
  return pattern;
}

bool isBodyName(const std::string& line) {
  static const Regex body(R"(\b(committee|commission|board|panel|partnership|forum|cabinet|council)\*{0,2}$)",
                          Regex::icase);
  return line.size() < 120 && std::regex_search(line, body);
}

}  // namespace

std::optional<PrintedMeeting> meetingDetails(const std::vector<std::vector<pdf::TextLine>>& pages) {
  // In order of trust: a labelled date ("Meeting Date: ..."), a line that is only a date (the
  // heading of minutes), then "held on ...", which in minutes often names the previous meeting.
  static const Regex labelled(R"(^\s*(meeting date|date of meeting|date of the meeting|date)\s*:?\s*(.*))",
                              Regex::icase);
  static const Regex dateOnly(
      R"(^\s*((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)?,?\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})\s*$)",
      Regex::icase);
  static const Regex heldOn(R"(\bheld on\s+(.*))", Regex::icase);
  PrintedMeeting meeting;
  for (const Regex* pattern : {&labelled, &dateOnly, &heldOn}) {
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
  bool inAgenda = false;  // an agenda may run on to the next page
  for (size_t p = 0; p < pages.size() && p < kMeetingPages; ++p) {
    const size_t before = meeting.agenda.size();
    for (const pdf::TextLine& line : pages[p]) {
      const std::string text = simplified(line.text());
      if (iequals(text, "agenda") || iequals(text, "agenda items")) {
        inAgenda = true;
        continue;
      }
      std::smatch match;
      static const Regex pagesLine(R"(^\(?pages?\s+(\d{1,4})\s*(?:-|–|to)?\s*(\d{1,4})?\)?)", Regex::icase);
      if (inAgenda && !meeting.agenda.empty() && std::regex_search(text, match, pagesLine)) {
        PrintedAgendaItem& item = meeting.agenda.back();
        item.firstPage = std::stoi(match.str(1));
        item.lastPage = match[2].matched ? std::stoi(match.str(2)) : item.firstPage;
        continue;
      }
      if (inAgenda && std::regex_match(text, match, itemPattern())) {
        // Items count up; a number that does not is a heading further on ("Item 3: Minutes").
        const double number = std::stod(match.str(1));
        if (!meeting.agenda.empty() && number <= std::stod(meeting.agenda.back().number)) {
          inAgenda = false;
          continue;
        }
        if (monthFromName(split(match.str(2), ' ').front()) > 0) continue;  // "30 September 2014": a date
        meeting.agenda.push_back({static_cast<int>(p) + 1, match.str(1), simplified(match.str(2))});
      }
    }
    if (!meeting.agenda.empty() && (meeting.agenda.size() == before || !inAgenda)) break;
  }
  std::vector<std::string> coverLines;
  for (size_t p = 0; p < pages.size() && p < kMeetingPages; ++p) {
    for (const pdf::TextLine& line : pages[p]) coverLines.push_back(simplified(line.text()));
  }
  meeting.time = meetingTimeIn(coverLines);
  meeting.venue = meetingVenueIn(coverLines);
  meeting.attendees = attendeesIn(coverLines);
  return meeting;
}

namespace {

// "Members Present:", "Officers", "Apologies for Absence:": a label that opens a list of people.
const Regex& attendeeLabel() {
  static const Regex label(
      R"(^\**\s*(members present|present|committee members|co-opted(?: non-voting)? (?:members|representatives)|other councillors|councillors|members|officers(?: present)?|guests|also present|also in attendance|in attendance|apologies(?: for absence)?(?: were received from)?)\s*:?\s*(.*)$)",
      Regex::icase);
  return label;
}

// Commas and "and" outside brackets separate the people of a list.
std::vector<std::string> listParts(const std::string& text) {
  std::vector<std::string> parts;
  std::string current;
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    const bool comma = c == ',' && depth == 0;
    const bool conjunction = depth == 0 && text.compare(i, 5, " and ") == 0;
    if (comma || conjunction) {
      parts.push_back(trimmed(current));
      current.clear();
      if (conjunction) i += 4;
      continue;
    }
    current += c;
  }
  parts.push_back(trimmed(current));
  return parts;
}

// "Caroline Needham", "Alan De'Ath": two to four capitalised words.
bool looksLikeName(const std::string& name) {
  static const Regex pattern(R"(^([A-Z][A-Za-z'’\-]+\s+){1,3}[A-Z][A-Za-z'’\-]+$)");
  return std::regex_match(name, pattern);
}

void addPeople(const std::string& text, bool present, std::vector<PrintedAttendee>& out) {
  std::string title;
  for (std::string part : listParts(text)) {
    part.erase(std::remove(part.begin(), part.end(), '*'), part.end());
    part = trimmed(part);
    while (!part.empty() && (part.back() == '.' || part.back() == ';')) part.pop_back();
    // "Councillors Brian Connell (Chairman)": the title carries to the names after it.
    for (const std::string_view plural : {"Councillors ", "Councillor "}) {
      if (startsWith(part, plural)) {
        title = "Councillor";
        part = trimmed(part.substr(plural.size()));
      }
    }
    std::string role;
    if (const size_t open = part.find('('); open != std::string::npos) {
      const size_t close = part.rfind(')');
      role = trimmed(part.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1));
      part = trimmed(part.substr(0, open));
    }
    if (!looksLikeName(part)) continue;
    out.push_back({title.empty() ? part : title + " " + part, role, present});
  }
}

}  // namespace

namespace {

std::vector<std::string> titleWords(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (const char c : lowered(text) + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      if (word.size() > 2) out.push_back(word);
      word.clear();
    }
  }
  return out;
}

bool headingLike(const pdf::TextLine& line) {
  size_t bold = 0;
  for (const pdf::Word& w : line.words) bold += w.bold;
  return !line.words.empty() && bold * 2 > line.words.size();
}

}  // namespace

void locateAgendaPapers(PrintedMeeting& meeting, const std::vector<std::vector<pdf::TextLine>>& pages,
                        double titleShare) {
  if (meeting.agenda.empty()) return;
  const int agendaEnd = meeting.agenda.back().page;
  const int count = static_cast<int>(pages.size());
  int from = agendaEnd + 1;
  std::vector<int> found(meeting.agenda.size(), 0);
  for (size_t i = 0; i < meeting.agenda.size(); ++i) {
    const auto wanted = titleWords(meeting.agenda[i].title);
    if (wanted.empty()) continue;
    for (int p = from; p <= count && found[i] == 0; ++p) {
      for (const pdf::TextLine& line : pages[static_cast<size_t>(p - 1)]) {
        // A numbered heading is an item of minutes printed in the pack, not the paper itself.
        if (!headingLike(line) || std::regex_match(simplified(line.text()), itemPattern())) continue;
        const auto have = titleWords(line.text());
        size_t hits = 0;
        for (const std::string& w : wanted) hits += std::find(have.begin(), have.end(), w) != have.end();
        if (static_cast<double>(hits) >= titleShare * static_cast<double>(wanted.size())) {
          found[i] = p;
          break;
        }
      }
    }
    if (found[i] > 0) from = found[i];
  }
  for (size_t i = 0; i < meeting.agenda.size(); ++i) {
    PrintedAgendaItem& item = meeting.agenda[i];
    const int printedLength = item.firstPage > 0 ? item.lastPage - item.firstPage : -1;
    if (found[i] == 0) {
      item.firstPage = item.lastPage = 0;  // the printed numbers count pages this file may not have
      continue;
    }
    int next = count + 1;
    for (size_t j = i + 1; j < meeting.agenda.size(); ++j) {
      if (found[j] > 0) {
        next = found[j];
        break;
      }
    }
    item.firstPage = found[i];
    item.lastPage = std::max(found[i], next - 1);
    if (printedLength >= 0) item.lastPage = std::min(item.lastPage, found[i] + printedLength);
  }
}

std::vector<PrintedAttendee> attendeesIn(const std::vector<std::string>& lines) {
  std::vector<PrintedAttendee> out;
  static const Regex numbered(R"(^\d{1,2}(\.\d+)*\.?\s)");
  std::string block;
  bool present = true;
  bool open = false;
  const auto flush = [&]() {
    if (open && !block.empty()) addPeople(block, present, out);
    block.clear();
  };
  for (const std::string& line : lines) {
    std::smatch m;
    if (std::regex_match(line, m, attendeeLabel())) {
      flush();
      open = true;
      present = !startsWith(lowered(m.str(1)), "apologies");
      block = m.str(2);
      continue;
    }
    if (!open) continue;
    if (std::regex_search(line, numbered) || line.empty()) {
      flush();
      open = false;
      continue;
    }
    // One name to a line ("Brian Connell (Chairman)" / "Richard Beddoe"), or a list wrapping on.
    const bool single =
        line.find(',') == std::string::npos && line.find(" and ") == std::string::npos && split(line, ' ').size() <= 5;
    if (single && block.empty()) {
      addPeople(line, present, out);
      continue;
    }
    block += (block.empty() ? "" : " ") + line;
    if (endsWith(line, ".")) {
      flush();
      open = false;
    }
  }
  flush();
  return out;
}

std::string meetingTimeIn(const std::vector<std::string>& lines) {
  static const Regex time(
      R"(^\**\s*(?:time|meeting started|start time|starts? at)\s*:?\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?))",
      Regex::icase);
  for (const std::string& line : lines) {
    std::smatch m;
    if (std::regex_search(line, m, time)) return trimmed(m.str(1));
  }
  return {};
}

std::string meetingVenueIn(const std::vector<std::string>& lines) {
  static const Regex labelled(R"(^\**\s*(?:venue|place|location)\s*:\s*(.+)$)", Regex::icase);
  static const Regex heldAt(R"(\bheld on\b[^.]*?\d{4}\s+(?:in|at)\s+([^.]+))", Regex::icase);
  for (const std::string& line : lines) {
    std::smatch m;
    if (std::regex_search(line, m, labelled)) return trimmed(m.str(1));
  }
  std::string text;
  for (const std::string& line : lines) text += line + " ";
  std::smatch m;
  if (std::regex_search(text, m, heldAt)) return trimmed(m.str(1));
  return {};
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
