#pragma once
// Lays a committee pack out on A4 pages: blocks (a section's heading, paragraphs, a table's rows, a
// chart) are cut into pieces that are never split, and the pieces are placed page after page.
// A block may ask for a page of its own and for landscape (a wide table); a table's header is drawn
// again at the top of each page it continues on; a heading is never left alone at a page's foot.
// Measures are in points (the PDF is written at 72 dpi), the page's own unit.

#include <QColor>
#include <QFont>
#include <QPaintDevice>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

class QPainter;

namespace sbw::report {

struct PageGeometry {
  QSizeF portrait{595.28, 841.89};  // A4
  double margin = 56.7;             // 20 mm each side
  double footerHeight = 22;         // the running foot (and the classification at the head)

  QSizeF size(bool landscape) const { return landscape ? portrait.transposed() : portrait; }
  // Where pieces go on a page.
  QRectF body(bool landscape) const;
};

// The pack's type: every size a multiple of the body text's point size.
struct PackFonts {
  QFont body;
  QFont small;  // tables, notes, captions
  QFont heading;
  QFont title;
  explicit PackFonts(double bodyPoints = 10);
};

// The font without ligatures, so that the PDF's text is the words as typed.
QFont withoutLigatures(QFont font);

struct Piece {
  double height = 0;
  std::function<void(QPainter&, const QRectF&)> paint;  // into the piece's rectangle
};

struct Block {
  QString bookmark;  // a contents entry and a PDF bookmark at the block's first piece; "" for none
  int level = 1;     // 1: a section, 2: part of one
  bool newPage = false;
  bool landscape = false;
  // The first this many pieces (a heading, a note, a table's header) each move to the next page with
  // the piece after them: none is ever left alone at a page's foot.
  size_t keepWithNext = 0;
  std::vector<Piece> pieces;
  std::optional<Piece> repeated;  // a table's header: drawn first on every page its rows continue on
  size_t repeatedFrom = 0;        // the first row's piece: a page starting there or later repeats it
  bool headingOnly = false;       // a heading of its own (the pack's part titles)
  double spaceAfter = 0;
};

struct PlacedPiece {
  const Piece* piece = nullptr;
  QRectF rect;
};

struct LaidOutPage {
  bool landscape = false;
  std::vector<PlacedPiece> pieces;
};

struct Bookmark {
  QString title;
  int level = 1;
  int page = 0;  // 0-based
  double y = 0;  // from the page's top, in points
};

struct Pagination {
  std::vector<LaidOutPage> pages;
  std::vector<Bookmark> bookmarks;
};

// The pages point into `blocks`' pieces: the blocks must outlive the pagination.
Pagination paginate(const std::vector<Block>& blocks, const PageGeometry& geometry);

// Pieces of text, for the builders of blocks.
// The paragraph's lines, each a piece, so a long paragraph runs on to the next page.
std::vector<Piece> paragraphPieces(const QString& text, const QFont& font, double width, const QPaintDevice* device,
                                   QColor colour = Qt::black);
Piece headingPiece(const QString& text, const QFont& font, double width, const QPaintDevice* device);
Piece spacePiece(double height);

// A table: the header, then rows; columns share the width by their contents, the widest wrap.
struct TableData {
  QStringList headers;
  std::vector<QStringList> rows;
  std::vector<Qt::Alignment> alignment;    // per column; left when not given
  std::vector<std::vector<QColor>> fills;  // per row and column; invalid for none
  std::vector<bool> wraps;                 // per column: its text may wrap (numbers do not); true when not given
  int keyColumns = 1;                      // columns repeated on every part when a table is split across its width

  bool wrapsAt(size_t column) const { return column >= wraps.size() || wraps[column]; }
};

// The columns' natural widths (their longest cell on one line, with padding).
std::vector<double> naturalWidths(const TableData& table, const QFont& font, const QPaintDevice* device);
// The narrowest each column can be: its longest word where it wraps, else its natural width.
std::vector<double> minimumWidths(const TableData& table, const QFont& font, const QPaintDevice* device);
// The columns sharing `width`: natural widths when they fit, else each at least its minimum and the
// rest of the width shared by how much more each would take.
std::vector<double> fittedWidths(const std::vector<double>& natural, const std::vector<double>& minimum, double width);
// The table without the columns every row leaves empty (a comparison of counts has no rates).
TableData withoutEmptyColumns(const TableData& table);
// The table as pieces into `block`: its header (also `repeated`), then a piece per row. A row taller
// than `maxRowHeight` is cut between words into rows that run on, so nothing is clipped.
void addTable(Block& block, const TableData& table, const std::vector<double>& widths, const QFont& font,
              const QPaintDevice* device, double maxRowHeight);
// The row's cells cut so that each part is at most `maxHeight` tall (the first part holds every
// short cell; the later ones only the rest of the long cells).
std::vector<QStringList> splitTallRow(const QStringList& cells, const std::vector<double>& widths, const QFont& font,
                                      const QPaintDevice* device, double maxHeight);
// Splits a table too wide for `width` even in landscape into parts of whole columns, each with the
// key columns: a pivot's periods in groups, every row's area repeated.
std::vector<TableData> splitByColumns(const TableData& table, const std::vector<double>& minimum, double width);

}  // namespace sbw::report
