#include "extract/text_tables.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/quantity.h"
#include "core/text.h"
#include "extract/mentions.h"
#include "extract/sentences.h"

namespace sbw::extract {
namespace {

struct Line {
  const pdf::TextLine* line = nullptr;
  int valueCount = 0;  // figures at the end of the line
};

bool isValueWord(const std::string& raw) {
  std::string t = raw;
  while (!t.empty() && (t.back() == ',' || t.back() == ';')) t.pop_back();
  if (t.empty()) return false;
  if (t == "-" || t == "\xE2\x80\x93" || iequals(t, "n/a") || t == "*") return true;
  if (!hasDigit(t)) return false;
  if (parsePeriod(t)) return false;  // "2015-16" is a header
  const auto quantity = parseQuantity(t);
  return quantity && !quantity->inWords;
}

int trailingValues(const pdf::TextLine& line) {
  int count = 0;
  int digits = 0;
  for (auto it = line.words.rbegin(); it != line.words.rend(); ++it) {
    if (!isValueWord(it->text)) break;
    ++count;
    digits += hasDigit(it->text) ? 1 : 0;
  }
  return digits > 0 ? count : 0;
}

bool isProse(const pdf::TextLine& line, int proseWords) {
  return static_cast<int>(line.words.size()) >= proseWords && endsSentenceMark(line.words.back().text);
}

bool isTotalWord(const std::string& raw) {
  const std::string lower = lowered(bareWord(raw));
  return lower == "total" || lower == "all" || lower == "overall";
}

struct Column {
  std::string name;
  pdf::Box box;
};

struct Header {
  std::vector<Column> columns;
  std::string corner;
  std::string firstLabel;
  size_t firstLine = 0;  // index of the header's first line
  bool pairs = false;    // each column holds a count and a share: "25 27%"
};

struct HeaderToken {
  std::string text;
  pdf::Box box;
  size_t line = 0;
};

std::optional<Header> headerAbove(const std::vector<Line>& lines, size_t row, int values,
                                  const TextTableOptions& options) {
  std::vector<HeaderToken> tokens;
  size_t top = row;
  for (size_t k = row; k-- > 0 && static_cast<int>(row - k) <= options.maxLinesAbove;) {
    if (lines[k].valueCount > 0 || isProse(*lines[k].line, options.proseLineWords)) break;
    top = k;
  }
  for (size_t k = top; k < row; ++k) {
    for (const pdf::Word& word : lines[k].line->words) tokens.push_back({word.text, word.box, k});
  }
  if (tokens.empty()) return std::nullopt;
  std::vector<std::string> texts;
  for (const HeaderToken& t : tokens) texts.push_back(t.text);

  struct Name {
    size_t begin, end;
  };
  std::vector<Name> areas;
  for (const AreaMention& m : findAreaMentions(texts)) areas.push_back({m.begin, m.end});
  for (size_t i = 0; i < texts.size(); ++i) {
    if (isTotalWord(texts[i])) areas.push_back({i, i + 1});
  }
  std::sort(areas.begin(), areas.end(), [](const Name& a, const Name& b) { return a.begin < b.begin; });
  std::vector<Name> periods;
  for (const PeriodMention& m : findPeriodMentions(texts)) periods.push_back({m.begin, m.end});

  for (const bool pairs : {false, true}) {
    const int wanted = pairs ? values / 2 : values;
    if (wanted < options.minColumns || (pairs && values % 2 != 0)) continue;
    for (const std::vector<Name>* names : {&areas, &periods}) {
      // The first run of `wanted` names set close together: the header's column names.
      for (size_t start = 0; start + static_cast<size_t>(wanted) <= names->size(); ++start) {
        bool close = true;
        for (size_t k = start + 1; k < start + static_cast<size_t>(wanted) && close; ++k) {
          close = (*names)[k].begin >= (*names)[k - 1].end && (*names)[k].begin - (*names)[k - 1].end <= 2;
        }
        if (!close) continue;
        const size_t after = (*names)[start + static_cast<size_t>(wanted) - 1].end;
        // Another name of the kind right after: the run is longer than the row; not this header.
        if (start + static_cast<size_t>(wanted) < names->size() &&
            (*names)[start + static_cast<size_t>(wanted)].begin - after <= 1) {
          continue;
        }
        Header header;
        header.pairs = pairs;
        header.firstLine = tokens[(*names)[start].begin].line;
        for (size_t k = start; k < start + static_cast<size_t>(wanted); ++k) {
          Column column;
          pdf::Box box = tokens[(*names)[k].begin].box;
          for (size_t t = (*names)[k].begin; t < (*names)[k].end; ++t) {
            column.name += (column.name.empty() ? "" : " ") + tokens[t].text;
            box = box.united(tokens[t].box);
          }
          column.box = box;
          header.columns.push_back(column);
        }
        for (size_t t = 0; t < (*names)[start].begin; ++t) {
          if (tokens[t].line == header.firstLine) header.corner += (header.corner.empty() ? "" : " ") + tokens[t].text;
        }
        for (size_t t = after; t < tokens.size(); ++t) {
          header.firstLabel += (header.firstLabel.empty() ? "" : " ") + tokens[t].text;
        }
        return header;
      }
    }
  }
  return std::nullopt;
}

bool allCaps(const std::string& text) {
  bool letters = false;
  for (const unsigned char c : text) {
    if (std::islower(c)) return false;
    letters = letters || std::isalpha(c);
  }
  return letters;
}

pdf::TableCell cell(int row, int col, const std::string& text, const pdf::Box& box) {
  pdf::TableCell c;
  c.row = row;
  c.col = col;
  c.text = text;
  c.box = box;
  return c;
}

}  // namespace

bool isLinearisedTable(const pdf::Table& table) {
  int rows = 0;
  int runs = 0;
  for (int row = 0; row < table.rowCount; ++row) {
    bool run = false;
    bool any = false;
    for (const pdf::TableCell& c : table.cells) {
      if (c.row != row || c.text.empty()) continue;
      any = true;
      // A run of figures at the end of the cell ("... General Fund -79,169 -59,462 -76,930"), not a
      // label with numbers in it ("1 < 5 years").
      int values = 0;
      const auto words = split(simplified(c.text), ' ');
      for (auto it = words.rbegin(); it != words.rend() && isValueWord(*it) && hasDigit(*it); ++it) ++values;
      run = run || values >= 2;
    }
    rows += any ? 1 : 0;
    runs += run ? 1 : 0;
  }
  return rows > 0 && runs * 2 >= rows;
}

std::vector<TextTable> findTextTables(const DocumentView& document, const std::vector<bool>& skipTables,
                                      const TextTableOptions& options) {
  std::vector<TextTable> found;
  for (const PageView& page : document.pages) {
    std::vector<pdf::Box> skip;
    for (const size_t t : page.tables) {
      if (t < skipTables.size() && skipTables[t]) skip.push_back(document.tables[t].bbox);
    }
    // Layout lines split at wide gaps (a row's cells); a row of a text table is one printed line,
    // so lines on one baseline are joined again, left to right.
    std::vector<pdf::TextLine> rows;
    for (const pdf::TextBlock& block : page.layout.blocks) {
      if (block.kind == pdf::BlockKind::PageHeader || block.kind == pdf::BlockKind::PageFooter) continue;
      for (const pdf::TextLine& line : block.lines) {
        const bool skipped = std::any_of(skip.begin(), skip.end(), [&](const pdf::Box& b) {
          return b.contains(line.box.centerX(), line.box.centerY());
        });
        if (skipped || line.words.empty()) continue;
        const auto same = std::find_if(rows.begin(), rows.end(), [&](const pdf::TextLine& row) {
          const double smaller = std::min(row.box.height(), line.box.height());
          return smaller > 0 && row.box.verticalOverlap(line.box) >= 0.6 * smaller;
        });
        if (same == rows.end()) {
          rows.push_back(line);
          continue;
        }
        same->words.insert(same->words.end(), line.words.begin(), line.words.end());
        std::sort(same->words.begin(), same->words.end(),
                  [](const pdf::Word& a, const pdf::Word& b) { return a.box.x1 < b.box.x1; });
        same->box = same->box.united(line.box);
      }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const pdf::TextLine& a, const pdf::TextLine& b) { return a.box.y1 < b.box.y1; });
    std::vector<Line> lines;
    for (const pdf::TextLine& row : rows) lines.push_back({&row, trailingValues(row)});
    for (size_t i = 0; i < lines.size();) {
      if (lines[i].valueCount < options.minColumns) {
        ++i;
        continue;
      }
      const auto header = headerAbove(lines, i, lines[i].valueCount, options);
      if (!header) {
        ++i;
        continue;
      }
      const int columns = static_cast<int>(header->columns.size());
      const int values = header->pairs ? 2 * columns : columns;
      TextTable text;
      pdf::Table& table = text.table;
      table.page = page.info.number;
      table.pageWidth = page.info.width;
      table.pageHeight = page.info.height;
      table.columnCount = columns + 1;
      table.headerRows = 1;
      pdf::Box bbox = lines[header->firstLine].line->box;
      table.cells.push_back(cell(0, 0, header->corner, lines[header->firstLine].line->box));
      for (int c = 0; c < columns; ++c) {
        table.cells.push_back(
            cell(0, c + 1, header->columns[static_cast<size_t>(c)].name, header->columns[static_cast<size_t>(c)].box));
      }
      for (size_t k = header->firstLine; k < i; ++k) text.lines.push_back(lines[k].line->box);
      int row = 1;
      std::string pending = header->firstLabel;
      pdf::Box pendingBox = lines[i].line->box;
      size_t j = i;
      for (; j < lines.size(); ++j) {
        const pdf::TextLine& line = *lines[j].line;
        if (lines[j].valueCount == values) {
          const size_t labelWords = line.words.size() - static_cast<size_t>(values);
          std::string label;
          pdf::Box labelBox = line.box;
          for (size_t w = 0; w < labelWords; ++w) label += (label.empty() ? "" : " ") + line.words[w].text;
          // A label line of its own before a row that has its label: a section ("EXPENDITURE").
          if (!pending.empty() && !label.empty()) {
            table.cells.push_back(cell(row, 0, pending, pendingBox));
            for (int c = 1; c <= columns; ++c) table.cells.push_back(cell(row, c, "", pendingBox));
            ++row;
          }
          if (label.empty()) {
            label = pending;
            labelBox = pendingBox;
          }
          pending.clear();
          table.cells.push_back(cell(row, 0, label, labelBox));
          for (int c = 0; c < columns; ++c) {
            const size_t first = labelWords + static_cast<size_t>(header->pairs ? 2 * c : c);
            std::string value = line.words[first].text;
            pdf::Box box = line.words[first].box;
            if (header->pairs) {
              value += " (" + line.words[first + 1].text + ")";
              box = box.united(line.words[first + 1].box);
            }
            table.cells.push_back(cell(row, c + 1, value, box));
          }
          ++row;
          bbox = bbox.united(line.box);
          text.lines.push_back(line.box);
          continue;
        }
        if (lines[j].valueCount > 0 || isProse(line, options.proseLineWords) ||
            static_cast<int>(line.words.size()) > options.proseLineWords) {
          break;
        }
        // A line of label words: the next row's label, or a section when it stands alone.
        if (!pending.empty() && allCaps(pending)) {
          table.cells.push_back(cell(row, 0, pending, pendingBox));
          for (int c = 1; c <= columns; ++c) table.cells.push_back(cell(row, c, "", pendingBox));
          ++row;
          pending.clear();
        }
        pendingBox = pending.empty() ? line.box : pendingBox.united(line.box);
        pending = pending.empty() ? line.text() : pending + " " + line.text();
        text.lines.push_back(line.box);
      }
      table.rowCount = row;
      table.bbox = bbox;
      if (row >= 2) {
        // The caption: up to two short lines right above the header.
        for (size_t k = header->firstLine; k-- > 0 && header->firstLine - k <= 2;) {
          const pdf::TextLine& line = *lines[k].line;
          if (lines[k].valueCount > 0 || isProse(line, options.proseLineWords)) break;
          text.caption = text.caption.empty() ? line.text() : line.text() + " " + text.caption;
        }
        found.push_back(std::move(text));
      }
      i = std::max(j, i + 1);
    }
  }
  return found;
}

}  // namespace sbw::extract
