#include <fmt/core.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/open_pdf.h"
#include "ingest/read_document.h"

namespace sbw::cli {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

QJsonValue optionalDate(const std::optional<Date>& date) {
  return date ? QJsonValue(q(date->iso())) : QJsonValue(QJsonValue::Null);
}

QJsonObject figureJson(const ingest::Figure& f) {
  QJsonObject object{
      {"page", f.page},
      {"value", f.quantity.value ? QJsonValue(*f.quantity.value) : QJsonValue(QJsonValue::Null)},
      {"value_text", q(f.quantity.printed)},
      {"unit", unitName(f.quantity.unit)},
      {"area", q(f.area)},
      {"area_code", f.areaCode.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q(f.areaCode))},
      {"area_label", q(f.areaLabel)},
      {"comparator", comparatorName(f.comparator)},
      {"indicator_key", f.indicatorKey.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q(f.indicatorKey))},
      {"indicator_label", q(f.indicatorLabel)},
      {"period_label", q(f.periodLabel)},
      {"period_start", optionalDate(f.periodStart)},
      {"period_end", optionalDate(f.periodEnd)},
      {"kind", figureKindName(f.kind)},
      {"bound", boundName(f.bound)},
      {"credit", f.credit},
      {"method", methodName(f.method)},
      {"confidence", f.confidence},
      {"trusted", f.trusted ? 1 : 0},
      {"doubt", q(f.doubt)},
      {"note", q(f.note)},
      {"snippet", q(f.snippet)}};
  if (f.box) object["box"] = QJsonArray{f.box->x1, f.box->y1, f.box->x2, f.box->y2};
  return object;
}

QJsonObject meetingJson(const ingest::Meeting& m) {
  QJsonArray agenda;
  for (const ingest::AgendaItem& item : m.agenda) {
    agenda.append(QJsonObject{{"page", item.page},
                              {"number", q(item.number)},
                              {"title", q(item.title)},
                              {"first_page", item.firstPage},
                              {"last_page", item.lastPage}});
  }
  QJsonArray attendees;
  for (const ingest::Attendee& a : m.attendees) {
    attendees.append(QJsonObject{{"name", q(a.name)}, {"role", q(a.role)}, {"present", a.present}});
  }
  return QJsonObject{{"page", m.page},    {"body", q(m.body)},   {"title", q(m.title)}, {"date", optionalDate(m.date)},
                     {"time", q(m.time)}, {"venue", q(m.venue)}, {"agenda", agenda},    {"attendees", attendees}};
}

QJsonObject actionJson(const ingest::Action& a) {
  return QJsonObject{{"page", a.page},
                     {"kind", actionKindName(a.kind)},
                     {"source", actionSourceName(a.source)},
                     {"reference", q(a.reference)},
                     {"action_text", q(a.text)},
                     {"owner", q(a.owner)},
                     {"due_label", q(a.dueLabel)},
                     {"due_date", optionalDate(a.dueDate)},
                     {"status", a.status ? QJsonValue(actionStatusName(*a.status)) : QJsonValue(QJsonValue::Null)},
                     {"update", q(a.updateText)},
                     {"rag", a.rag ? QJsonValue(ragName(*a.rag)) : QJsonValue(QJsonValue::Null)},
                     {"agenda_item", q(a.agendaItem)},
                     {"meeting_body", q(a.meetingBody)}};
}

void printMeetingsAndActions(const ingest::DocumentReading& reading) {
  for (const ingest::Meeting& m : reading.meetings) {
    fmt::print("# meeting p.{}: {} on {} ({} agenda items)\n", m.page, m.body.empty() ? "?" : m.body,
               m.date ? m.date->iso() : "?", m.agenda.size());
  }
  for (const ingest::Action& a : reading.actions) {
    fmt::print("action p.{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t[{}]\n", a.page, actionKindName(a.kind),
               a.reference.empty() ? "-" : a.reference, a.text, a.owner.empty() ? "-" : a.owner,
               a.dueDate ? a.dueDate->iso() : "-", a.status ? actionStatusName(*a.status) : "-",
               a.rag ? ragName(*a.rag) : "-", a.agendaItem);
  }
}

}  // namespace

int runFigures(const Args& args) {
  const Arguments parsed(args, {"--page"}, {"--json"});
  if (parsed.operands().size() != 1) throw UsageError("give one PDF file");
  const std::string file = parsed.operands().front();
  const auto document = openPdf(file);
  ingest::DocumentReading reading = ingest::readDocument(document);
  if (const auto page = parsed.intValue("--page")) {
    if (*page < 1 || *page > document.pageCount()) {
      throw UsageError(fmt::format("{}: no page {} (the document has {} pages)", file, *page, document.pageCount()));
    }
    std::erase_if(reading.figures, [&](const ingest::Figure& f) { return f.page != *page; });
    std::erase_if(reading.notes, [&](const ingest::QualityNote& n) { return n.page != *page; });
    std::erase_if(reading.meetings, [&](const ingest::Meeting& m) { return m.page != *page; });
    std::erase_if(reading.actions, [&](const ingest::Action& a) { return a.page != *page; });
  }

  if (parsed.has("--json")) {
    QJsonArray figures;
    for (const ingest::Figure& f : reading.figures) figures.append(figureJson(f));
    QJsonArray notes;
    for (const ingest::QualityNote& note : reading.notes) {
      notes.append(QJsonObject{{"page", note.page}, {"kind", q(note.kind)}, {"message", q(note.message)}});
    }
    QJsonArray meetings;
    for (const ingest::Meeting& m : reading.meetings) meetings.append(meetingJson(m));
    QJsonArray actions;
    for (const ingest::Action& a : reading.actions) actions.append(actionJson(a));
    const QJsonObject root{
        {"file", q(file)},    {"title", q(reading.title)}, {"area", q(reading.area)}, {"period", q(reading.period)},
        {"figures", figures}, {"quality_flags", notes},    {"meetings", meetings},    {"actions", actions}};
    fmt::print("{}", QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString());
    return kExitOk;
  }
  int trusted = 0;
  for (const ingest::Figure& f : reading.figures) trusted += f.trusted ? 1 : 0;
  fmt::print("# {}: about {} {}; {} figures, {} trusted\n", file, reading.area.empty() ? "?" : reading.area,
             reading.period, reading.figures.size(), trusted);
  for (const ingest::Figure& f : reading.figures) {
    const std::string period = f.periodStart && f.periodEnd ? f.periodStart->iso() + ".." + f.periodEnd->iso() : "-";
    fmt::print("p.{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}{}\n", f.page, f.quantity.printed, f.area.empty() ? "-" : f.area,
               f.indicatorKey.empty() ? "-" : f.indicatorKey, period, f.trusted ? "trusted" : "review",
               f.indicatorLabel, figureKindName(f.kind), f.doubt.empty() ? "" : " (" + f.doubt + ")");
    if (parsed.intValue("--page")) fmt::print("\t\t{}\n\t\t{}\n", f.note, f.snippet.substr(0, 160));
  }
  printMeetingsAndActions(reading);
  for (const ingest::QualityNote& note : reading.notes) {
    fmt::print("flag p.{}\t{}\t{}\n", note.page, note.kind, note.message);
  }
  return kExitOk;
}

}  // namespace sbw::cli
