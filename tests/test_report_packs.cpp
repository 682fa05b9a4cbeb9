// Committee packs, chart files and table CSV: each output is read back (poppler for PDF, an XML
// reader for SVG, QImage for PNG, the CSV parser) and checked for what a reader of the paper needs.

#include <poppler-document.h>
#include <poppler-page.h>
#include <poppler-toc.h>

#include <QApplication>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPdfWriter>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <memory>

#include "charts/chart_export.h"
#include "charts/trend_chart.h"
#include "core/csv.h"
#include "models/indicator_table_model.h"
#include "report/figure_sources.h"
#include "report/indicator_figures.h"
#include "report/model_csv.h"
#include "report/pack_builder.h"
#include "report/pack_layout.h"
#include "report/pack_spec.h"
#include "store/database.h"
#include "support/store_fixtures.h"

using namespace sbw;

namespace {

extract::PrintedFigure printed(int page, const std::string& area, const char* label, const std::string& period,
                               const std::string& value) {
  return test::printedFigure(page, area, label, period, value);
}

std::string financialYear(int start) {
  return std::to_string(start) + "-" + (start % 100 < 9 ? "0" : "") + std::to_string((start + 1) % 100);
}

// Two boroughs' referrals over three years (page 2) and England's (page 3) in one annual report;
// twenty-four years of one borough's re-referrals, for a table too wide even for a landscape page; actions.
void fillStore(store::Database& db) {
  const auto report = test::addBareDocument(db, "havering-annual-report-2016-17.pdf", 4);
  db.prepare("UPDATE documents SET title = 'Havering SCB Annual Report 2016-17' WHERE id = ?").bind(1, report).run();
  std::vector<extract::PrintedFigure> figures;
  const int camden[] = {2011, 2245, 2134};
  const int hackney[] = {3412, 3689, 3501};
  for (int i = 0; i < 3; ++i) {
    figures.push_back(printed(2, "Havering", "Referrals", financialYear(2014 + i), std::to_string(camden[i])));
    figures.push_back(
        printed(2, "Barking and Dagenham", "Referrals", financialYear(2014 + i), std::to_string(hackney[i])));
    figures.push_back(printed(3, "England", "Referrals", financialYear(2014 + i), std::to_string(600000 + i * 1000)));
  }
  for (int year = 2002; year < 2026; ++year) {
    figures.push_back(printed(4, "Havering", "Re-referrals", financialYear(year), std::to_string(100 + year % 50)));
  }
  test::storePrintedFigures(db, report, figures);

  const auto pack = test::addBareDocument(db, "scrutiny-pack-2018-03-12.pdf", 6);
  extract::PrintedAction open;
  open.page = 5;
  open.reference = "A1";
  open.text = "Report on the take-up of early help assessments by secondary schools";
  open.owner = "Director of Education";
  open.status = "In progress";
  open.rag = "Amber";
  extract::PrintedAction done = open;
  done.page = 6;
  done.reference = "A2";
  done.text = "Circulate the audit of child sexual exploitation cases";
  done.owner = "Board Business Manager";
  done.status = "Complete";
  done.rag = "Green";
  test::storePrintedActions(db, pack, {open, done});
}

struct PdfText {
  std::unique_ptr<poppler::document> document;
  QStringList pages;
  QString all() const { return pages.join(QLatin1Char('\n')); }
};

PdfText readPdf(const QString& path) {
  PdfText out;
  out.document.reset(poppler::document::load_from_file(path.toStdString()));
  if (!out.document) return out;
  for (int i = 0; i < out.document->pages(); ++i) {
    std::unique_ptr<poppler::page> page(out.document->create_page(i));
    const auto bytes = page->text().to_utf8();
    out.pages << QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size())).simplified();
  }
  return out;
}

QByteArray bytesOf(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// JSON written with single quotes, which read more easily inside C++ strings.
QByteArray json(const char* text) { return QByteArray(text).replace('\'', '"'); }

// Every entry of the file's last cross-reference section points at the object it names: the
// bookmarks were appended as a valid update, not left for a reader to repair.
bool lastXrefPointsAtItsObjects(const QByteArray& pdf) {
  const qsizetype start = pdf.lastIndexOf("startxref");
  const qsizetype xref = pdf.mid(start + 9).trimmed().split('\n').value(0).toLongLong();
  if (start < 0 || !pdf.mid(xref).startsWith("xref")) return false;
  const QList<QByteArray> lines = pdf.mid(xref, pdf.indexOf("trailer", xref) - xref).split('\n');
  int checked = 0;
  for (qsizetype i = 1; i + 1 < lines.size(); i += 2) {
    const QList<QByteArray> head = lines[i].split(' ');
    const qsizetype offset = lines[i + 1].left(10).toLongLong();
    if (head.size() != 2 || head[1] != "1" || !pdf.mid(offset).startsWith(head[0] + " 0 obj")) return false;
    ++checked;
  }
  return checked > 0;
}

QString errorOf(const std::function<void()>& call) {
  try {
    call();
  } catch (const std::exception& error) {
    return QString::fromUtf8(error.what());
  }
  return QStringLiteral("(no error)");
}

}  // namespace

class TestReportPacks : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString storePath_;
  QString path(const QString& name) const { return dir_.filePath(name); }

  report::PackSpec spec() const {
    return report::parsePackSpec(
        json("{"
             "'title': 'Safeguarding performance: quarter 3',"
             "'committee': 'Children and Young People Scrutiny Committee',"
             "'meeting_date': '2027-01-14',"
             "'author': 'A. Officer',"
             "'classification': 'OFFICIAL',"
             "'sections': ["
             "{'text': 'The board published figures, each with its page.'},"
             "{'chart': {'indicator': 'referrals', 'areas': ['Havering', 'Barking and Dagenham']}},"
             "{'table': {'indicator': 'referrals'}},"
             "{'comparison': {'indicator': 'referrals', 'period': '2015-16'}},"
             "{'actions': {'open': true}},"
             "{'table': {'indicator': 're_referrals'}}"
             "]"
             "}"));
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    storePath_ = path("store.sqlite");
    store::Database db = store::Database::open(storePath_.toStdString());
    fillStore(db);
  }

  void aDefinitionRoundTripsThroughJson() {
    const report::PackSpec first = spec();
    QCOMPARE(first.sections.size(), size_t(6));
    const report::PackSpec again = report::parsePackSpec(report::packSpecToJson(first));
    QCOMPARE(again.title, first.title);
    QCOMPARE(again.meetingDate, QString("2027-01-14"));
    QCOMPARE(again.classification, QString("OFFICIAL"));
    QCOMPARE(again.sections.size(), first.sections.size());
    for (size_t i = 0; i < first.sections.size(); ++i) {
      QCOMPARE(report::sectionSummary(again.sections[i]), report::sectionSummary(first.sections[i]));
    }
    const auto* chart = std::get_if<report::ChartSection>(&again.sections[1]);
    QVERIFY(chart);
    QCOMPARE(chart->areas, QStringList({"Havering", "Barking and Dagenham"}));
    const auto* actions = std::get_if<report::ActionsSection>(&again.sections[4]);
    QVERIFY(actions && actions->open && *actions->open);
    QVERIFY(actions->owner.isEmpty());
  }

  // Every field survives a save and a reading back, byte for byte.
  void everyFieldRoundTrips() {
    const QByteArray written = json(
        "{'title': 'T', 'committee': 'C', 'meeting_date': 'Spring term', 'author': 'A', 'classification': 'OFFICIAL', "
        "'language': 'cy', 'sections': [{'chart': {'indicator': 'referrals', 'areas': ['Havering'], 'from': '2014-15', "
        "'to': '2016-17'}}, {'table': {'indicator': 'referrals', 'areas': ['England'], 'from': '2015-16'}}, "
        "{'comparison': {'indicator': 'referrals', 'period': '2015-16'}}, {'actions': {'open': false, 'overdue': true, "
        "'owner': 'Director', 'body': 'Board', 'text': 'audit'}}, {'figures': {'document': 'a.pdf', 'for_review': "
        "true}}, {'heading': 'Part 2'}, {'text': 'One.\\n\\nTwo.'}]}");
    const report::PackSpec spec = report::parsePackSpec(written);
    QCOMPARE(spec.language, QString("cy"));
    const QByteArray once = report::packSpecToJson(spec);
    QCOMPARE(report::packSpecToJson(report::parsePackSpec(once)), once);
    QCOMPARE(QJsonDocument::fromJson(once), QJsonDocument::fromJson(written));
    QVERIFY(errorOf([] {
              report::parsePackSpec(json("{'title': 'T', 'language': 'en_GB', 'sections': []}"));
            }).startsWith("'language' is a language tag"));
    report::PackSpec untitled = spec;
    untitled.title.clear();
    QVERIFY(errorOf([&] { report::writePackSpec(untitled, path("untitled.json")); }).contains("not saved"));
    QVERIFY(!QFile::exists(path("untitled.json")));
  }

  // Pages: a table's header is repeated where its rows run on, never twice and never alone at a
  // page's foot; a row taller than a page runs on in parts, every word kept.
  void paginationKeepsHeadersWithRowsAndSplitsTallRows() {
    QPdfWriter writer(path("measure.pdf"));
    writer.setResolution(72);
    const report::PageGeometry geometry;
    const report::PackFonts fonts;
    const double width = geometry.body(false).width();
    report::TableData table;
    table.headers = QStringList{"Area", "Action"};
    for (int i = 0; i < 60; ++i) table.rows.push_back({QString("Area %1").arg(i), "short"});
    QString essay;
    for (int i = 0; i < 2500; ++i) essay += QString("word%1 ").arg(i);
    table.rows.push_back({"Long", essay.trimmed()});
    const auto widths = report::fittedWidths(report::naturalWidths(table, fonts.small, &writer),
                                             report::minimumWidths(table, fonts.small, &writer), width);
    for (int filler : {0, 31, 33, 35, 37}) {
      report::Block block;
      for (int i = 0; i < filler; ++i) {
        for (auto& piece : report::paragraphPieces("A line of text", fonts.body, width, &writer)) {
          block.pieces.push_back(piece);
        }
      }
      report::addTable(block, table, widths, fonts.small, &writer, geometry.body(false).height());
      const size_t header = block.repeatedFrom - 1;
      // The pages point into the blocks laid out: these must outlive them.
      const std::vector<report::Block> blocks{std::move(block)};
      const report::Pagination pages = report::paginate(blocks, geometry);
      const report::Block& laid = blocks.front();
      int placedHeaders = 0;
      for (const auto& page : pages.pages) {
        const auto& last = page.pieces.back();
        QVERIFY2(last.piece != &laid.pieces[header], "a header is never the last thing on a page");
        QVERIFY(last.rect.bottom() <= geometry.body(false).bottom() + 0.01);
        int headers = 0;
        for (const auto& placed : page.pieces) {
          headers += placed.piece == &laid.pieces[header] || placed.piece == &*laid.repeated;
          QVERIFY2(placed.rect.height() >= placed.piece->height - 0.01, "nothing is clipped");
        }
        QVERIFY2(headers <= 1, qPrintable(QString("filler %1: %2 headers on a page").arg(filler).arg(headers)));
        placedHeaders += headers;
      }
      // The table runs over several pages, each (but perhaps the first, all filler) with its header.
      QVERIFY(pages.pages.size() > 2);
      QVERIFY(placedHeaders >= int(pages.pages.size()) - 1);
    }
    const auto parts = report::splitTallRow(table.rows.back(), widths, fonts.small, &writer, 300);
    QVERIFY(parts.size() > 3);
    QStringList words;
    for (const auto& part : parts) words << part[1];
    QCOMPARE(words.join(' '), table.rows.back()[1]);
    QCOMPARE(parts.front()[0], QString("Long"));
    QCOMPARE(parts.back()[0], QString());
  }

  void unknownKeysAndKindsAreNamed() {
    QCOMPARE(errorOf([] {
               report::parsePackSpec(
                   json("{'title': 'T', 'sections': [{'chart': {'indicator': 'referrals', 'area': ['Havering']}}]}"));
             }),
             QString("sections[0].chart: unknown key 'area' (known: indicator, areas, from, to)"));
    QVERIFY(errorOf([] {
              report::parsePackSpec(json("{'title': 'T', 'sections': [{'graph': {}}]}"));
            }).startsWith("sections[0]: unknown section kind 'graph'"));
    QVERIFY(errorOf([] {
              report::parsePackSpec(json("{'title': 'T', 'commitee': 'X', 'sections': []}"));
            }).startsWith("unknown key 'commitee'"));
    QCOMPARE(errorOf([] { report::parsePackSpec(json("{'sections': []}")); }), QString("'title' is required"));
    QVERIFY(errorOf([] { report::parsePackSpec("{\"title\": "); }).startsWith("not JSON"));
    QVERIFY(errorOf([] {
              report::parsePackSpec(json("{'title': 'T', 'sections': [{'actions': {'open': 'yes'}}]}"));
            }).contains("sections[0].actions: 'open' must be true or false"));
    QVERIFY(errorOf([&] { report::readPackSpec(path("missing.json")); }).startsWith(path("missing.json")));
  }

  void thePackCitesTheDocumentAndPageOfEveryFigure() {
    store::Database db = store::Database::openForReading(storePath_.toStdString());
    report::PackOptions options;
    options.producedOn = QDate(2027, 1, 2);
    const QString out = path("pack.pdf");
    const report::PackSummary summary = report::buildPack(db, spec(), out, options);
    const PdfText pdf = readPdf(out);
    QVERIFY(pdf.document);
    QCOMPARE(pdf.document->pages(), summary.pages);
    const QString text = pdf.all();
    // The title page.
    QVERIFY2(pdf.pages[0].contains("Safeguarding performance: quarter 3"), qPrintable(pdf.pages[0]));
    QVERIFY(pdf.pages[0].contains("Children and Young People Scrutiny Committee"));
    QVERIFY(pdf.pages[0].contains("Meeting of 14 January 2027"));
    QVERIFY2(pdf.pages[0].contains("Prepared by A. Officer"), qPrintable(pdf.pages[0]));
    QVERIFY(pdf.pages[0].contains("2 January 2027"));
    QVERIFY(pdf.pages[0].contains("OFFICIAL"));
    // The contents, with page numbers, and a running foot on every other page.
    QVERIFY(pdf.pages[1].startsWith("OFFICIAL Contents"));
    QVERIFY2(pdf.pages[1].contains("Action tracker: open"), qPrintable(pdf.pages[1]));
    for (int i = 1; i < summary.pages; ++i) {
      QVERIFY2(pdf.pages[i].contains(QString("Page %1 of %2").arg(i + 1).arg(summary.pages)), qPrintable(pdf.pages[i]));
    }
    // Values with their notes, the notes naming the document and page.
    QVERIFY2(text.contains("2,011 [1]"), qPrintable(text));
    QVERIFY(text.contains("3,689 [1]"));
    QVERIFY(text.contains("601,000 [2]"));
    const QString sources = pdf.pages.last();
    QVERIFY2(sources.contains("[1] Havering SCB Annual Report 2016-17, p. 2"), qPrintable(sources));
    QVERIFY(sources.contains("[2] Havering SCB Annual Report 2016-17, p. 3"));
    QVERIFY(sources.contains("Havering SCB Annual Report 2016-17, p. 4"));
    QVERIFY(sources.contains("scrutiny-pack-2018-03-12.pdf, p. 5"));
    QVERIFY2(!sources.contains("p. 6"), "the complete action is filtered out, so its page is not cited");
    // The chart's own source line, and the open action but not the complete one.
    QVERIFY(text.contains("Source: Havering SCB Annual Report 2016-17, pp. 2, 3"));
    QVERIFY(text.contains("early help assessments"));
    QVERIFY(!text.contains("Circulate the audit"));
    QCOMPARE(summary.citations, 4);
    QCOMPARE(QString::fromStdString(pdf.document->info_key("Title").to_latin1()),
             QString("Safeguarding performance: quarter 3"));
  }

  void chartsAreVectorsAndSectionsAreBookmarked() {
    store::Database db = store::Database::openForReading(storePath_.toStdString());
    const QString out = path("vector.pdf");
    report::buildPack(db, spec(), out);
    const QByteArray bytes = bytesOf(out);
    QVERIFY2(!bytes.contains("/Subtype /Image"), "charts are drawn as paths and text, not pictures");
    const PdfText pdf = readPdf(out);
    QVERIFY(pdf.all().contains("Period (each drawn at its end)"));  // an axis title, as text
    QVERIFY(bytes.contains("/Lang (en-GB)"));
    QVERIFY(lastXrefPointsAtItsObjects(bytes));
    QVERIFY(bytes.contains("/DisplayDocTitle true"));
    std::unique_ptr<poppler::toc> toc(pdf.document->create_toc());
    QVERIFY2(toc, "the pack has bookmarks");
    QStringList titles;
    for (const poppler::toc_item* item : toc->root()->children()) {
      const auto utf8 = item->title().to_utf8();
      titles << QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    }
    QCOMPARE(titles.first(), QString("Contents"));
    QVERIFY2(titles.contains("Referrals to children's social care"), qPrintable(titles.join(" | ")));
    QVERIFY(titles.contains("Action tracker: open"));
    QCOMPARE(titles.last(), QString("Sources"));
  }

  // A part's heading groups the sections after it in the bookmarks; "open": false lists the done.
  void partsNestTheirSectionsAndCompleteActionsAreListed() {
    store::Database db = store::Database::openForReading(storePath_.toStdString());
    const report::PackSpec parts = report::parsePackSpec(
        json("{'title': 'Parts', 'sections': [{'chart': {'indicator': 'referrals'}}, {'heading': 'Actions'}, "
             "{'actions': {'open': false}}, {'table': {'indicator': 'referrals'}}]}"));
    const QString out = path("parts.pdf");
    report::buildPack(db, parts, out);
    const PdfText pdf = readPdf(out);
    const QString text = pdf.all();
    QVERIFY(text.contains("Circulate the audit"));
    QVERIFY2(!text.contains("early help assessments"), "the open action is left out");
    std::unique_ptr<poppler::toc> toc(pdf.document->create_toc());
    QVERIFY(toc);
    QStringList top;
    QStringList under;
    for (const poppler::toc_item* item : toc->root()->children()) {
      const auto title = item->title().to_utf8();
      top << QString::fromUtf8(title.data(), static_cast<qsizetype>(title.size()));
      if (top.last() != "Actions") continue;
      for (const poppler::toc_item* child : item->children()) {
        const auto name = child->title().to_utf8();
        under << QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
      }
    }
    QCOMPARE(top, QStringList({"Contents", "Referrals to children's social care", "Actions", "Sources"}));
    QCOMPARE(under, QStringList({"Action tracker: complete",
                                 "Referrals to children's social care: figures by area and period"}));
    QVERIFY(bytesOf(out).contains("/Count 6"));  // the root counts every open entry
  }

  void aWideTableTurnsToLandscapeAndSplitsItsColumns() {
    store::Database db = store::Database::openForReading(storePath_.toStdString());
    const QString out = path("wide.pdf");
    report::PackSpec wide = spec();
    wide.sections = {report::TableSection{"re_referrals", {}, {}, {}}};
    report::buildPack(db, wide, out);
    const PdfText pdf = readPdf(out);
    bool landscape = false;
    for (int i = 0; i < pdf.document->pages(); ++i) {
      std::unique_ptr<poppler::page> page(pdf.document->create_page(i));
      if (page->page_rect().width() > page->page_rect().height()) {
        landscape = true;
        QVERIFY(pdf.pages[i].contains("Havering"));
      }
    }
    QVERIFY2(landscape, "twenty-four years do not fit a portrait page");
    const QString text = pdf.all();
    QVERIFY2(text.contains("(continued: "), "and not a landscape page either: split into groups of periods");
    for (int year = 2002; year < 2026; ++year)
      QVERIFY2(text.contains(QString::fromStdString(financialYear(year))), qPrintable(text));
  }

  void aMistypedNameFailsTheWholePackNamingTheNearest() {
    store::Database db = store::Database::openForReading(storePath_.toStdString());
    const QString out = path("never.pdf");
    report::PackSpec wrong = spec();
    wrong.sections.push_back(report::ChartSection{"refferals", {}, {}, {}});
    QVERIFY(
        errorOf([&] {
          report::buildPack(db, wrong, out);
        }).startsWith("sections[6].chart: unknown indicator \"refferals\": the nearest indicator keys are referrals"));
    wrong.sections.back() = report::ChartSection{"referrals", {"Haverng"}, {}, {}};
    QVERIFY(errorOf([&] {
              report::buildPack(db, wrong, out);
            }).contains("no figures for the area \"Haverng\": the nearest areas with figures are Havering"));
    wrong.sections.back() = report::ComparisonSection{"referrals", "2019-20"};
    QVERIFY(errorOf([&] { report::buildPack(db, wrong, out); }).contains("no period \"2019-20\""));
    QVERIFY2(!QFile::exists(out), "nothing is written when a section fails");
  }

  // The Figures list as a pack table: the figures of one document and indicator, each cited.
  void aFiguresListIsATableOfCitedFigures() {
    store::Database db = store::Database::openForReading(storePath_.toStdString());
    report::PackSpec list = report::parsePackSpec(
        json("{'title': 'Figures', 'sections': [{'figures': {'document': 'havering-annual-report-2016-17.pdf', "
             "'indicator': 'referrals', 'area': 'England'}}]}"));
    const auto* section = std::get_if<report::FiguresSection>(&list.sections.front());
    QVERIFY(section && !section->forReview);
    QCOMPARE(report::sectionSummary(report::parsePackSpec(report::packSpecToJson(list)).sections.front()),
             QString("Figures list: havering-annual-report-2016-17.pdf, referrals, England"));
    const QString out = path("figures.pdf");
    const report::PackSummary summary = report::buildPack(db, list, out);
    QCOMPARE(summary.figures, 3);  // England's three years, not the boroughs'
    const QString text = readPdf(out).all();
    QVERIFY2(text.contains("England Referrals 2014-15 600,000 [1]"), qPrintable(text));
    QVERIFY(text.contains("England Referrals 2016-17 602,000 [1]"));
    QVERIFY(!text.contains("2,011"));
    QVERIFY(text.contains("[1] Havering SCB Annual Report 2016-17, p. 3"));

    list.sections = {report::FiguresSection{"havering-report.pdf", {}, {}, false}};
    QVERIFY2(errorOf([&] { report::buildPack(db, list, path("never.pdf")); })
                 .startsWith("sections[0].figures: no document \"havering-report.pdf\" in the store: the nearest are "
                             "havering-annual-report-2016-17.pdf"),
             qPrintable(errorOf([&] { report::buildPack(db, list, path("never.pdf")); })));
  }

  void chartFilesCarryTheirSourcesAndTheAskedSize() {
    store::Database db = store::Database::openForReading(storePath_.toStdString());
    const report::TrendFigures trend = report::readTrendFigures(db, "referrals");
    models::IndicatorTableModel table;
    report::fillTable(table, trend, "2015-16", "2016-17");
    QCOMPARE(table.columnCount(), 2);
    const QSet<QString> areas = report::chosenAreas(table, {});
    QVERIFY(areas.contains("England"));  // comparators come unasked
    charts::TrendChartOptions chartOptions;
    chartOptions.title = "Referrals";
    chartOptions.areas = areas;
    auto chart = charts::makeTrendChart(table, chartOptions);
    charts::ExportOptions options;
    options.title = "Referrals";
    options.sourceLine = report::sourceLine(report::drawnFigures(table, areas), report::documentNames(db));
    QCOMPARE(options.sourceLine, QString("Source: Havering SCB Annual Report 2016-17, pp. 2, 3"));
    options.exportedOn = QDate(2026, 12, 1);
    options.pixels = QSize(900, 560);
    options.dpi = 150;

    const QString png = path("chart.png");
    charts::exportChart(*chart, png, options);
    const QImage image(png);
    QCOMPARE(image.size(), QSize(900, 560));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 150);

    const QString svg = path("chart.svg");
    charts::exportChart(*chart, svg, options);
    QXmlStreamReader xml(bytesOf(svg));
    QStringList texts;
    int paths = 0;
    while (!xml.atEnd()) {
      if (xml.readNext() == QXmlStreamReader::StartElement) {
        if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline")) ++paths;
        if (xml.name() == QLatin1String("text")) texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
      }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString joined = texts.join(QLatin1Char(' '));
    QVERIFY2(joined.contains("Havering") && joined.contains("Barking and Dagenham") && joined.contains("England"),
             qPrintable(joined));
    QVERIFY(joined.contains("Exported 1 December 2026"));
    QVERIFY(paths > 3);

    const QString pdf = path("chart.pdf");
    charts::exportChart(*chart, pdf, options);
    const QString text = readPdf(pdf).all();
    QVERIFY2(text.contains("Source: Havering SCB Annual Report 2016-17, pp. 2, 3"), qPrintable(text));
    QVERIFY(text.contains("Exported 1 December 2026 from Safeguarding Board Workbench"));
    QVERIFY(!bytesOf(pdf).contains("/Subtype /Image"));
  }

  void tablesRoundTripThroughCsv() {
    store::Database db = store::Database::openForReading(storePath_.toStdString());
    models::IndicatorTableModel table;
    report::fillTable(table, report::readTrendFigures(db, "referrals"));
    const auto records = parseCsv(report::modelToCsv(table, report::CsvOptions{true, "Area"}));
    QCOMPARE(records.size(), size_t(table.rowCount() + 1));
    QCOMPARE(records[0], (std::vector<std::string>{"Area", "2014-15", "2015-16", "2016-17"}));
    bool havering = false;
    for (const auto& record : records) {
      if (record[0] != "Havering") continue;
      havering = true;
      QCOMPARE(record, (std::vector<std::string>{"Havering", "2011", "2245", "2134"}));  // numbers, not "2,011"
    }
    QVERIFY(havering);

    QStandardItemModel awkward(2, 2);
    awkward.setHorizontalHeaderLabels({"Action", "Owner"});
    awkward.setItem(0, 0, new QStandardItem("Report, with \"quotes\""));
    awkward.setItem(0, 1, new QStandardItem("Line one\nline two"));
    awkward.setItem(1, 0, new QStandardItem("Émile's café"));
    awkward.setItem(1, 1, new QStandardItem(""));
    const QString csvPath = path("awkward.csv");
    report::writeModelCsv(awkward, csvPath);
    const QByteArray bytes = bytesOf(csvPath);
    QVERIFY(bytes.contains("\r\n"));
    const auto back = parseCsv(bytes.toStdString());
    QCOMPARE(back.size(), size_t(3));
    QCOMPARE(back[1][0], std::string("Report, with \"quotes\""));
    QCOMPARE(back[1][1], std::string("Line one\nline two"));
    QCOMPARE(back[2][0], std::string("Émile's café"));
    QCOMPARE(back[2][1], std::string());
  }
};

QTEST_MAIN(TestReportPacks)
#include "test_report_packs.moc"
