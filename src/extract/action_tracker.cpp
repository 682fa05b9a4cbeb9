#include "extract/action_tracker.h"

#include "core/text.h"
#include "extract/action_context.h"
#include "extract/action_rows.h"
#include "extract/action_tables.h"

namespace sbw::extract {
namespace {

std::vector<std::vector<pdf::TextLine>> pageLines(const DocumentView& document) {
  std::vector<std::vector<pdf::TextLine>> lines;
  for (const PageView& page : document.pages) {
    std::vector<pdf::TextLine> all;
    for (const pdf::TextBlock& block : page.layout.blocks)
      all.insert(all.end(), block.lines.begin(), block.lines.end());
    lines.push_back(std::move(all));
  }
  return lines;
}

class ActionTableReader final : public Reader {
 public:
  std::string_view name() const override { return "tables of actions"; }

  void read(const DocumentView& document, Findings& findings) const override {
    const auto lines = pageLines(document);
    for (const ActionTable& table : findActionTables(document)) {
      const GridHeader& header = table.header;
      const TableSetting above = settingAbove(document, header.page, header.box.y1);
      RowSetting setting;
      setting.agendaItem = agendaItemAbove(lines, header.page, header.box.y1);
      setting.period = periodAt(document, header.page, header.box.y1);
      if (header.kind == ActionTableKind::Table) setting.agency = agencyAt(document, header.page, header.box.y1);
      setting.fill = document.fill;
      setting.key = keyAbove(document, header.page, header.box.y1);
      if (header.kind == ActionTableKind::Tracker) {
        if (above.meetingDate) {
          const std::string body =
              above.body.empty() && !findings.meetings.empty() ? findings.meetings.front().body : above.body;
          setting.meeting = meetingOn(findings, *above.meetingDate, body, header.page, above.meetingLabel);
        } else if (!findings.meetings.empty()) {
          setting.meeting = 0;  // a tracker in a meeting's papers, its rows raised at that meeting
        }
        if (setting.meeting >= 0) {
          const PrintedMeeting& meeting = findings.meetings[static_cast<size_t>(setting.meeting)];
          setting.meetingDate = meeting.date;
          setting.meetingBody = meeting.body;
        }
      }
      auto actions = actionsOfTable(table, setting);
      if (actions.empty()) continue;
      for (const size_t t : table.engineTables) findings.claimedTables.insert(t);
      for (const auto& area : table.areas) findings.claimedLines.push_back(area);
      for (PrintedAction& action : actions) findings.actions.push_back(std::move(action));
    }
  }
};

}  // namespace

int meetingOn(Findings& findings, const Date& date, const std::string& body, int page, const std::string& label) {
  for (size_t i = 0; i < findings.meetings.size(); ++i) {
    if (findings.meetings[i].date == date) return static_cast<int>(i);
  }
  PrintedMeeting meeting;
  meeting.page = page;
  meeting.body = body;
  meeting.dateLabel = simplified(label);
  meeting.date = date;
  findings.meetings.push_back(std::move(meeting));
  return static_cast<int>(findings.meetings.size() - 1);
}

std::unique_ptr<Reader> actionTableReader() { return std::make_unique<ActionTableReader>(); }

}  // namespace sbw::extract
