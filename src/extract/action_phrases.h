#pragma once
// The language of actions, as trackers, minutes, plans and reports print them: who is to act
// (the subject before "will" or "should", the "X to" that opens an action, the officer named
// after the action text), when ("by March 2018", "in the next 2 weeks", "On-going"), where it
// stands ("Action complete", "further work is required"), and the verbs an action opens with
// ("Develop", "Review", "Ensure"). General English and the vocabulary of public bodies, nothing
// of one council's papers.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/action_status.h"

namespace sbw::extract {

// Timing words in a text: "by March 2018", "in 2014/15", "in the next 2 weeks", "the coming
// year", "On-going", "4 x per annum". `begin` and `end` are byte offsets into the text.
struct Timing {
  std::string printed;
  size_t begin = 0;
  size_t end = 0;
  bool dated = false;  // it names a day, month, year or span (not "On-going" or "regularly")
};
std::vector<Timing> timingPhrases(std::string_view text);
// The timing an action is due by: the first dated phrase after `from` (the verb that commits to
// it), else the last dated phrase, else the first undated one; nullopt when there is none.
std::optional<Timing> dueTiming(std::string_view text, size_t from = 0);

// A noun phrase that can act: a body, post, team or agency ("The LSCB", "the Family Services
// Director", "Officers", "Public Health", "CNWL"), not "This", "It", "Audits" or "The strategy".
bool namesAgent(std::string_view phrase);

// The subject of a clause whose verb starts at `verb`: the words before it back to the clause's
// start, with introductory phrases ("In 2017/18,", "Moving forward,") and adverbs ("also",
// "therefore") taken off; "" when they do not name an agent.
std::string subjectBefore(std::string_view text, size_t verb);

// The first clause subject in a text that names an agent ("The Safeguarding Children team
// achieved…"); "" when none does.
std::string firstSubject(std::string_view text);

// The subject of the first "will", "should" or "must" that names an agent: "The consultant made
// recommendations which both of the new partnerships will take forward" -> the partnerships.
std::string modalSubject(std::string_view text);

// "Officers to advise members…", "LSCB Chair to assess…": the agent an action opens with
// before "to" and a verb; "" when it opens otherwise.
std::string openingAgent(std::string_view text);

// "Provide an update … sooner Richard Barker, Director of Sport, Leisure & Wellbeing": the action
// and the officer written after it (a name and a post, or a post alone after the last sentence);
// nullopt when the text ends in no officer.
std::optional<std::pair<std::string, std::string>> splitTrailingOwner(std::string_view text);

// Where an item stands from the words of its update or of a sentence about it: "Action
// complete", "Complete , response emailed", "was ratified", "further work is required",
// "remains an area for further development", "Not started", "Overdue – RED". `printed` is set to
// the words that said so.
std::optional<ActionStatus> statusFromWording(std::string_view text, std::string* printed = nullptr);

// "Develop…", "To inform…", "Jointly ensure…", "LSCB Chair to assess…", "Identification of
// resources…", "Peer on peer abuse – assess…": wording that sets a task.
bool opensTask(std::string_view text);

// "Develop", "review", "Ensure", "Co-ordinate": a verb an action or recommendation opens with.
bool isActionVerb(std::string_view word);
// "Developing", "Reviewing": the -ing form of such a verb (lists of tasks are worded so too).
bool isActionGerund(std::string_view word);

// The word without the punctuation around it, lower case: "(Review," -> "review".
std::string plainWord(std::string_view word);

}  // namespace sbw::extract
