#include <algorithm>

#include "extract/action_tracker.h"
#include "extract/figure_extractor.h"
#include "extract/meeting_details.h"
#include "extract/prose_figures.h"
#include "extract/reader.h"
#include "extract/table_figures.h"

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
    if (auto meeting = meetingDetails(pageLines(document))) findings.meetings.push_back(std::move(*meeting));
  }
};

class TrackerReader final : public Reader {
 public:
  std::string_view name() const override { return "trackers"; }
  void read(const DocumentView& document, Findings& findings) const override {
    const auto lines = pageLines(document);
    for (size_t i = 0; i < document.tables.size(); ++i) {
      const pdf::Table& table = document.tables[i];
      auto actions = actionsFromTable(table, agendaItemAbove(lines, table.page, table.bbox.y1));
      if (actions.empty()) continue;
      findings.claimedTables.insert(i);
      for (PrintedAction& action : actions) {
        if (!findings.meetings.empty()) action.meeting = 0;
        findings.actions.push_back(std::move(action));
      }
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
      const std::string caption = captionAbove(table, document.page(table.page).words);
      for (PrintedFigure& figure : figuresFromTable(table, caption, document.context)) {
        findings.figures.push_back(std::move(figure));
      }
    }
  }
};

class ProseFigureReader final : public Reader {
 public:
  std::string_view name() const override { return "prose figures"; }
  void read(const DocumentView& document, Findings& findings) const override {
    for (PrintedFigure& figure : figuresFromProse(document)) findings.figures.push_back(std::move(figure));
  }
};

}  // namespace

std::vector<std::unique_ptr<Reader>> standardReaders() {
  std::vector<std::unique_ptr<Reader>> readers;
  readers.push_back(std::make_unique<MeetingReader>());
  readers.push_back(std::make_unique<TrackerReader>());
  readers.push_back(std::make_unique<TableFigureReader>());
  readers.push_back(std::make_unique<ProseFigureReader>());
  return readers;
}

}  // namespace sbw::extract
