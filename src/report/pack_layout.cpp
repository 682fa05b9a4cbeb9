#include "report/pack_layout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <numeric>

namespace sbw::report {
namespace {

// A cell's padding each side, and a heading's space above and below, in lines of their type.
constexpr double kCellPaddingEms = 0.35;
constexpr double kHeadingSpaceBeforeLines = 0.6;
constexpr double kHeadingSpaceAfterLines = 0.3;
const QColor kRuleColour(0x99, 0x99, 0x99);
const QColor kHeaderFill(0xE4, 0xE9, 0xF0);

constexpr int kCellFlags = Qt::TextWordWrap;

double padding(const QFont& font) { return font.pointSizeF() * kCellPaddingEms; }

double wrappedHeight(const QString& text, const QFont& font, double width, const QPaintDevice* device) {
  const QFontMetricsF metrics(font, device);
  if (text.isEmpty()) return metrics.height();
  return metrics.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), kCellFlags, text).height();
}

// One row of the table (or its header) as a piece.
Piece rowPiece(const QStringList& cells, const std::vector<double>& widths, const std::vector<Qt::Alignment>& alignment,
               const std::vector<QColor>& fills, const QFont& font, bool header, const QPaintDevice* device) {
  const double pad = padding(font);
  QFont rowFont = font;
  rowFont.setBold(header);
  double height = 0;
  for (size_t c = 0; c < widths.size(); ++c) {
    const QString text = c < static_cast<size_t>(cells.size()) ? cells[static_cast<qsizetype>(c)] : QString();
    height = std::max(height, wrappedHeight(text, rowFont, widths[c] - 2 * pad, device));
  }
  height += 2 * pad;
  Piece piece;
  piece.height = height;
  piece.paint = [cells, widths, alignment, fills, rowFont, header, pad](QPainter& painter, const QRectF& rect) {
    painter.save();
    painter.setFont(rowFont);
    double x = rect.left();
    for (size_t c = 0; c < widths.size(); ++c) {
      const QRectF cell(x, rect.top(), widths[c], rect.height());
      const QColor fill = header ? kHeaderFill : (c < fills.size() ? fills[c] : QColor());
      if (fill.isValid()) painter.fillRect(cell, fill);
      const Qt::Alignment align = c < alignment.size() ? alignment[c] : Qt::AlignLeft;
      const QString text = c < static_cast<size_t>(cells.size()) ? cells[static_cast<qsizetype>(c)] : QString();
      painter.setPen(Qt::black);
      painter.drawText(cell.adjusted(pad, pad, -pad, -pad), kCellFlags | static_cast<int>(align) | Qt::AlignTop, text);
      x += widths[c];
    }
    painter.setPen(QPen(kRuleColour, header ? 0.8 : 0.4));
    painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(x, rect.bottom()));
    if (header) painter.drawLine(QPointF(rect.left(), rect.top()), QPointF(x, rect.top()));
    painter.restore();
  };
  return piece;
}

// The table's columns given, in that order, with their cells, fills, alignment and wrapping.
TableData columnsOf(const TableData& table, const std::vector<size_t>& columns, int keyColumns) {
  TableData out;
  out.keyColumns = keyColumns;
  for (const size_t c : columns) {
    out.headers << table.headers.value(static_cast<qsizetype>(c));
    out.alignment.push_back(c < table.alignment.size() ? table.alignment[c] : Qt::AlignLeft);
    out.wraps.push_back(table.wrapsAt(c));
  }
  for (size_t r = 0; r < table.rows.size(); ++r) {
    QStringList row;
    std::vector<QColor> fills;
    for (const size_t c : columns) {
      row << table.rows[r].value(static_cast<qsizetype>(c));
      fills.push_back(r < table.fills.size() && c < table.fills[r].size() ? table.fills[r][c] : QColor());
    }
    out.rows.push_back(row);
    out.fills.push_back(fills);
  }
  return out;
}

}  // namespace

QRectF PageGeometry::body(bool landscape) const {
  const QSizeF page = size(landscape);
  return QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin - footerHeight);
}

// Without ligatures: a PDF reader extracts "ﬁ" as one character, so "figures" would not be found
// by a search or read aloud right. Latin text needs no shaping, so none is done.
QFont withoutLigatures(QFont font) {
  font.setStyleStrategy(QFont::PreferNoShaping);
  return font;
}

PackFonts::PackFonts(double bodyPoints) {
  body = withoutLigatures(body);
  body.setPointSizeF(bodyPoints);
  small = body;
  small.setPointSizeF(bodyPoints * 0.8);
  heading = body;
  title = body;
  heading.setPointSizeF(bodyPoints * 1.4);
  heading.setBold(true);
  title.setPointSizeF(bodyPoints * 2.4);
  title.setBold(true);
}

Pagination paginate(const std::vector<Block>& blocks, const PageGeometry& geometry) {
  Pagination out;
  double y = 0;
  bool started = false;
  const auto newPage = [&](bool landscape) {
    out.pages.push_back(LaidOutPage{landscape, {}});
    y = geometry.body(landscape).top();
    started = true;
  };
  for (const Block& block : blocks) {
    if (block.pieces.empty()) continue;
    const bool orientationChanges = started && out.pages.back().landscape != block.landscape;
    if (!started || block.newPage || orientationChanges) newPage(block.landscape);
    const QRectF body = geometry.body(block.landscape);
    for (size_t i = 0; i < block.pieces.size(); ++i) {
      const Piece& piece = block.pieces[i];
      // A heading (a note, a table's header) goes with the piece after it: never alone at a page's foot.
      double needed = piece.height;
      if (i < block.keepWithNext && i + 1 < block.pieces.size()) needed += block.pieces[i + 1].height;
      const bool onFreshPage = out.pages.back().pieces.empty();
      if (y + needed > body.bottom() && !onFreshPage) {
        newPage(block.landscape);
        if (block.repeated && i >= block.repeatedFrom) {
          out.pages.back().pieces.push_back(
              PlacedPiece{&*block.repeated, QRectF(body.left(), y, body.width(), block.repeated->height)});
          y += block.repeated->height;
        }
      }
      if (i == 0 && !block.bookmark.isEmpty()) {
        out.bookmarks.push_back(Bookmark{block.bookmark, block.level, static_cast<int>(out.pages.size()) - 1, y});
      }
      // A piece taller than the page (a very long cell) is drawn clipped to it rather than lost.
      const double height = std::min(piece.height, body.bottom() - y);
      out.pages.back().pieces.push_back(PlacedPiece{&piece, QRectF(body.left(), y, body.width(), height)});
      y += height;
    }
    y += block.spaceAfter;
  }
  return out;
}

std::vector<Piece> paragraphPieces(const QString& text, const QFont& font, double width, const QPaintDevice* device,
                                   QColor colour) {
  const QFontMetricsF metrics(font, device);
  std::vector<Piece> pieces;
  const auto addLine = [&](const QString& line) {
    Piece piece;
    piece.height = metrics.lineSpacing();
    piece.paint = [line, font, colour](QPainter& painter, const QRectF& rect) {
      painter.save();
      painter.setFont(font);
      painter.setPen(colour);
      painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, line);
      painter.restore();
    };
    pieces.push_back(std::move(piece));
  };
  for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
    QString line;
    for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
      const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
      if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
        addLine(line);
        line = word;
      } else {
        line = longer;
      }
    }
    addLine(line);  // an empty line keeps a blank line between paragraphs
  }
  return pieces;
}

Piece headingPiece(const QString& text, const QFont& font, double width, const QPaintDevice* device) {
  const QFontMetricsF metrics(font, device);
  const double before = metrics.height() * kHeadingSpaceBeforeLines;
  const double after = metrics.height() * kHeadingSpaceAfterLines;
  const double textHeight = wrappedHeight(text, font, width, device);
  Piece piece;
  piece.height = before + textHeight + after;
  piece.paint = [text, font, before, textHeight](QPainter& painter, const QRectF& rect) {
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0x1F, 0x3A, 0x5F));
    painter.drawText(QRectF(rect.left(), rect.top() + before, rect.width(), textHeight),
                     Qt::TextWordWrap | Qt::AlignLeft, text);
    painter.restore();
  };
  return piece;
}

Piece spacePiece(double height) {
  return Piece{height, [](QPainter&, const QRectF&) {}};
}

std::vector<double> naturalWidths(const TableData& table, const QFont& font, const QPaintDevice* device) {
  QFont bold = font;
  bold.setBold(true);
  const QFontMetricsF metrics(font, device);
  const QFontMetricsF boldMetrics(bold, device);
  // A point's slack, so that text measured to fit on one line is never wrapped by rounding.
  const double pad = 2 * padding(font) + 1;
  std::vector<double> widths(static_cast<size_t>(table.headers.size()), 0);
  for (size_t c = 0; c < widths.size(); ++c) {
    widths[c] = boldMetrics.horizontalAdvance(table.headers[static_cast<qsizetype>(c)]) + pad;
  }
  for (const QStringList& row : table.rows) {
    for (size_t c = 0; c < widths.size() && c < static_cast<size_t>(row.size()); ++c) {
      widths[c] = std::max(widths[c], metrics.horizontalAdvance(row[static_cast<qsizetype>(c)]) + pad);
    }
  }
  return widths;
}

std::vector<double> minimumWidths(const TableData& table, const QFont& font, const QPaintDevice* device) {
  std::vector<double> widths = naturalWidths(table, font, device);
  QFont bold = font;
  bold.setBold(true);
  const QFontMetricsF metrics(font, device);
  const QFontMetricsF boldMetrics(bold, device);
  const double pad = 2 * padding(font) + 1;
  const auto longestWord = [](const QFontMetricsF& m, const QString& text) {
    double longest = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
      longest = std::max(longest, m.horizontalAdvance(word));
    return longest;
  };
  for (size_t c = 0; c < widths.size(); ++c) {
    if (!table.wrapsAt(c)) continue;
    double longest = longestWord(boldMetrics, table.headers[static_cast<qsizetype>(c)]);
    for (const QStringList& row : table.rows) {
      if (c < static_cast<size_t>(row.size()))
        longest = std::max(longest, longestWord(metrics, row[static_cast<qsizetype>(c)]));
    }
    widths[c] = std::min(widths[c], longest + pad);
  }
  return widths;
}

std::vector<double> fittedWidths(const std::vector<double>& natural, const std::vector<double>& minimum, double width) {
  const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
  const double least = std::accumulate(minimum.begin(), minimum.end(), 0.0);
  if (total <= width || natural.size() != minimum.size()) return natural;
  if (least >= width) return minimum;
  const double share = (width - least) / (total - least);
  std::vector<double> out;
  for (size_t c = 0; c < natural.size(); ++c) out.push_back(minimum[c] + (natural[c] - minimum[c]) * share);
  return out;
}

TableData withoutEmptyColumns(const TableData& table) {
  std::vector<size_t> kept;
  for (size_t c = 0; c < static_cast<size_t>(table.headers.size()); ++c) {
    bool used = c < static_cast<size_t>(table.keyColumns);
    for (const QStringList& row : table.rows) {
      used = used || (c < static_cast<size_t>(row.size()) && !row[static_cast<qsizetype>(c)].isEmpty());
    }
    if (used) kept.push_back(c);
  }
  if (kept.size() == static_cast<size_t>(table.headers.size())) return table;
  return columnsOf(table, kept, table.keyColumns);
}

std::vector<QStringList> splitTallRow(const QStringList& cells, const std::vector<double>& widths, const QFont& font,
                                      const QPaintDevice* device, double maxHeight) {
  const double pad = padding(font);
  const double room = maxHeight - 2 * pad;
  const auto heightOf = [&](const QString& text, size_t c) {
    return wrappedHeight(text, font, widths[c] - 2 * pad, device);
  };
  std::vector<QStringList> parts;
  QStringList rest = cells;
  // Each part takes at least a word of each long cell, so the parts always come to an end.
  while (true) {
    QStringList part = rest;
    QStringList next;
    bool more = false;
    for (size_t c = 0; c < static_cast<size_t>(rest.size()); ++c) {
      next << QString();
      const QString& text = rest[static_cast<qsizetype>(c)];
      if (c >= widths.size() || heightOf(text, c) <= room) continue;
      // The most words that fit, found by halving.
      const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
      qsizetype low = 1;
      qsizetype high = words.size();
      while (low < high) {
        const qsizetype middle = (low + high + 1) / 2;
        if (heightOf(words.mid(0, middle).join(QLatin1Char(' ')), c) <= room) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      part[static_cast<qsizetype>(c)] = words.mid(0, low).join(QLatin1Char(' '));
      next.back() = words.mid(low).join(QLatin1Char(' '));
      more = more || !next.back().isEmpty();
    }
    parts.push_back(part);
    if (!more) break;
    rest = next;
  }
  return parts;
}

void addTable(Block& block, const TableData& table, const std::vector<double>& widths, const QFont& font,
              const QPaintDevice* device, double maxRowHeight) {
  const Piece header = rowPiece(table.headers, widths, table.alignment, {}, font, true, device);
  block.keepWithNext = block.pieces.size() + 1;  // what leads up to the table, and its header
  block.pieces.push_back(header);
  block.repeated = header;
  block.repeatedFrom = block.pieces.size();
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const std::vector<QColor> fills = r < table.fills.size() ? table.fills[r] : std::vector<QColor>{};
    for (const QStringList& part : splitTallRow(table.rows[r], widths, font, device, maxRowHeight - header.height)) {
      block.pieces.push_back(rowPiece(part, widths, table.alignment, fills, font, false, device));
    }
  }
}

std::vector<TableData> splitByColumns(const TableData& table, const std::vector<double>& natural, double width) {
  // `natural` here is each column's least width: the parts are cut so that each fits.
  const size_t keys = std::min(static_cast<size_t>(std::max(table.keyColumns, 0)), natural.size());
  const double keyWidth = std::accumulate(natural.begin(), natural.begin() + static_cast<long>(keys), 0.0);
  std::vector<std::vector<size_t>> groups;
  double used = width;  // starts full: the first column opens a group
  for (size_t c = keys; c < natural.size(); ++c) {
    if (groups.empty() || used + natural[c] > width) {
      groups.emplace_back();
      used = keyWidth;
    }
    groups.back().push_back(c);
    used += natural[c];
  }
  if (groups.size() <= 1) return {table};
  std::vector<TableData> parts;
  for (const auto& group : groups) {
    std::vector<size_t> columns;
    for (size_t k = 0; k < keys; ++k) columns.push_back(k);
    columns.insert(columns.end(), group.begin(), group.end());
    parts.push_back(columnsOf(table, columns, static_cast<int>(keys)));
  }
  return parts;
}

}  // namespace sbw::report
