#include "extract/printed_action.h"

namespace sbw::extract {

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

}  // namespace sbw::extract
