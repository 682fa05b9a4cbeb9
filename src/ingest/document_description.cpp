#include "ingest/document_description.h"

#include <algorithm>

#include "core/date.h"
#include "core/text.h"

namespace sbw::ingest {
namespace {

// Case aside, and "&" read as "and": "Hammersmith & Fulham" names Hammersmith and Fulham.
std::string comparable(std::string_view text) {
  std::string out = lowered(text);
  for (size_t at = out.find('&'); at != std::string::npos; at = out.find('&', at)) out.replace(at, 1, "and");
  return out;
}

bool contains(const std::string& text, std::string_view word) {
  return comparable(text).find(comparable(word)) != std::string::npos;
}

// The part that opens the document (its first paper), whose scope is the document's own.
const DocumentPart* openingPart(const DocumentReading& reading) {
  for (const DocumentPart& part : reading.parts) {
    if (part.firstPage == 1) return &part;
  }
  return nullptr;
}

std::string areaOf(const DocumentReading& reading) {
  const DocumentPart* first = openingPart(reading);
  return first && !first->area.empty() ? first->area : reading.area;
}

std::string periodOf(const DocumentReading& reading) {
  const DocumentPart* first = openingPart(reading);
  return first && !first->period.empty() ? first->period : reading.period;
}

bool hasPart(const DocumentReading& reading, std::string_view kind) {
  return std::any_of(reading.parts.begin(), reading.parts.end(), [&](const DocumentPart& p) { return p.kind == kind; });
}

// "6 October 2014"
std::string longDate(const Date& date) {
  return std::to_string(date.day) + " " + monthName(date.month) + " " + std::to_string(date.year);
}

// The names of a safeguarding board or partnership, as their titles print them.
bool namesABody(const std::string& text) {
  for (const char* word : {"safeguarding", "board", "partnership", "committee", "council", "panel"}) {
    if (contains(text, word)) return true;
  }
  return false;
}

std::string firstPageText(const DocumentReading& reading) {
  return reading.pages.empty() ? std::string() : reading.pages.front().text;
}

// What a report is called: an annual report when its title or first page says so.
std::string reportKind(const DocumentReading& reading, const std::string& printedTitle) {
  const std::string firstPage = firstPageText(reading).substr(0, 2000);
  if (contains(printedTitle, "annual report") || contains(firstPage, "annual report")) return "annual report";
  if (contains(printedTitle, "business plan") || contains(firstPage, "business plan")) return "business plan";
  return "report";
}

// Who a report is by or about: a board named in its title, else its area ("Tri-borough" with its
// members when the title lists them).
std::string reportWho(const DocumentReading& reading, const std::string& printedTitle) {
  const std::string title = simplified(printedTitle);
  const bool list = title.find(" | ") != std::string::npos;
  if (!list && namesABody(title) && title.size() <= 90) {
    const auto annual = lowered(title).find("annual report");
    const std::string who = simplified(title.substr(0, annual == std::string::npos ? title.size() : annual));
    if (!who.empty()) return who;
  }
  const std::string area = areaOf(reading);
  if (area.empty()) return list ? title : std::string();
  if (list) {
    std::string members = title;
    for (size_t at = members.find(" | "); at != std::string::npos; at = members.find(" | ")) {
      members.replace(at, 3, ", ");
    }
    return area + " (" + members + ")";
  }
  return area;
}

}  // namespace

std::string describeDocument(const DocumentReading& reading, const std::string& printedTitle) {
  // A meeting's papers: the body, what they are, the day.
  if (!reading.meetings.empty()) {
    const Meeting& meeting = reading.meetings.front();
    if (!meeting.body.empty() && meeting.date) {
      std::string who = simplified(meeting.body);
      const std::string area = areaOf(reading);
      if (!area.empty() && !contains(who, area)) who += " (" + area + ")";
      const std::string what = hasPart(reading, "agenda") || reading.parts.size() > 1 ? "agenda pack"
                               : hasPart(reading, "minutes")                          ? "minutes"
                                                                                      : "papers";
      return who + ": " + what + ", " + longDate(*meeting.date);
    }
  }
  // A report: who, what, the period it covers.
  const std::string who = reportWho(reading, printedTitle);
  if (who.empty()) return printedTitle;
  const std::string kind = reportKind(reading, printedTitle);
  std::string when = simplified(periodOf(reading));
  if (!when.empty() && contains(who, when)) when.clear();
  if (when.empty()) return who + ": " + kind;
  // A year reads as part of the name ("annual report 2016-17"), a span after a comma.
  const bool year = when.size() <= 9;
  return who + ": " + kind + (year ? " " : ", ") + when;
}

}  // namespace sbw::ingest
