#include "store/export_tables.h"

#include <array>
#include <charconv>

#include "core/redaction.h"
#include "store/database.h"

namespace sbw::store {
namespace {

struct ViewQuery {
  ExportView view;
  const char* name;
  const char* sql;
};

// Columns in the order a reader of the export wants them; names as the store's views give them.
constexpr ViewQuery kQueries[] = {
    {ExportView::Figures, "figures",
     "SELECT area, area_code, comparator, indicator_key, indicator_label, period_label, period_start, period_end, "
     "value, value_text, unit, suppression, trusted, corrected, document, page, snippet "
     "FROM observation_v WHERE (?1 = 0 OR trusted = 1) "
     "ORDER BY indicator_key, area, period_start, document, page, observation_id"},
    {ExportView::Actions, "actions",
     "SELECT document, page, kind, reference, meeting_body, meeting_date, agenda_item, action_text, owner, "
     "due_date, due_label, status, rag, update_text, corrected FROM action_v ORDER BY document, page, action_id"},
    {ExportView::Pages, "pages",
     "SELECT d.file_name AS document, p.number AS page, p.label AS page_label, p.text AS text "
     "FROM pages p JOIN documents d ON d.id = p.document_id ORDER BY d.file_name, p.number"},
};

const ViewQuery& queryFor(ExportView view) {
  for (const ViewQuery& query : kQueries) {
    if (query.view == view) return query;
  }
  return kQueries[0];
}

// A real number in the fewest digits that read back as the stored value: 12.5, not 12.500000.
std::string cellText(const Statement& row, int column, bool real) {
  if (row.isNull(column)) return {};
  if (!real) return row.text(column);
  std::array<char, 32> buffer{};
  const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), row.real(column));
  return error == std::errc() ? std::string(buffer.data(), end) : row.text(column);
}

}  // namespace

std::optional<ExportView> exportViewFromName(const std::string& name) {
  for (const ViewQuery& query : kQueries) {
    if (name == query.name) return query.view;
  }
  return std::nullopt;
}

std::vector<std::string> exportViewNames() {
  std::vector<std::string> names;
  for (const ViewQuery& query : kQueries) names.emplace_back(query.name);
  return names;
}

ExportTable exportTable(Database& db, ExportView view, const ExportOptions& options) {
  const ViewQuery& query = queryFor(view);
  Statement statement = db.prepare(query.sql);
  if (view == ExportView::Figures) statement.bind(1, options.trustedOnly ? 1 : 0);
  ExportTable table;
  const int columns = statement.columnCount();
  for (int c = 0; c < columns; ++c) table.columns.push_back(statement.columnName(c));
  while (statement.step()) {
    std::vector<std::string> row;
    row.reserve(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      std::string text = cellText(statement, c, statement.isReal(c));
      row.push_back(options.redact ? redactContactDetails(text) : std::move(text));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace sbw::store
