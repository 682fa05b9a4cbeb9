#include "extract/action_tables.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "core/text.h"
#include "extract/action_phrases.h"

namespace sbw::extract {
namespace {

bool sameColumns(const GridHeader& a, const GridHeader& b) {
  if (a.columns.size() != b.columns.size()) return false;
  for (size_t i = 0; i < a.columns.size(); ++i) {
    if (a.columns[i].header.role != b.columns[i].header.role) return false;
  }
  return true;
}

double topOfText(const PageView& page) {
  double top = page.info.height;
  for (const pdf::TextBlock& block : page.layout.blocks) {
    if (block.kind == pdf::BlockKind::PageHeader || block.kind == pdf::BlockKind::PageFooter) continue;
    if (!block.lines.empty()) top = std::min(top, block.box.y1);
  }
  return top;
}

double wordSize(const PageView& page, const pdf::Box& box) {
  std::vector<double> sizes;
  for (const pdf::Word& w : page.words) {
    if (box.contains(w.box.centerX(), w.box.centerY())) sizes.push_back(w.fontSize);
  }
  if (sizes.empty()) return 0;
  std::sort(sizes.begin(), sizes.end());
  return sizes[sizes.size() / 2];
}

// The table the engine found around a header band on the page, with the row its header is in.
std::optional<std::pair<size_t, int>> engineTableAt(const DocumentView& document, const PageView& page,
                                                    const GridHeader& header) {
  for (const size_t t : page.tables) {
    const pdf::Table& table = document.tables[t];
    if (!table.bbox.contains(header.box.centerX(), header.box.centerY())) continue;
    int headerRow = -1;
    if (headerOfTable(table, headerRow).kind != ActionTableKind::None) return std::make_pair(t, headerRow);
  }
  return std::nullopt;
}

// Headers on a page: those read from its words, and those of engine tables whose header the
// words did not show as one band (a ruled header with cells of very different heights).
std::vector<GridHeader> pageHeaders(const DocumentView& document, const PageView& page, const GridOptions& options) {
  std::vector<GridHeader> headers = findGridHeaders(page, options);
  for (const size_t t : page.tables) {
    const pdf::Table& table = document.tables[t];
    int headerRow = -1;
    GridHeader header = headerOfTable(table, headerRow);
    if (header.kind == ActionTableKind::None) continue;
    const bool seen = std::any_of(headers.begin(), headers.end(), [&](const GridHeader& h) {
      return table.bbox.contains(h.box.centerX(), h.box.centerY());
    });
    if (seen) continue;
    header.fontSize = wordSize(page, header.box);
    headers.push_back(std::move(header));
  }
  std::sort(headers.begin(), headers.end(),
            [](const GridHeader& a, const GridHeader& b) { return a.box.y1 < b.box.y1; });
  return headers;
}

bool endsSentence(const std::string& text) {
  const std::string t = trimmed(text);
  return !t.empty() && (t.back() == '.' || t.back() == '?' || t.back() == '!');
}

bool startsLowercase(const std::string& text) {
  for (const char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) return std::islower(static_cast<unsigned char>(c)) != 0;
    if (std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return false;
}

bool officerLine(const std::string& text) {
  const auto words = split(text, ' ');
  size_t capitals = 0;
  for (const std::string& w : words) capitals += !w.empty() && std::isupper(static_cast<unsigned char>(w.front()));
  return !words.empty() && words.size() <= 10 && !endsSentence(text) && capitals * 2 > words.size() && namesAgent(text);
}

bool identifies(ColumnRole role) {
  return role == ColumnRole::Reference || role == ColumnRole::AgendaItem || role == ColumnRole::Objective ||
         role == ColumnRole::Priority || role == ColumnRole::Meeting;
}

// "… (in line with", "… commissioning and": a cell cut off before its text ends.
bool unfinished(const std::string& text) {
  const std::string t = trimmed(text);
  if (t.empty() || endsSentence(t)) return false;
  if (std::count(t.begin(), t.end(), '(') > std::count(t.begin(), t.end(), ')')) return true;
  const auto words = split(t, ' ');
  static const std::set<std::string> connectors = {"and", "or", "of", "with", "to",   "the",  "a",      "an",     "for",
                                                   "in",  "on", "by", "&",    "that", "from", "across", "through"};
  return connectors.contains(lowered(words.back())) || t.back() == ',' || t.back() == '-';
}

// A row that only continues the row before: no action of its own and nothing that starts a row,
// or, straight after a page break or a repeated header, a cell that runs on from an unfinished
// cell above it.
bool continuesRow(const GridHeader& header, const GridRow& previous, const GridRow& row, bool afterBreak) {
  const int action = columnWith(header, ColumnRole::Action);
  bool identified = false;
  for (size_t c = 0; c < header.columns.size(); ++c) {
    identified = identified || (identifies(header.columns[c].header.role) && !row.cells[c].empty());
  }
  if (action >= 0 && row.cells[static_cast<size_t>(action)].empty() && !identified) return true;
  // An officer or cabinet member printed under the cell above ("Cabinet Member for Children and
  // Young People"): a title, not an action of its own.
  if (action >= 0 && !identified && officerLine(row.cells[static_cast<size_t>(action)].text())) return true;
  if (!afterBreak || action < 0) return false;
  const std::string above = previous.cells[static_cast<size_t>(action)].text();
  const std::string below = row.cells[static_cast<size_t>(action)].text();
  return !above.empty() && !below.empty() && ((!endsSentence(above) && startsLowercase(below)) || unfinished(above));
}

void join(GridRow& into, const GridRow& from) {
  for (size_t c = 0; c < into.cells.size() && c < from.cells.size(); ++c) {
    if (from.cells[c].empty()) continue;
    into.cells[c].box = into.cells[c].empty() ? from.cells[c].box : into.cells[c].box.united(from.cells[c].box);
    for (const GridLine& line : from.cells[c].lines) into.cells[c].lines.push_back(line);
  }
  // A row carried over a page break keeps the box of its first page.
  if (into.page == from.page) into.box = into.box.united(from.box);
}

void append(ActionTable& table, std::vector<GridRow> rows, bool afterBreak) {
  for (GridRow& row : rows) {
    table.areas.emplace_back(row.page, row.box);
    const bool first = afterBreak && &row == &rows.front();
    if (!table.rows.empty() && continuesRow(table.header, table.rows.back(), row, first)) {
      join(table.rows.back(), row);
    } else {
      table.rows.push_back(std::move(row));
    }
  }
}

// Rows under a header on its page: the engine's rows when it found the table, then whatever the
// words show below them.
GridBody bodyUnder(const DocumentView& document, const PageView& page, const GridHeader& header,
                   const std::vector<GridColumn>& columns, double top, double limit, const ActionTableOptions& options,
                   ActionTable& table) {
  std::vector<GridRow> rows;
  std::vector<GridColumn> used = columns;
  if (const auto engine = engineTableAt(document, page, header)) {
    const pdf::Table& found = document.tables[engine->first];
    // A ruled table's columns start at its rules, left of titles set centred in their cells.
    int headerRow = -1;
    const GridHeader ruled = headerOfTable(found, headerRow);
    if (ruled.columns.size() == used.size()) {
      for (size_t c = 0; c < used.size(); ++c) used[c].x1 = std::min(used[c].x1, ruled.columns[c].x1);
      table.columns = used;
    }
    rows = rowsOfTable(page, found, engine->second + 1, used);
    table.engineTables.push_back(engine->first);
    top = std::max(top, found.bbox.y2);
  }
  GridBody body = readGrid(page, used, top, limit, header.fontSize, options.grid);
  rows.insert(rows.end(), std::make_move_iterator(body.rows.begin()), std::make_move_iterator(body.rows.end()));
  body.rows = std::move(rows);
  return body;
}

}  // namespace

int columnWith(const GridHeader& header, ColumnRole role) {
  for (size_t c = 0; c < header.columns.size(); ++c) {
    if (header.columns[c].header.role == role) return static_cast<int>(c);
  }
  return -1;
}

std::vector<ActionTable> findActionTables(const DocumentView& document, const ActionTableOptions& options) {
  std::vector<ActionTable> tables;
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t open = kNone;  // the table that ran to the end of the last page
  for (const PageView& page : document.pages) {
    const auto headers = pageHeaders(document, page, options.grid);
    const double pageTop = topOfText(page);
    size_t first = 0;
    if (open != kNone && tables[open].lastPage == page.info.number - 1) {
      ActionTable& table = tables[open];
      const double pitch = table.header.fontSize * options.grid.pitchEm;
      const bool repeated = !headers.empty() && sameColumns(headers.front(), table.header) &&
                            headers.front().box.y1 - pageTop < options.repeatedHeaderLines * pitch;
      const double limit = headers.empty() || repeated ? page.info.height : headers.front().box.y1;
      GridBody body;
      if (repeated) {
        // The header printed again: its columns may sit elsewhere on this page.
        const double next = headers.size() > 1 ? headers[1].box.y1 : page.info.height;
        body = bodyUnder(document, page, headers.front(), headers.front().columns, headers.front().box.y2, next,
                         options, table);
        table.columns = headers.front().columns;
        first = 1;
        table.areas.emplace_back(page.info.number, headers.front().box);
      } else {
        body = readGrid(page, table.columns, pageTop, limit, table.header.fontSize, options.grid);
      }
      const bool carried = !body.rows.empty();
      append(table, std::move(body.rows), true);
      if (carried) table.lastPage = page.info.number;
      const bool goesOn = carried && body.runsToPageEnd && (repeated ? headers.size() < 2 : headers.empty()) &&
                          page.info.number - table.header.page < options.maxContinuationPages;
      if (!goesOn) open = kNone;
    } else {
      open = kNone;
    }
    for (size_t h = first; h < headers.size(); ++h) {
      const GridHeader& header = headers[h];
      const double limit = h + 1 < headers.size() ? headers[h + 1].box.y1 : page.info.height;
      // The same header again below a table on the page: the table goes on under it.
      if (!tables.empty() && tables.back().lastPage == page.info.number && sameColumns(tables.back().header, header)) {
        ActionTable& table = tables.back();
        table.areas.emplace_back(page.info.number, header.box);
        table.columns = header.columns;
        GridBody body = bodyUnder(document, page, header, header.columns, header.box.y2, limit, options, table);
        append(table, std::move(body.rows), true);
        if (body.runsToPageEnd && h + 1 == headers.size()) open = tables.size() - 1;
        continue;
      }
      ActionTable table;
      table.header = header;
      table.columns = header.columns;
      table.areas.emplace_back(page.info.number, header.box);
      table.lastPage = page.info.number;
      GridBody body = bodyUnder(document, page, header, header.columns, header.box.y2, limit, options, table);
      if (body.rows.empty() && !body.runsToPageEnd) continue;
      append(table, std::move(body.rows), false);
      tables.push_back(std::move(table));
      if (body.runsToPageEnd && h + 1 == headers.size()) open = tables.size() - 1;
    }
  }
  return tables;
}

}  // namespace sbw::extract
