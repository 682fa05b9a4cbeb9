// The sample generator writes PDFs whose pages carry every figure the catalogue lists.

#include <QTemporaryDir>
#include <QtTest>

#include "pdf/pdf_document.h"
#include "pdf/text_lines.h"
#include "report/sample_builder.h"
#include "report/sample_catalogue.h"
#include "report/sample_reports.h"

class TestSampleReports : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

 private Q_SLOTS:
  void printedNumbersReadBack() {
    QCOMPARE(sbw::report::printedNumber("2,134"), 2134.0);
    QCOMPARE(sbw::report::printedNumber("18.2%"), 18.2);
    QCOMPARE(sbw::report::printedNumber("£145,000"), 145000.0);
  }

  void catalogueIsRealistic() {
    const auto& catalogue = sbw::report::sampleCatalogue();
    QCOMPARE(catalogue.size(), size_t(3));
    int tableFigures = 0, proseFigures = 0, comparators = 0;
    for (const auto& document : catalogue) {
      QVERIFY(QString::fromStdString(document.title).contains("SAMPLE"));
      for (const auto& figure : document.figures) {
        (figure.kind == "table" ? tableFigures : proseFigures) += 1;
        comparators += figure.area == "England" || figure.area == "London";
      }
    }
    QVERIFY(tableFigures >= 60);
    QVERIFY(proseFigures >= 10);
    QVERIFY(comparators >= 12);
    QCOMPARE(catalogue.back().actions.size(), size_t(5));
  }

  void everyFigureIsPrintedInTheWrittenPdf() {
    const QStringList paths = sbw::report::writeSampleDocuments(dir_.filePath("out"));
    const auto& catalogue = sbw::report::sampleCatalogue();
    QCOMPARE(paths.size(), qsizetype(catalogue.size()));
    for (size_t i = 0; i < catalogue.size(); ++i) {
      const auto pdf = sbw::pdf::PdfDocument::open(paths[qsizetype(i)].toStdString());
      QVERIFY(pdf.pageCount() >= 2);
      QCOMPARE(pdf.title(), catalogue[i].title);
      std::string text;
      for (int page = 0; page < pdf.pageCount(); ++page) text += sbw::pdf::pageText(pdf.words(page));
      QVERIFY(text.find("SAMPLE DATA") != std::string::npos);
      for (const auto& figure : catalogue[i].figures) {
        QVERIFY2(text.find(figure.printed) != std::string::npos, figure.printed.c_str());
      }
      // Action owners wrap inside their cells, so their words are checked one by one.
      for (const auto& action : catalogue[i].actions) {
        QVERIFY(text.find(action.reference) != std::string::npos);
        for (const QString& word : QString::fromStdString(action.owner).split(' ')) {
          QVERIFY2(text.find(word.toStdString()) != std::string::npos, qPrintable(word));
        }
      }
    }
  }
};

QTEST_MAIN(TestSampleReports)
#include "test_sample_reports.moc"
