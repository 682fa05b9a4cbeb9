#pragma once
// Sentences of a report that recommend or commit to a task. A recommendation directs someone
// ("The LSCB should…", "partners must…", "needs to be agreed by the Board", "it would be useful
// for the chairs to…", "The Board may wish to…", "the Panel recommended that…"); a commitment
// undertakes or plans it ("will", "is planned for", "is due to", "a priority for 2014/15 will
// be…", "Action for 2017-18:"). Either is an item only when the sentence says who is to act or
// when: "There will be a review of the modules" names neither. Intentions still being weighed
// ("is considering", "is looking to") are not items.

#include <optional>
#include <string>

#include "extract/printed_action.h"

namespace sbw::extract {

struct Commitment {
  ActionKind kind = ActionKind::Action;
  std::string owner;   // the agent the sentence names; "we" when it says we; "" when none
  size_t marker = 0;   // byte offset of the words that recommend or commit
  std::string due;     // the timing printed for it, "" when none
  bool dated = false;  // the timing names a day, month, year or span
};

struct CommitmentOptions {
  size_t minWords = 5;
  size_t maxWords = 90;
  size_t openingChars = 40;    // a timing this close to the start introduces the sentence ("In 2017/18, …")
  bool needsWhoOrWhen = true;  // false where the context gives the timing (a dated list or paragraph)
  bool directed = false;       // under a heading of recommendations: a class of people may be directed
};

std::optional<Commitment> readCommitment(const std::string& sentence, const CommitmentOptions& options = {});

// "This section will set out…", "…, the report will evaluate…": the paper describing itself.
bool describesItself(const std::string& sentence);

}  // namespace sbw::extract
