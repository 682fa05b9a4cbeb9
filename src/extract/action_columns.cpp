#include "extract/action_columns.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace sbw::extract {
namespace {

// `word` at a word boundary in `lower`; a plural "s" still counts ("actions", "outcomes").
bool hasWord(const std::string& lower, std::string_view word) {
  size_t from = 0;
  while ((from = lower.find(word, from)) != std::string::npos) {
    const bool startOk = from == 0 || !std::isalnum(static_cast<unsigned char>(lower[from - 1]));
    const size_t end = from + word.size();
    const bool endOk =
        end >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end])) ||
        (lower[end] == 's' && (end + 1 >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end + 1]))));
    if (startOk && endOk) return true;
    from = end;
  }
  return false;
}

bool hasAny(const std::string& lower, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return hasWord(lower, w); });
}

std::string plain(std::string_view header) {
  std::string s = lowered(simplified(header));
  for (char& c : s) {
    if (c == ':' || c == '*' || c == '(' || c == ')') c = ' ';
  }
  return simplified(s);
}

}  // namespace

ColumnHeader columnHeader(std::string_view header) {
  const std::string lower = plain(header);
  ColumnHeader out;
  if (lower.empty() || lower.size() > 80) return out;
  const bool namesAction = hasAny(lower, {"action", "recommendation", "task", "activity", "actions agreed"});
  out.recommendation = hasWord(lower, "recommendation");
  if (lower == "risk" || lower == "risks" || lower == "issue" || lower == "risk description") {
    out.role = ColumnRole::Risk;
    return out;
  }
  if (hasAny(lower, {"rag", "red amber green", "rag rating"})) {
    out.role = ColumnRole::Rag;
    return out;
  }
  // "Action and responsible officer", "Recommendation and responsible officer / cabinet member":
  // the action column, its owner written into the cell.
  if (namesAction && (lower.find(" and ") != std::string::npos || lower.find('/') != std::string::npos) &&
      hasAny(lower, {"officer", "responsible", "owner", "lead", "member"})) {
    out.role = ColumnRole::Action;
    out.ownerInAction = true;
    return out;
  }
  if (hasAny(lower, {"agenda item", "item"}) && !namesAction) {
    out.role = ColumnRole::AgendaItem;
    return out;
  }
  if (hasAny(lower, {"status", "progress", "update", "response", "comments", "position"})) {
    out.role = ColumnRole::Status;
    return out;
  }
  if (hasAny(lower, {"owner", "lead", "responsible", "by whom", "who", "officer", "accountable"})) {
    out.role = ColumnRole::Owner;
    return out;
  }
  if (hasAny(lower, {"due", "deadline", "by when", "timescale", "timescales", "target", "target date",
                     "completion date", "when", "timeframe"})) {
    out.role = ColumnRole::Due;
    return out;
  }
  if (hasAny(lower, {"evidence", "measure", "success criteria", "compliance"})) {
    out.role = ColumnRole::Evidence;
    return out;
  }
  if (hasAny(lower, {"outcome", "impact", "expected result"})) {
    out.role = ColumnRole::Outcome;
    return out;
  }
  if (namesAction || hasAny(lower, {"description", "what"})) {
    out.role = ColumnRole::Action;
    return out;
  }
  if (hasAny(lower, {"objective", "aim", "goal"})) {
    out.role = ColumnRole::Objective;
    return out;
  }
  if (hasAny(lower, {"priority", "theme", "area"})) {
    out.role = ColumnRole::Priority;
    return out;
  }
  if (hasAny(lower, {"meeting", "date raised", "date agreed"})) {
    out.role = ColumnRole::Meeting;
    return out;
  }
  if (lower == "ref" || lower == "no" || lower == "no." || lower == "number" || lower == "#" || hasWord(lower, "ref") ||
      hasWord(lower, "reference")) {
    out.role = ColumnRole::Reference;
  }
  return out;
}

ActionTableKind actionTableKind(const std::vector<ColumnHeader>& columns) {
  const auto has = [&](ColumnRole role) {
    return std::any_of(columns.begin(), columns.end(), [&](const ColumnHeader& c) { return c.role == role; });
  };
  if (!has(ColumnRole::Action) || has(ColumnRole::Risk)) return ActionTableKind::None;
  if (has(ColumnRole::AgendaItem) || has(ColumnRole::Meeting)) return ActionTableKind::Tracker;
  if (has(ColumnRole::Objective) || has(ColumnRole::Priority) || has(ColumnRole::Outcome) ||
      has(ColumnRole::Evidence)) {
    return ActionTableKind::Plan;
  }
  const bool dated = has(ColumnRole::Due);
  const bool owned = has(ColumnRole::Owner);
  const bool updated = has(ColumnRole::Status) || has(ColumnRole::Rag);
  if ((dated || owned) && updated) return ActionTableKind::Tracker;
  if (dated && owned) return ActionTableKind::Plan;
  if (dated || owned || updated) return ActionTableKind::Table;
  return ActionTableKind::None;
}

}  // namespace sbw::extract
