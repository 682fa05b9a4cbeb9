#include "extract/figure_extractor.h"

#include <algorithm>

#include "core/text.h"
#include "extract/action_tracker.h"
#include "extract/prose_figures.h"
#include "extract/table_figures.h"
#include "pdf/table_extractor.h"
#include "pdf/text_lines.h"

namespace sbw::extract {
namespace {

constexpr int kContextPages = 3;        // the cover and first pages say what a report is about
constexpr double kCaptionReach = 36.0;  // points above a table where its caption may stand

}  // namespace

std::string captionAbove(const pdf::Table& table, const std::vector<pdf::Word>& pageWords) {
  std::vector<pdf::Word> above;
  for (const pdf::Word& word : pageWords) {
    if (word.box.y2 <= table.bbox.y1 + 1 && word.box.y2 >= table.bbox.y1 - kCaptionReach &&
        word.box.x2 >= table.bbox.x1 - 10 && word.box.x1 <= table.bbox.x2 + 10) {
      above.push_back(word);
    }
  }
  const auto lines = pdf::groupIntoLines(std::move(above));
  if (lines.empty()) return {};
  // The nearest line, and the one above it when they are set alike ("Table 3:" over its title).
  std::string caption = lines.back().text();
  if (lines.size() >= 2) {
    const auto& last = lines[lines.size() - 1];
    const auto& before = lines[lines.size() - 2];
    if (last.box.y1 - before.box.y2 < 0.6 * last.box.height()) caption = before.text() + " " + caption;
  }
  return simplified(caption);
}

DocumentFigures extractFigures(const pdf::PdfDocument& document, const std::vector<PageWords>& pages,
                               const std::string& title) {
  DocumentFigures result;
  std::vector<std::string> firstPages;
  for (size_t i = 0; i < pages.size() && i < kContextPages; ++i) firstPages.push_back(pdf::pageText(pages[i].words));
  result.context = documentContext(title, firstPages);

  std::vector<std::vector<pdf::TextLine>> lines;
  lines.reserve(pages.size());
  for (const PageWords& page : pages) lines.push_back(pdf::groupIntoLines(page.words));
  result.meeting = meetingDetails(lines);

  result.tables = pdf::extractTables(document);
  std::vector<std::vector<pdf::Box>> tableBoxes(pages.size());
  for (const pdf::Table& table : result.tables) {
    if (table.page < 1 || table.page > static_cast<int>(pages.size())) continue;
    const auto& words = pages[static_cast<size_t>(table.page - 1)].words;
    tableBoxes[static_cast<size_t>(table.page - 1)].push_back(table.bbox);
    const std::string caption = captionAbove(table, words);
    std::vector<PrintedAction> actions = actionsFromTable(table, agendaItemAbove(lines, table.page, table.bbox.y1));
    if (!actions.empty()) {
      // A tracker's cells are actions, owners and dates: not figures.
      for (PrintedAction& action : actions) result.actions.push_back(std::move(action));
      continue;
    }
    for (PrintedFigure& figure : figuresFromTable(table, caption, result.context)) {
      result.figures.push_back(std::move(figure));
    }
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    for (PrintedFigure& figure : figuresFromProse(pages[i].words, pages[i].info, tableBoxes[i], result.context)) {
      result.figures.push_back(std::move(figure));
    }
  }
  // A figure that names no period belongs to the year the document reports on, less surely.
  for (PrintedFigure& figure : result.figures) {
    if (figure.period.empty() && !result.context.periodPrinted.empty()) {
      figure.period = result.context.periodPrinted;
      figure.confidence = std::max(0.1, figure.confidence - 0.1);
    }
  }
  return result;
}

}  // namespace sbw::extract
