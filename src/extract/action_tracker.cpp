#include "extract/action_tracker.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "core/text.h"

namespace sbw::extract {
namespace {

enum class Role { None, Reference, AgendaItem, Action, Owner, Due, Status, Rag };

bool hasWord(const std::string& lower, std::string_view word) {
  size_t from = 0;
  while ((from = lower.find(word, from)) != std::string::npos) {
    const bool startOk = from == 0 || !std::isalnum(static_cast<unsigned char>(lower[from - 1]));
    const size_t end = from + word.size();
    const bool endOk = end >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end])) ||
                       lower[end] == 's';  // "actions", "recommendations"
    if (startOk && endOk) return true;
    from = end;
  }
  return false;
}

// What a column holds, from its header ("Lead officer" -> owner, "By when" -> due date).
Role roleOf(const std::string& header, bool& recommendation) {
  const std::string lower = lowered(simplified(header));
  if (lower.empty()) return Role::None;
  if (lower == "rag" || hasWord(lower, "rag") || lower == "rag status" || hasWord(lower, "red amber green")) {
    return Role::Rag;
  }
  if (hasWord(lower, "agenda item") || lower == "item") return Role::AgendaItem;
  // "Action and responsible officer": the action, with its owner written into it.
  const bool namesAction = hasWord(lower, "action") || hasWord(lower, "recommendation");
  if (namesAction && lower.find(" and ") != std::string::npos) {
    recommendation = hasWord(lower, "recommendation");
    return Role::Action;
  }
  for (std::string_view word : {"owner", "lead", "responsible", "by whom", "who", "officer", "accountable"}) {
    if (hasWord(lower, word)) return Role::Owner;
  }
  for (std::string_view word :
       {"due", "deadline", "by when", "timescale", "target date", "completion date", "when", "date"}) {
    if (hasWord(lower, word)) return Role::Due;
  }
  for (std::string_view word : {"status", "progress", "update", "outcome", "response"}) {
    if (hasWord(lower, word)) return Role::Status;
  }
  if (hasWord(lower, "recommendation")) {
    recommendation = true;
    return Role::Action;
  }
  for (std::string_view word : {"action", "actions agreed", "task", "what"}) {
    if (hasWord(lower, word)) return Role::Action;
  }
  for (std::string_view word : {"ref", "no", "no.", "number", "#", "item"}) {
    if (lower == word || hasWord(lower, "ref")) return Role::Reference;
  }
  return Role::None;
}

}  // namespace

std::vector<PrintedAction> actionsFromTable(const pdf::Table& table, const std::string& agendaItem) {
  std::vector<PrintedAction> actions;
  if (table.rowCount < 2 || table.columnCount < 2) return actions;
  const auto text = [&](int row, int col) {
    const pdf::TableCell* cell = table.cellAt(row, col);
    return cell ? simplified(cell->text) : std::string();
  };

  // The header is the first row whose cells name an action column and another known column.
  for (int headerRow = 0; headerRow < std::min(table.rowCount - 1, 3); ++headerRow) {
    bool recommendation = false;
    std::vector<Role> roles(static_cast<size_t>(table.columnCount), Role::None);
    int actionColumn = -1;
    int others = 0;
    for (int col = 0; col < table.columnCount; ++col) {
      const Role role = roleOf(text(headerRow, col), recommendation);
      // The first column naming each role keeps it ("Action" and "Action update").
      bool taken = false;
      for (int earlier = 0; earlier < col; ++earlier) taken = taken || roles[static_cast<size_t>(earlier)] == role;
      if (role == Role::None || taken) continue;
      roles[static_cast<size_t>(col)] = role;
      if (role == Role::Action) {
        actionColumn = col;
      } else if (role != Role::Reference) {  // an agenda item column, too, marks a tracker
        ++others;
      }
    }
    if (actionColumn < 0 || others == 0) continue;

    for (int row = headerRow + 1; row < table.rowCount; ++row) {
      PrintedAction action;
      action.page = table.page;
      action.kind = recommendation ? ActionKind::Recommendation : ActionKind::Action;
      action.agendaItem = agendaItem;
      std::string snippet;
      pdf::Box box{};
      bool first = true;
      for (int col = 0; col < table.columnCount; ++col) {
        const pdf::TableCell* cell = table.cellAt(row, col);
        if (cell == nullptr || cell->row != row) continue;
        const std::string value = simplified(cell->text);
        if (!value.empty()) snippet += (snippet.empty() ? "" : " | ") + value;
        box = first ? cell->box : box.united(cell->box);
        first = false;
        switch (roles[static_cast<size_t>(col)]) {
          case Role::Reference: action.reference = value; break;
          case Role::AgendaItem:
            if (!value.empty()) action.agendaItem = value;
            break;
          case Role::Action: action.text = value; break;
          case Role::Owner: action.owner = value; break;
          case Role::Due: action.due = value; break;
          case Role::Status: action.status = value; break;
          case Role::Rag: action.rag = value; break;
          case Role::None: break;
        }
      }
      // A row with only more action text, after an action that has not finished its sentence, is
      // that action's cell wrapping on (across a page break, or rows the table split too finely).
      const bool onlyText = action.reference.empty() && action.owner.empty() && action.due.empty() &&
                            action.status.empty() && action.rag.empty() && action.agendaItem == agendaItem;
      if (onlyText && !action.text.empty() && !actions.empty() && actions.back().page == action.page) {
        PrintedAction& previous = actions.back();
        const char last = previous.text.empty() ? '.' : previous.text.back();
        if (last != '.' && last != '?' && last != '!') {
          previous.text += " " + action.text;
          previous.snippet += " " + action.text;
          if (previous.box && action.box) {
            previous.box = PageBox{std::min(previous.box->x1, box.x1), std::min(previous.box->y1, box.y1),
                               std::max(previous.box->x2, box.x2), std::max(previous.box->y2, box.y2)};
          }
          continue;
        }
      }
      if (action.text.size() < 8) continue;  // an empty or sub-heading row, not an action
      action.box = PageBox{box.x1, box.y1, box.x2, box.y2};
      action.snippet = snippet;
      action.confidence = table.ruled ? 0.9 : 0.7;
      actions.push_back(std::move(action));
    }
    break;
  }
  return actions;
}

}  // namespace sbw::extract
