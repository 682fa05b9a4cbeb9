#include <algorithm>

#include "extract/action_context.h"
#include "extract/action_tracker.h"
#include "extract/figure_extractor.h"
#include "extract/linear_plans.h"
#include "extract/meeting_details.h"
#include "extract/minutes_actions.h"
#include "extract/prose_figures.h"
#include "extract/reader.h"
#include "extract/report_actions.h"
#include "extract/table_figures.h"
#include "extract/text_tables.h"

namespace sbw::extract {
namespace {

std::vector<std::vector<pdf::TextLine>> pageLines(const DocumentView& document) {
  std::vector<std::vector<pdf::TextLine>> lines;
  lines.reserve(document.pages.size());
  for (const PageView& page : document.pages) {
    std::vector<pdf::TextLine> all;
    for (const pdf::TextBlock& block : page.layout.blocks) {
      all.insert(all.end(), block.lines.begin(), block.lines.end());
    }
    lines.push_back(std::move(all));
  }
  return lines;
}

class MeetingReader final : public Reader {
 public:
  std::string_view name() const override { return "meetings"; }
  void read(const DocumentView& document, Findings& findings) const override {
    const auto lines = pageLines(document);
    if (auto meeting = meetingDetails(lines)) {
      locateAgendaPapers(*meeting, lines);
      findings.meetings.push_back(std::move(*meeting));
    }
  }
};

class TextTableReader final : public Reader {
 public:
  std::string_view name() const override { return "tables printed as text"; }
  void read(const DocumentView& document, Findings& findings) const override {
    std::vector<bool> skip(document.tables.size(), true);
    for (size_t i = 0; i < document.tables.size(); ++i) {
      if (findings.claimedTables.contains(i)) continue;
      if (isLinearisedTable(document.tables[i])) {
        skip[i] = false;
        findings.claimedTables.insert(i);  // read from its lines instead
      }
    }
    const auto tables = findTextTables(document, skip);
    for (size_t i = 0; i < tables.size(); ++i) {
      const TextTable& text = tables[i];
      auto headings = headingsAt(document, text.table.page, text.table.bbox.y1);
      const int index = static_cast<int>(document.tables.size() + i);
      for (PrintedFigure& figure : figuresFromTable(text.table, text.caption, headings, document.context, index)) {
        findings.figures.push_back(std::move(figure));
      }
      for (const pdf::Box& line : text.lines) findings.claimedLines.emplace_back(text.table.page, line);
    }
  }
};

class TableFigureReader final : public Reader {
 public:
  std::string_view name() const override { return "table figures"; }
  void read(const DocumentView& document, Findings& findings) const override {
    for (size_t i = 0; i < document.tables.size(); ++i) {
      if (findings.claimedTables.contains(i)) continue;
      const pdf::Table& table = document.tables[i];
      std::vector<pdf::Box> others;
      for (const size_t t : document.page(table.page).tables) {
        if (t != i) others.push_back(document.tables[t].bbox);
      }
      const TextAbove above = textAbove(table, document.page(table.page).words, others);
      const auto headings = headingsAt(document, table.page, table.bbox.y1);
      for (PrintedFigure& figure :
           figuresFromTable(table, above.caption, headings, document.context, static_cast<int>(i), above.prose)) {
        findings.figures.push_back(std::move(figure));
      }
    }
  }
};

class ProseFigureReader final : public Reader {
 public:
  std::string_view name() const override { return "prose figures"; }
  void read(const DocumentView& document, Findings& findings) const override {
    for (PrintedFigure& figure : figuresFromProse(document, findings)) findings.figures.push_back(std::move(figure));
  }
};

}  // namespace

bool Findings::claimed(int page, const pdf::Box& box) const {
  return std::any_of(claimedLines.begin(), claimedLines.end(), [&](const auto& line) {
    return line.first == page && line.second.contains(box.centerX(), box.centerY());
  });
}

std::vector<std::unique_ptr<Reader>> standardReaders() {
  std::vector<std::unique_ptr<Reader>> readers;
  readers.push_back(std::make_unique<MeetingReader>());
  readers.push_back(actionTableReader());
  readers.push_back(minutesReader());
  readers.push_back(linearPlanReader());
  readers.push_back(reportActionReader());
  readers.push_back(std::make_unique<TextTableReader>());
  readers.push_back(std::make_unique<TableFigureReader>());
  readers.push_back(std::make_unique<ProseFigureReader>());
  return readers;
}

}  // namespace sbw::extract
