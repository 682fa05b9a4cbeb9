#include <fmt/core.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/open_pdf.h"
#include "extract/document_title.h"
#include "extract/figure_extractor.h"
#include "pdf/pdf_document.h"

namespace sbw::cli {

int runFigures(const Args& args) {
  const Arguments parsed(args, {}, {"--json"});
  if (parsed.operands().size() != 1) throw UsageError("give one PDF file");
  const std::string file = parsed.operands().front();
  const auto document = openPdf(file);
  std::vector<extract::PageWords> pages;
  for (int i = 0; i < document.pageCount(); ++i) pages.push_back({document.pageInfo(i), document.words(i)});
  const std::string title = extract::documentTitle(document.title(), pages.front().words);
  const auto result = extract::extractFigures(document, pages, title);

  if (parsed.has("--json")) {
    QJsonArray figures;
    for (const auto& f : result.figures) {
      QJsonObject object{{"page", f.page},
                         {"area", QString::fromStdString(f.area)},
                         {"indicator", QString::fromStdString(f.indicator)},
                         {"period", QString::fromStdString(f.period)},
                         {"value", QString::fromStdString(f.value)},
                         {"comparator", extract::comparatorName(f.comparator)},
                         {"method", extract::methodName(f.method)},
                         {"confidence", f.confidence},
                         {"snippet", QString::fromStdString(f.snippet)}};
      if (f.box) object["box"] = QJsonArray{f.box->x1, f.box->y1, f.box->x2, f.box->y2};
      figures.append(object);
    }
    const QJsonObject root{{"file", QString::fromStdString(file)},
                           {"area", QString::fromStdString(result.context.areaPrinted)},
                           {"period", QString::fromStdString(result.context.periodPrinted)},
                           {"figures", figures}};
    fmt::print("{}", QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString());
    return kExitOk;
  }
  if (result.meeting) {
    fmt::print("# meeting: {} on {} ({} agenda items)\n", result.meeting->body,
               result.meeting->date ? result.meeting->date->iso() : "?", result.meeting->agenda.size());
  }
  for (const auto& a : result.actions) {
    fmt::print("action p.{}\t{}\t{}\t{}\t{}\t{}\t{}\t[{}]\n", a.page, a.reference, a.text, a.owner, a.due, a.status,
               a.rag, a.agendaItem);
  }
  fmt::print("# {}: about {} {}; {} figures\n", file,
             result.context.areaPrinted.empty() ? "?" : result.context.areaPrinted, result.context.periodPrinted,
             result.figures.size());
  for (const auto& f : result.figures) {
    fmt::print("p.{}\t{}\t{}\t{}\t{}\t{}\n", f.page, f.value, f.area.empty() ? "-" : f.area,
               f.period.empty() ? "-" : f.period, extract::methodName(f.method), f.indicator);
  }
  return kExitOk;
}

}  // namespace sbw::cli
