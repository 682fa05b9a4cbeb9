#include "extract/table_figures.h"

#include <algorithm>
#include <cctype>

#include "core/quantity.h"
#include "core/text.h"
#include "extract/mentions.h"

namespace sbw::extract {
namespace {

bool hasDigit(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

// The part of a cell that is its figure: "12 (5%)" -> "12"; a whole cell when it parses.
std::optional<std::string> figureText(const std::string& cell) {
  const std::string text = simplified(cell);
  if (text.empty()) return std::nullopt;
  if (parsePeriod(text)) return std::nullopt;  // "2014", "Jun-14": headers, not figures
  if (const auto quantity = parseQuantity(text); quantity && (hasDigit(text) || quantity->suppressed())) return text;
  const auto tokens = wordsOf(text);
  if (tokens.size() > 1 && hasDigit(tokens.front()) && !parsePeriod(tokens.front())) {
    if (parseQuantity(tokens.front())) return tokens.front();
  }
  return std::nullopt;
}

struct Axis {
  std::string text;            // header or label as printed
  const Area* area = nullptr;  // the area it names, if it names one
  std::string areaPrinted;
  std::string periodPrinted;      // the period it names, if it names one
  bool onlyAreaOrPeriod = false;  // nothing else: "England", "2016-17", "London 2016-17"
};

Axis readAxis(const std::string& text, const PeriodContext& periods) {
  Axis axis;
  axis.text = simplified(text);
  const auto tokens = wordsOf(axis.text);
  size_t covered = 0;
  const auto areas = findAreaMentions(tokens);
  if (!areas.empty()) {
    axis.area = areas.front().area;
    axis.areaPrinted = areas.front().printed;
    for (const auto& mention : areas) covered += mention.end - mention.begin;
  }
  const auto found = findPeriodMentions(tokens, periods);
  if (!found.empty()) {
    axis.periodPrinted = found.front().period.label;
    for (const auto& mention : found) covered += mention.end - mention.begin;
  }
  axis.onlyAreaOrPeriod = !tokens.empty() && covered >= tokens.size();
  return axis;
}

Comparator comparatorFor(const Area* area, const std::string& header) {
  const std::string lower = lowered(header);
  if (lower.find("statistical neighbour") != std::string::npos || lower.find("stat neighbour") != std::string::npos ||
      lower.find("comparator") != std::string::npos) {
    return Comparator::StatisticalNeighbours;
  }
  return extract::comparatorFor(area);
}

}  // namespace

std::vector<PrintedFigure> figuresFromTable(const pdf::Table& table, const std::string& caption,
                                            const DocumentContext& context) {
  std::vector<PrintedFigure> figures;
  if (table.rowCount == 0 || table.columnCount < 2) return figures;
  const auto text = [&](int row, int col) -> std::string {
    const pdf::TableCell* cell = table.cellAt(row, col);
    return cell ? simplified(cell->text) : std::string();
  };
  const auto rowHasFigure = [&](int row) {
    for (int col = 1; col < table.columnCount; ++col) {
      if (figureText(text(row, col))) return true;
    }
    return false;
  };

  // Header rows: those the engine marked, and any leading rows without a figure.
  int headerRows = std::max(0, table.headerRows);
  while (headerRows < table.rowCount - 1 && !rowHasFigure(headerRows)) ++headerRows;
  if (headerRows >= table.rowCount) return figures;

  // The label column is the first one, unless it holds figures itself.
  int bodyRows = 0, figureLabels = 0;
  for (int row = headerRows; row < table.rowCount; ++row) {
    ++bodyRows;
    figureLabels += figureText(text(row, 0)).has_value();
  }
  const bool hasLabelColumn = figureLabels * 2 < bodyRows;

  std::vector<Axis> columns(static_cast<size_t>(table.columnCount));
  for (int col = 0; col < table.columnCount; ++col) {
    std::string header;
    for (int row = 0; row < headerRows; ++row) {
      const std::string part = text(row, col);
      if (!part.empty() && header.find(part) == std::string::npos) header += (header.empty() ? "" : " ") + part;
    }
    columns[static_cast<size_t>(col)] = readAxis(header, context.periods);
  }
  const Axis captionAxis = readAxis(caption, context.periods);
  const std::string corner = columns.front().text;

  std::string previousLabel;
  for (int row = headerRows; row < table.rowCount; ++row) {
    std::string label = hasLabelColumn ? text(row, 0) : std::string();
    if (hasLabelColumn && label.empty()) label = previousLabel;  // a sub-row under the same label
    previousLabel = label;
    const Axis rowAxis = readAxis(label, context.periods);
    for (int col = hasLabelColumn ? 1 : 0; col < table.columnCount; ++col) {
      const pdf::TableCell* cell = table.cellAt(row, col);
      if (cell == nullptr || cell->row != row || cell->col != col) continue;  // spans count once
      const auto value = figureText(cell->text);
      if (!value) continue;
      const Axis& column = columns[static_cast<size_t>(col)];

      PrintedFigure figure;
      figure.page = table.page;
      figure.method = ExtractionMethod::Table;
      figure.value = *value;
      const Axis* areaSource = column.area        ? &column
                               : rowAxis.area     ? &rowAxis
                               : captionAxis.area ? &captionAxis
                                                  : nullptr;
      if (areaSource) figure.area = areaSource->areaPrinted;
      figure.comparator = comparatorFor(areaSource ? areaSource->area : nullptr, column.text);
      figure.period = !column.periodPrinted.empty()    ? column.periodPrinted
                      : !rowAxis.periodPrinted.empty() ? rowAxis.periodPrinted
                                                       : captionAxis.periodPrinted;

      // What the figure measures: the row label, unless it only names an area or a period; then the
      // column header, unless that too only names an area or period; then the caption or corner.
      std::string indicator;
      // A row named after an area still labels a column that says what is counted: the partner
      // "London Borough of Camden" under "Contribution (£)", the borough "Camden" under "Referrals".
      const bool columnSaysMore = !column.text.empty() && !column.onlyAreaOrPeriod;
      if (!label.empty() && (!rowAxis.onlyAreaOrPeriod || columnSaysMore)) {
        indicator = label;
        if (!column.text.empty() && !column.onlyAreaOrPeriod && column.text != label) {
          indicator += " (" + column.text + ")";
        }
      } else if (!column.text.empty() && !column.onlyAreaOrPeriod) {
        indicator = column.text;
      } else if (!corner.empty() && !columns.front().onlyAreaOrPeriod && hasLabelColumn) {
        indicator = corner;
      } else {
        indicator = captionAxis.text;
      }
      if (indicator.empty()) continue;  // a bare grid of numbers says nothing a reader could check
      figure.label = indicator;
      figure.box = PageBox{cell->box.x1, cell->box.y1, cell->box.x2, cell->box.y2};
      figure.snippet = (label.empty() ? std::string() : label + " | ") + column.text + ": " + cell->text;
      figure.confidence = table.ruled ? 0.9 : 0.75;
      if (figure.period.empty() && context.periodPrinted.empty()) figure.confidence -= 0.2;
      figures.push_back(std::move(figure));
    }
  }
  return figures;
}

}  // namespace sbw::extract
