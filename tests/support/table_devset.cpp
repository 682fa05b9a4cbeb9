#include "support/table_devset.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>
#include <QXmlStreamWriter>
#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>
#include <vector>

#include "pdf/pdf_document.h"
#include "support/fixture_pdf.h"

namespace sbw::test {
namespace {

constexpr double kPageWidth = 595.28;  // A4 in points
constexpr double kPageHeight = 841.89;

// ---- Ground truth --------------------------------------------------------------------------

struct TruthCell {
  int row = 0, col = 0, rowspan = 1, colspan = 1;
  QString text;
};

struct TruthRegion {
  int page = 1;  // 1-based
  QRectF box;    // points, top-left origin
  std::vector<TruthCell> cells;
};

struct Truth {
  std::vector<std::vector<TruthRegion>> tables;  // a table continued on the next page has two regions
};

// ICDAR boxes are in PDF user space: origin bottom-left.
void writeBox(QXmlStreamWriter& xml, const QRectF& box) {
  xml.writeEmptyElement(QStringLiteral("bounding-box"));
  xml.writeAttribute(QStringLiteral("x1"), QString::number(box.left(), 'f', 1));
  xml.writeAttribute(QStringLiteral("y1"), QString::number(kPageHeight - box.bottom(), 'f', 1));
  xml.writeAttribute(QStringLiteral("x2"), QString::number(box.right(), 'f', 1));
  xml.writeAttribute(QStringLiteral("y2"), QString::number(kPageHeight - box.top(), 'f', 1));
}

void writeXml(const QString& path, const std::function<void(QXmlStreamWriter&)>& body) {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
    throw std::runtime_error("cannot write " + path.toStdString());
  QXmlStreamWriter xml(&file);
  xml.setAutoFormatting(true);
  xml.writeStartDocument();
  xml.writeStartElement(QStringLiteral("document"));
  body(xml);
  xml.writeEndElement();
  xml.writeEndDocument();
}

// One file of tables and their regions; `regionBody` writes what a region holds.
void writeRegions(const QString& path, const Truth& truth,
                  const std::function<void(QXmlStreamWriter&, const TruthRegion&)>& regionBody) {
  writeXml(path, [&](QXmlStreamWriter& xml) {
    int id = 0;
    for (const auto& table : truth.tables) {
      xml.writeStartElement(QStringLiteral("table"));
      xml.writeAttribute(QStringLiteral("id"), QString::number(++id));
      for (const TruthRegion& region : table) {
        xml.writeStartElement(QStringLiteral("region"));
        xml.writeAttribute(QStringLiteral("page"), QString::number(region.page));
        regionBody(xml, region);
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
  });
}

// Regions and structure; every cell carries its table region's box, which is what the
// benchmark takes a structure's extent from.
void writeTruth(const QString& stem, const Truth& truth) {
  writeRegions(stem + QStringLiteral("-reg.xml"), truth,
               [](QXmlStreamWriter& xml, const TruthRegion& region) { writeBox(xml, region.box); });
  writeRegions(stem + QStringLiteral("-str.xml"), truth, [](QXmlStreamWriter& xml, const TruthRegion& region) {
    for (const TruthCell& cell : region.cells) {
      xml.writeStartElement(QStringLiteral("cell"));
      xml.writeAttribute(QStringLiteral("start-row"), QString::number(cell.row));
      xml.writeAttribute(QStringLiteral("start-col"), QString::number(cell.col));
      xml.writeAttribute(QStringLiteral("end-row"), QString::number(cell.row + cell.rowspan - 1));
      xml.writeAttribute(QStringLiteral("end-col"), QString::number(cell.col + cell.colspan - 1));
      writeBox(xml, region.box);
      xml.writeTextElement(QStringLiteral("content"), cell.text);
      xml.writeEndElement();
    }
  });
}

// ---- Tables drawn with QPainter --------------------------------------------------------------

enum class Rules { Grid, Booktabs, HeaderRule, None, ShadedHeader, Zebra, Verticals, Frame, BetweenRows, HeaderGrid };

struct Style {
  QString family = QStringLiteral("DejaVu Sans");
  double size = 9;
  Rules rules = Rules::Grid;
  Qt::Alignment figures = Qt::AlignRight;  // how cells with figures sit in their column
  double padX = 5;
  double padY = 2.5;
};

struct Span {
  int row, col, colspan;
};

struct TableSpec {
  std::vector<QStringList> rows;  // "\n" breaks a cell over lines; a spanned-over cell is ""
  std::vector<Span> spans;
  int headerRows = 1;
  std::set<int> sectionRows;  // rows that name a section, set in bold like the header
};

bool figure(const QString& text) {
  int digits = 0;
  int letters = 0;
  for (const QChar c : text) {
    digits += c.isDigit() ? 1 : 0;
    letters += c.isLetter() ? 1 : 0;
  }
  return digits > 0 && letters <= 1;
}

int spanAt(const TableSpec& spec, int row, int col) {
  for (const Span& s : spec.spans) {
    if (s.row == row && s.col == col) return s.colspan;
  }
  return 1;
}

bool coveredBySpan(const TableSpec& spec, int row, int col) {
  return std::any_of(spec.spans.begin(), spec.spans.end(),
                     [&](const Span& s) { return s.row == row && col > s.col && col < s.col + s.colspan; });
}

// Draws rows [from, to) of the table at (x, y) and returns its region: the drawn rules and
// shading and the text, which is what a reader sees as the table's extent.
TruthRegion drawTable(QPainter& p, double x, double y, const TableSpec& spec, const Style& style, int page,
                      int from = 0, int to = -1, bool repeatHeader = false) {
  if (to < 0) to = static_cast<int>(spec.rows.size());
  QFont body(style.family);
  body.setPointSizeF(style.size);
  QFont head = body;
  head.setBold(true);
  // Metrics of the PDF device (72 units per inch), not of the screen.
  const QFontMetricsF fm(body, p.device());
  const QFontMetricsF hm(head, p.device());
  const int cols = static_cast<int>(spec.rows.front().size());
  std::vector<double> widths(static_cast<size_t>(cols), 0);
  for (int r = 0; r < static_cast<int>(spec.rows.size()); ++r) {
    for (int c = 0; c < cols; ++c) {
      if (spanAt(spec, r, c) > 1 || coveredBySpan(spec, r, c)) continue;
      for (const QString& line : spec.rows[static_cast<size_t>(r)][c].split('\n'))
        widths[static_cast<size_t>(c)] =
            std::max(widths[static_cast<size_t>(c)], hm.horizontalAdvance(line) + 2 * style.padX);
    }
  }
  std::vector<int> order;
  if (repeatHeader && from > 0) {
    for (int r = 0; r < spec.headerRows; ++r) order.push_back(r);
  }
  for (int r = from; r < to; ++r) order.push_back(r);

  TruthRegion region;
  region.page = page;
  QRectF extent;
  const auto grow = [&](const QRectF& r) { extent = extent.isNull() ? r : extent.united(r); };
  const double tableWidth = std::accumulate(widths.begin(), widths.end(), 0.0);
  double top = y;
  p.setPen(QPen(Qt::black, 0.6));
  const auto rule = [&](double at, double width) {
    p.fillRect(QRectF(x, at - width / 2, tableWidth, width), Qt::black);
    grow(QRectF(x, at - width / 2, tableWidth, width));
  };
  if (style.rules == Rules::Booktabs) rule(top, 1.0);
  for (size_t k = 0; k < order.size(); ++k) {
    const int r = order[k];
    const bool header = r < spec.headerRows;
    const bool section = spec.sectionRows.contains(r);
    const QFontMetricsF& m = header ? hm : fm;
    int lines = 1;
    for (const QString& text : spec.rows[static_cast<size_t>(r)])
      lines = std::max(lines, static_cast<int>(text.split('\n').size()));
    const double height = lines * m.height() + 2 * style.padY;
    const QRectF rowBox(x, top, tableWidth, height);
    if ((style.rules == Rules::ShadedHeader || style.rules == Rules::Zebra || style.rules == Rules::HeaderGrid) &&
        header) {
      p.fillRect(rowBox, QColor(200, 210, 230));
      grow(rowBox);
    } else if (style.rules == Rules::Zebra && k % 2 == 0) {
      p.fillRect(rowBox, QColor(235, 235, 235));
      grow(rowBox);
    }
    double left = x;
    const int truthRow = static_cast<int>(k);
    for (int c = 0; c < cols; ++c) {
      if (coveredBySpan(spec, r, c)) continue;
      const int span = spanAt(spec, r, c);
      double width = 0;
      for (int s = 0; s < span; ++s) width += widths[static_cast<size_t>(c + s)];
      const QString& text = spec.rows[static_cast<size_t>(r)][c];
      p.setFont(header || section ? head : body);
      const QStringList parts = text.split('\n');
      for (int l = 0; l < parts.size(); ++l) {
        const double advance = m.horizontalAdvance(parts[l]);
        double tx = left + style.padX;
        if (span > 1 || header) {
          tx = left + (width - advance) / 2;
        } else if (figure(parts[l]) && style.figures == Qt::AlignRight) {
          tx = left + width - style.padX - advance;
        } else if (figure(parts[l]) && style.figures == Qt::AlignHCenter) {
          tx = left + (width - advance) / 2;
        }
        const double baseline = top + style.padY + m.ascent() + l * m.height();
        p.drawText(QPointF(tx, baseline), parts[l]);
        if (!parts[l].isEmpty()) grow(QRectF(tx, baseline - m.ascent(), advance, m.ascent() + m.descent()));
      }
      if (!text.isEmpty()) region.cells.push_back({truthRow, c, 1, span, QString(text).replace('\n', ' ')});
      if (style.rules == Rules::Grid) {
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(left, top, width, height));
        grow(QRectF(left, top, width, height));
      } else if (style.rules == Rules::HeaderGrid && header) {
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(left, top, width, height));
        grow(QRectF(left, top, width, height));
      } else if (style.rules == Rules::Verticals && c > 0) {
        p.fillRect(QRectF(left - 0.3, top, 0.6, height), Qt::black);
        grow(QRectF(left - 0.3, top, 0.6, height));
      }
      left += width;
    }
    top += height;
    if ((style.rules == Rules::Booktabs || style.rules == Rules::HeaderRule) && r == spec.headerRows - 1)
      rule(top, 0.6);
    if (style.rules == Rules::BetweenRows && k + 1 < order.size()) rule(top, 0.5);
    if (style.rules == Rules::HeaderGrid && !header && static_cast<int>(k) > spec.headerRows) rule(top, 0.5);
  }
  if (style.rules == Rules::Booktabs) rule(top, 1.0);
  if (style.rules == Rules::Frame) {
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(x, y, tableWidth, top - y));
    grow(QRectF(x, y, tableWidth, top - y));
  }
  region.box = extent;
  return region;
}

QFont font(double size, const QString& family = QStringLiteral("DejaVu Serif"), bool bold = false) {
  QFont f(family);
  f.setPointSizeF(size);
  f.setBold(bold);
  return f;
}

// Running text, one paragraph: returns the y under it.
double prose(QPainter& p, double x, double y, double width, int lines,
             const QString& family = QStringLiteral("DejaVu Serif")) {
  static const QStringList words =
      QStringLiteral(
          "the partnership reviewed how agencies share information when a child moves between "
          "schools and found that practice has improved since the last audit although some "
          "referrals still arrive without the detail that social workers need to act quickly")
          .split(' ');
  p.setFont(font(10, family));
  const QFontMetricsF m(p.font(), p.device());
  int w = 0;
  for (int l = 0; l < lines; ++l) {
    QString line;
    while (m.horizontalAdvance(line + words[w % words.size()]) < width) line += words[w++ % words.size()] + ' ';
    p.drawText(QPointF(x, y + m.ascent()), line.trimmed());
    y += m.height() * 1.2;
  }
  return y;
}

double caption(QPainter& p, double x, double y, const QString& text) {
  p.setFont(font(10, QStringLiteral("DejaVu Sans"), true));
  const QFontMetricsF m(p.font(), p.device());
  p.drawText(QPointF(x, y + m.ascent()), text);
  return y + m.height() * 1.6;
}

// Notes under a table, in small type: not part of it.
double notes(QPainter& p, double x, double y, const QStringList& lines) {
  QFont f(QStringLiteral("DejaVu Sans"));
  f.setPointSizeF(7);
  f.setItalic(true);
  p.setFont(f);
  const QFontMetricsF m(f, p.device());
  for (const QString& line : lines) {
    p.drawText(QPointF(x, y + m.ascent()), line);
    y += m.height();
  }
  return y;
}

// ---- Table contents ------------------------------------------------------------------------

const QStringList kAreas = {"Barnet",   "Camden",     "Ealing",    "Enfield",   "Hackney",    "Haringey",   "Harrow",
                            "Havering", "Hillingdon", "Hounslow",  "Islington", "Lambeth",    "Lewisham",   "Merton",
                            "Newham",   "Redbridge",  "Southwark", "Sutton",    "Wandsworth", "Westminster"};

QString number(int seed, int k, bool percent = false) {
  const int v = (seed * 37 + k * 53) % 900 + 12;
  return percent ? QString::number(v / 10.0, 'f', 1) + '%' : QString::number(v);
}

// Areas by periods: `rows` areas (from `first`), `cols` figure columns.
TableSpec areaTable(int first, int rows, const QStringList& header, int seed, bool percent = false) {
  TableSpec spec;
  spec.rows.push_back(header);
  for (int r = 0; r < rows; ++r) {
    QStringList row{kAreas[(first + r) % kAreas.size()]};
    for (int c = 1; c < header.size(); ++c) row << number(seed + r, c, percent && c % 2 == 0);
    spec.rows.push_back(row);
  }
  return spec;
}

// ---- Documents drawn with QPainter ---------------------------------------------------------

struct PaintedDocument {
  QString name;
  int pages = 1;
  std::function<void(QPainter&, int, Truth&)> draw;
};

std::vector<PaintedDocument> paintedDocuments() {
  std::vector<PaintedDocument> docs;
  // A ruled grid under a caption, prose above and below.
  docs.push_back({"qt-grid-caption", 1, [](QPainter& p, int page, Truth& t) {
                    double y = prose(p, 72, 80, 450, 6);
                    y = caption(p, 72, y + 10, "Table 1: Referrals to children's social care");
                    Style s;
                    const TruthRegion r =
                        drawTable(p, 72, y, areaTable(0, 8, {"Area", "2016-17", "2017-18", "2018-19"}, 1), s, page + 1);
                    t.tables.push_back({r});
                    prose(p, 72, r.box.bottom() + 20, 450, 5);
                  }});
  // Booktabs rules, serif type, figures right-aligned, a two-level header with spans.
  docs.push_back({"qt-booktabs-spans", 1, [](QPainter& p, int page, Truth& t) {
                    TableSpec spec = areaTable(3, 7, {"Area", "Number", "Rate", "Number", "Rate"}, 2, true);
                    spec.rows.insert(spec.rows.begin(), QStringList{"", "2017-18", "", "2018-19", ""});
                    spec.spans = {{0, 1, 2}, {0, 3, 2}};
                    spec.headerRows = 2;
                    Style s;
                    s.family = QStringLiteral("DejaVu Serif");
                    s.size = 10;
                    s.rules = Rules::Booktabs;
                    double y = prose(p, 72, 90, 450, 4);
                    y = caption(p, 72, y + 8, "Table 4.2 Child protection plans per 10,000 children");
                    t.tables.push_back({drawTable(p, 72, y, spec, s, page + 1)});
                  }});
  // No rules at all, small condensed type, figures centred; two tables stacked with a caption
  // between them.
  docs.push_back(
      {"qt-unruled-stacked", 1, [](QPainter& p, int page, Truth& t) {
         Style s;
         s.family = QStringLiteral("DejaVu Sans Condensed");
         s.size = 8;
         s.rules = Rules::None;
         s.figures = Qt::AlignHCenter;
         double y = caption(p, 72, 90, "Table 2: Contacts by source");
         TruthRegion a = drawTable(p, 72, y, areaTable(5, 6, {"Source", "Q1", "Q2", "Q3", "Q4"}, 3), s, page + 1);
         t.tables.push_back({a});
         y = caption(p, 72, a.box.bottom() + 14, "Table 3: Assessments completed within 45 days");
         t.tables.push_back(
             {drawTable(p, 72, y, areaTable(9, 5, {"Area", "2017", "2018", "2019"}, 4, true), s, page + 1)});
       }});
  // Two tables side by side, unruled, each under a header rule.
  docs.push_back(
      {"qt-side-by-side", 1, [](QPainter& p, int page, Truth& t) {
         Style s;
         s.rules = Rules::HeaderRule;
         s.size = 9;
         double y = prose(p, 72, 90, 450, 3);
         t.tables.push_back({drawTable(p, 60, y + 20, areaTable(0, 7, {"Boys", "2018", "2019"}, 5), s, page + 1)});
         t.tables.push_back({drawTable(p, 330, y + 20, areaTable(7, 7, {"Girls", "2018", "2019"}, 6), s, page + 1)});
       }});
  // Shaded header and banded rows, larger type, wrapped labels in the first column.
  docs.push_back({"qt-zebra-wrapped", 1, [](QPainter& p, int page, Truth& t) {
                    TableSpec spec;
                    spec.rows = {{"Measure", "Target", "Actual", "RAG"},
                                 {"Initial child protection\nconferences in 15 days", "85%", "78%", "Amber"},
                                 {"Reviews on time", "95%", "97%", "Green"},
                                 {"Children seen alone\nat every visit", "90%", "71%", "Red"},
                                 {"Plans lasting two\nyears or more", "4%", "6%", "Red"},
                                 {"Repeat plans", "18%", "16%", "Green"}};
                    Style s;
                    s.family = QStringLiteral("DejaVu Sans");
                    s.size = 11;
                    s.rules = Rules::Zebra;
                    s.padY = 4;
                    double y = caption(p, 72, 100, "Table 5: Performance against targets");
                    t.tables.push_back({drawTable(p, 72, y, spec, s, page + 1)});
                    prose(p, 72, 500, 450, 6);
                  }});
  // A long grid that fills page 1 and carries on at the top of page 2 under its repeated header.
  docs.push_back({"qt-page-break", 2, [](QPainter& p, int page, Truth& t) {
                    static TableSpec spec = [] {
                      TableSpec s = areaTable(0, 20, {"Area", "Children", "Rate", "Change"}, 7);
                      for (int r = 0; r < 20; ++r)
                        s.rows.push_back({"Ward " + QString::number(r + 1), number(r, 1), number(r, 2), number(r, 3)});
                      return s;
                    }();
                    Style s;
                    s.family = QStringLiteral("DejaVu Sans Mono");
                    s.size = 9;
                    if (page == 0) {
                      const double y = prose(p, 72, 80, 450, 10);
                      t.tables.push_back({drawTable(p, 72, y + 10, spec, s, 1, 0, 28)});
                    } else {
                      t.tables.back().push_back(drawTable(p, 72, 60, spec, s, 2, 28, 41, true));
                      prose(p, 72, t.tables.back().back().box.bottom() + 20, 450, 8);
                    }
                  }});
  // Dense small table of many columns, every rule drawn but the outer frame.
  docs.push_back({"qt-dense", 1, [](QPainter& p, int page, Truth& t) {
                    Style s;
                    s.size = 7;
                    s.padX = 3;
                    s.rules = Rules::HeaderRule;
                    const QStringList header{"Age", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
                    TableSpec spec = areaTable(2, 10, header, 8);
                    for (int r = 1; r < 11; ++r)
                      spec.rows[static_cast<size_t>(r)][0] = QStringLiteral("Age %1").arg(r + 5);
                    double y = caption(p, 50, 90, "Figure 3 data: children looked after by age and month");
                    t.tables.push_back({drawTable(p, 50, y, spec, s, page + 1)});
                    prose(p, 50, 400, 480, 8);
                  }});
  // Pages without tables: a bar chart, a form, a contents page, a bullet list, two columns of
  // prose and a membership list with e-mail addresses.
  docs.push_back({"qt-chart", 1, [](QPainter& p, int, Truth&) {
                    prose(p, 72, 80, 450, 4);
                    p.setFont(font(8, QStringLiteral("DejaVu Sans")));
                    const double x0 = 110, y0 = 420, h = 240;
                    for (int k = 0; k <= 5; ++k) {
                      const double y = y0 - k * h / 5;
                      p.fillRect(QRectF(x0, y - 0.3, 380, 0.6), QColor(190, 190, 190));
                      p.drawText(QPointF(x0 - 28, y + 3), QString::number(k * 100));
                    }
                    const QStringList years{"2014-15", "2015-16", "2016-17", "2017-18", "2018-19"};
                    for (int k = 0; k < years.size(); ++k) {
                      p.fillRect(QRectF(x0 + 20 + k * 72, y0 - (60 + 30 * k), 22, 60 + 30 * k), QColor(40, 90, 160));
                      p.fillRect(QRectF(x0 + 44 + k * 72, y0 - (90 + 20 * k), 22, 90 + 20 * k), QColor(220, 120, 40));
                      p.drawText(QPointF(x0 + 22 + k * 72, y0 + 14), years[k]);
                    }
                    p.fillRect(QRectF(x0 + 80, y0 + 30, 8, 8), QColor(40, 90, 160));
                    p.drawText(QPointF(x0 + 92, y0 + 37), "Referrals");
                    p.fillRect(QRectF(x0 + 200, y0 + 30, 8, 8), QColor(220, 120, 40));
                    p.drawText(QPointF(x0 + 212, y0 + 37), "Assessments");
                    prose(p, 72, 500, 450, 6);
                  }});
  // A referral form: two prompts to a line, each beside an empty box to fill in.
  docs.push_back({"qt-form", 1, [](QPainter& p, int, Truth&) {
                    p.setFont(font(10, QStringLiteral("DejaVu Sans")));
                    const QStringList prompts{"Name of child:",    "Date of birth:", "Address:",   "School:",
                                              "Name of referrer:", "Agency:",        "Telephone:", "Date of referral:"};
                    double y = caption(p, 72, 80, "Multi-agency referral form");
                    p.setBrush(Qt::NoBrush);
                    for (int k = 0; k + 1 < prompts.size(); k += 2) {
                      p.drawText(QPointF(72, y + 14), prompts[k]);
                      p.drawRect(QRectF(180, y, 110, 20));
                      p.drawText(QPointF(300, y + 14), prompts[k + 1]);
                      p.drawRect(QRectF(410, y, 120, 20));
                      y += 28;
                    }
                  }});
  docs.push_back({"qt-contents", 1, [](QPainter& p, int, Truth&) {
                    double y = caption(p, 72, 80, "Contents");
                    p.setFont(font(11, QStringLiteral("DejaVu Sans")));
                    const QStringList entries{"Foreword from the Independent Chair",
                                              "About the Partnership",
                                              "Local Context",
                                              "Learning from Reviews",
                                              "Training",
                                              "Early Help",
                                              "Child Protection",
                                              "Looked After Children",
                                              "Budget"};
                    int pageNo = 3;
                    for (const QString& entry : entries) {
                      p.drawText(QPointF(80, y), entry);
                      p.drawText(QPointF(500, y), QString::number(pageNo));
                      pageNo += 2 + entry.size() % 3;
                      y += 22;
                    }
                  }});
  // A bullet list in a framed panel ("Our priorities"): the frame is no table; the small table
  // under it is.
  docs.push_back(
      {"qt-list", 1, [](QPainter& p, int page, Truth& t) {
         double y = prose(p, 72, 80, 450, 3);
         p.setFont(font(10));
         const QStringList items{"Review the threshold document by March 2019",
                                 "Audit 30 cases of neglect in each locality",
                                 "Train 200 staff in the graded care profile", "Report to the board on 12 escalations",
                                 "Publish 4 newsletters for schools"};
         const double top = y + 4;
         for (const QString& item : items) {
           p.drawText(QPointF(90, y + 18), QStringLiteral("\u2022"));
           p.drawText(QPointF(110, y + 18), item);
           y += 18;
         }
         p.setBrush(Qt::NoBrush);
         p.drawRect(QRectF(80, top, 400, y - top + 12));
         y = prose(p, 72, y + 30, 450, 4);
         Style s;
         s.rules = Rules::HeaderRule;
         t.tables.push_back({drawTable(p, 72, y + 16, areaTable(3, 4, {"Area", "2018", "2019"}, 51), s, page + 1)});
       }});
  docs.push_back({"qt-two-column-prose", 1, [](QPainter& p, int, Truth&) {
                    prose(p, 60, 80, 220, 30);
                    prose(p, 310, 80, 220, 30);
                  }});
  docs.push_back({"qt-contacts", 1, [](QPainter& p, int, Truth&) {
                    double y = caption(p, 72, 80, "Board membership");
                    p.setFont(font(9, QStringLiteral("DejaVu Sans")));
                    const QStringList roles{"Independent Chair", "Director of Children's Services",
                                            "Borough Commander", "Designated Nurse",
                                            "Head Teacher",      "Lay Member"};
                    for (int k = 0; k < roles.size(); ++k) {
                      const QString name = kAreas[k] + QStringLiteral(" Smith");
                      p.drawText(QPointF(72, y), name);
                      p.drawText(QPointF(190, y), roles[k]);
                      p.drawText(QPointF(330, y), kAreas[k].toLower() + QStringLiteral(".smith@council.gov.uk"));
                      p.drawText(QPointF(470, y), QStringLiteral("020 8%1 %2").arg(300 + k * 11).arg(4000 + k * 7));
                      y += 16;
                    }
                  }});

  // Notes and a source line under an unruled table, then a second table after only whitespace.
  docs.push_back(
      {"qt-notes-whitespace", 1, [](QPainter& p, int page, Truth& t) {
         Style s;
         s.rules = Rules::None;
         s.family = QStringLiteral("DejaVu Sans");
         s.size = 9;
         double y = caption(p, 72, 80, "Looked after children at 31 March");
         TruthRegion a = drawTable(p, 72, y, areaTable(1, 6, {"Area", "2017", "2018", "2019"}, 21), s, page + 1);
         t.tables.push_back({a});
         y = notes(p, 72, a.box.bottom() + 4,
                   {"Source: SSDA903 return, Department for Education, 2019.",
                    "Note: figures for 2019 are provisional; 2017 and 2018 were revised in March 2019."});
         TruthRegion b = drawTable(p, 72, y + 24, areaTable(8, 5, {"Area", "Boys", "Girls", "All"}, 22), s, page + 1);
         t.tables.push_back({b});
         prose(p, 72, b.box.bottom() + 20, 450, 6);
       }});
  // Long header labels wrapped over three lines above single-line figures, no rules; section
  // rows in bold split the body.
  docs.push_back({"qt-wrapped-header-sections", 1, [](QPainter& p, int page, Truth& t) {
                    TableSpec spec;
                    spec.rows = {{"Age group", "Children\nsubject to a\nplan", "Rate per\n10,000\nchildren",
                                  "Plans\nlasting 2\nyears+"},
                                 {"Boys", "", "", ""}};
                    for (int r = 0; r < 4; ++r)
                      spec.rows.push_back({QStringLiteral("Aged %1 to %2").arg(r * 4).arg(r * 4 + 3), number(r, 1),
                                           number(r, 2, true), number(r, 3)});
                    spec.rows.push_back({"Girls", "", "", ""});
                    for (int r = 0; r < 4; ++r)
                      spec.rows.push_back({QStringLiteral("Girls %1 to %2").arg(r * 4).arg(r * 4 + 3), number(r + 5, 1),
                                           number(r + 5, 2, true), number(r + 5, 3)});
                    spec.sectionRows = {1, 6};
                    Style s;
                    s.rules = Rules::None;
                    s.family = QStringLiteral("DejaVu Serif");
                    s.size = 9.5;
                    double y = prose(p, 72, 80, 450, 5);
                    y = caption(p, 72, y + 8, "Table 6: Child protection plans by age and sex");
                    t.tables.push_back({drawTable(p, 72, y, spec, s, page + 1)});
                  }});
  // Suppressed and missing values, vertical rules only, a total row.
  docs.push_back({"qt-verticals-suppressed", 1, [](QPainter& p, int page, Truth& t) {
                    TableSpec spec = areaTable(10, 7, {"Local authority", "2016", "2017", "2018", "2019"}, 23);
                    spec.rows[2][2] = "c";
                    spec.rows[3][4] = "x";
                    spec.rows[5][1] = "-";
                    spec.rows[6][3] = "..";
                    spec.rows.push_back({"Total", "3,412", "3,590", "3,771", "3,802"});
                    Style s;
                    s.rules = Rules::Verticals;
                    s.size = 8.5;
                    double y = prose(p, 72, 90, 450, 3);
                    t.tables.push_back({drawTable(p, 72, y + 16, spec, s, page + 1)});
                    notes(p, 72, 400,
                          {"c = suppressed to protect confidentiality; x = not available; .. = not applicable"});
                  }});
  // A framed table without inner rules, in landscape width, twelve month columns.
  docs.push_back({"qt-frame-wide", 1, [](QPainter& p, int page, Truth& t) {
                    const QStringList header{"Measure", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                             "Oct",     "Nov", "Dec", "Jan", "Feb", "Mar"};
                    TableSpec spec;
                    spec.rows.push_back(header);
                    const QStringList measures{"Contacts", "Referrals", "Assessments", "Section 47 enquiries",
                                               "ICPCs",    "CP plans"};
                    for (int r = 0; r < measures.size(); ++r) {
                      QStringList row{measures[r]};
                      for (int c = 1; c < header.size(); ++c) row << number(r * 3 + 1, c);
                      spec.rows.push_back(row);
                    }
                    Style s;
                    s.rules = Rules::Frame;
                    s.size = 8;
                    s.padX = 3.5;
                    double y = caption(p, 40, 100, "Chart 2 data: monthly activity, 2018-19");
                    t.tables.push_back({drawTable(p, 40, y, spec, s, page + 1)});
                    prose(p, 40, 330, 500, 8);
                  }});
  // Two ruled grids side by side, each under its own caption.
  docs.push_back(
      {"qt-grids-side-by-side", 1, [](QPainter& p, int page, Truth& t) {
         Style s;
         s.size = 8.5;
         caption(p, 60, 100, "Table 7: Boys");
         caption(p, 320, 100, "Table 8: Girls");
         t.tables.push_back({drawTable(p, 60, 122, areaTable(2, 6, {"Area", "2018", "2019"}, 24), s, page + 1)});
         t.tables.push_back({drawTable(p, 320, 122, areaTable(9, 6, {"Area", "2018", "2019"}, 25), s, page + 1)});
         prose(p, 60, 300, 470, 6);
       }});
  // A bar chart with data labels over its bars and a legend: figures that are no table.
  docs.push_back({"qt-chart-labels", 1, [](QPainter& p, int, Truth&) {
                    p.setFont(font(9, QStringLiteral("DejaVu Sans"), true));
                    p.drawText(QPointF(100, 120), "Figure 4: Referrals by source, 2018-19");
                    p.setFont(font(7.5, QStringLiteral("DejaVu Sans")));
                    const QStringList sources{"Police", "Schools", "Health", "LA services", "Individual", "Other"};
                    const double x0 = 100, y0 = 420;
                    p.fillRect(QRectF(x0, y0, 400, 0.7), Qt::black);
                    for (int k = 0; k < sources.size(); ++k) {
                      const double h = 40 + 37 * ((k * 5) % 7);
                      p.fillRect(QRectF(x0 + 15 + k * 64, y0 - h, 34, h), QColor(60, 120, 180));
                      p.drawText(QPointF(x0 + 22 + k * 64, y0 - h - 4), QString::number(static_cast<int>(h * 3)));
                      p.drawText(QPointF(x0 + 14 + k * 64, y0 + 12), sources[k]);
                    }
                    prose(p, 72, 480, 450, 6);
                  }});

  // Small multiples: a panel per area with its title in a frame, one value axis, and a legend
  // of two series in two columns under the panels.
  docs.push_back({"qt-chart-panels", 1, [](QPainter& p, int, Truth&) {
                    p.setFont(font(9, QStringLiteral("DejaVu Sans"), true));
                    p.drawText(QPointF(80, 90), "Figure 6: Rates of referral by borough, 2015-2019");
                    p.setFont(font(7, QStringLiteral("DejaVu Sans")));
                    for (int r = 0; r < 3; ++r) {
                      for (int c = 0; c < 4; ++c) {
                        const QRectF panel(110 + c * 105, 110 + r * 110, 100, 100);
                        p.setBrush(Qt::NoBrush);
                        p.setPen(QPen(Qt::black, 0.5));
                        p.drawRect(panel);
                        p.drawText(QPointF(panel.left() + 4, panel.top() + 9), kAreas[r * 4 + c]);
                        QPolygonF line;
                        for (int k = 0; k < 5; ++k)
                          line << QPointF(panel.left() + 10 + k * 20, panel.bottom() - 20 - ((r + c + k) * 13) % 60);
                        p.drawPolyline(line);
                      }
                      for (int k = 0; k <= 2; ++k)
                        p.drawText(QPointF(90, 110 + r * 110 + 100 - k * 45), QString::number(k * 200));
                    }
                    p.fillRect(QRectF(160, 455, 8, 8), QColor(40, 90, 160));
                    p.drawText(QPointF(172, 462), "Referrals");
                    p.fillRect(QRectF(260, 455, 8, 8), QColor(220, 120, 40));
                    p.drawText(QPointF(272, 462), "Re-referrals");
                    p.fillRect(QRectF(160, 469, 8, 8), QColor(90, 160, 60));
                    p.drawText(QPointF(172, 476), "Assessments");
                    p.fillRect(QRectF(260, 469, 8, 8), QColor(160, 60, 160));
                    p.drawText(QPointF(272, 476), "Plans");
                    prose(p, 72, 520, 450, 6);
                  }});

  // Bold labels and regular figures set with no space between the widest label and its figure:
  // poppler reads "Re-referrals within 12 months1200" as one word but for the change of font.
  docs.push_back({"qt-glued-columns", 1, [](QPainter& p, int page, Truth& t) {
                    double y = prose(p, 72, 80, 450, 4);
                    QFont bold(QStringLiteral("DejaVu Sans"));
                    bold.setPointSizeF(9);
                    bold.setBold(true);
                    QFont regular = bold;
                    regular.setBold(false);
                    const QFontMetricsF bm(bold, p.device());
                    const QFontMetricsF rm(regular, p.device());
                    const QStringList labels{"Contacts", "Referrals", "Re-referrals within 12 months", "Assessments",
                                             "Section 47 enquiries"};
                    double labelWidth = 0;
                    for (const QString& label : labels) labelWidth = std::max(labelWidth, bm.horizontalAdvance(label));
                    TruthRegion region;
                    region.page = page + 1;
                    QRectF extent;
                    y += 20;
                    for (int r = 0; r < labels.size(); ++r) {
                      const double baseline = y + r * rm.height() * 1.3 + bm.ascent();
                      p.setFont(bold);
                      p.drawText(QPointF(72, baseline), labels[r]);
                      const QRectF labelBox(72, baseline - bm.ascent(), bm.horizontalAdvance(labels[r]),
                                            bm.ascent() + bm.descent());
                      extent = extent.isNull() ? labelBox : extent.united(labelBox);
                      region.cells.push_back({r, 0, 1, 1, labels[r]});
                      p.setFont(regular);
                      for (int c = 1; c <= 2; ++c) {
                        const QString value = QString::number(1000 + r * 111 + c * 7);
                        const double right =
                            72 + labelWidth + 0.2 + c * rm.horizontalAdvance(QStringLiteral("0000")) + (c - 1) * 12;
                        const double x = right - rm.horizontalAdvance(value);
                        p.drawText(QPointF(x, baseline), value);
                        extent = extent.united(
                            QRectF(x, baseline - rm.ascent(), rm.horizontalAdvance(value), rm.ascent() + rm.descent()));
                        region.cells.push_back({r, c, 1, 1, value});
                      }
                    }
                    region.box = extent;
                    t.tables.push_back({region});
                    prose(p, 72, extent.bottom() + 24, 450, 5);
                  }});

  // Key facts: large figures over small labels in a shaded panel. No table.
  docs.push_back({"qt-key-facts", 1, [](QPainter& p, int, Truth&) {
                    double y = prose(p, 72, 80, 450, 4);
                    p.fillRect(QRectF(70, y + 10, 455, 170), QColor(225, 235, 245));
                    const QStringList figures{"1,204", "87%", "312", "46", "9.5", "2,830"};
                    const QStringList labels{"contacts a month", "seen within a day", "plans at year end",
                                             "children missing", "days to assess",    "staff trained"};
                    for (int k = 0; k < figures.size(); ++k) {
                      const double x = 100 + (k % 3) * 150;
                      const double top = y + 40 + (k / 3) * 75;
                      p.setFont(font(22, QStringLiteral("DejaVu Sans"), true));
                      p.drawText(QPointF(x, top), figures[k]);
                      p.setFont(font(8, QStringLiteral("DejaVu Sans")));
                      p.drawText(QPointF(x, top + 16), labels[k]);
                    }
                    prose(p, 72, y + 200, 450, 5);
                  }});
  // Two tables, each with a rule under its header, one under the other with only a bold heading
  // between: the two header rules are no stack of one table.
  docs.push_back(
      {"qt-stacked-headings", 1, [](QPainter& p, int page, Truth& t) {
         Style s;
         s.rules = Rules::HeaderRule;
         s.size = 9;
         double y = prose(p, 72, 80, 450, 3);
         p.setFont(font(10, QStringLiteral("DejaVu Sans"), true));
         p.drawText(QPointF(72, y + 18), "Contacts by month");
         TruthRegion a = drawTable(p, 72, y + 26, areaTable(0, 5, {"Month", "2017-18", "2018-19"}, 31), s, page + 1);
         t.tables.push_back({a});
         p.setFont(font(10, QStringLiteral("DejaVu Sans"), true));
         p.drawText(QPointF(72, a.box.bottom() + 22), "Contacts by team");
         t.tables.push_back(
             {drawTable(p, 72, a.box.bottom() + 30, areaTable(6, 5, {"Team", "2017-18", "2018-19"}, 32), s, page + 1)});
       }});

  // Rules between rows only: the header over the first rule, the last row under the last rule;
  // the middle column's text wraps over two or three lines.
  docs.push_back(
      {"qt-between-rows", 1, [](QPainter& p, int page, Truth& t) {
         TableSpec spec;
         spec.rows = {{"No.", "Action", "Lead", "Due", "Per cent"},
                      {"1", "Refresh the escalation policy\nand circulate it to partners", "Chair", "Mar 2019", "40%"},
                      {"2", "Audit 30 neglect cases", "QA group", "Jun 2019", "25%"},
                      {"3", "Publish the learning from the\nthematic review of adolescents\nin the newsletter",
                       "Manager", "Apr 2019", "90%"},
                      {"4", "Train school governors", "Education", "Sep 2019", "10%"},
                      {"5", "Report on missing episodes\nto the Executive", "Police", "May 2019", "55%"}};
         Style s;
         s.rules = Rules::BetweenRows;
         s.size = 8.5;
         s.padY = 3;
         double y = prose(p, 72, 80, 450, 4);
         t.tables.push_back({drawTable(p, 72, y + 20, spec, s, page + 1)});
         prose(p, 72, 420, 450, 5);
       }});

  // A shaded header grid with the rules of its spans over a body ruled under each row but the
  // first: the header grid, the first row and the body are one table.
  docs.push_back({"qt-header-grid", 1, [](QPainter& p, int page, Truth& t) {
                    TableSpec spec = areaTable(4, 8, {"Area", "Q1", "Q2", "Q1", "Q2"}, 41);
                    spec.rows.insert(spec.rows.begin(), QStringList{"", "2017-18", "", "2018-19", ""});
                    spec.spans = {{0, 1, 2}, {0, 3, 2}};
                    spec.headerRows = 2;
                    Style s;
                    s.rules = Rules::HeaderGrid;
                    s.size = 8;
                    double y = caption(p, 72, 90, "Table 9: Contacts by quarter");
                    t.tables.push_back({drawTable(p, 72, y, spec, s, page + 1)});
                    prose(p, 72, 400, 450, 5);
                  }});
  return docs;
}

// ---- Documents typeset by LibreOffice ------------------------------------------------------

struct HtmlTable {
  QString caption;
  QString attributes;  // of <table>
  TableSpec spec;
};

QString htmlOf(const HtmlTable& table) {
  QString out = QStringLiteral("<p><b>%1</b></p><table %2>").arg(table.caption.toHtmlEscaped(), table.attributes);
  for (size_t r = 0; r < table.spec.rows.size(); ++r) {
    out += QStringLiteral("<tr>");
    const bool header = static_cast<int>(r) < table.spec.headerRows;
    for (int c = 0; c < table.spec.rows[r].size(); ++c) {
      if (coveredBySpan(table.spec, static_cast<int>(r), c)) continue;
      const int span = spanAt(table.spec, static_cast<int>(r), c);
      const QString& text = table.spec.rows[r][c];
      const QString align = figure(text) ? QStringLiteral(" align=\"right\"") : QString();
      out += QStringLiteral("<%1%2%3>%4</%1>")
                 .arg(header ? "th" : "td", span > 1 ? QStringLiteral(" colspan=\"%1\"").arg(span) : QString(), align,
                      text.toHtmlEscaped().replace('\n', QStringLiteral("<br/>")));
    }
    out += QStringLiteral("</tr>");
  }
  return out + QStringLiteral("</table>");
}

QString paragraph(int seed) {
  return QStringLiteral(
             "<p>The partnership met %1 times this year and reviewed how agencies share information when a child "
             "moves between schools; practice has improved since the last audit although some referrals still "
             "arrive without the detail that social workers need.</p>")
      .arg(seed + 3);
}

// Each table's region is found from its words on the rendered pages: the words of its cells
// that occur nowhere else in the document, with their rows told apart by their first cell.
void locate(const QString& pdf, const std::vector<HtmlTable>& tables, Truth& truth) {
  const pdf::PdfDocument document = pdf::PdfDocument::open(pdf.toStdString());
  std::map<QString, int> owner;  // word -> table index, -1 when shared
  const auto claim = [&](const QString& word, int table) {
    const auto it = owner.find(word);
    if (it == owner.end()) {
      owner[word] = table;
    } else if (it->second != table) {
      it->second = -1;
    }
  };
  for (size_t t = 0; t < tables.size(); ++t) {
    for (const QStringList& row : tables[t].spec.rows) {
      for (const QString& cell : row) {
        for (const QString& word : QString(cell).replace('\n', ' ').split(' ', Qt::SkipEmptyParts))
          claim(word, static_cast<int>(t));
      }
    }
    for (const QString& word : tables[t].caption.split(' ', Qt::SkipEmptyParts)) claim(word, -2);
  }
  for (const QString& word : paragraph(0).split(' ', Qt::SkipEmptyParts)) claim(word, -2);
  // Region boxes by table and page.
  std::map<std::pair<int, int>, QRectF> boxes;
  for (int page = 0; page < document.pageCount(); ++page) {
    for (const pdf::Word& word : document.words(page)) {
      const auto it = owner.find(QString::fromStdString(word.text));
      if (it == owner.end() || it->second < 0) continue;
      const QRectF box(QPointF(word.box.x1, word.box.y1), QPointF(word.box.x2, word.box.y2));
      QRectF& region = boxes[{it->second, page + 1}];
      region = region.isNull() ? box : region.united(box);
    }
  }
  for (size_t t = 0; t < tables.size(); ++t) {
    std::vector<TruthRegion> regions;
    for (const auto& [key, box] : boxes) {
      if (key.first != static_cast<int>(t)) continue;
      TruthRegion region;
      region.page = key.second;
      region.box = box;
      regions.push_back(region);
    }
    // Rows go to the page where their first filled cell is printed, its words one after the
    // other (in table order); a header row that the producer repeats on the next page is a row
    // there too.
    int row = 0;
    for (TruthRegion& region : regions) {
      QStringList pageWords;
      for (const pdf::Word& word : document.words(region.page - 1)) pageWords << QString::fromStdString(word.text);
      const auto printed = [&](int r) {
        const QStringList& cells = tables[t].spec.rows[static_cast<size_t>(r)];
        const auto filled = std::find_if(cells.begin(), cells.end(), [](const QString& c) { return !c.isEmpty(); });
        const QStringList key = QString(*filled).replace('\n', ' ').split(' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + key.size() <= pageWords.size(); ++i) {
          if (std::equal(key.begin(), key.end(), pageWords.begin() + i)) return true;
        }
        return false;
      };
      int truthRow = 0;
      const auto addRow = [&](int r) {
        const QStringList& cells = tables[t].spec.rows[static_cast<size_t>(r)];
        for (int c = 0; c < cells.size(); ++c) {
          if (!cells[c].isEmpty())
            region.cells.push_back(
                {truthRow, c, 1, spanAt(tables[t].spec, r, c), QString(cells[c]).replace('\n', ' ')});
        }
        ++truthRow;
      };
      if (row > 0) {
        for (int r = 0; r < tables[t].spec.headerRows && printed(r); ++r) addRow(r);
      }
      for (; row < static_cast<int>(tables[t].spec.rows.size()) && printed(row); ++row) addRow(row);
    }
    truth.tables.push_back(regions);
  }
}

void writeLibreOfficeDocument(const QString& folder) {
  std::vector<HtmlTable> tables;
  HtmlTable bordered{"Table 1: Children in need by age", "border=\"1\" cellpadding=\"3\" cellspacing=\"0\"",
                     areaTable(0, 6, {"Age band", "2016", "2017", "2018"}, 11)};
  for (int r = 1; r < 7; ++r)
    bordered.spec.rows[static_cast<size_t>(r)][0] = QStringLiteral("Aged %1 to %2").arg(r * 2).arg(r * 2 + 1);
  tables.push_back(bordered);
  HtmlTable plain{"Table 2: Strategy discussions by month", "cellpadding=\"2\"",
                  areaTable(6, 6, {"Locality", "January", "February", "March"}, 12)};
  tables.push_back(plain);
  HtmlTable spans{"Table 3: Re-referrals within twelve months", "border=\"1\" cellspacing=\"0\"",
                  areaTable(12, 5, {"Borough", "Number", "Share", "Number", "Share"}, 13, true)};
  spans.spec.rows.insert(spans.spec.rows.begin(), QStringList{"", "2017-18", "", "2018-19", ""});
  spans.spec.spans = {{0, 1, 2}, {0, 3, 2}};
  spans.spec.headerRows = 2;
  tables.push_back(spans);
  HtmlTable longTable{"Table 4: Notifications of private fostering by ward", "border=\"1\" cellspacing=\"0\"", {}};
  longTable.spec.rows.push_back({"Ward", "Notified", "Visited", "Closed"});
  for (int r = 0; r < 34; ++r)
    longTable.spec.rows.push_back({"Parish " + QString::number(r + 1), number(r, 4), number(r, 5), number(r, 6)});
  tables.push_back(longTable);

  QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Serif'; font-size: 10pt\">");
  for (size_t t = 0; t < tables.size(); ++t) html += paragraph(static_cast<int>(t)) + htmlOf(tables[t]);
  html += paragraph(9) + QStringLiteral("</body></html>");
  const QString pdf = folder + QStringLiteral("/lo-tables.pdf");
  writeLibreOfficePdf(pdf, html);
  Truth truth;
  locate(pdf, tables, truth);
  writeTruth(folder + QStringLiteral("/lo-tables"), truth);
}

}  // namespace

int writeTableDevSet(const QString& folder, bool withLibreOffice) {
  if (!QDir().mkpath(folder)) throw std::runtime_error("cannot make " + folder.toStdString());
  int count = 0;
  for (const PaintedDocument& doc : paintedDocuments()) {
    Truth truth;
    const QString stem = folder + '/' + doc.name;
    writePaintedPdf(stem + QStringLiteral(".pdf"), doc.pages, [&](QPainter& p, int page) { doc.draw(p, page, truth); });
    writeTruth(stem, truth);
    ++count;
  }
  if (withLibreOffice) {
    writeLibreOfficeDocument(folder);
    ++count;
  }
  return count;
}

}  // namespace sbw::test
