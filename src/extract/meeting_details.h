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
  int firstPage = 0;  // the item's papers in the pack ("(Pages 7 - 10)"), 0 when not printed
  int lastPage = 0;
};

struct PrintedAttendee {
  std::string name;     // "Councillor Caroline Needham"
  std::string role;     // "Chair", "Director for Children's Services", "" when none printed
  bool present = true;  // false: sent apologies
};

struct PrintedMeeting {
  int page = 0;
  std::string body;       // the committee or board, as printed
  std::string dateLabel;  // as printed
  std::optional<Date> date;
  std::string time;   // as printed: "7.00 pm"
  std::string venue;  // as printed
  std::vector<PrintedAttendee> attendees;
  std::vector<PrintedAgendaItem> agenda;
};

// `pages` holds the lines of the first pages, in reading order (index 0 is page 1). Nullopt
// when no meeting date is printed: the document is then not a meeting's paper.
std::optional<PrintedMeeting> meetingDetails(const std::vector<std::vector<pdf::TextLine>>& pages);

// Where each agenda item's papers are in the pack: the first page after the agenda with a heading
// that carries the item's title, up to the page before the next item's papers. Items whose papers
// carry no such heading keep the printed "(Pages 7 - 10)" counted from the page after the agenda,
// when that falls inside the document, else 0.
void locateAgendaPapers(PrintedMeeting& meeting, const std::vector<std::vector<pdf::TextLine>>& pages,
                        double titleShare = 0.8);

// Attendees from the lines that list them: "Members Present: Councillors Brian Connell (Chairman),
// Iain Bott and Karen Scarborough.", "Officers" followed by "Steve Miley (Director for Children's
// Services), …", "Apologies for Absence: Smita Bora and Brenda Morrison.", or a label followed by
// one name per line. Lines that do not list people end a list.
std::vector<PrintedAttendee> attendeesIn(const std::vector<std::string>& lines);

// "Time: 7.00 pm", "Meeting started: 7.00 pm": the time as printed; "" when none.
std::string meetingTimeIn(const std::vector<std::string>& lines);
// "Venue: Rooms 5, 6 & 7 - 17th Floor, City Hall", "… held on Wednesday 18 June 2014 at
// Westminster City Hall, 64 Victoria Street": the place as printed; "" when none.
std::string meetingVenueIn(const std::vector<std::string>& lines);

// The agenda item a page position falls under: the last line above it on that page or an
// earlier page that reads as an item heading ("Item 4: Action tracker", "5. CABINET MEMBER UPDATE").
std::string agendaItemAbove(const std::vector<std::vector<pdf::TextLine>>& pages, int page, double y);

}  // namespace sbw::extract
