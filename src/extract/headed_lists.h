#pragma once
// Lists whose lead-in says what their entries are: "The taskforce made five recommendations:",
// "Priorities for 2017/18:", "Board Challenge", "Next steps", "The group will:". Each entry is an
// item; the lead-in gives the owner ("Priorities of the Health Subgroup for 2017-18" -> that
// subgroup) and the timing ("for 2017/18") to all of them, and a statement right after the list
// about all of it ("advances had been made in all of those areas", "The above actions have been
// completed") gives their status.

#include <optional>
#include <string>
#include <vector>

#include "core/action_status.h"
#include "extract/printed_action.h"
#include "extract/text_units.h"

namespace sbw::extract {

struct HeadedList {
  size_t leadIn = 0;  // index of the lead-in unit
  size_t end = 0;     // one past the last unit of the list
  ActionKind kind = ActionKind::Action;
  bool themes = false;  // the lead-in speaks of areas or themes
  bool named = false;   // the lead-in calls its entries actions ("The actions were:"): each is one
  std::string owner;    // from the lead-in, "" when it names none
  std::string timing;   // from the lead-in, as printed
  std::optional<ActionStatus> status;
  std::string statusText;
  struct Entry {
    std::string text;
    int page = 0;
    PageBox box;
  };
  std::vector<Entry> entries;
};

struct HeadedListOptions {
  size_t maxLeadInWords = 40;          // a longer lead-in is running text that happens to end in a colon
  size_t maxEntryWords = 90;           // a longer paragraph is not an entry of the list
  size_t shortLineWords = 12;          // lines of a paragraph this short, none ending a sentence, are separate entries
  size_t maxParagraphEntryWords = 60;  // a paragraph of a sentence or two this short can be an entry
  size_t minEntries = 1;
};

// What a lead-in announces: nullopt when it announces no list of tasks.
struct ListHeading {
  ActionKind kind = ActionKind::Action;
  std::string owner;
  std::string timing;
  bool themes = false;  // it speaks of areas or themes: only entries worded as orders are tasks
  bool named = false;   // it calls its entries actions or next steps: each is one, however worded
};
std::optional<ListHeading> listHeading(const std::string& leadIn);

// The list that starts at unit `at` (its lead-in), or nullopt.
std::optional<HeadedList> headedListAt(const std::vector<TextUnit>& units, size_t at,
                                       const HeadedListOptions& options = {});

}  // namespace sbw::extract
