#pragma once
// An action, recommendation, resolution or plan action exactly as a tracker, minutes, plan or
// report prints it, with what the reader could work out from the print (a due date relative to
// the meeting, a status read from the update text or the cell's colour).

#include <optional>
#include <string>

#include "core/action_status.h"
#include "core/date.h"
#include "core/figure_terms.h"

namespace sbw::extract {

struct PrintedAction {
  int page = 0;  // 1-based, where it starts
  ActionKind kind = ActionKind::Action;
  ActionSource source = ActionSource::Tracker;
  std::string reference;        // "A1", "Rec 3", "3", "" when unnumbered
  std::string text;             // the action's own words (the owner split off when printed after it)
  std::string owner;            // "" when not given
  std::string due;              // as printed: "March 2018", "Jan 14", "in the next 2 weeks"
  std::optional<Date> dueDate;  // when the reader worked it out (relative to the meeting, say)
  std::string status;           // the update or status as printed: "Action complete", "On-going"
  std::optional<ActionStatus> statusResolved;
  std::string rag;          // as printed ("Green", "G") or the colour of the cell ("red")
  std::string agendaItem;   // the item it belongs to, as printed
  std::string meetingBody;  // the committee or board that raised it, when known
  std::optional<Date> meetingDate;
  int meeting = -1;            // index into Findings::meetings, -1 when none
  std::string period;          // the period the report it is printed in covers ("2016-17"), for "the coming year"
  std::optional<PageBox> box;  // the row or sentence on the page
  std::string snippet;         // the row's or sentence's text
  double confidence = 1;
};

}  // namespace sbw::extract
