// The pdf layer against PDFs drawn here with known words at known places.

#include <atomic>

#include <QPainter>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include "extract/document_title.h"
#include "pdf/font_style.h"
#include "pdf/page_parallel.h"
#include "pdf/pdf_document.h"
#include "pdf/text_lines.h"
#include "support/encrypted_pdf.h"
#include "support/fixture_pdf.h"
#include "support/pdf_update.h"

using sbw::pdf::PdfDocument;
using sbw::pdf::PdfError;

namespace {

const sbw::pdf::Word* findWord(const std::vector<sbw::pdf::Word>& words, const std::string& text) {
  for (const auto& word : words) {
    if (word.text == text) return &word;
  }
  return nullptr;
}

QFont font(const QString& family, double points, bool bold = false, bool italic = false) {
  QFont f(family);
  f.setPointSizeF(points);
  f.setBold(bold);
  f.setItalic(italic);
  return f;
}

}  // namespace

class TestPdfDocument : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    sbw::test::writePaintedPdf(path("words.pdf"), 2, [](QPainter& p, int page) {
      if (page == 0) {
        p.setFont(font("DejaVu Sans", 20, true));
        p.drawText(QPointF(72, 100), "Annual Report");
        p.setFont(font("DejaVu Sans", 10));
        p.drawText(QPointF(72, 200), "Referrals 2,134");
        p.setFont(font("DejaVu Sans", 10, false, true));
        p.drawText(QPointF(300, 200), "provisional");
        p.setFont(font("DejaVu Sans", 10));
        p.drawText(QPointF(72, 400), "second line");
      } else {
        p.setFont(font("DejaVu Sans", 12));
        p.drawText(QPointF(100, 500), "Page two");
      }
    });
    sbw::test::writePaintedPdf(
        path("landscape.pdf"), 1,
        [](QPainter& p, int) {
          p.setFont(font("DejaVu Sans", 10));
          p.drawText(QPointF(700, 50), "wide");
        },
        true);
  }

  void reportsPageGeometry() {
    const auto doc = PdfDocument::open(path("words.pdf").toStdString());
    QCOMPARE(doc.pageCount(), 2);
    const auto info = doc.pageInfo(0);
    QCOMPARE(info.number, 1);
    QVERIFY(qAbs(info.width - 595.3) < 1.0);
    QVERIFY(qAbs(info.height - 841.9) < 1.0);
    QCOMPARE(info.rotation, 0);
    const auto wide = PdfDocument::open(path("landscape.pdf").toStdString()).pageInfo(0);
    QVERIFY2(wide.width > wide.height, "a landscape page is wider than tall");
  }

  void rotatedPagesReportDisplayedGeometryAndWords() {
    sbw::test::writeRotatedCopy(path("words.pdf"), path("rotated.pdf"), {{0, 90}});
    const auto doc = PdfDocument::open(path("rotated.pdf").toStdString());
    const auto info = doc.pageInfo(0);
    QCOMPARE(info.rotation, 90);
    // Turned a quarter, the A4 page is displayed landscape.
    QVERIFY(qAbs(info.width - 841.9) < 1.0);
    QVERIFY(qAbs(info.height - 595.3) < 1.0);
    QCOMPARE(doc.pageInfo(1).rotation, 0);
    // Words come in the displayed page's coordinates: the title, near the top-left of the
    // unrotated page, is near the top-right after turning clockwise.
    const auto words = doc.words(0);
    const auto* title = findWord(words, "Annual");
    QVERIFY(title != nullptr);
    QVERIFY2(title->box.x1 > info.width / 2, qPrintable(QString::number(title->box.x1)));
    QVERIFY(title->box.y2 <= info.height && title->box.x2 <= info.width);
    const auto raster = doc.render(0, 36);
    QVERIFY(raster.width > raster.height);
  }

  void printedPageLabelsAreRead() {
    sbw::test::writeLabelledCopy(path("words.pdf"), path("labelled.pdf"), 1);
    const auto doc = PdfDocument::open(path("labelled.pdf").toStdString());
    QCOMPARE(doc.pageInfo(0).label, std::string("i"));
    QCOMPARE(doc.pageInfo(1).label, std::string("1"));
    QCOMPARE(PdfDocument::open(path("words.pdf").toStdString()).pageInfo(0).label, std::string("1"));
  }

  void wordsHaveTextBoxesAndFonts() {
    const auto doc = PdfDocument::open(path("words.pdf").toStdString());
    const auto words = doc.words(0);
    const auto* referrals = findWord(words, "Referrals");
    QVERIFY(referrals != nullptr);
    // Drawn with its baseline at y = 200 pt from the top, 72 pt from the left.
    QVERIFY2(qAbs(referrals->box.x1 - 72) < 2, qPrintable(QString::number(referrals->box.x1)));
    QVERIFY(referrals->box.y1 < 200 && referrals->box.y2 > 195);
    QVERIFY(referrals->box.y2 < 205);
    QVERIFY(qAbs(referrals->fontSize - 10) < 0.6);
    QVERIFY(referrals->fontName.find("DejaVu") != std::string::npos);
    QVERIFY(!referrals->bold);

    const auto* figure = findWord(words, "2,134");
    QVERIFY(figure != nullptr);
    QVERIFY(figure->box.x1 > referrals->box.x2);

    const auto* title = findWord(words, "Annual");
    QVERIFY(title != nullptr);
    QVERIFY(title->bold);
    QVERIFY(qAbs(title->fontSize - 20) < 0.6);
    const auto* italic = findWord(words, "provisional");
    QVERIFY(italic != nullptr);
    QVERIFY(italic->italic);

    QVERIFY(findWord(doc.words(1), "two") != nullptr);
    QVERIFY(findWord(doc.words(1), "Referrals") == nullptr);
  }

  void linesComeInReadingOrder() {
    const auto doc = PdfDocument::open(path("words.pdf").toStdString());
    const auto lines = sbw::pdf::groupIntoLines(doc.words(0));
    QCOMPARE(lines.size(), size_t(3));
    QCOMPARE(lines[0].text(), std::string("Annual Report"));
    QCOMPARE(lines[1].text(), std::string("Referrals 2,134 provisional"));
    QCOMPARE(lines[2].text(), std::string("second line"));
    QCOMPARE(sbw::pdf::pageText(doc.words(1)), std::string("Page two\n"));
  }

  void titleComesFromLargestTextWhenMetadataIsEmpty() {
    const auto doc = PdfDocument::open(path("words.pdf").toStdString());
    QCOMPARE(sbw::extract::documentTitle("", doc.words(0)), std::string("Annual Report"));
    QCOMPARE(sbw::extract::documentTitle("Board report 2016", doc.words(0)), std::string("Board report 2016"));
    QCOMPARE(sbw::extract::documentTitle("Microsoft Word - draft.docx", doc.words(0)), std::string("Annual Report"));
  }

  void rendersAPage() {
    const auto doc = PdfDocument::open(path("words.pdf").toStdString());
    const auto raster = doc.render(0, 36);
    QCOMPARE(raster.width, 298);  // 595.3 pt at half of 72 dpi
    QVERIFY(raster.height > 400);
    // Some pixel of the title is dark, the page corner is white.
    bool dark = false;
    for (int x = 36; x < 120 && !dark; ++x) {
      for (int y = 38; y < 52 && !dark; ++y) dark = (raster.at(x, y) & 0xFF) < 100;
    }
    QVERIFY(dark);
    QCOMPARE(raster.at(2, 2) & 0xFFFFFF, 0xFFFFFFu);
  }

  void rendersGreyForMachineReaders() {
    const auto doc = PdfDocument::open(path("words.pdf").toStdString());
    const auto grey = doc.render(0, 36, sbw::pdf::Antialiasing::Off, sbw::pdf::PixelFormat::Grey);
    QVERIFY(grey.isGrey());
    QVERIFY(grey.pixels.empty());
    QCOMPARE(grey.width, 298);
    QCOMPARE(grey.grey.size(), size_t(grey.width) * size_t(grey.height));
    QCOMPARE(int(grey.grey[0]), 255);  // white paper
    bool dark = false;
    for (int x = 36; x < 120 && !dark; ++x) {
      for (int y = 38; y < 52 && !dark; ++y) dark = grey.grey[size_t(y) * size_t(grey.width) + size_t(x)] < 100;
    }
    QVERIFY(dark);  // the title's ink
  }

  void fontNamesGiveWeightAndSlant() {
    QCOMPARE(sbw::pdf::withoutSubsetTag("ABCDEF+Arial-BoldMT"), std::string("Arial-BoldMT"));
    QCOMPARE(sbw::pdf::withoutSubsetTag("Arial"), std::string("Arial"));
    QVERIFY(sbw::pdf::isBoldFontName("Arial-BoldMT"));
    QVERIFY(sbw::pdf::isBoldFontName("Calibri,Bold"));
    QVERIFY(!sbw::pdf::isBoldFontName("Calibri"));
    QVERIFY(sbw::pdf::isItalicFontName("Arial-ItalicMT"));
    QVERIFY(sbw::pdf::isItalicFontName("DejaVuSans-Oblique"));
  }

  void badInputsNameTheReason_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("kind");
    QTest::newRow("empty") << QByteArray() << "empty file" << int(PdfError::Kind::Empty);
    QTest::newRow("text") << QByteArray("hello, this is not a PDF\n") << "not a PDF" << int(PdfError::Kind::NotPdf);
    QTest::newRow("garbage pdf") << QByteArray("%PDF-1.4\n garbage garbage\n%%EOF\n") << "damaged"
                                 << int(PdfError::Kind::Damaged);
  }
  void badInputsNameTheReason() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QFETCH(int, kind);
    const QString file = path(QString("bad-%1.pdf").arg(QTest::currentDataTag()).replace(' ', '-'));
    sbw::test::writeBytes(file, bytes);
    try {
      PdfDocument::open(file.toStdString());
      QFAIL("opening should fail");
    } catch (const PdfError& error) {
      QVERIFY2(QString(error.what()).contains(reason), error.what());
      QCOMPARE(int(error.kind()), kind);
    }
  }

  void passwordProtectedFileIsRefusedAsSuch() {
    sbw::test::writePasswordProtectedCopy(path("words.pdf"), path("locked.pdf"), "secret");
    try {
      PdfDocument::open(path("locked.pdf").toStdString());
      QFAIL("opening a password-protected PDF without the password should fail");
    } catch (const PdfError& error) {
      QCOMPARE(int(error.kind()), int(PdfError::Kind::Encrypted));
      QVERIFY2(QString(error.what()).contains("password-protected"), error.what());
    }
  }

  void pagesReadOnSeveralThreadsMatchOneThread() {
    const QString file = path("many.pdf");
    constexpr int kPages = 24;
    sbw::test::writePaintedPdf(file, kPages, [](QPainter& p, int page) {
      p.setFont(font("DejaVu Sans", 10));
      for (int line = 0; line <= page % 5; ++line) {
        p.drawText(QPointF(72, 100 + 20 * line), QString("Page %1 line %2").arg(page + 1).arg(line + 1));
      }
    });
    const PdfDocument document = PdfDocument::open(file.toStdString());
    // Each page's words, and how many times the page was worked on.
    const auto read = [&](int threads) {
      std::vector<std::string> pages(kPages);
      std::vector<int> calls(kPages, 0);
      sbw::pdf::forEachPage(document, 0, kPages - 1, threads, [&](const PdfDocument& doc, int index) {
        ++calls[static_cast<size_t>(index)];
        for (const auto& word : doc.words(index)) pages[static_cast<size_t>(index)] += word.text + " ";
      });
      return std::pair(pages, calls);
    };
    const std::vector<int> once(kPages, 1);
    const auto [one, oneCalls] = read(1);
    QCOMPARE(oneCalls, once);
    QCOMPARE(QString::fromStdString(one[6]), QString("Page 7 line 1 Page 7 line 2 "));
    const auto [three, threeCalls] = read(3);
    QCOMPARE(threeCalls, once);
    QCOMPARE(three, one);
  }

  void aFailedPageStopsTheOtherThreadsAndIsReported() {
    const PdfDocument document = PdfDocument::open(path("words.pdf").toStdString());
    std::atomic<int> calls{0};
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             sbw::pdf::forEachPage(document, 0, 1000, 2, [&](const PdfDocument&, int index) {
                               ++calls;
                               if (index == 3) throw std::runtime_error("page 4 failed");
                               QThread::usleep(200);
                             }));
    QVERIFY2(calls < 1000, qPrintable(QString::number(calls)));
  }

  void aProtectedDocumentReopensWithThePasswordThatOpenedIt() {
    sbw::test::writePasswordProtectedCopy(path("words.pdf"), path("locked-reopen.pdf"), "secret");
    const PdfDocument opened = PdfDocument::open(path("locked-reopen.pdf").toStdString(), {{"wrong", "secret"}});
    const PdfDocument again = opened.reopen();
    QVERIFY(findWord(again.words(0), "Referrals") != nullptr);
  }

  void truncatedAndMissingFilesAreRefused() {
    QFile whole(path("words.pdf"));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    sbw::test::writeBytes(path("truncated.pdf"), bytes.left(bytes.size() / 2));
    QVERIFY_THROWS_EXCEPTION(PdfError, PdfDocument::open(path("truncated.pdf").toStdString()));
    try {
      PdfDocument::open(path("nowhere.pdf").toStdString());
      QFAIL("opening should fail");
    } catch (const PdfError& error) {
      QCOMPARE(int(error.kind()), int(PdfError::Kind::NotFound));
    }
  }
};

QTEST_MAIN(TestPdfDocument)
#include "test_pdf_document.moc"
