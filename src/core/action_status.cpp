#include "core/action_status.h"

#include <algorithm>
#include <array>
#include <regex>
#include <string>

#include "core/period.h"
#include "core/regex.h"
#include "core/text.h"

namespace sbw {

const char* actionKindName(ActionKind kind) {
  switch (kind) {
    case ActionKind::Action: return "action";
    case ActionKind::Recommendation: return "recommendation";
    case ActionKind::Resolution: return "resolution";
    case ActionKind::Plan: return "plan";
  }
  return "action";
}

std::optional<ActionKind> actionKindFromName(std::string_view name) {
  for (const ActionKind kind :
       {ActionKind::Action, ActionKind::Recommendation, ActionKind::Resolution, ActionKind::Plan}) {
    if (name == actionKindName(kind)) return kind;
  }
  return std::nullopt;
}

const char* actionSourceName(ActionSource source) {
  switch (source) {
    case ActionSource::Tracker: return "tracker";
    case ActionSource::Minutes: return "minutes";
    case ActionSource::Plan: return "plan";
    case ActionSource::Table: return "table";
    case ActionSource::Report: return "report";
  }
  return "tracker";
}

std::optional<ActionSource> actionSourceFromName(std::string_view name) {
  for (const ActionSource source :
       {ActionSource::Tracker, ActionSource::Minutes, ActionSource::Plan, ActionSource::Table, ActionSource::Report}) {
    if (name == actionSourceName(source)) return source;
  }
  return std::nullopt;
}
namespace {

std::string plainWords(std::string_view printed) {
  std::string s = lowered(printed);
  for (char& c : s) {
    if (c == '-' || c == '_' || c == '.' || c == ':') c = ' ';
  }
  return simplified(s);
}

}  // namespace

const char* actionStatusName(ActionStatus status) {
  switch (status) {
    case ActionStatus::Open: return "open";
    case ActionStatus::InProgress: return "in_progress";
    case ActionStatus::Complete: return "complete";
  }
  return "open";
}

std::optional<ActionStatus> actionStatusFromName(std::string_view name) {
  if (name == "open") return ActionStatus::Open;
  if (name == "in_progress") return ActionStatus::InProgress;
  if (name == "complete") return ActionStatus::Complete;
  return std::nullopt;
}

const char* ragName(Rag rag) {
  switch (rag) {
    case Rag::Red: return "red";
    case Rag::Amber: return "amber";
    case Rag::Green: return "green";
  }
  return "red";
}

std::optional<Rag> ragFromName(std::string_view name) {
  if (name == "red") return Rag::Red;
  if (name == "amber") return Rag::Amber;
  if (name == "green") return Rag::Green;
  return std::nullopt;
}

std::optional<ActionStatus> parseActionStatus(std::string_view printed) {
  const std::string s = plainWords(printed);
  static const std::array<std::string_view, 7> complete = {"complete", "completed", "done",     "closed",
                                                           "achieved", "met",       "fully met"};
  static const std::array<std::string_view, 9> inProgress = {"in progress",   "on going", "ongoing",
                                                             "partially met", "started",  "underway",
                                                             "under way",     "in hand",  "progressing"};
  // Overdue and delayed actions are not done: open, whatever work has begun on them.
  static const std::array<std::string_view, 9> open = {
      "open", "not started", "not yet started", "outstanding", "not met", "new", "overdue", "delayed", "not achieved"};
  for (const auto word : complete) {
    if (s == word) return ActionStatus::Complete;
  }
  for (const auto word : inProgress) {
    if (s == word) return ActionStatus::InProgress;
  }
  for (const auto word : open) {
    if (s == word) return ActionStatus::Open;
  }
  // Trackers' update columns often say more: "Action is complete and the maps were circulated",
  // "Complete, response emailed". The first status phrase in the opening words decides; "not"
  // just before it reverses a completion ("not yet complete").
  const auto words = split(s, ' ');
  const size_t reach = std::min<size_t>(words.size(), 8);
  for (size_t i = 0; i < reach; ++i) {
    const std::string& w = words[i];
    const std::string pair = i + 1 < words.size() ? w + " " + words[i + 1] : w;
    const bool negated = i > 0 && (words[i - 1] == "not" || (i > 1 && words[i - 2] == "not" && words[i - 1] == "yet"));
    if (w == "complete" || w == "completed" || w == "done" || w == "closed" || w == "achieved") {
      return negated ? ActionStatus::Open : ActionStatus::Complete;
    }
    if (pair == "in progress" || w == "ongoing" || w == "underway" || pair == "on going" || w == "progressing") {
      return ActionStatus::InProgress;
    }
    if (w == "outstanding" || w == "overdue" || w == "delayed" || w == "incomplete") return ActionStatus::Open;
  }
  return std::nullopt;
}

std::optional<Rag> parseRag(std::string_view printed) {
  const std::string s = plainWords(printed);
  if (s == "r" || s == "red") return Rag::Red;
  if (s == "a" || s == "amber") return Rag::Amber;
  if (s == "g" || s == "green") return Rag::Green;
  return std::nullopt;
}

std::optional<Date> parseDueDate(std::string_view printed) {
  std::string s = simplified(printed);
  // Lead words may stack ("Due by: Q2"), so strip them until none is left.
  static const Regex lead(R"(^(by|before|due|no later than|deadline|target date|target|date)\b\s*:?\s*)", Regex::icase);
  for (std::string previous; previous != s;) {
    previous = s;
    s = std::regex_replace(s, lead, "");
  }
  const auto period = parsePeriod(s);
  if (!period || !period->end) return std::nullopt;
  return period->end;
}

}  // namespace sbw
