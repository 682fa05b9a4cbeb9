#include "support/store_fixtures.h"

#include "ingest/action_resolver.h"
#include "ingest/trust.h"
#include "store/database.h"
#include "store/reading_writer.h"

namespace sbw::test {

extract::PrintedFigure printedFigure(int page, const std::string& area, const std::string& label,
                                     const std::string& period, const std::string& value) {
  extract::PrintedFigure f;
  f.page = page;
  f.area = area;
  f.label = label;
  f.period = period;
  f.value = value;
  f.method = ExtractionMethod::Table;
  f.snippet = label + " " + value;
  return f;
}

std::int64_t addBareDocument(store::Database& db, const std::string& fileName, int pages,
                             const std::string& importedAt) {
  db.prepare(
        "INSERT INTO documents (file_name, path, sha256, title, page_count, file_size, imported_at) "
        "VALUES (?1, '/reports/' || ?1, 'sha-' || ?1, '', ?2, 100, ?3)")
      .bind(1, fileName)
      .bind(2, pages)
      .bind(3, importedAt)
      .run();
  const std::int64_t id = db.lastInsertId();
  for (int page = 1; page <= pages; ++page) {
    db.prepare("INSERT INTO pages (document_id, number, width, height, text) VALUES (?, ?, 595, 842, '')")
        .bind(1, id)
        .bind(2, page)
        .run();
  }
  return id;
}

StoredFigures storePrintedFigures(store::Database& db, std::int64_t documentId,
                                  const std::vector<extract::PrintedFigure>& figures,
                                  const ingest::ResolveContext& context) {
  ingest::DocumentReading reading;
  const ingest::FigureResolver resolver;
  StoredFigures summary;
  for (const extract::PrintedFigure& printed : figures) {
    ingest::Resolution resolution = resolver.resolve(printed, context);
    if (!resolution.figure) {
      ++summary.unreadable;
      reading.notes.push_back({printed.page, "unreadable_value", resolution.problem});
      continue;
    }
    ingest::decideTrust(printed, *resolution.figure);
    reading.figures.push_back(std::move(*resolution.figure));
  }
  summary.stored = store::writeReading(db, documentId, reading).figures;
  return summary;
}

int storePrintedActions(store::Database& db, std::int64_t documentId,
                        const std::vector<extract::PrintedAction>& actions,
                        const std::vector<extract::PrintedMeeting>& meetings) {
  ingest::DocumentReading reading;
  reading.meetings = ingest::resolveMeetings(meetings);
  reading.actions = ingest::resolveActions(actions, reading.meetings);
  return store::writeReading(db, documentId, reading).actions;
}

}  // namespace sbw::test
