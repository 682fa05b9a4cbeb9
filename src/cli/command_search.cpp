#include <fmt/core.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <filesystem>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "store/document_repository.h"

namespace sbw::cli {

int runSearch(const Args& args) {
  const Arguments parsed(args, {"--store", "--limit"}, {"--json"});
  const std::string storePath = parsed.required("--store");
  if (parsed.operands().empty()) throw UsageError("give the words to search for");
  std::string query;
  for (const auto& word : parsed.operands()) query += (query.empty() ? "" : " ") + word;
  const int limit = parsed.intValue("--limit").value_or(20);
  if (limit <= 0) throw UsageError("--limit must be at least 1");

  store::Database db = openStoreForReading(storePath);
  const auto hits = store::DocumentRepository(db).search(query, limit);

  if (parsed.has("--json")) {
    QJsonArray array;
    for (const auto& hit : hits) {
      array.append(QJsonObject{{"document", QString::fromStdString(hit.fileName)},
                               {"title", QString::fromStdString(hit.title)},
                               {"page", hit.page},
                               {"page_label", QString::fromStdString(hit.label)},
                               {"snippet", QString::fromStdString(hit.snippet)}});
    }
    const QJsonObject root{{"query", QString::fromStdString(query)}, {"hits", array}};
    fmt::print("{}", QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString());
    return kExitOk;
  }
  if (hits.empty()) {
    fmt::print("no pages match \"{}\"\n", query);
    return kExitOk;
  }
  for (const auto& hit : hits) {
    fmt::print("{} p.{}: {}\n", hit.fileName, hit.page, hit.snippet);
  }
  return kExitOk;
}

}  // namespace sbw::cli
