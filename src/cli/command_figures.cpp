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
  QJsonObject object{{"page", f.page},
                     {"value", f.quantity.value ? QJsonValue(*f.quantity.value) : QJsonValue(QJsonValue::Null)},
                     {"value_text", q(f.quantity.printed)},
                     {"unit", unitName(f.quantity.unit)},
                     {"area", q(f.area)},
                     {"area_code", f.areaCode.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q(f.areaCode))},
                     {"area_label", q(f.areaLabel)},
                     {"comparator", comparatorName(f.comparator)},
                     {"indicator_key",
                      f.indicatorKey.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q(f.indicatorKey))},
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
  }

  if (parsed.has("--json")) {
    QJsonArray figures;
    for (const ingest::Figure& f : reading.figures) figures.append(figureJson(f));
    QJsonArray notes;
    for (const ingest::QualityNote& note : reading.notes) {
      notes.append(QJsonObject{{"page", note.page}, {"kind", q(note.kind)}, {"message", q(note.message)}});
    }
    const QJsonObject root{{"file", q(file)},          {"title", q(reading.title)}, {"area", q(reading.area)},
                           {"period", q(reading.period)}, {"figures", figures},        {"quality_flags", notes}};
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
  for (const ingest::QualityNote& note : reading.notes) {
    fmt::print("flag p.{}\t{}\t{}\n", note.page, note.kind, note.message);
  }
  return kExitOk;
}

}  // namespace sbw::cli
