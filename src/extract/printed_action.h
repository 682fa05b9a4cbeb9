#pragma once
// An action or recommendation exactly as a tracker, minutes or plan prints it.

#include <optional>
#include <string>

#include "extract/printed_figure.h"

namespace sbw::extract {

struct PrintedAction {
  int page = 0;  // 1-based
  bool recommendation = false;
  std::string reference;  // "A1", "Rec 3", "" when unnumbered
  std::string text;
  std::string owner;       // "" when not given
  std::string due;         // as printed: "March 2018", "by end of Q2"
  std::string status;      // as printed: "Complete", "In progress"
  std::string rag;         // as printed: "Green", "G", "Amber"
  std::string agendaItem;  // the item it belongs to, as printed ("Item 4: Action tracker")
  std::optional<Box> box;  // the row on the page
  std::string snippet;     // the row's text
  double confidence = 1;
};

}  // namespace sbw::extract
