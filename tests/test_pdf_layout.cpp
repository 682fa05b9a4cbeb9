// Layout analysis: lines, blocks, columns, reading order, font statistics and running lines,
// on words built by hand and on PDFs drawn here with known text at known places.

#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include "pdf/layout.h"
#include "pdf/pdf_document.h"
#include "pdf/text_lines.h"
#include "support/fixture_pdf.h"

using sbw::pdf::BlockKind;
using sbw::pdf::Box;
using sbw::pdf::LinePlace;
using sbw::pdf::PageLayout;
using sbw::pdf::PdfDocument;
using sbw::pdf::TextBlock;
using sbw::pdf::Word;

namespace {

// A word of `size` points at (x, baseline), about 0.6 em wide per character, boxed the way
// poppler boxes it: ascent above the baseline, descent below.
Word word(const std::string& text, double x, double baseline, double size = 10, bool bold = false) {
  Word w;
  w.text = text;
  w.box = {x, baseline - 0.93 * size, x + 0.6 * size * double(text.size()), baseline + 0.24 * size};
  w.fontName = bold ? "DejaVuSans-Bold" : "DejaVuSans";
  w.fontSize = size;
  w.bold = bold;
  w.spaceAfter = true;
  return w;
}

// Words of `text` set from x on one baseline, one space (0.3 em) apart.
void addLine(std::vector<Word>& words, const std::string& text, double x, double baseline, double size = 10,
             bool bold = false) {
  for (const QString& part : QString::fromStdString(text).split(' ', Qt::SkipEmptyParts)) {
    Word w = word(part.toStdString(), x, baseline, size, bold);
    x = w.box.x2 + 0.3 * size;
    words.push_back(std::move(w));
  }
}

QFont font(double points, bool bold = false) {
  QFont f(QStringLiteral("DejaVu Sans"));
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

QStringList textLines(const PageLayout& page) {
  return QString::fromStdString(page.text()).split('\n', Qt::SkipEmptyParts);
}

QString leftLine(int i) { return QStringLiteral("Left line %1 of the first column").arg(i); }
QString rightLine(int i) { return QStringLiteral("Right line %1 in the second column").arg(i); }

}  // namespace

class TestPdfLayout : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

  PageLayout layoutOf(const QString& file, int page = 0) const {
    return sbw::pdf::layoutPage(PdfDocument::open(path(file).toStdString()).words(page));
  }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(dir_.isValid()); }

  // --- hand-built words ---------------------------------------------------------------------

  void wideGapsSplitALineNarrowOnesDoNot() {
    std::vector<Word> words;
    addLine(words, "Referrals rose", 50, 100);  // ends at 50 + 0.6*10*9 + 3 + 0.6*10*4 = 131
    addLine(words, "Westminster column", 320, 100);
    const auto lines = sbw::pdf::buildLayoutLines(words);
    QCOMPARE(lines.size(), size_t(2));
    QCOMPARE(lines[0].text(), std::string("Referrals rose"));
    QCOMPARE(lines[1].text(), std::string("Westminster column"));
    // groupIntoLines keeps its meaning: one line per baseline.
    QCOMPARE(sbw::pdf::groupIntoLines(words).size(), size_t(1));
  }

  void aBulletStaysWithItsText() {
    std::vector<Word> words{word("•", 60, 100)};
    addLine(words, "Review the pathway", 80, 100);  // 14 pt after the bullet: more than an em
    const auto lines = sbw::pdf::buildLayoutLines(words);
    QCOMPARE(lines.size(), size_t(1));
    QCOMPARE(lines[0].text(), std::string("• Review the pathway"));
  }

  void listMarkersAreRecognised() {
    for (const char* marker : {"•", "–", "-", "1.", "12)", "(a)", "a)", "(iv)", "iv."}) {
      QVERIFY2(sbw::pdf::isListMarker(marker), marker);
    }
    for (const char* other : {"2014.", "(2014)", "Hello", "1.5", "", "()", "ab)"}) {
      QVERIFY2(!sbw::pdf::isListMarker(other), other);
    }
  }

  void fontStatisticsFindBodyHeadingsAndBold() {
    std::vector<Word> page;
    addLine(page, "Annual Report", 50, 60, 20, true);   // 12 characters at 20 pt
    addLine(page, "Our priorities", 50, 90, 14, true);  // 13 characters at 14 pt
    addLine(page, "Children in need rose by a tenth this year", 50, 120, 10);
    addLine(page, "and child protection plans fell again", 50, 134, 10);
    page.push_back(word("Bold", 50, 150, 10.2, true));  // 10.2 pt counts as 10 pt
    const auto stats = sbw::pdf::fontStatistics(page);
    QCOMPARE(stats.bodySize, 10.0);
    QCOMPARE(stats.headingSizes, (std::vector<double>{20.0, 14.0}));
    QCOMPARE(stats.characters, 12LL + 13 + 34 + 32 + 4);
    QCOMPARE(stats.boldShare, double(12 + 13 + 4) / double(12 + 13 + 34 + 32 + 4));
    QCOMPARE(stats.headingLevel(20), 1);
    QCOMPARE(stats.headingLevel(14), 2);
    QCOMPARE(stats.headingLevel(16), 2);
    QCOMPARE(stats.headingLevel(10), 0);
    QCOMPARE(stats.headingLevel(11), 0);

    // Across pages, characters count wherever they are.
    std::vector<Word> second;
    addLine(second, "Twelve points everywhere on this page of the report", 50, 100, 12);
    const auto both = sbw::pdf::fontStatistics(std::vector<std::vector<Word>>{page, second});
    QCOMPARE(both.bodySize, 10.0);  // 70 characters at 10 pt against 43 at 12 pt
    QCOMPARE(sbw::pdf::fontStatistics(std::vector<Word>{}).bodySize, 0.0);
  }

  void runningLineKeysMaskDigits() {
    QCOMPARE(sbw::pdf::runningLineKey("Page 12 of 40"), std::string("page # of #"));
    QCOMPARE(sbw::pdf::runningLineKey("  Annual  Report 2016-17 "), std::string("annual report #-#"));
    QCOMPARE(sbw::pdf::runningLineKey("7"), std::string("#"));
  }

  void runningLinesAreFoundAcrossPages() {
    const std::vector<std::string> bodies = {"Referrals rose this year", "Training reached more staff",
                                             "Audits found good practice", "Budget stayed within plan"};
    std::vector<sbw::pdf::PageLines> pages;
    for (int p = 0; p < 4; ++p) {
      std::vector<Word> words;
      addLine(words, "Safeguarding Board Annual Report 2016-17", 50, 30, 9);
      addLine(words, bodies[size_t(p)], 50, 90);
      addLine(words, "Priorities for the year ahead", 50, 400);  // repeated, but mid-page
      addLine(words, "Closing words differ " + bodies[size_t(p)], 50, 760);
      addLine(words, std::to_string(p + 1), 290, 815, 9);
      pages.push_back({sbw::pdf::buildLayoutLines(words), 842});
    }
    const auto places = sbw::pdf::findRunningLines(pages);
    QCOMPARE(places.size(), size_t(4));
    for (int p = 0; p < 4; ++p) {
      const auto& lines = pages[size_t(p)].lines;
      QCOMPARE(lines.size(), size_t(5));
      for (size_t i = 0; i < lines.size(); ++i) {
        const std::string text = lines[i].text();
        const LinePlace expected = text.starts_with("Safeguarding") ? LinePlace::PageHeader
                                   : text == std::to_string(p + 1)  ? LinePlace::PageFooter
                                                                    : LinePlace::Body;
        QVERIFY2(places[size_t(p)][i] == expected, text.c_str());
      }
    }
    // On one page nothing repeats, so nothing is running.
    const auto alone = sbw::pdf::findRunningLines({pages[0]});
    for (const LinePlace place : alone[0]) QVERIFY(place == LinePlace::Body);
  }

  void tableRowsReadAcrossThenDown() {
    std::vector<Word> words;
    const std::vector<std::vector<std::string>> rows = {
        {"Borough", "2015", "2016"}, {"Westminster", "12", "15"}, {"Camden", "7", "9"}, {"Total", "19", "24"}};
    double baseline = 100;
    for (const auto& row : rows) {
      addLine(words, row[0], 50, baseline);
      addLine(words, row[1], 250, baseline);
      addLine(words, row[2], 350, baseline);
      baseline += 16;
    }
    const PageLayout page = sbw::pdf::layoutPage(words);
    QCOMPARE(page.text(), std::string("Borough\t2015\t2016\nWestminster\t12\t15\nCamden\t7\t9\nTotal\t19\t24\n"));
    QVERIFY(page.columns.empty());
    for (const TextBlock& block : page.blocks) QCOMPARE(block.lines.size(), size_t(1));
    QCOMPARE(sbw::pdf::pageText(words), page.text());
  }

  void noWordsNoBlocks() {
    const PageLayout page = sbw::pdf::layoutPage(std::vector<Word>{});
    QVERIFY(page.blocks.empty());
    QVERIFY(page.columns.empty());
    QCOMPARE(page.text(), std::string());
    QCOMPARE(sbw::pdf::pageText({}), std::string());
    const auto document = sbw::pdf::layoutDocument({{{}, 842}, {{}, 842}});
    QCOMPARE(document.pages.size(), size_t(2));
    QVERIFY(document.pages[1].blocks.empty());
    QCOMPARE(document.fonts.bodySize, 0.0);
  }

  void fiveThousandWordsInTwoColumns() {
    // 125 lines of 20 words in each of two columns, 4 pt type on a 5 pt pitch.
    std::vector<Word> words;
    for (int column = 0; column < 2; ++column) {
      for (int line = 0; line < 125; ++line) {
        for (int w = 0; w < 20; ++w) {
          words.push_back(word(column == 0 ? "ab" : "cd", 20 + column * 300 + w * 6.0, 30 + line * 5.0, 4));
        }
      }
    }
    QCOMPARE(words.size(), size_t(5000));
    const PageLayout page = sbw::pdf::layoutPage(words);
    QCOMPARE(page.columns.size(), size_t(2));
    QCOMPARE(page.blocks.size(), size_t(2));  // one paragraph per column
    QCOMPARE(page.blocks[0].lines.size(), size_t(125));
    QCOMPARE(page.blocks[0].lines.front().words.front().text, std::string("ab"));
    QCOMPARE(page.blocks[0].column, 0);
    QCOMPARE(page.blocks[1].lines.size(), size_t(125));
    QCOMPARE(page.blocks[1].lines.front().words.front().text, std::string("cd"));
    QCOMPARE(page.blocks[1].column, 1);
    QCOMPARE(textLines(page).size(), qsizetype(250));
  }

  // --- drawn PDFs ---------------------------------------------------------------------------

  void twoColumnsReadColumnByColumn() {
    sbw::test::writePaintedPdf(path("columns.pdf"), 1, [](QPainter& p, int) {
      p.setFont(font(16, true));
      p.drawText(QPointF(50, 80), "Safeguarding Board Annual Report Two Columns");
      p.setFont(font(10));
      // Both columns on the same baselines, with a paragraph break at the same height: only
      // the gutter tells them apart.
      for (int i = 0; i < 8; ++i) {
        const double baseline = 130 + i * 14 + (i >= 4 ? 14 : 0);
        p.drawText(QPointF(50, baseline), leftLine(i + 1));
        p.drawText(QPointF(320, baseline), rightLine(i + 1));
      }
      p.drawText(QPointF(50, 700), "Published by the board in March 2017 for all partners");
    });
    const PageLayout page = layoutOf("columns.pdf");
    QStringList expected{"Safeguarding Board Annual Report Two Columns"};
    for (int i = 1; i <= 8; ++i) expected << leftLine(i);
    for (int i = 1; i <= 8; ++i) expected << rightLine(i);
    expected << "Published by the board in March 2017 for all partners";
    QCOMPARE(textLines(page), expected);

    QCOMPARE(page.columns.size(), size_t(2));
    QVERIFY(page.columns[0].x2 < 320 && page.columns[1].x1 > 300);
    QCOMPARE(page.blocks.size(), size_t(6));
    QCOMPARE(page.blocks[0].kind, BlockKind::Heading);
    QCOMPARE(page.blocks[0].column, -1);
    for (size_t b = 1; b <= 4; ++b) {
      QCOMPARE(page.blocks[b].kind, BlockKind::Paragraph);
      QCOMPARE(page.blocks[b].lines.size(), size_t(4));
      QCOMPARE(page.blocks[b].column, b <= 2 ? 0 : 1);
    }
    QCOMPARE(page.blocks[5].column, -1);
    QCOMPARE(page.blocks[5].text(), std::string("Published by the board in March 2017 for all partners"));
  }

  void headingsBySizeAndByBold() {
    sbw::test::writePaintedPdf(path("headings.pdf"), 1, [](QPainter& p, int) {
      p.setFont(font(18));
      p.drawText(QPointF(50, 80), "Introduction");
      p.setFont(font(10));
      p.drawText(QPointF(50, 110), "The board met six times this year and agreed");
      p.drawText(QPointF(50, 124), "three priorities with its partners in health,");
      p.drawText(QPointF(50, 138), "the police and the council.");
      p.setFont(font(10, true));
      p.drawText(QPointF(50, 175), "Key findings");
      p.setFont(font(10));
      p.drawText(QPointF(50, 195), "Referrals rose by a tenth while plans fell.");
      p.drawText(QPointF(50, 209), "More young carers were identified early.");
    });
    const PageLayout page = layoutOf("headings.pdf");
    QCOMPARE(page.blocks.size(), size_t(4));
    QCOMPARE(page.blocks[0].kind, BlockKind::Heading);
    QCOMPARE(page.blocks[0].headingLevel, 1);
    QCOMPARE(page.blocks[0].text(), std::string("Introduction"));
    QCOMPARE(page.blocks[1].kind, BlockKind::Paragraph);
    QCOMPARE(page.blocks[1].lines.size(), size_t(3));
    QCOMPARE(page.blocks[2].kind, BlockKind::Heading);
    QCOMPARE(page.blocks[2].headingLevel, 2);  // below the one heading size
    QVERIFY(page.blocks[2].bold);
    QCOMPARE(page.blocks[2].text(), std::string("Key findings"));
    QCOMPARE(page.blocks[3].kind, BlockKind::Paragraph);
    QCOMPARE(page.blocks[3].headingLevel, 0);
    QCOMPARE(page.blocks[3].text(),
             std::string("Referrals rose by a tenth while plans fell. More young carers were identified early."));
  }

  void bulletedAndNumberedListItems() {
    sbw::test::writePaintedPdf(path("list.pdf"), 1, [](QPainter& p, int) {
      p.setFont(font(10));
      p.drawText(QPointF(50, 80), "Actions agreed by the board:");
      const auto item = [&](const QString& marker, const QString& text, double baseline) {
        p.drawText(QPointF(60, baseline), marker);
        p.drawText(QPointF(80, baseline), text);
      };
      item("•", "Review the referral pathway for", 100);
      p.drawText(QPointF(80, 114), "young carers this year");
      item("•", "Publish the annual report", 134);
      item("1.", "Audit two cases each month", 154);
      item("(a)", "Train new staff on the policy", 174);
      p.drawText(QPointF(50, 204), "The board will check progress in June.");
    });
    const PageLayout page = layoutOf("list.pdf");
    QCOMPARE(page.blocks.size(), size_t(6));
    QCOMPARE(page.blocks[0].kind, BlockKind::Paragraph);
    const std::vector<std::string> items = {"• Review the referral pathway for young carers this year",
                                            "• Publish the annual report", "1. Audit two cases each month",
                                            "(a) Train new staff on the policy"};
    for (size_t i = 0; i < items.size(); ++i) {
      QCOMPARE(page.blocks[i + 1].kind, BlockKind::ListItem);
      QCOMPARE(page.blocks[i + 1].text(), items[i]);
    }
    QCOMPARE(page.blocks[1].lines.size(), size_t(2));
    QCOMPARE(page.blocks[5].kind, BlockKind::Paragraph);
  }

  void captionsAreRecognised() {
    sbw::test::writePaintedPdf(path("caption.pdf"), 1, [](QPainter& p, int) {
      p.setFont(font(10));
      p.drawText(QPointF(50, 80), "Table 3: Referrals by age group, 2016-17");
      p.drawText(QPointF(50, 120), "Table tennis was offered at the youth club.");
      p.drawText(QPointF(50, 160), "Source: Children's Services, March 2017");
    });
    const PageLayout page = layoutOf("caption.pdf");
    QCOMPARE(page.blocks.size(), size_t(3));
    QCOMPARE(page.blocks[0].kind, BlockKind::Caption);
    QCOMPARE(page.blocks[1].kind, BlockKind::Paragraph);
    QCOMPARE(page.blocks[2].kind, BlockKind::Caption);
  }

  void runningHeaderAndFooterOverSeveralPages() {
    const QStringList bodies = {"Referrals rose sharply across the borough", "Training reached many more staff",
                                "Audits found good multi-agency practice", "The budget stayed within plan"};
    sbw::test::writePaintedPdf(path("running.pdf"), 4, [&](QPainter& p, int page) {
      p.setFont(font(9));
      p.drawText(QPointF(50, 30), "Safeguarding Board Annual Report 2016-17");
      p.setFont(font(10));
      p.drawText(QPointF(50, 90), bodies[page]);
      p.drawText(QPointF(50, 400), "Priorities for the year ahead");
      p.setFont(font(9));
      p.drawText(QPointF(260, 815), QStringLiteral("Page %1 of 4").arg(page + 1));
    });
    const auto doc = PdfDocument::open(path("running.pdf").toStdString());
    std::vector<sbw::pdf::PageWords> pages;
    for (int i = 0; i < doc.pageCount(); ++i) pages.push_back({doc.words(i), doc.pageInfo(i).height});
    const auto layout = sbw::pdf::layoutDocument(pages);
    QCOMPARE(layout.pages.size(), size_t(4));
    for (int p = 0; p < 4; ++p) {
      const auto& blocks = layout.pages[size_t(p)].blocks;
      QCOMPARE(blocks.size(), size_t(4));
      QCOMPARE(blocks.front().kind, BlockKind::PageHeader);
      QCOMPARE(blocks.front().text(), std::string("Safeguarding Board Annual Report 2016-17"));
      QCOMPARE(blocks[1].kind, BlockKind::Paragraph);
      QCOMPARE(QString::fromStdString(blocks[1].text()), bodies[p]);
      QCOMPARE(blocks[2].kind, BlockKind::Paragraph);  // the same on every page, but mid-page
      QCOMPARE(blocks.back().kind, BlockKind::PageFooter);
      QCOMPARE(QString::fromStdString(blocks.back().text()), QStringLiteral("Page %1 of 4").arg(p + 1));
    }
  }

  void typesetFooterIsRunningAndParagraphsStayWhole() {
    const QString first =
        "The Local Safeguarding Children Board brings together the council, the police, health services and "
        "schools to check that children in the borough are kept safe. This year the board met six times, "
        "agreed three priorities, audited forty cases and trained more than nine hundred staff from every "
        "partner agency, and it published its findings for residents in plain English.";
    const QString second = "The second paragraph is short.";
    const QString html = QStringLiteral(
                             "<p>%1</p><p>%2</p><p style=\"page-break-before: always\">Second page.</p>"
                             "<p style=\"page-break-before: always\">Third page.</p>")
                             .arg(first, second);
    QCOMPARE(sbw::test::writeHtmlPdf(path("typeset.pdf"), html), 3);
    const auto doc = PdfDocument::open(path("typeset.pdf").toStdString());
    std::vector<sbw::pdf::PageWords> pages;
    for (int i = 0; i < doc.pageCount(); ++i) pages.push_back({doc.words(i), doc.pageInfo(i).height});
    const auto layout = sbw::pdf::layoutDocument(pages);

    const auto& blocks = layout.pages[0].blocks;
    QVERIFY(blocks.size() >= 3);
    QCOMPARE(blocks[0].kind, BlockKind::Paragraph);
    QVERIFY2(blocks[0].lines.size() >= 3, "the long paragraph wraps");
    QCOMPARE(QString::fromStdString(blocks[0].text()), first);
    QCOMPARE(QString::fromStdString(blocks[1].text()), second);
    // writeHtmlPdf's footer, "test fixture    page N of 3", runs on every page.
    for (const auto& page : layout.pages) {
      QString footer;
      for (const TextBlock& block : page.blocks) {
        if (block.kind == BlockKind::PageFooter) footer += QString::fromStdString(block.text()) + ' ';
        if (block.kind != BlockKind::PageFooter) QVERIFY(!block.text().starts_with("test fixture"));
      }
      QVERIFY2(footer.startsWith("test fixture"), qPrintable(footer));
    }
    QCOMPARE(layout.pages[1].blocks.front().text(), std::string("Second page."));
  }

  void aPageWithoutWords() {
    sbw::test::writePaintedPdf(path("blank.pdf"), 2, [](QPainter& p, int page) {
      if (page == 0) {
        p.drawRect(QRectF(100, 100, 200, 50));
      } else {
        p.setFont(font(10));
        p.drawText(QPointF(50, 100), "Only this page has words");
      }
    });
    const auto doc = PdfDocument::open(path("blank.pdf").toStdString());
    QVERIFY(doc.words(0).empty());
    const auto layout = sbw::pdf::layoutDocument({{doc.words(0), 842}, {doc.words(1), 842}});
    QVERIFY(layout.pages[0].blocks.empty());
    QCOMPARE(layout.pages[1].blocks.size(), size_t(1));
    QCOMPARE(layout.fonts.bodySize, 10.0);
    QCOMPARE(sbw::pdf::pageText(doc.words(0)), std::string());
    QCOMPARE(sbw::pdf::pageText(doc.words(1)), std::string("Only this page has words\n"));
  }
};

QTEST_MAIN(TestPdfLayout)
#include "test_pdf_layout.moc"
