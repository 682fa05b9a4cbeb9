#include <fmt/core.h>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "core/csv.h"
#include "core/text.h"
#include "store/meeting_repository.h"

namespace sbw::cli {
namespace {

std::string isoOr(const std::optional<Date>& date, const std::string& otherwise = {}) {
  return date ? date->iso() : otherwise;
}

bool isOpen(const store::Action& action) { return action.effectiveStatus() != ActionStatus::Complete; }

Date today() {
  const QDate now = QDate::currentDate();
  return Date{now.year(), now.month(), now.day()};
}

}  // namespace

int runActions(const Args& args) {
  const Arguments parsed(args, {"--store", "--owner", "--kind", "--as-of"}, {"--open", "--overdue", "--csv", "--json"});
  if (!parsed.operands().empty()) throw UsageError("unexpected argument '" + parsed.operands().front() + "'");
  store::Database db = openStoreForReading(parsed.required("--store"));
  Date asOf = today();
  if (const auto given = parsed.value("--as-of")) {
    const auto day = Date::fromIso(*given);
    if (!day) throw UsageError("--as-of wants a date as YYYY-MM-DD, not '" + *given + "'");
    asOf = *day;
  }
  std::optional<ActionKind> kind;
  if (const auto given = parsed.value("--kind")) {
    kind = actionKindFromName(*given);
    if (!kind) throw UsageError("--kind is one of action, recommendation, resolution, plan; not '" + *given + "'");
  }
  const std::string owner = lowered(parsed.value("--owner").value_or(""));

  std::vector<store::Action> chosen;
  for (store::Action& action : store::MeetingRepository(db).actions()) {
    if ((parsed.has("--open") || parsed.has("--overdue")) && !isOpen(action)) continue;
    if (parsed.has("--overdue") && !(action.dueDate && *action.dueDate < asOf)) continue;
    if (!owner.empty() && lowered(action.owner).find(owner) == std::string::npos) continue;
    if (kind && action.kind != *kind) continue;
    chosen.push_back(std::move(action));
  }

  const auto statusOf = [](const store::Action& a) {
    const auto status = a.effectiveStatus();
    return status ? std::string(actionStatusName(*status)) : std::string();
  };
  const auto ragOf = [](const store::Action& a) {
    const auto rag = a.effectiveRag();
    return rag ? std::string(ragName(*rag)) : std::string();
  };
  if (parsed.has("--json")) {
    QJsonArray items;
    const auto q = [](const std::string& text) { return QString::fromStdString(text); };
    const auto orNull = [&](const std::string& text) {
      return text.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q(text));
    };
    for (const store::Action& a : chosen) {
      items.append(QJsonObject{{"document", q(a.document)},
                               {"page", a.page},
                               {"kind", actionKindName(a.kind)},
                               {"source", actionSourceName(a.source)},
                               {"reference", orNull(a.reference)},
                               {"meeting_date", orNull(isoOr(a.meetingDate))},
                               {"meeting_body", orNull(a.meetingBody)},
                               {"agenda_item", orNull(a.agendaItem)},
                               {"action_text", q(a.text)},
                               {"owner", orNull(a.owner)},
                               {"due_date", orNull(isoOr(a.dueDate))},
                               {"due_label", orNull(a.dueLabel)},
                               {"status", orNull(statusOf(a))},
                               {"update_text", orNull(a.updateText)},
                               {"rag", orNull(ragOf(a))}});
    }
    fmt::print("{}", QJsonDocument(QJsonObject{{"as_of", q(asOf.iso())}, {"actions", items}})
                         .toJson(QJsonDocument::Indented)
                         .toStdString());
    return kExitOk;
  }
  if (parsed.has("--csv")) {
    fmt::print(
        "document,page,kind,reference,meeting_date,agenda_item,action_text,owner,due_date,status,rag,update_text\n");
    for (const store::Action& a : chosen) {
      fmt::print("{},{},{},{},{},{},{},{},{},{},{},{}\n", csvField(a.document), a.page, actionKindName(a.kind),
                 csvField(a.reference), isoOr(a.meetingDate), csvField(a.agendaItem), csvField(a.text),
                 csvField(a.owner), isoOr(a.dueDate), statusOf(a), ragOf(a), csvField(a.updateText));
    }
    return kExitOk;
  }
  for (const store::Action& a : chosen) {
    const std::string due = a.dueDate ? a.dueDate->iso() : (a.dueLabel.empty() ? "-" : a.dueLabel);
    const bool overdue = isOpen(a) && a.dueDate && *a.dueDate < asOf;
    fmt::print("{} p.{}\t{}\t{}\towner: {}\tdue: {}{}\tstatus: {}\n", a.document, a.page, actionKindName(a.kind),
               a.text, a.owner.empty() ? "-" : a.owner, due, overdue ? " (overdue)" : "",
               statusOf(a).empty() ? "-" : statusOf(a));
  }
  fmt::print("{} {}\n", chosen.size(), chosen.size() == 1 ? "item" : "items");
  return kExitOk;
}

}  // namespace sbw::cli
