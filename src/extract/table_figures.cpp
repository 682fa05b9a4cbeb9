#include "extract/table_figures.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/area_registry.h"
#include "core/indicator_dictionary.h"
#include "core/quantity.h"
#include "core/text.h"
#include "core/topics.h"
#include "extract/figure_filter.h"
#include "extract/measure_indicator.h"
#include "extract/mentions.h"

namespace sbw::extract {
namespace {

// The figures a cell holds: "12 (5%)" holds two; "175,000 Covered shortfall" one; "2014" and
// "Jun-14" are headers, not figures. `strict`: only cells that are figures through and through,
// as a label column's cells never are ("0 to 4 years").
std::vector<std::string> cellFigures(const std::string& cell, bool strict = false, bool body = false) {
  std::string text = simplified(cell);
  // "(33%)" on its own beside a count: the count's share, not a negative (accounts bracket money).
  if (text.size() > 3 && text.front() == '(' && endsWith(text, "%)")) text = text.substr(1, text.size() - 2);
  if (text.empty()) return {};
  // In the body of a table "1937" is a count; only headers print years.
  const bool yearLike =
      text.size() == 4 && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
  if (parsePeriod(text) && !(body && yearLike)) return {};
  const auto tokens = wordsOf(text);
  // "1 day", "3 hours x 4": a length of time (a course's, a wait's), not a count of the row's measure.
  if (tokens.size() >= 2 && hasDigit(tokens[0]) && isTimeUnit(lowered(tokens[1]))) return {};
  if (const auto quantity = parseQuantity(text); quantity && (hasDigit(text) || quantity->suppressed())) return {text};
  std::vector<std::string> out;
  const bool restIsWords =
      std::none_of(tokens.begin() + 1, tokens.end(), [](const std::string& t) { return hasDigit(t); });
  if (tokens.size() >= 2 && hasDigit(tokens[0]) && !parsePeriod(tokens[0]) && parseQuantity(tokens[0]) &&
      (tokens.size() == 2 || (!strict && restIsWords))) {
    out.push_back(tokens[0]);
    std::string second = tokens[1];
    if (second.size() > 2 && second.front() == '(' && second.back() == ')') {
      second = second.substr(1, second.size() - 2);
      if (const auto share = parseQuantity(second); share && share->unit == Unit::Percent) out.push_back(second);
    }
  }
  return out;
}

bool isTotal(const std::string& text) {
  const std::string lower = lowered(simplified(text));
  return lower == "total" || lower == "totals" || lower == "all" || lower == "overall" || lower == "grand total" ||
         lower == "combined" || lower == "sum" || endsWith(lower, " total");
}

// "Ave", "Average", "Total", "YTD": a column that sums or averages the columns before it.
bool aggregatesColumns(const std::string& header) {
  const std::string lower = lowered(simplified(header));
  return lower == "ave" || lower == "avg" || lower == "average" || lower == "mean" || lower == "total" ||
         lower == "ytd" || lower == "year to date" || lower == "cumulative";
}

struct Axis {
  std::string text;
  const Area* area = nullptr;
  std::string areaPrinted;
  std::optional<Period> period;
  bool bareYear = false;
  bool onlyAreaOrPeriod = false;  // nothing else: "England", "2016-17", "London 2016-17"
  bool areaOnly = false;          // names an area and little else: "Westminster", "London average"
  bool total = false;
};

bool isComparisonWord(const std::string& lower) {
  return lower == "average" || lower == "rate" || lower == "figure" || lower == "total" || lower == "overall" ||
         lower == "comparator" || lower == "benchmark" || lower == "ave" || lower == "avg" || lower == "%" ||
         lower == "the" || lower == "of";
}

Axis readAxis(const std::string& text, const PeriodContext& periods) {
  Axis axis;
  axis.text = simplified(text);
  axis.total = isTotal(axis.text);
  const auto tokens = wordsOf(axis.text);
  size_t covered = 0;
  const auto areas = findAreaMentions(tokens);
  size_t areaWords = 0;
  if (!areas.empty()) {
    axis.area = areas.front().area;
    axis.areaPrinted = areas.front().printed;
    for (const auto& mention : areas) areaWords += mention.end - mention.begin;
    covered += areaWords;
  }
  const auto found = findPeriodMentions(tokens, periods);
  if (!found.empty()) {
    // The most specific period a header names: "Apr-14" under a group headed "2013-14".
    const PeriodMention* best = &found.front();
    const auto span = [](const Period& p) { return p.dated() ? p.end->dayNumber() - p.start->dayNumber() : 1L << 30; };
    for (const auto& mention : found) {
      if (span(mention.period) < span(best->period)) best = &mention;
    }
    // "Statement as at 31st March 2014 for 2013/14 Financial Year": what the figures are for.
    for (const auto& mention : found) {
      if (mention.begin > 0 && lowered(bareToken(tokens[mention.begin - 1])) == "for" && mention.period.dated()) {
        best = &mention;
        break;
      }
    }
    axis.period = best->period;
    // "2013", "Year 2013": a calendar year printed as a bare number, which may stand for a split year.
    const std::string label = best->period.label;
    const auto digits = std::count_if(label.begin(), label.end(), [](unsigned char c) { return std::isdigit(c); });
    axis.bareYear = best->period.kind == PeriodKind::CalendarYear && digits == 4;
    for (const auto& mention : found) covered += mention.end - mention.begin;
  }
  axis.onlyAreaOrPeriod = !tokens.empty() && covered >= tokens.size();
  size_t comparison = 0;
  for (const std::string& token : tokens) comparison += isComparisonWord(lowered(bareToken(token))) ? 1 : 0;
  axis.areaOnly = areaWords > 0 && covered + comparison >= tokens.size();
  // "NHS England (London)" names an organisation, not an area the row is for.
  if (!axis.areaOnly) {
    axis.area = nullptr;
    axis.areaPrinted.clear();
  }
  return axis;
}

// "As of end March" over columns headed 2016, 2017: a point in time at the end of that month.
std::optional<int> pointMonth(const std::string& text) {
  const std::string lower = lowered(text);
  const bool point = lower.find("as of") != std::string::npos || lower.find("as at") != std::string::npos ||
                     lower.find("end of") != std::string::npos || startsWith(lower, "at ") ||
                     lower.find(" end ") != std::string::npos;
  if (!point) return std::nullopt;
  for (const std::string& word : wordsOf(lower)) {
    const int month = monthFromName(bareToken(word));
    if (month != 0) return month;
  }
  return std::nullopt;
}

// The dictionary entry a header or label names, if any, within the table's topic first.
const Indicator* named(const std::string& text, const std::optional<Topic>& topic = std::nullopt) {
  if (text.empty()) return nullptr;
  if (topic) {
    if (const auto match = matchInTopic(text, *topic)) return match->indicator;
  }
  const auto& dictionary = IndicatorDictionary::builtIn();
  const auto match = dictionary.match(text);
  // "Child protection plans: Multiple": a measure, then the part of it the row counts. The part
  // alone names a narrower entry of the measure ("multiple" is a category of plan).
  if (const auto colon = text.find(": "); colon != std::string::npos) {
    const auto whole = dictionary.match(text.substr(0, colon));
    const auto part = dictionary.match(text.substr(colon + 2));
    if (whole && part) {
      const auto& refines = part->indicator->refines;
      if (std::find(refines.begin(), refines.end(), whole->indicator->key) != refines.end()) return part->indicator;
    }
  }
  return match ? match->indicator : nullptr;
}

// "Training income", "Grant funding", "Course fees": money coming in from a source the label
// names, which is not the section's ("Training income" under CONTRIBUTIONS is no partner's
// contribution). Money going out ("Other LSCB costs" under EXPENDITURE) is the section's whatever
// it is spent on.
bool namesIncomingMoney(const std::string& label) {
  static const std::set<std::string> kIncoming = {"income",  "funding",  "grant",   "grants",  "fee",     "fees",
                                                  "reserve", "reserves", "surplus", "deficit", "interest"};
  for (const std::string& word : wordsOf(lowered(label))) {
    if (kIncoming.contains(bareToken(word))) return true;
  }
  return false;
}

// Two or more different areas: one council among partner agencies is a contributor, not an axis.
bool severalAreas(const std::vector<const Area*>& areas) {
  const std::set<const Area*> distinct(areas.begin(), areas.end());
  return distinct.size() >= 2;
}

// A "Total" beside areas that are all members of one partnership is that partnership.
const Area* partnershipOf(const std::vector<const Area*>& members) {
  if (members.size() < 2) return nullptr;
  std::set<std::string> keys;
  for (const Area* area : members) {
    if (area == nullptr || area->kind != AreaKind::LocalAuthority) return nullptr;
    keys.insert(area->key);
  }
  for (const Area& candidate : AreaRegistry::builtIn().all()) {
    if (candidate.kind != AreaKind::Partnership) continue;
    const std::set<std::string> partners(candidate.members.begin(), candidate.members.end());
    if (partners == keys) return &candidate;
  }
  return nullptr;
}

// "0 to 4 years", "5-10", "Total 0 to under 19 years": an age band no older than the oldest
// children services count.
bool childAgeBand(const std::string& label) {
  constexpr int kOldestChild = 19;
  const auto tokens = wordsOf(lowered(label));
  bool years = false;
  int highest = -1;
  int numbers = 0;
  for (const std::string& token : tokens) {
    const std::string bare = bareToken(token);
    if (bare == "years" || bare == "year" || bare == "yrs" || bare == "aged") years = true;
    for (const std::string& part : split(bare, '-')) {
      if (!part.empty() && std::all_of(part.begin(), part.end(), [](unsigned char c) { return std::isdigit(c); }) &&
          part.size() <= 2) {
        highest = std::max(highest, std::stoi(part));
        ++numbers;
      }
    }
  }
  return numbers >= 2 && years && highest <= kOldestChild;
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
                                            const std::vector<std::string>& headings, const DocumentContext& context,
                                            int tableIndex, const std::string& lead) {
  std::vector<PrintedFigure> figures;
  if (table.rowCount == 0 || table.columnCount < 2) return figures;
  const Scope scope = context.scopeAt(table.page, table.bbox.y1);
  const std::optional<Period> reporting = scope.reporting();
  const auto text = [&](int row, int col) -> std::string {
    const pdf::TableCell* cell = table.cellAt(row, col);
    return cell ? simplified(cell->text) : std::string();
  };
  const auto rowHasFigure = [&](int row) {
    for (int col = 1; col < table.columnCount; ++col) {
      if (!cellFigures(text(row, col)).empty()) return true;
    }
    return false;
  };

  // Header rows: those the engine marked, and any leading rows without a figure. A leading row
  // with one filled cell is the table's title ("Looked After Children").
  // A leading row that holds only a label in its first cell is a section ("CONTRIBUTIONS"), not a header.
  const auto onlyFirstCell = [&](int row) {
    for (int col = 1; col < table.columnCount; ++col) {
      if (!text(row, col).empty()) return false;
    }
    return !text(row, 0).empty();
  };
  int headerRows = std::max(0, table.headerRows);
  while (headerRows < table.rowCount - 1 && !rowHasFigure(headerRows) &&
         !(headerRows > 0 && onlyFirstCell(headerRows))) {
    ++headerRows;
  }
  if (headerRows >= table.rowCount) return figures;
  std::string title;
  for (int row = 0; row < headerRows; ++row) {
    int filled = 0;
    std::string only;
    for (int col = 0; col < table.columnCount; ++col) {
      const pdf::TableCell* cell = table.cellAt(row, col);
      if (cell != nullptr && cell->col == col && !simplified(cell->text).empty()) {
        ++filled;
        only = simplified(cell->text);
      }
    }
    if (filled == 1 && row == 0) title = only;
  }
  // A two-column table (labels and one column of figures) headed by one line of text: that line is
  // its title, however the engine cut it ("Breakdown of the causes of death (30 cas" | "ses)").
  bool headerIsTitle = false;
  if (title.empty() && headerRows == 1 && table.columnCount == 2 && !text(0, 0).empty()) {
    title = simplified(text(0, 0) + " " + text(0, 1));
    if (!text(0, 1).empty() && std::islower(static_cast<unsigned char>(text(0, 1).front()))) {
      title = simplified(text(0, 0) + text(0, 1));
    }
    headerIsTitle = true;
  }

  // The label column is the first one, unless it holds figures itself.
  int bodyRows = 0, figureLabels = 0;
  for (int row = headerRows; row < table.rowCount; ++row) {
    ++bodyRows;
    figureLabels += !cellFigures(text(row, 0), true).empty();
  }
  const bool hasLabelColumn = figureLabels * 2 < bodyRows;

  std::vector<Axis> columns(static_cast<size_t>(table.columnCount));
  std::string cornerText;
  for (int col = 0; col < table.columnCount; ++col) {
    std::string header;
    for (int row = 0; row < headerRows; ++row) {
      const std::string part = text(row, col);
      if (part.empty() || part == title || headerIsTitle) continue;
      if (header.find(part) == std::string::npos) header += (header.empty() ? "" : " ") + part;
    }
    columns[static_cast<size_t>(col)] = readAxis(header, scope.periods);
    if (col == 0) cornerText = header;
  }
  // A column with no header of its own under a spanning one ("2015-16" over "1937" and "(33%)")
  // belongs to the column on its left.
  for (int col = 2; col < table.columnCount; ++col) {
    Axis& axis = columns[static_cast<size_t>(col)];
    const Axis& left = columns[static_cast<size_t>(col - 1)];
    if (axis.text.empty() && !left.text.empty()) axis = left;
  }
  // "Ave" or "Total" after "Apr-14 May-14 Jun-14": the span of the columns it sums or averages.
  for (int col = 1; col < table.columnCount; ++col) {
    Axis& axis = columns[static_cast<size_t>(col)];
    if (axis.period || !aggregatesColumns(axis.text)) continue;
    int first = col;
    while (first - 1 >= 1 && columns[static_cast<size_t>(first - 1)].period &&
           columns[static_cast<size_t>(first - 1)].period->dated() &&
           !aggregatesColumns(columns[static_cast<size_t>(first - 1)].text)) {
      --first;
    }
    if (col - first < 2) continue;  // one column before it is no run to sum
    const Period& from = *columns[static_cast<size_t>(first)].period;
    const Period& to = *columns[static_cast<size_t>(col - 1)].period;
    if (!(*from.start < *to.start)) continue;  // the run goes forwards in time
    Period span;
    span.kind = PeriodKind::Range;
    span.label = from.label + " to " + to.label;
    span.start = from.start;
    span.end = to.end;
    axis.period = span;
  }
  // A "Total" column beside area columns: the partnership those areas make up.
  std::vector<const Area*> columnAreas;
  for (const Axis& column : columns) {
    if (column.area != nullptr && !column.total) columnAreas.push_back(column.area);
  }
  const Area* columnTotal = partnershipOf(columnAreas);
  const auto corner = readAxis(cornerText, scope.periods);
  const std::optional<int> cornerMonth = pointMonth(cornerText);
  const Axis captionAxis = readAxis(caption, scope.periods);
  const Axis titleAxis = readAxis(title, scope.periods);
  // What the table is about, from its caption, title and the headings above it.
  std::optional<Topic> topic = TopicList::builtIn().find(caption + " " + title);
  for (size_t k = 0; k < headings.size() && !topic; ++k) topic = TopicList::builtIn().find(headings[k]);
  Axis headingAxis;
  for (const std::string& heading : headings) {
    headingAxis = readAxis(heading, scope.periods);
    if (headingAxis.area != nullptr || headingAxis.period) break;
  }

  // Row areas, for a "Total" row under rows named after areas.
  std::vector<const Area*> rowAreas;
  if (hasLabelColumn) {
    for (int row = headerRows; row < table.rowCount; ++row) {
      const Axis axis = readAxis(text(row, 0), scope.periods);
      if (axis.area != nullptr && !axis.total) rowAreas.push_back(axis.area);
    }
  }
  const Area* rowTotal = partnershipOf(rowAreas);

  // A total row that names its measure ("Total Annual Contribution 2013/14") names it for the
  // rows it totals, when they name nothing the dictionary knows ("Police", "CCG").
  // Totals count within their section: rows since the last section row.
  std::vector<const Indicator*> totalOfRow(static_cast<size_t>(table.rowCount), nullptr);
  if (hasLabelColumn) {
    int sectionStart = headerRows;
    const auto close = [&](int end) {
      const Indicator* total = nullptr;
      for (int row = sectionStart; row < end; ++row) {
        const std::string label = lowered(text(row, 0));
        if (startsWith(label, "total") || endsWith(label, "total")) {
          if (const Indicator* indicator = named(text(row, 0), topic)) total = indicator;
        }
      }
      for (int row = sectionStart; row < end; ++row) totalOfRow[static_cast<size_t>(row)] = total;
    };
    for (int row = headerRows; row < table.rowCount; ++row) {
      if (!text(row, 0).empty() && !rowHasFigure(row)) {
        close(row);
        sectionStart = row + 1;
      }
    }
    close(table.rowCount);
  }

  std::string previousLabel;
  std::string section;  // the last label row without figures ("CONTRIBUTIONS", "EXPENDITURE")
  for (int row = headerRows; row < table.rowCount; ++row) {
    std::string label = hasLabelColumn ? text(row, 0) : std::string();
    if (hasLabelColumn && !label.empty() && !rowHasFigure(row)) {
      section = label;
      previousLabel.clear();
      continue;
    }
    if (hasLabelColumn && label.empty()) label = previousLabel;  // a sub-row under the same label
    previousLabel = label;
    const Axis rowAxis = readAxis(label, scope.periods);
    const Axis sectionAxis = readAxis(section, scope.periods);
    for (int col = hasLabelColumn ? 1 : 0; col < table.columnCount; ++col) {
      const pdf::TableCell* cell = table.cellAt(row, col);
      if (cell == nullptr || cell->row != row || cell->col != col) continue;  // spans count once
      const Axis& column = columns[static_cast<size_t>(col)];
      // A four-digit cell is a count when its row has other figures or its column is headed by a period.
      int rowFigures = 0;
      for (int c = 1; c < table.columnCount; ++c) rowFigures += cellFigures(text(row, c)).empty() ? 0 : 1;
      const bool countsYearLike = rowFigures > 0 || column.period.has_value();
      for (const std::string& value : cellFigures(cell->text, false, countsYearLike)) {
        PrintedFigure figure;
        figure.page = table.page;
        figure.method = ExtractionMethod::Table;
        figure.value = value;
        figure.table = tableIndex;

        // Area.
        const Axis* areaAxis = column.area        ? &column
                               : rowAxis.area     ? &rowAxis
                               : sectionAxis.area ? &sectionAxis
                               : titleAxis.area   ? &titleAxis
                               : captionAxis.area ? &captionAxis
                                                  : nullptr;
        if (column.total && columnTotal != nullptr) {
          figure.areaResolved = columnTotal;
          figure.area = columnTotal->name;
          figure.areaFrom = Source::Sentence;
        } else if (rowAxis.total && rowTotal != nullptr && column.area == nullptr) {
          figure.areaResolved = rowTotal;
          figure.area = rowTotal->name;
          figure.areaFrom = Source::Sentence;
        } else if ((column.total && severalAreas(columnAreas)) ||
                   (rowAxis.total && severalAreas(rowAreas) && !column.area)) {
          figure.areaShared = true;  // a total over areas that make up no known partnership
          figure.areaFrom = Source::Sentence;
        } else if (areaAxis != nullptr) {
          figure.area = areaAxis->areaPrinted;
          figure.areaResolved = areaAxis->area;
          figure.areaFrom = areaAxis == &column || areaAxis == &rowAxis ? Source::Sentence
                            : areaAxis == &sectionAxis                  ? Source::Paragraph
                                                                        : Source::Heading;
        } else if (headingAxis.area != nullptr) {
          figure.area = headingAxis.areaPrinted;
          figure.areaResolved = headingAxis.area;
          figure.areaFrom = Source::Heading;
        } else {
          figure.areaResolved = scope.area;
          figure.areaFrom = Source::Document;
        }
        figure.comparator = comparatorFor(figure.areaResolved, column.text);

        // Period.
        const Axis* periodAxis = column.period        ? &column
                                 : rowAxis.period     ? &rowAxis
                                 : sectionAxis.period ? &sectionAxis
                                 : corner.period      ? &corner
                                 : titleAxis.period   ? &titleAxis
                                 : captionAxis.period ? &captionAxis
                                 : headingAxis.period ? &headingAxis
                                                      : nullptr;
        if (periodAxis != nullptr) {
          figure.periodResolved = periodAxis->period;
          figure.period = periodAxis->period->label;
          figure.bareYear = periodAxis->bareYear;
          figure.periodFrom = periodAxis == &column || periodAxis == &rowAxis || periodAxis == &corner
                                  ? Source::Sentence
                              : periodAxis == &sectionAxis ? Source::Paragraph
                                                           : Source::Heading;
          // "As of end March" over a column headed 2016: 31 March 2016.
          if (cornerMonth && periodAxis->bareYear && periodAxis->period->start) {
            const int year = periodAxis->period->start->year;
            Period point;
            point.kind = PeriodKind::PointInTime;
            point.label = cornerText + " " + periodAxis->period->label;
            point.start = point.end = Date::lastOfMonth(year, *cornerMonth);
            figure.periodResolved = point;
            figure.period = point.label;
            figure.bareYear = false;
          }
        } else if (reporting) {
          figure.periodResolved = reporting;
          figure.period = reporting->label;
          figure.periodFrom = Source::Document;
        }

        // Measure: the row label, unless it only names an area, a period or a total; then the
        // column header, the section, the title, the caption, the corner.
        const bool columnSaysMore =
            !column.text.empty() && !column.onlyAreaOrPeriod && !column.total && !aggregatesColumns(column.text);
        const bool rowSaysMore = !label.empty() && !rowAxis.onlyAreaOrPeriod && !rowAxis.total;
        std::vector<std::string> candidates;
        if (rowSaysMore) candidates.push_back(label);
        if (columnSaysMore) candidates.push_back(column.text);
        if (!section.empty()) candidates.push_back(section);
        if (!title.empty()) candidates.push_back(title);
        if (!caption.empty()) candidates.push_back(caption);
        if (const Indicator* total = totalOfRow[static_cast<size_t>(row)]) candidates.push_back(total->label);
        if (!cornerText.empty() && !corner.onlyAreaOrPeriod && hasLabelColumn) candidates.push_back(cornerText);
        if (!lead.empty()) candidates.push_back(lead);
        if (candidates.empty()) continue;  // a bare grid of numbers says nothing a reader could check
        figure.label = rowSaysMore ? (columnSaysMore && column.text != label ? label + " (" + column.text + ")" : label)
                                   : measureLabel(candidates.front());
        if (aggregatesColumns(column.text)) figure.label += " (" + column.text + ")";  // "... (Ave)"
        // Money sections keep their meaning over a row that names something else ("Training" under
        // EXPENDITURE is spending on training).
        const Indicator* sectionIndicator = named(section);
        const Indicator* chosen = nullptr;
        Source indicatorSource = Source::None;
        // A row that names its own source of money ("Training income" under CONTRIBUTIONS) is that
        // money, not the section's: it takes only what its own label matches.
        const size_t considered = rowSaysMore && namesIncomingMoney(label) ? 1 : candidates.size();
        for (size_t k = 0; k < considered && chosen == nullptr; ++k) {
          const Indicator* indicator = named(candidates[k], topic);
          if (indicator == nullptr) continue;
          if (sectionIndicator != nullptr && sectionIndicator->unit == Unit::Gbp && indicator->unit != Unit::Gbp) {
            continue;
          }
          chosen = indicator;
          indicatorSource = k == 0 ? Source::Sentence : Source::Paragraph;
        }
        // A population counted in an age band of children ("0 to 4 years", "11 to under 19") is the
        // child population.
        if (chosen != nullptr && chosen->key == "population" && childAgeBand(label)) {
          chosen = IndicatorDictionary::builtIn().byKey("child_population");
        }
        if (chosen != nullptr) {
          figure.indicatorKey = chosen->key;
          figure.indicatorSettled = true;
          figure.indicatorFrom = indicatorSource;
        } else {
          figure.indicatorSettled = rowSaysMore || columnSaysMore;
          figure.indicatorFrom = Source::Sentence;
        }
        // Income printed as a credit in an account is money received.
        if (chosen != nullptr && chosen->key == "partner_contributions") {
          const auto quantity = parseQuantity(value);
          figure.credit = quantity && quantity->value && *quantity->value < 0;
        }

        // A column or row of changes ("Change between averages", "Difference", "+/-").
        const auto changeHeader = [](const std::string& header) {
          const std::string lower = lowered(header);
          return startsWith(lower, "change") || startsWith(lower, "difference") || lower == "+/-" ||
                 lower.find("% change") != std::string::npos;
        };
        if (changeHeader(column.text) || changeHeader(label)) figure.kind = FigureKind::Change;
        figure.box = PageBox{cell->box.x1, cell->box.y1, cell->box.x2, cell->box.y2};
        figure.snippet = (label.empty() ? std::string() : label + " | ") + column.text + ": " + cell->text;
        figure.confidence = table.ruled ? 0.9 : 0.75;
        figure.note = std::string("table cell; area from ") + sourceName(figure.areaFrom) + ", period from " +
                      sourceName(figure.periodFrom) + ", measure from " + sourceName(figure.indicatorFrom);
        figures.push_back(std::move(figure));
      }
    }
  }
  return figures;
}

}  // namespace sbw::extract
