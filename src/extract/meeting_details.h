#pragma once
// The meeting an agenda pack or minutes belong to: the body, the date, and the agenda items,
// read from the first pages ("Meeting Date: Monday 6th October, 2014", "1. MEMBERSHIP").

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "pdf/text_lines.h"

namespace sbw::extract {

struct PrintedAgendaItem {
  int page = 0;
  std::string number;  // "4", "6.1"
  std::string title;
};

struct PrintedMeeting {
  int page = 0;
  std::string body;       // the committee or board, as printed
  std::string dateLabel;  // as printed
  std::optional<Date> date;
  std::vector<PrintedAgendaItem> agenda;
};

// `pages` holds the lines of the first pages, in reading order (index 0 is page 1). Nullopt
// when no meeting date is printed: the document is then not a meeting's paper.
std::optional<PrintedMeeting> meetingDetails(const std::vector<std::vector<pdf::TextLine>>& pages);

// The agenda item a page position falls under: the last line above it on that page or an
// earlier page that reads as an item heading ("Item 4: Action tracker", "5. CABINET MEMBER UPDATE").
std::string agendaItemAbove(const std::vector<std::vector<pdf::TextLine>>& pages, int page, double y);

}  // namespace sbw::extract
