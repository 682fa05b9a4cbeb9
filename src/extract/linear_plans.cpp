#include "extract/linear_plans.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include "core/text.h"
#include "extract/action_columns.h"
#include "extract/action_context.h"
#include "extract/action_phrases.h"
#include "pdf/layout_lines.h"

namespace sbw::extract {
namespace {

struct LinearOptions {
  double narrowShare = 0.7;    // a line narrower than this share of the text column is a cell's
  double headingPoints = 1.5;  // a heading this much larger than the cells' first lines ends the plan
  int maxPages = 10;           // a plan printed as text runs no longer
  size_t headerWords = 5;      // the line naming the columns is this short
  size_t leadInLines = 4;      // the plan's period is printed this close above it
  size_t minItemWords = 3;
};

struct PlacedLine {
  int page = 0;
  const pdf::TextLine* line = nullptr;
  double width = 0;  // the page's text column
};

std::vector<PlacedLine> bodyLines(const DocumentView& document) {
  std::vector<PlacedLine> out;
  for (const PageView& page : document.pages) {
    double left = page.info.width;
    double right = 0;
    std::vector<const pdf::TextLine*> lines;
    for (const pdf::TextBlock& block : page.layout.blocks) {
      if (block.kind == pdf::BlockKind::PageHeader || block.kind == pdf::BlockKind::PageFooter) continue;
      for (const pdf::TextLine& line : block.lines) {
        if (line.words.empty()) continue;
        lines.push_back(&line);
        left = std::min(left, line.box.x1);
        right = std::max(right, line.box.x2);
      }
    }
    // The text column: the page between its left margin and the same margin on the right, whether
    // or not any line on this page runs that wide.
    const double column = std::max(right - left, page.info.width - 2 * left);
    for (const pdf::TextLine* line : lines) out.push_back({page.info.number, line, std::max(1.0, column)});
  }
  return out;
}

bool namesColumns(const pdf::TextLine& line, const LinearOptions& options) {
  if (line.words.size() < 2 || line.words.size() > options.headerWords) return false;
  bool action = false;
  for (const pdf::Word& w : line.words) {
    const ColumnRole role = columnHeader(w.text).role;
    if (role == ColumnRole::None) return false;
    action = action || role == ColumnRole::Action;
  }
  return action;
}

bool endsSentence(const std::string& text) {
  const std::string t = trimmed(text);
  return !t.empty() && (t.back() == '.' || t.back() == '?' || t.back() == '!');
}

bool startsLowercase(const std::string& text) {
  return !text.empty() && std::islower(static_cast<unsigned char>(text.front()));
}

struct Item {
  int page = 0;
  std::string text;
  bool listed = false;  // it lists the scope of its task ("In particular o … o …"): one task
  std::vector<std::pair<int, pdf::Box>> lines;
};

// "… substance misuse. Improve links …": a second task in one cell.
std::vector<std::string> tasksIn(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  const auto words = split(simplified(text), ' ');
  for (size_t i = 0; i < words.size(); ++i) {
    const bool starts = i > 0 && endsSentence(words[i - 1]) &&
                        std::isupper(static_cast<unsigned char>(words[i].front())) && isActionVerb(words[i]);
    if (starts && !current.empty()) {
      out.push_back(current);
      current.clear();
    }
    current += (current.empty() ? "" : " ") + words[i];
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

class LinearPlanReader final : public Reader {
 public:
  std::string_view name() const override { return "plans printed as text"; }

  void read(const DocumentView& document, Findings& findings) const override {
    const LinearOptions options;
    const auto lines = bodyLines(document);
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!namesColumns(*lines[i].line, options)) continue;
      if (findings.claimed(lines[i].page, lines[i].line->box)) continue;
      i = readPlan(document, lines, i, options, findings);
    }
  }

 private:
  size_t readPlan(const DocumentView& document, const std::vector<PlacedLine>& lines, size_t header,
                  const LinearOptions& options, Findings& findings) const {
    // The plan's period, from the lines just above its header.
    std::string due;
    for (size_t k = header; k-- > 0 && header - k <= options.leadInLines;) {
      if (const auto timing = dueTiming(lines[k].line->text()); timing && timing->dated) {
        due = timing->printed;
        break;
      }
    }
    const int firstPage = lines[header].page;
    const double leadSize = lines[header].line->words.front().fontSize;
    std::vector<Item> items;
    std::vector<std::pair<int, pdf::Box>> cells;  // every line of the narrow column, tasks or not
    std::optional<Item> open;
    bool interrupted = false;  // wide narrative since the open cell's last line
    bool wideEnded = true;     // the last wide line ended its sentence
    const auto close = [&]() {
      if (open) items.push_back(std::move(*open));
      open.reset();
    };
    size_t i = header + 1;
    for (; i < lines.size(); ++i) {
      const PlacedLine& placed = lines[i];
      const pdf::TextLine& line = *placed.line;
      const std::string text = simplified(line.text());
      if (placed.page - firstPage > options.maxPages || namesColumns(line, options)) break;
      if (line.words.front().fontSize > leadSize + options.headingPoints) break;
      if (!document.page(placed.page).tables.empty() && placed.page != firstPage) break;
      const auto isNarrow = [&](const PlacedLine& l) { return l.line->box.width() < options.narrowShare * l.width; };
      if (isNarrow(placed)) cells.emplace_back(placed.page, line.box);
      if (!isNarrow(placed)) {
        interrupted = true;
        wideEnded = endsSentence(text);
        continue;
      }
      const bool bold = line.words.front().bold;
      // A wide paragraph's last line: one short line finishing the sentence the wide line began,
      // or a short line ending a sentence of its own after the narrative.
      const bool alone = i + 1 >= lines.size() || !isNarrow(lines[i + 1]) || lines[i + 1].line->words.front().bold;
      const bool tail = !bold && interrupted && endsSentence(text) && ((!wideEnded && alone) || !startsLowercase(text));
      if (tail) continue;
      if (bold) {
        close();
        open = Item{placed.page, text, false, {{placed.page, line.box}}};
      } else if (open && (!interrupted || (startsLowercase(text) && !endsSentence(open->text)))) {
        open->text += " " + text;
        open->lines.emplace_back(placed.page, line.box);
        const std::string& mark = line.words.front().text;
        open->listed = open->listed || mark == "o" || pdf::isListMarker(mark);
      } else {
        close();
      }
      interrupted = false;
    }
    close();
    std::pair<int, pdf::Box> last{0, {}};
    for (const Item& item : items) {
      if (!opensTask(item.text)) continue;
      for (const std::string& task : item.listed ? std::vector<std::string>{item.text} : tasksIn(item.text)) {
        if (split(task, ' ').size() < options.minItemWords) continue;
        PrintedAction action;
        action.page = item.page;
        action.kind = ActionKind::Plan;
        action.source = ActionSource::Plan;
        action.text = task;
        action.owner = openingAgent(task);
        action.due = due;
        action.period = periodAt(document, item.page, 0);
        const pdf::Box& box = item.lines.front().second;
        action.box = PageBox{box.x1, box.y1, box.x2, box.y2};
        action.snippet = item.text;
        action.confidence = 0.6;
        findings.actions.push_back(std::move(action));
      }
      last = item.lines.back();
    }
    // The narrow column's lines down to the last task are the table's: the outcomes and
    // priorities between the tasks are not running text either.
    if (last.first == 0) return i > header ? i - 1 : header;
    findings.claimedLines.emplace_back(lines[header].page, lines[header].line->box);
    for (const auto& cell : cells) {
      findings.claimedLines.push_back(cell);
      if (cell == last) break;
    }
    return i > header ? i - 1 : header;
  }
};

}  // namespace

std::unique_ptr<Reader> linearPlanReader() { return std::make_unique<LinearPlanReader>(); }

}  // namespace sbw::extract
