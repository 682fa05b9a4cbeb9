#include "report/pack_builder.h"

#include <QBuffer>
#include <QChart>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <memory>
#include <numeric>

#include "charts/chart_export.h"
#include "charts/comparison_chart.h"
#include "charts/trend_chart.h"
#include "core/name_matching.h"
#include "models/action_filter_model.h"
#include "models/action_table_model.h"
#include "models/comparison_model.h"
#include "models/indicator_table_model.h"
#include "models/observation_table_model.h"
#include "report/figure_sources.h"
#include "report/indicator_figures.h"
#include "report/pack_layout.h"
#include "report/pdf_outline.h"
#include "store/document_repository.h"
#include "store/meeting_repository.h"

namespace sbw::report {
namespace {

// A chart's height, as a share of the page body's width.
constexpr double kChartAspect = 0.62;
// Space after a section, in lines of body text.
constexpr double kSectionSpaceLines = 1.2;

// A part's sections are set in by this many lines of the contents' type.
constexpr double kContentsIndentLines = 1.2;
// The running foot's share of the width for the pack's name; the classification sits in the middle.
constexpr double kFootTitleShare = 0.4;
// Charts are laid out this much larger than their place on the page, then drawn to fit: a pack's
// chart is smaller than a window, and its labels would otherwise be cut short.
constexpr double kChartLayoutScale = 1.35;

const QColor kConflictFill(0xFF, 0xE8, 0xB0);
const QColor kMutedText(0x55, 0x55, 0x55);

QString inWords(const QString& date) {
  const QDate parsed = QDate::fromString(date, Qt::ISODate);
  if (!parsed.isValid()) return date;
  return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(parsed, QStringLiteral("d MMMM yyyy"));
}

// Everything the sections need while the pack is laid out and painted: the charts stay alive
// until the last page is drawn.
struct Context {
  const PackData& data;
  const PackSpec& spec;
  const PackOptions& options;
  const QPaintDevice* device;
  PageGeometry geometry;
  PackFonts fonts;
  DocumentNames names;
  Citations citations;
  std::vector<std::shared_ptr<QChart>> charts;
  int figures = 0;

  double width(bool landscape) const { return geometry.body(landscape).width(); }
};

Block sectionStart(Context& context, const QString& heading, bool landscape = false) {
  Block block;
  block.bookmark = heading;
  block.landscape = landscape;
  block.keepWithNext = 1;
  block.pieces.push_back(headingPiece(heading, context.fonts.heading, context.width(landscape), context.device));
  block.spaceAfter = QFontMetricsF(context.fonts.body, context.device).height() * kSectionSpaceLines;
  return block;
}

void addLines(Block& block, Context& context, const QString& text, const QFont& font, bool landscape,
              QColor colour = Qt::black) {
  for (auto& piece : paragraphPieces(text, font, context.width(landscape), context.device, colour)) {
    block.pieces.push_back(std::move(piece));
  }
}

Piece chartPiece(Context& context, std::unique_ptr<QChart> chart, const QString& caption, bool landscape) {
  std::shared_ptr<QChart> shared(chart.release());
  context.charts.push_back(shared);
  const double width = context.width(landscape);
  Piece piece;
  piece.height = std::min(width * kChartAspect, context.geometry.body(landscape).height() * 0.8);
  piece.paint = [shared, caption](QPainter& painter, const QRectF& rect) {
    charts::paintChart(*shared, painter, rect, caption, kChartLayoutScale);
  };
  return piece;
}

// A table placed as wide tables are: portrait when it fits, else landscape, split across its
// columns when even that is too narrow. Each part is a block of its own.
void addTableBlocks(std::vector<Block>& blocks, Block first, Context& context, const TableData& given) {
  const QFont& font = context.fonts.small;
  const TableData table = withoutEmptyColumns(given);
  const std::vector<double> least = minimumWidths(table, font, context.device);
  const double leastTotal = std::accumulate(least.begin(), least.end(), 0.0);
  const bool landscape = leastTotal > context.width(false);
  const double width = context.width(landscape);
  std::vector<TableData> parts = landscape ? splitByColumns(table, least, width) : std::vector<TableData>{table};
  if (landscape && !first.landscape) {
    // The heading and what precedes the table move to the landscape page with it.
    Block rebuilt = sectionStart(context, first.bookmark, true);
    for (size_t i = 1; i < first.pieces.size(); ++i) rebuilt.pieces.push_back(first.pieces[i]);
    first = std::move(rebuilt);
  }
  // A part's heading just before goes to the landscape page with the table, not left on a page alone.
  const bool afterHeading = !blocks.empty() && blocks.back().headingOnly;
  if (landscape && afterHeading) blocks.back().landscape = true;
  first.newPage = first.newPage || (landscape && !afterHeading);
  for (size_t p = 0; p < parts.size(); ++p) {
    Block block = p == 0 ? std::move(first) : Block{};
    block.landscape = landscape;
    if (p > 0) {
      addLines(block, context,
               QStringLiteral("(continued: %1 to %2)")
                   .arg(parts[p].headers.value(parts[p].keyColumns), parts[p].headers.last()),
               context.fonts.small, landscape, kMutedText);
    }
    addTable(block, parts[p],
             fittedWidths(naturalWidths(parts[p], font, context.device), minimumWidths(parts[p], font, context.device),
                          width),
             font, context.device, context.geometry.body(landscape).height());
    block.spaceAfter = QFontMetricsF(context.fonts.body, context.device).height() * kSectionSpaceLines;
    blocks.push_back(std::move(block));
  }
}

TableData pivotTable(Context& context, const models::IndicatorTableModel& table, std::optional<int> precision) {
  TableData data;
  data.headers << QStringLiteral("Area");
  data.alignment.push_back(Qt::AlignLeft);
  data.wraps.push_back(true);
  for (int c = 0; c < table.columnCount(); ++c) {
    data.headers << table.periodColumn(c)->label;
    data.alignment.push_back(Qt::AlignRight);
    data.wraps.push_back(false);
  }
  for (int r = 0; r < table.rowCount(); ++r) {
    QStringList row;
    std::vector<QColor> fills{QColor()};
    const bool comparator = table.comparatorAt(r) != Comparator::Local;
    row << (comparator ? QStringLiteral("%1 (comparator)").arg(table.areaAt(r)) : table.areaAt(r));
    for (int c = 0; c < table.columnCount(); ++c) {
      const store::Observation* figure = table.observationAt(r, c);
      if (!figure) {
        row << QString();
        fills.emplace_back();
        continue;
      }
      ++context.figures;
      const int note = context.citations.cite(*figure);
      const QString value = models::formattedValue(*figure, precision);
      row << cited(table.hasConflict(r, c) ? value + QStringLiteral(" *") : value, note);
      fills.push_back(table.hasConflict(r, c) ? kConflictFill : QColor());
    }
    data.rows.push_back(row);
    data.fills.push_back(fills);
  }
  return data;
}

[[noreturn]] void sectionFailed(size_t index, const QString& kind, const std::exception& error) {
  throw PackError(
      QStringLiteral("sections[%1].%2: %3").arg(index).arg(kind, QString::fromUtf8(error.what())).toStdString());
}

void chartSection(std::vector<Block>& blocks, Context& context, const ChartSection& section) {
  const TrendFigures& figures = context.data.trends.at(indicatorKeyOfTyping(section.indicator.toStdString()));
  models::IndicatorTableModel table;
  fillTable(table, figures, section.from, section.to);
  const QSet<QString> areas = chosenAreas(table, section.areas);
  const QString label = QString::fromStdString(figures.indicator->label);
  Block block = sectionStart(context, label);
  charts::TrendChartOptions options;
  options.title = label;
  options.valueAxisTitle = valueAxisTitle(*figures.indicator, figures.unit);
  options.areas = areas;
  options.pointToolTips = false;
  const auto drawn = drawnFigures(table, areas);
  context.figures += static_cast<int>(drawn.size());
  for (const store::Observation* figure : drawn) context.citations.cite(*figure);  // in the notes too
  QString caption = sourceLine(drawn, context.names);
  if (drawn.empty()) {
    addLines(block, context, QStringLiteral("No trusted figures of this indicator for these areas and periods."),
             context.fonts.body, false);
  } else {
    block.pieces.push_back(chartPiece(context, charts::makeTrendChart(table, options), caption, false));
    addLines(block, context,
             QStringLiteral("Dashed lines are comparators. Each period is drawn at its end. Figures waiting for "
                            "review are not drawn."),
             context.fonts.small, false, kMutedText);
  }
  block.spaceAfter = QFontMetricsF(context.fonts.body, context.device).height() * kSectionSpaceLines;
  blocks.push_back(std::move(block));
}

void tableSection(std::vector<Block>& blocks, Context& context, const TableSection& section) {
  const TrendFigures& figures = context.data.trends.at(indicatorKeyOfTyping(section.indicator.toStdString()));
  models::IndicatorTableModel table;
  fillTable(table, figures, section.from, section.to);
  if (!section.areas.isEmpty()) {
    // Only the named areas' rows: the table is rebuilt from their figures.
    const QSet<QString> areas = chosenAreas(table, section.areas);
    TrendFigures kept = figures;
    kept.figures.clear();
    for (const auto& figure : figures.figures) {
      if (areas.contains(QString::fromStdString(figure.area))) kept.figures.push_back(figure);
    }
    fillTable(table, kept, section.from, section.to);
  }
  const QString label = QString::fromStdString(figures.indicator->label);
  Block first = sectionStart(context, label + QStringLiteral(": figures by area and period"));
  addLines(first, context,
           models::unitTitle(figures.unit) +
               QStringLiteral(". Numbers in square brackets are the notes giving each figure's document and page; "
                              "* marks a figure other documents give differently."),
           context.fonts.small, false, kMutedText);
  if (table.rowCount() == 0) {
    addLines(first, context, QStringLiteral("No trusted figures of this indicator."), context.fonts.body, false);
    blocks.push_back(std::move(first));
    return;
  }
  const std::optional<int> precision =
      figures.unit == figures.indicator->unit ? std::optional<int>(figures.indicator->precision) : std::nullopt;
  addTableBlocks(blocks, std::move(first), context, pivotTable(context, table, precision));
}

void comparisonSection(std::vector<Block>& blocks, Context& context, const ComparisonSection& section) {
  models::ComparisonModel model;
  const ComparisonFigures& figures = context.data.comparisons.at(indicatorKeyOfTyping(section.indicator.toStdString()));
  const QString period = fillComparison(model, figures, section.period);
  const QString label = QString::fromStdString(figures.indicator->label);
  Block first = sectionStart(context, label + QStringLiteral(", ") + period + QStringLiteral(": by area"));
  std::vector<const store::Observation*> shown;
  for (int r = 0; r < model.rowCount(); ++r) shown.push_back(&model.rowAt(r)->observation);
  first.pieces.push_back(
      chartPiece(context,
                 charts::makeComparisonChart(model, label + QStringLiteral(", ") + period,
                                             valueAxisTitle(*figures.indicator, figures.indicator->unit)),
                 sourceLine(shown, context.names), false));
  TableData data;
  data.headers = QStringList{QStringLiteral("Area"), QStringLiteral("Figure"), QStringLiteral("Per 10,000 children"),
                             QStringLiteral("Working")};
  data.alignment = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
  data.wraps = {true, false, false, true};
  for (int r = 0; r < model.rowCount(); ++r) {
    const auto* row = model.rowAt(r);
    ++context.figures;
    const int note = context.citations.cite(row->observation);
    data.rows.push_back(QStringList{model.index(r, models::ComparisonModel::AreaColumn).data().toString(),
                                    cited(model.index(r, models::ComparisonModel::ValueColumn).data().toString(), note),
                                    model.index(r, models::ComparisonModel::RateColumn).data().toString(),
                                    model.index(r, models::ComparisonModel::WorkingColumn).data().toString()});
  }
  addTableBlocks(blocks, std::move(first), context, data);
}

void actionsSection(std::vector<Block>& blocks, Context& context, const ActionsSection& section) {
  models::ActionTableModel actions;
  if (context.options.asOf) actions.setAsOf(*context.options.asOf);
  actions.setActions(context.data.actions);
  models::ActionFilterModel filter;
  filter.setSourceModel(&actions);
  if (section.open) {
    filter.setOpenOnly(*section.open);
    filter.setCompleteOnly(!*section.open);
  }
  filter.setOverdueOnly(section.overdue);
  filter.setOwner(section.owner);
  filter.setBody(section.body);
  filter.setText(section.text);
  QStringList filters;
  if (section.open) filters << (*section.open ? QStringLiteral("open") : QStringLiteral("complete"));
  if (section.overdue) filters << QStringLiteral("overdue");
  if (!section.owner.isEmpty()) filters << QStringLiteral("owned by %1").arg(section.owner);
  if (!section.body.isEmpty()) filters << QStringLiteral("of %1").arg(section.body);
  if (!section.text.isEmpty()) filters << QStringLiteral("about \"%1\"").arg(section.text);
  // The heading says which actions, so that two trackers in one pack are told apart.
  const QString which = filters.join(QStringLiteral(", "));
  Block first = sectionStart(
      context, which.isEmpty() ? QStringLiteral("Action tracker") : QStringLiteral("Action tracker: %1").arg(which));
  addLines(first, context,
           QStringLiteral("%1 action%2 as the papers record them; each cites the page it was printed on.")
               .arg(filter.rowCount())
               .arg(filter.rowCount() == 1 ? QString() : QStringLiteral("s")),
           context.fonts.small, false, kMutedText);
  using Column = models::ActionTableModel::Column;
  const std::vector<int> columns = {Column::ReferenceColumn, Column::TextColumn,   Column::OwnerColumn,
                                    Column::DueColumn,       Column::StatusColumn, Column::RagColumn};
  TableData data;
  for (const int column : columns) data.headers << actions.headerData(column, Qt::Horizontal).toString();
  data.headers << QStringLiteral("Source");
  // The action, its owner and status wrap; references, dates, ratings and notes do not.
  data.wraps = {false, true, true, false, true, false, false};
  for (int r = 0; r < filter.rowCount(); ++r) {
    const QModelIndex source = filter.mapToSource(filter.index(r, 0));
    const store::Action* action = actions.actionAt(source.row());
    QStringList row;
    std::vector<QColor> fills;
    for (const int column : columns) {
      const QModelIndex cell = actions.index(source.row(), column);
      row << cell.data().toString();
      const QVariant fill = column == Column::RagColumn ? cell.data(Qt::BackgroundRole) : QVariant();
      fills.push_back(fill.canConvert<QColor>() ? fill.value<QColor>() : QColor());
    }
    row << QStringLiteral("[%1]").arg(context.citations.cite(action->documentId, action->page));
    fills.emplace_back();
    data.rows.push_back(row);
    data.fills.push_back(fills);
  }
  if (data.rows.empty()) {
    blocks.push_back(std::move(first));
    return;
  }
  addTableBlocks(blocks, std::move(first), context, data);
}

void figuresSection(std::vector<Block>& blocks, Context& context, const FiguresSection& section, size_t index) {
  models::ObservationTableModel figures;
  figures.setObservations(context.data.figureLists.at(index));
  QStringList about;
  for (const QString& filter : {section.document, section.indicator, section.area}) {
    if (!filter.isEmpty()) about << filter;
  }
  Block first =
      sectionStart(context, about.isEmpty() ? QStringLiteral("Figures")
                                            : QStringLiteral("Figures: %1").arg(about.join(QStringLiteral(", "))));
  addLines(first, context,
           QStringLiteral("%1 figure%2 as printed, each citing its page%3.")
               .arg(figures.rowCount())
               .arg(figures.rowCount() == 1 ? QString() : QStringLiteral("s"))
               .arg(section.forReview ? QStringLiteral("; those waiting for review are marked") : QString()),
           context.fonts.small, false, kMutedText);
  using Column = models::ObservationTableModel::Column;
  std::vector<int> columns = {Column::AreaColumn, Column::IndicatorColumn, Column::PeriodColumn, Column::ValueColumn};
  if (section.forReview) columns.push_back(Column::TrustColumn);
  TableData data;
  for (const int column : columns) data.headers << figures.headerData(column, Qt::Horizontal).toString();
  data.wraps = {true, true, true, false, true};
  data.alignment = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft};
  for (int r = 0; r < figures.rowCount(); ++r) {
    const store::Observation& figure = *figures.observationAt(r);
    ++context.figures;
    const int note = context.citations.cite(figure);
    QStringList row;
    for (const int column : columns) {
      const QString text = figures.index(r, column).data().toString();
      row << (column == Column::ValueColumn ? cited(text, note) : text);
    }
    data.rows.push_back(row);
  }
  if (data.rows.empty()) {
    blocks.push_back(std::move(first));
    return;
  }
  addTableBlocks(blocks, std::move(first), context, data);
}

void textSection(std::vector<Block>& blocks, Context& context, const QString& text) {
  Block block;
  const QStringList paragraphs = text.split(QStringLiteral("\n\n"));
  for (const QString& paragraph : paragraphs) {
    addLines(block, context, paragraph.simplified(), context.fonts.body, false);
    block.pieces.push_back(spacePiece(QFontMetricsF(context.fonts.body, context.device).height() * 0.5));
  }
  blocks.push_back(std::move(block));
}

void headingSection(std::vector<Block>& blocks, Context& context, const QString& text) {
  Block block = sectionStart(context, text);
  block.newPage = true;
  block.keepWithNext = 0;
  block.headingOnly = true;
  blocks.push_back(std::move(block));
}

// The sections, read and laid out into blocks; the first error names its section.
std::vector<Block> sectionBlocks(Context& context) {
  std::vector<Block> blocks;
  bool underPart = false;
  for (size_t i = 0; i < context.spec.sections.size(); ++i) {
    const PackSection& section = context.spec.sections[i];
    const size_t before = blocks.size();
    try {
      if (const auto* chart = std::get_if<ChartSection>(&section)) chartSection(blocks, context, *chart);
      if (const auto* table = std::get_if<TableSection>(&section)) tableSection(blocks, context, *table);
      if (const auto* comparison = std::get_if<ComparisonSection>(&section))
        comparisonSection(blocks, context, *comparison);
      if (const auto* actions = std::get_if<ActionsSection>(&section)) actionsSection(blocks, context, *actions);
      if (const auto* words = std::get_if<TextSection>(&section)) textSection(blocks, context, words->text);
      if (const auto* heading = std::get_if<HeadingSection>(&section)) headingSection(blocks, context, heading->text);
      if (const auto* figures = std::get_if<FiguresSection>(&section)) figuresSection(blocks, context, *figures, i);
      // After a part's heading, the sections are its parts: one level down in the contents and bookmarks.
      if (std::holds_alternative<HeadingSection>(section)) {
        underPart = true;
      } else if (underPart) {
        for (size_t b = before; b < blocks.size(); ++b) blocks[b].level = 2;
      }
    } catch (const PackError&) {
      throw;
    } catch (const std::invalid_argument& error) {
      sectionFailed(i, sectionKind(section), error);
    }
  }
  return blocks;
}

Block titleBlock(Context& context) {
  const PackSpec& spec = context.spec;
  Block block;
  const double width = context.width(false);
  const double height = context.geometry.body(false).height();
  Piece page;
  page.height = height;
  const PackFonts fonts = context.fonts;
  const QString produced = QLocale(QLocale::English, QLocale::UnitedKingdom)
                               .toString(context.options.producedOn, QStringLiteral("d MMMM yyyy"));
  page.paint = [spec, fonts, produced, width](QPainter& painter, const QRectF& rect) {
    painter.save();
    double y = rect.top() + rect.height() * 0.25;
    const auto line = [&](const QString& text, const QFont& font, QColor colour) {
      if (text.isEmpty()) return;
      painter.setFont(font);
      painter.setPen(colour);
      const QRectF box = painter.boundingRect(QRectF(rect.left(), y, width, 1e4), Qt::TextWordWrap, text);
      painter.drawText(QRectF(rect.left(), y, width, box.height()), Qt::TextWordWrap, text);
      y += box.height() + QFontMetricsF(font).height() * 0.6;
    };
    line(spec.committee, fonts.heading, QColor(0x1F, 0x3A, 0x5F));
    line(spec.title, fonts.title, Qt::black);
    line(spec.meetingDate.isEmpty() ? QString() : QStringLiteral("Meeting of %1").arg(inWords(spec.meetingDate)),
         fonts.heading, Qt::black);
    y += QFontMetricsF(fonts.body).height() * 2;
    line(spec.author.isEmpty() ? QString() : QStringLiteral("Prepared by %1").arg(spec.author), fonts.body, Qt::black);
    line(QStringLiteral("Produced on %1 with Safeguarding Board Workbench. Every figure cites the document and "
                        "page it was read from (see Sources at the end).")
             .arg(produced),
         fonts.body, kMutedText);
    if (!spec.classification.isEmpty())
      line(QStringLiteral("Classification: %1").arg(spec.classification), fonts.body, Qt::black);
    painter.restore();
  };
  block.pieces.push_back(std::move(page));
  return block;
}

// One line of the contents: the bookmark's title, dots, its page number (known only when painted).
Piece contentsLine(const std::shared_ptr<std::vector<Bookmark>>& bookmarks, size_t index, const QFont& font,
                   double lineHeight) {
  Piece piece;
  piece.height = lineHeight;
  piece.paint = [bookmarks, index, font](QPainter& painter, const QRectF& rect) {
    if (index >= bookmarks->size()) return;
    const Bookmark& mark = (*bookmarks)[index];
    painter.save();
    painter.setFont(font);
    const QString number = QString::number(mark.page + 1);
    const QFontMetricsF metrics(font, painter.device());
    const double numberWidth = metrics.horizontalAdvance(number);
    const double indent = mark.level > 1 ? metrics.height() * kContentsIndentLines : 0;
    const QRectF line = rect.adjusted(indent, 0, 0, 0);
    const QString title = metrics.elidedText(mark.title, Qt::ElideRight, line.width() - numberWidth - 30);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, number);
    painter.setPen(QPen(QColor(0xAA, 0xAA, 0xAA), 0.5, Qt::DotLine));
    const double baseline = rect.center().y() + metrics.ascent() / 2;
    painter.drawLine(QPointF(line.left() + metrics.horizontalAdvance(title) + 6, baseline),
                     QPointF(rect.right() - numberWidth - 6, baseline));
    painter.restore();
  };
  return piece;
}

// The contents: one line per section with its page, filled in once the pages are known.
Block contentsBlock(Context& context, const std::vector<Block>& sections,
                    const std::shared_ptr<std::vector<Bookmark>>& bookmarks) {
  Block block = sectionStart(context, QStringLiteral("Contents"));
  block.newPage = true;
  const QFont font = context.fonts.body;
  const double lineHeight = QFontMetricsF(font, context.device).lineSpacing() * 1.4;
  size_t entry = 0;
  for (const Block& section : sections) {
    if (section.bookmark.isEmpty() || section.pieces.empty()) continue;
    // Entry 0 is "Contents" itself; sections follow in order.
    Piece piece = contentsLine(bookmarks, ++entry, font, lineHeight);
    block.pieces.push_back(std::move(piece));
  }
  block.pieces.push_back(contentsLine(bookmarks, ++entry, font, lineHeight));  // the sources
  return block;
}

Block sourcesBlock(Context& context) {
  Block block = sectionStart(context, QStringLiteral("Sources"));
  block.newPage = true;
  addLines(
      block, context,
      QStringLiteral("Each number in square brackets in the tables above refers to the note below: the document "
                     "and page the figure was printed on. Charts give theirs beneath them, and are listed here too."),
      context.fonts.small, false, kMutedText);
  block.pieces.push_back(spacePiece(QFontMetricsF(context.fonts.small, context.device).height() * 0.5));
  for (const auto& note : context.citations.notes()) {
    addLines(block, context, QStringLiteral("[%1] %2").arg(note.number).arg(note.text), context.fonts.small, false);
  }
  if (context.citations.empty())
    addLines(block, context, QStringLiteral("No figures are cited."), context.fonts.small, false);
  return block;
}

void paintRunningLines(QPainter& painter, const Context& context, const LaidOutPage& page, int number, int count) {
  const QSizeF size = context.geometry.size(page.landscape);
  const double margin = context.geometry.margin;
  painter.save();
  painter.setFont(context.fonts.small);
  painter.setPen(kMutedText);
  const QRectF foot(margin, size.height() - margin, size.width() - 2 * margin, context.geometry.footerHeight);
  if (number > 1) {
    // The title page carries no running foot; the others name the pack (shortened to leave the
    // classification room in the middle) and their page.
    QString left = context.spec.title;
    if (!context.spec.committee.isEmpty()) left = context.spec.committee + QStringLiteral(" — ") + left;
    const QFontMetricsF metrics(context.fonts.small, painter.device());
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom,
                     metrics.elidedText(left, Qt::ElideRight, foot.width() * kFootTitleShare));
    painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("Page %1 of %2").arg(number).arg(count));
  }
  if (!context.spec.classification.isEmpty()) {
    QFont bold = context.fonts.small;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(margin, margin / 3, size.width() - 2 * margin, margin / 2), Qt::AlignHCenter | Qt::AlignTop,
                     context.spec.classification.toUpper());
    painter.drawText(foot, Qt::AlignHCenter | Qt::AlignBottom, context.spec.classification.toUpper());
  }
  painter.restore();
}

// Margins are the pack's own (PageGeometry), so the painter's origin is the page's corner.
QPageLayout layoutFor(bool landscape) {
  return QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                     QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

}  // namespace

namespace {

// The figures a figures section lists, in the order they were printed, document by document.
std::vector<store::Observation> readFigureList(store::Database& db, const FiguresSection& section) {
  store::ObservationQuery query;
  if (!section.document.isEmpty()) {
    std::vector<std::string> names;
    for (const store::DocumentRecord& document : store::DocumentRepository(db).all()) {
      names.push_back(document.fileName);
      if (QString::fromStdString(document.fileName).compare(section.document, Qt::CaseInsensitive) == 0 ||
          QString::fromStdString(document.title).compare(section.document, Qt::CaseInsensitive) == 0) {
        query.documentId = document.id;
      }
    }
    if (!query.documentId) {
      throw std::invalid_argument("no document \"" + section.document.toStdString() +
                                  "\" in the store: the nearest are " +
                                  nearestOf(section.document.toStdString(), names));
    }
  }
  if (!section.indicator.isEmpty()) query.indicatorKey = indicatorKeyOfTyping(section.indicator.toStdString());
  if (!section.area.isEmpty()) query.area = areaOfTyping(section.area.toStdString()).name;
  std::vector<store::Observation> out;
  for (auto& figure : store::ObservationRepository(db).find(query)) {
    if (figure.review == store::ReviewDecision::Rejected || !figure.value()) continue;  // wrong, or nothing to show
    if (figure.trusted || section.forReview) out.push_back(std::move(figure));
  }
  return out;
}

}  // namespace

PackData readPackData(store::Database& db, const PackSpec& spec) {
  PackData data;
  data.names = documentNames(db);
  for (size_t i = 0; i < spec.sections.size(); ++i) {
    const PackSection& section = spec.sections[i];
    try {
      if (const auto* chart = std::get_if<ChartSection>(&section)) {
        const std::string key = indicatorKeyOfTyping(chart->indicator.toStdString());
        if (!data.trends.contains(key)) data.trends.emplace(key, readTrendFigures(db, chart->indicator));
      } else if (const auto* table = std::get_if<TableSection>(&section)) {
        const std::string key = indicatorKeyOfTyping(table->indicator.toStdString());
        if (!data.trends.contains(key)) data.trends.emplace(key, readTrendFigures(db, table->indicator));
      } else if (const auto* comparison = std::get_if<ComparisonSection>(&section)) {
        const std::string key = indicatorKeyOfTyping(comparison->indicator.toStdString());
        if (!data.comparisons.contains(key)) data.comparisons.emplace(key, readComparison(db, comparison->indicator));
      } else if (std::holds_alternative<ActionsSection>(section) && data.actions.empty()) {
        data.actions = store::MeetingRepository(db).actions();
      } else if (const auto* figures = std::get_if<FiguresSection>(&section)) {
        data.figureLists[i] = readFigureList(db, *figures);
      }
    } catch (const std::invalid_argument& error) {
      sectionFailed(i, sectionKind(section), error);
    }
  }
  return data;
}

PackSummary buildPack(store::Database& db, const PackSpec& spec, const QString& outPath, const PackOptions& options) {
  return writePack(readPackData(db, spec), spec, outPath, options);
}

PackSummary writePack(const PackData& data, const PackSpec& spec, const QString& outPath, const PackOptions& options) {
  if (spec.sections.empty()) throw PackError("the pack has no sections");
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QPdfWriter writer(&buffer);
  writer.setResolution(72);  // painter units are points
  writer.setTitle(spec.title);
  writer.setCreator(QStringLiteral("Safeguarding Board Workbench"));
  writer.setPageLayout(layoutFor(false));

  Context context{data, spec, options, &writer, PageGeometry{}, PackFonts{}, data.names, Citations(data.names), {}, 0};
  std::vector<Block> sections = sectionBlocks(context);  // reads and checks every section first
  auto bookmarks = std::make_shared<std::vector<Bookmark>>();
  std::vector<Block> blocks;
  blocks.push_back(titleBlock(context));
  blocks.push_back(contentsBlock(context, sections, bookmarks));
  if (!sections.empty()) sections.front().newPage = true;  // after the contents
  for (auto& block : sections) blocks.push_back(std::move(block));
  blocks.push_back(sourcesBlock(context));
  const Pagination pagination = paginate(blocks, context.geometry);
  *bookmarks = pagination.bookmarks;

  QPainter painter;
  if (!painter.begin(&writer)) throw std::runtime_error(outPath.toStdString() + ": cannot start the PDF");
  const int count = static_cast<int>(pagination.pages.size());
  std::vector<double> heights;
  for (int i = 0; i < count; ++i) {
    const LaidOutPage& page = pagination.pages[static_cast<size_t>(i)];
    if (i > 0) {
      writer.setPageLayout(layoutFor(page.landscape));
      writer.newPage();
    }
    heights.push_back(context.geometry.size(page.landscape).height());
    for (const PlacedPiece& placed : page.pieces) {
      painter.save();
      painter.setClipRect(placed.rect.adjusted(-2, -2, 2, 2));
      placed.piece->paint(painter, placed.rect);
      painter.restore();
    }
    paintRunningLines(painter, context, page, i + 1, count);
  }
  painter.end();

  DocumentExtras extras;
  extras.language = spec.language;
  extras.pageHeights = heights;
  for (const Bookmark& mark : pagination.bookmarks) {
    extras.outline.push_back(OutlineEntry{mark.title, mark.level, mark.page, mark.y});
  }
  QByteArray pdf;
  try {
    pdf = withDocumentExtras(buffer.data(), extras);
  } catch (const std::runtime_error& error) {
    throw std::runtime_error(outPath.toStdString() + ": " + error.what());
  }
  QSaveFile file(outPath);
  if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
    throw std::runtime_error((outPath + QStringLiteral(": cannot write: ") + file.errorString()).toStdString());
  }
  PackSummary summary;
  summary.pages = count;
  summary.sections = static_cast<int>(spec.sections.size());
  summary.citations = static_cast<int>(context.citations.notes().size());
  summary.figures = context.figures;
  return summary;
}

}  // namespace sbw::report
