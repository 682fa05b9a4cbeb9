// The table engine against PDFs drawn here: every table's rows, columns and cells are known
// because the test drew them.

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include "pdf/pdf_document.h"
#include "pdf/rulings.h"
#include "pdf/table_detector.h"
#include "pdf/table_extractor.h"
#include "pdf/table_json.h"
#include "support/fixture_pdf.h"
#include "support/pdf_update.h"

using sbw::pdf::Table;

namespace {

using Rows = std::vector<QStringList>;

QFont font(double points, bool bold = false) {
  QFont f(QStringLiteral("DejaVu Sans"));
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

// Draws `rows` as a grid whose top-left corner is (x, y); column widths in points, rows 18 pt
// high. `ruled` draws every border; `headerSpan` leaves out the border between columns 1 and 2
// in the first row (a header over two columns, drawn centred across both).
void drawTable(QPainter& p, double x, double y, const std::vector<double>& widths, const Rows& rows, bool ruled,
               bool headerSpan = false) {
  constexpr double rowHeight = 18;
  p.setFont(font(9));
  double total = 0;
  for (const double w : widths) total += w;
  const double height = rowHeight * static_cast<double>(rows.size());
  if (ruled) {
    p.setPen(QPen(Qt::black, 0.6));
    for (size_t r = 0; r <= rows.size(); ++r)
      p.drawLine(QPointF(x, y + r * rowHeight), QPointF(x + total, y + r * rowHeight));
    double cx = x;
    for (size_t c = 0; c <= widths.size(); ++c) {
      const double top = headerSpan && c == 2 ? y + rowHeight : y;
      p.drawLine(QPointF(cx, top), QPointF(cx, y + height));
      if (c < widths.size()) cx += widths[c];
    }
  }
  for (size_t r = 0; r < rows.size(); ++r) {
    double cx = x;
    for (int c = 0; c < rows[r].size() && c < static_cast<int>(widths.size()); ++c) {
      if (headerSpan && r == 0 && c == 1) {
        p.drawText(QRectF(cx, y, widths[1] + widths[2], rowHeight), Qt::AlignCenter, rows[r][c]);
        break;
      }
      p.drawText(QPointF(cx + 4, y + r * rowHeight + 13), rows[r][c]);
      cx += widths[static_cast<size_t>(c)];
    }
  }
}

void drawProse(QPainter& p, double y, int lines) {
  p.setFont(font(10));
  for (int i = 0; i < lines; ++i) {
    p.drawText(
        QPointF(72, y + 14 * i),
        QStringLiteral("The board reviewed the partnership's arrangements and agreed the priorities for next year."));
  }
}

const Rows kRuled = {{"Borough", "2019-20", "2020-21"},
                     {"Westminster", "1,204", "1,310"},
                     {"Camden", "987", "1,021"},
                     {"Islington", "1,115", "1,098"}};

QStringList rowOf(const Table& table, int row) {
  QStringList out;
  for (const std::string& text : table.rowTexts(row)) out << QString::fromStdString(text);
  return out;
}

std::vector<Table> tablesOf(const QString& path) {
  return sbw::pdf::extractTables(sbw::pdf::PdfDocument::open(path.toStdString()));
}

}  // namespace

class TestPdfTables : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private Q_SLOTS:
  void ruledTable() {
    sbw::test::writePaintedPdf(path("ruled.pdf"), 1, [](QPainter& p, int) {
      drawProse(p, 80, 3);
      drawTable(p, 100, 200, {140, 80, 80}, kRuled, true);
    });
    const auto tables = tablesOf(path("ruled.pdf"));
    QCOMPARE(tables.size(), size_t(1));
    const Table& t = tables[0];
    QCOMPARE(t.page, 1);
    QVERIFY(t.ruled);
    QCOMPARE(t.rowCount, 4);
    QCOMPARE(t.columnCount, 3);
    for (int r = 0; r < 4; ++r) QCOMPARE(rowOf(t, r), kRuled[static_cast<size_t>(r)]);
    QCOMPARE(t.headerRows, 1);
    // The box holds the grid (100..400 x 200..272) and nothing of the prose above it.
    QVERIFY(t.bbox.x1 <= 101 && t.bbox.x2 >= 399 && t.bbox.y1 <= 201 && t.bbox.y2 >= 271);
    QVERIFY(t.bbox.y1 > 120 && t.bbox.y2 < 290);
    QCOMPARE(t.pageWidth, 595.0);
  }

  void unruledTable() {
    const Rows rows = {{"Indicator", "2019", "2020"},
                       {"Referrals", "2,134", "2,301"},
                       {"Assessments", "1,876", "1,912"},
                       {"Child protection plans", "212", "198"},
                       {"Looked after children", "356", "371"}};
    sbw::test::writePaintedPdf(path("unruled.pdf"), 1, [&](QPainter& p, int) {
      drawProse(p, 80, 4);
      drawTable(p, 72, 200, {180, 90, 90}, rows, false);
    });
    const auto tables = tablesOf(path("unruled.pdf"));
    QCOMPARE(tables.size(), size_t(1));
    QVERIFY(!tables[0].ruled);
    QCOMPARE(tables[0].rowCount, 5);
    QCOMPARE(tables[0].columnCount, 3);
    for (int r = 0; r < 5; ++r) QCOMPARE(rowOf(tables[0], r), rows[static_cast<size_t>(r)]);
  }

  void spanningHeader() {
    const Rows rows = {{"Area", "Referrals"}, {"", "2019", "2020"}, {"Brent", "640", "702"}, {"Barnet", "588", "611"}};
    sbw::test::writePaintedPdf(path("span.pdf"), 1, [&](QPainter& p, int) {
      drawTable(p, 100, 150, {120, 90, 90}, rows, true, true);
    });
    const auto tables = tablesOf(path("span.pdf"));
    QCOMPARE(tables.size(), size_t(1));
    const Table& t = tables[0];
    QCOMPARE(t.columnCount, 3);
    QCOMPARE(t.rowCount, 4);
    const auto* header = t.cellAt(0, 1);
    QVERIFY(header != nullptr);
    QCOMPARE(QString::fromStdString(header->text), QStringLiteral("Referrals"));
    QCOMPARE(header->col, 1);
    QCOMPARE(header->colspan, 2);
    QCOMPARE(header->rowspan, 1);
    QCOMPARE(t.cellAt(0, 2), header);
    // "Area" has no border below it and an empty cell under it: one cell over two rows.
    QCOMPARE(t.cellAt(0, 0)->text, std::string("Area"));
    QCOMPARE(rowOf(t, 2), (QStringList{"Brent", "640", "702"}));
  }

  void wrappedCells() {
    sbw::test::writePaintedPdf(path("wrapped.pdf"), 1, [](QPainter& p, int) {
      // Rows 150-168, 168-198 (a label on two lines) and 198-216; columns 100-250-330.
      p.setPen(QPen(Qt::black, 0.6));
      for (const double y : {150.0, 168.0, 198.0, 216.0}) p.drawLine(QPointF(100, y), QPointF(330, y));
      for (const double x : {100.0, 250.0, 330.0}) p.drawLine(QPointF(x, 150), QPointF(x, 216));
      p.setFont(font(9));
      p.drawText(QPointF(104, 163), QStringLiteral("Measure"));
      p.drawText(QPointF(254, 163), QStringLiteral("Value"));
      p.drawText(QPointF(104, 180), QStringLiteral("Children in need"));
      p.drawText(QPointF(104, 193), QStringLiteral("with a plan"));
      p.drawText(QPointF(254, 187), QStringLiteral("1,020"));
      p.drawText(QPointF(104, 211), QStringLiteral("Schools"));
      p.drawText(QPointF(254, 211), QStringLiteral("61"));
    });
    const auto tables = tablesOf(path("wrapped.pdf"));
    QCOMPARE(tables.size(), size_t(1));
    const Table& t = tables[0];
    QCOMPARE(t.rowCount, 3);
    QCOMPARE(t.columnCount, 2);
    QCOMPARE(rowOf(t, 1), (QStringList{"Children in need with a plan", "1,020"}));
    QCOMPARE(rowOf(t, 2), (QStringList{"Schools", "61"}));
  }

  void twoTablesOnOnePage() {
    sbw::test::writePaintedPdf(path("two.pdf"), 1, [](QPainter& p, int) {
      drawTable(p, 100, 100, {140, 80, 80}, kRuled, true);
      drawProse(p, 260, 3);
      drawTable(p, 100, 360, {120, 100}, {{"Team", "Staff"}, {"Front door", "14"}, {"Early help", "22"}}, true);
    });
    const auto tables = tablesOf(path("two.pdf"));
    QCOMPARE(tables.size(), size_t(2));
    QCOMPARE(tables[0].columnCount, 3);
    QCOMPARE(tables[0].rowCount, 4);
    QCOMPARE(tables[1].columnCount, 2);
    QCOMPARE(rowOf(tables[1], 2), (QStringList{"Early help", "22"}));
    QVERIFY(tables[0].bbox.y2 < tables[1].bbox.y1);
    QVERIFY(!tables[1].continues.has_value());
  }

  void tableAcrossPageBreak() {
    const Rows first = {
        {"Borough", "2019-20", "2020-21"}, {"Westminster", "1,204", "1,310"}, {"Camden", "987", "1,021"}};
    const Rows second = {
        {"Islington", "1,115", "1,098"}, {"Hackney", "1,402", "1,377"}, {"Haringey", "1,250", "1,199"}};
    sbw::test::writePaintedPdf(path("break.pdf"), 2, [&](QPainter& p, int page) {
      if (page == 0) {
        drawProse(p, 80, 20);
        drawTable(p, 100, 700, {140, 80, 80}, first, true);
      } else {
        drawTable(p, 100, 60, {140, 80, 80}, second, true);
        drawProse(p, 200, 10);
      }
    });
    const auto tables = tablesOf(path("break.pdf"));
    QCOMPARE(tables.size(), size_t(2));
    QCOMPARE(tables[0].page, 1);
    QCOMPARE(tables[1].page, 2);
    QVERIFY(!tables[0].continues.has_value());
    QCOMPARE(tables[1].continues, std::optional<int>(0));
    QCOMPARE(rowOf(tables[1], 0), second[0]);
  }

  void rotatedPage() {
    // A landscape table drawn on a portrait page turned by /Rotate 90: the displayed page is
    // 842 x 595 and the table reads left to right there.
    sbw::test::writePaintedPdf(path("upright.pdf"), 1, [](QPainter& p, int) {
      p.translate(0, 842);
      p.rotate(-90);  // draw in the coordinates of the page as it will be displayed
      drawTable(p, 100, 100, {200, 120, 120}, kRuled, true);
    });
    sbw::test::writeRotatedCopy(path("upright.pdf"), path("rotated.pdf"), {{0, 90}});
    const auto document = sbw::pdf::PdfDocument::open(path("rotated.pdf").toStdString());
    QCOMPARE(document.pageInfo(0).rotation, 90);
    const auto tables = sbw::pdf::extractTables(document);
    QCOMPARE(tables.size(), size_t(1));
    const Table& t = tables[0];
    QCOMPARE(t.pageWidth, 842.0);
    QCOMPARE(t.pageHeight, 595.0);
    QCOMPARE(t.rowCount, 4);
    QCOMPARE(t.columnCount, 3);
    for (int r = 0; r < 4; ++r) QCOMPARE(rowOf(t, r), kRuled[static_cast<size_t>(r)]);
    QVERIFY(std::abs(t.bbox.x1 - 100) < 4 && std::abs(t.bbox.x2 - 540) < 4);
    QVERIFY(std::abs(t.bbox.y1 - 100) < 4 && std::abs(t.bbox.y2 - 172) < 4);
  }

  void pageWithoutTable() {
    sbw::test::writePaintedPdf(path("prose.pdf"), 1, [](QPainter& p, int) {
      p.setFont(font(16, true));
      p.drawText(QPointF(72, 70), QStringLiteral("Annual report 2020-21"));
      drawProse(p, 110, 12);
      p.setFont(font(10));
      for (int i = 0; i < 4; ++i) {
        p.drawText(QPointF(80, 320 + 16 * i), QStringLiteral("\u2022"));
        p.drawText(QPointF(96, 320 + 16 * i),
                   QStringLiteral("Priority %1: keep children safe in every setting").arg(i + 1));
      }
      p.setPen(QPen(Qt::black, 1));
      p.drawLine(QPointF(72, 90), QPointF(523, 90));  // a rule under the heading is not a table
      p.drawLine(QPointF(72, 800), QPointF(523, 800));
      p.drawText(QPointF(72, 815), QStringLiteral("Page 3"));
    });
    QCOMPARE(tablesOf(path("prose.pdf")).size(), size_t(0));
  }

  void pathologicalPages() {
    sbw::test::writePaintedPdf(path("crowded.pdf"), 3, [](QPainter& p, int page) {
      if (page == 0) {
        p.setFont(font(3));
        for (int line = 0; line < 200; ++line) {
          QString text;
          for (int w = 0; w < 25; ++w) text += QStringLiteral("w%1 ").arg((line * 25 + w) % 97);
          p.drawText(QPointF(10, 10 + 4 * line), text);
        }
      } else if (page == 1) {
        QImage image(400, 560, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
          for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb((x * 7) % 256, (y * 3) % 256, ((x ^ y) * 5) % 256));
        }
        p.drawImage(QRectF(0, 0, 595, 842), image);
      } else {
        p.setFont(font(0.1));
        p.drawText(QPointF(100, 100), QStringLiteral("tiny"));
      }
    });
    QElapsedTimer timer;
    timer.start();
    const auto document = sbw::pdf::PdfDocument::open(path("crowded.pdf").toStdString());
    for (int page = 1; page <= 3; ++page) {
      timer.restart();
      sbw::pdf::TableExtractionOptions options;
      options.firstPage = options.lastPage = page;
      const auto tables = sbw::pdf::extractTables(document, options);
      QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("page %1 took %2 ms").arg(page).arg(timer.elapsed())));
      if (page > 1) QCOMPARE(tables.size(), size_t(0));
    }
    // Zero-size and inverted boxes straight into detection.
    std::vector<sbw::pdf::Word> words;
    for (int i = 0; i < 50; ++i) {
      words.push_back({"x", {100.0 + i, 100, 100.0 + i, 100}, "", 0, false, false, false});
      words.push_back({"9", {200, 300.0 + i, 190, 290.0 + i}, "", 0, false, false, false});
    }
    sbw::pdf::Rulings rulings;
    rulings.horizontal = {{100, 50, 50}, {200, 10, 500}, {210, 10, 500}};
    rulings.vertical = {{10, 200, 210}, {500, 200, 210}};
    QCOMPARE(sbw::pdf::detectTables(words, rulings).size(), size_t(0));
    QCOMPARE(sbw::pdf::detectTables({}, {}).size(), size_t(0));
  }

  void rulingsFromRaster() {
    // A 100 dpi raster with one 300-point rule, one 100-point vertical stroke and a grey fill.
    sbw::pdf::Raster raster;
    raster.dpi = 100;
    raster.width = 600;
    raster.height = 500;
    raster.pixels.assign(static_cast<size_t>(raster.width) * raster.height, 0xffffffffu);
    for (int x = 50; x < 467; ++x)
      raster.pixels[static_cast<size_t>(139) * raster.width + x] = 0xff000000u;  // y = 100 pt
    for (int y = 278; y < 417; ++y) raster.pixels[static_cast<size_t>(y) * raster.width + 278] = 0xff000000u;
    for (int y = 300; y < 350; ++y) {
      for (int x = 400; x < 560; ++x) raster.pixels[static_cast<size_t>(y) * raster.width + x] = 0xffc0c0c0u;
    }
    const auto found = sbw::pdf::findRulings(raster, {});
    // The stroke, and the fill's top and bottom edges.
    QCOMPARE(found.horizontal.size(), size_t(3));
    QVERIFY(std::abs(found.horizontal[0].pos - 100.4) < 1);
    QVERIFY(std::abs(found.horizontal[0].from - 36) < 1 && std::abs(found.horizontal[0].to - 336.2) < 1);
    QVERIFY(std::abs(found.horizontal[1].pos - 216) < 1 && std::abs(found.horizontal[2].pos - 252) < 1);
    QCOMPARE(found.vertical.size(), size_t(3));
  }

  void serialisation() {
    Table table;
    table.page = 2;
    table.pageWidth = 595;
    table.pageHeight = 842;
    table.bbox = {10, 20, 30, 40};
    table.rowCount = 2;
    table.columnCount = 2;
    table.cells = {{0, 0, 1, 2, "Say \"hi\", then\\go", {}}, {1, 0, 1, 1, "a,b", {}}, {1, 1, 1, 1, "", {}}};
    const std::string json = sbw::pdf::tablesToJson("x.pdf", {table});
    QVERIFY(json.find("\"text\": \"Say \\\"hi\\\", then\\\\go\"") != std::string::npos);
    QVERIFY(json.find("\"bbox\": [10.0, 20.0, 30.0, 40.0]") != std::string::npos);
    QVERIFY(json.find("\"continues\": null") != std::string::npos);
    QCOMPARE(sbw::pdf::tableToCsv(table), std::string("\"Say \"\"hi\"\", then\\go\",\r\n\"a,b\",\r\n"));
  }
};

QTEST_MAIN(TestPdfTables)
#include "test_pdf_tables.moc"
