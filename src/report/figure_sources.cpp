#include "report/figure_sources.h"

#include <QStringList>
#include <set>

#include "store/document_repository.h"

namespace sbw::report {
namespace {

QString nameOf(const DocumentNames& names, std::int64_t documentId) {
  const auto found = names.find(documentId);
  return found != names.end() ? found->second : QStringLiteral("document %1").arg(documentId);
}

}  // namespace

DocumentNames documentNames(store::Database& db) {
  DocumentNames names;
  for (const store::DocumentRecord& document : store::DocumentRepository(db).all()) {
    names[document.id] = QString::fromStdString(document.title.empty() ? document.fileName : document.title);
  }
  return names;
}

QString sourceLine(const std::vector<const store::Observation*>& figures, const DocumentNames& names) {
  std::vector<std::int64_t> documents;
  std::map<std::int64_t, std::set<int>> pages;
  for (const store::Observation* figure : figures) {
    if (!figure) continue;
    if (!pages.contains(figure->documentId)) documents.push_back(figure->documentId);
    pages[figure->documentId].insert(figure->page);
  }
  if (documents.empty()) return {};
  QStringList parts;
  for (const std::int64_t document : documents) {
    QStringList numbers;
    for (const int page : pages[document]) numbers << QString::number(page);
    parts << QStringLiteral("%1, %2 %3")
                 .arg(nameOf(names, document), numbers.size() > 1 ? QStringLiteral("pp.") : QStringLiteral("p."),
                      numbers.join(QStringLiteral(", ")));
  }
  return QStringLiteral("Source: ") + parts.join(QStringLiteral("; "));
}

int Citations::cite(const store::Observation& figure) { return cite(figure.documentId, figure.page); }

int Citations::cite(std::int64_t documentId, int page) {
  const auto key = std::pair{documentId, page};
  const auto [found, added] = numbers_.try_emplace(key, static_cast<int>(order_.size()) + 1);
  if (added) order_.push_back(key);
  return found->second;
}

std::vector<Citations::Note> Citations::notes() const {
  std::vector<Note> out;
  for (const auto& [document, page] : order_) {
    out.push_back(
        Note{numbers_.at({document, page}), QStringLiteral("%1, p. %2").arg(nameOf(names_, document)).arg(page)});
  }
  return out;
}

QString cited(const QString& value, int note) { return QStringLiteral("%1 [%2]").arg(value).arg(note); }

}  // namespace sbw::report
