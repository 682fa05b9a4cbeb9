// The scaled sample (report/scaled_sample.h): documents made on demand and the same each time,
// named as the scorers expect; every figure printed on the page the truth gives; the figures of
// consecutive reports agreeing; and, as an accuracy test wider than the built-in sample, a
// batch of boroughs and years imported and scored against its truth.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "core/text.h"
#include "pdf/pdf_document.h"
#include "report/scaled_sample.h"
#include "store/database.h"
#include "store/importer.h"
#include "support/truth_score.h"

using namespace sbw;

class TestScaledSample : public QObject {
  Q_OBJECT

 private:
  static report::ScaledSampleOptions small() {
    report::ScaledSampleOptions options;
    options.boroughs = 3;
    options.years = 2;
    options.firstYear = 2015;
    options.narrativePages = 2;
    options.seed = 7;
    return options;
  }

  static QJsonObject readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(file.readAll()).object();
  }

  // A page's words without its footer ("SAMPLE DATA: … page 2 of 3", drawn last on every page).
  static std::vector<std::string> bodyWords(const pdf::PdfDocument& document, int page) {
    std::vector<std::string> words;
    for (const pdf::Word& word : document.words(page - 1)) words.push_back(word.text);
    for (size_t i = words.size(); i-- > 1;) {
      if (words[i - 1] == "SAMPLE" && words[i] == "DATA:") {
        words.resize(i - 1);
        break;
      }
    }
    return words;
  }

  // Whether the printed text is there as whole words ("12" is not in "2012" nor in "page 12").
  static bool holdsWords(const std::vector<std::string>& words, const std::string& printed) {
    const std::vector<std::string> wanted = split(printed, ' ');
    for (size_t i = 0; i + wanted.size() <= words.size(); ++i) {
      if (std::equal(wanted.begin(), wanted.end(), words.begin() + static_cast<long>(i))) return true;
    }
    return false;
  }

 private Q_SLOTS:
  void documentsAreTheSameEachTimeAndNamedForTheScorers() {
    const auto options = small();
    QCOMPARE(report::scaledDocumentCount(options), 12);
    for (int i = 0; i < report::scaledDocumentCount(options); ++i) {
      const report::SampleDocument once = report::scaledDocument(options, i);
      const report::SampleDocument again = report::scaledDocument(options, i);
      QCOMPARE(once.html, again.html);
      QVERIFY2(once.fileName.starts_with(QStringLiteral("%1_").arg(i, 3, 10, QChar('0')).toStdString()),
               once.fileName.c_str());
      QVERIFY(!once.figures.empty());
    }
    // Annual reports and agenda packs alternate; the boroughs differ.
    QVERIFY(report::scaledDocument(options, 0).fileName.find("annual-report") != std::string::npos);
    QVERIFY(report::scaledDocument(options, 1).fileName.find("scrutiny-agenda") != std::string::npos);
    QVERIFY(report::scaledDocument(options, 0).area != report::scaledDocument(options, 2).area);
    // Another seed, other figures; options out of range are refused.
    auto reseeded = options;
    reseeded.seed = 8;
    QVERIFY(report::scaledDocument(reseeded, 0).html != report::scaledDocument(options, 0).html);
    auto tooMany = options;
    tooMany.boroughs = 34;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, report::scaledDocument(tooMany, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, report::scaledDocument(options, 12));
  }

  // Councils set their papers differently: across the boroughs both faces, both sizes, and key
  // tables ruled and open all occur, and one borough keeps its style from year to year.
  void boroughsHaveTheirOwnHouseStyles() {
    report::ScaledSampleOptions options = small();
    options.boroughs = 12;
    std::set<std::string> seen;
    for (int borough = 0; borough < options.boroughs; ++borough) {
      const std::string html = report::scaledDocument(options, 2 * borough).html;
      seen.insert(html.find("DejaVu Serif") != std::string::npos ? "serif" : "sans");
      seen.insert(html.find("font-size: 11pt") != std::string::npos ? "11pt" : "10pt");
      // Table 1 follows the caption "Table 1:"; the first table tag after it tells its ruling.
      const size_t table = html.find("<table", html.find("Table 1:"));
      seen.insert(html.compare(table, 17, "<table border=\"1\"") == 0 ? "ruled" : "open");
      const std::string nextYear = report::scaledDocument(options, 2 * (options.boroughs + borough)).html;
      QCOMPARE(nextYear.substr(0, nextYear.find('>', nextYear.find("<body"))),
               html.substr(0, html.find('>', html.find("<body"))));
    }
    QCOMPARE(seen, (std::set<std::string>{"serif", "sans", "10pt", "11pt", "ruled", "open"}));
  }

  // A year a report prints again (the earlier years of its key table) keeps its figure.
  void consecutiveReportsAgree() {
    const auto options = small();
    const auto first = report::scaledDocument(options, 0);                    // borough 0, 2015-16
    const auto next = report::scaledDocument(options, 2 * options.boroughs);  // borough 0, 2016-17
    QCOMPARE(first.area, next.area);
    std::map<std::string, std::string> printed;  // indicator and year -> value, from the first report
    for (const auto& f : first.figures) {
      if (f.area == first.area) printed[f.indicatorKey + " " + f.period] = f.printed;
    }
    int compared = 0;
    for (const auto& f : next.figures) {
      const auto it = printed.find(f.indicatorKey + " " + f.period);
      if (f.kind != "table" || f.area != next.area || it == printed.end() || f.period.starts_with("at ")) continue;
      if (f.indicatorKey == "partner_contributions") continue;  // each year's budget is its own
      QCOMPARE(f.printed, it->second);
      ++compared;
    }
    QVERIFY(compared >= 10);  // six indicators, two years in common
  }

  void truthPeriodsAreInTheScorersForm() {
    QCOMPARE(report::truthPeriod("2016-17"), std::string("2016-17"));
    QCOMPARE(report::truthPeriod("at 31 March 2017"), std::string("2017-03-31"));
  }

  void writtenSetIsRightAndImportedRight() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("sample"));
    const auto written = report::writeScaledSample(folder, small());
    QCOMPARE(written.paths.size(), qsizetype(12));
    const QJsonObject truth = readJson(QDir(folder).filePath(QStringLiteral("truth.json")));
    QCOMPARE(truth.value("pages").toArray().size(), qsizetype(written.pages));
    QCOMPARE(truth.value("figures").toArray().size(), qsizetype(written.figures));
    // Each document has its figure pages and the narrative pages asked for after them.
    QVERIFY(written.pages >= 12 * (2 + small().narrativePages));

    // Every figure is printed on the page the truth gives it.
    std::map<std::string, QString> byDoc;
    for (const QString& path : written.paths) byDoc[QFileInfo(path).fileName().left(3).toStdString()] = path;
    std::map<std::string, pdf::PdfDocument> opened;
    for (const QJsonValue& value : truth.value("figures").toArray()) {
      const QJsonObject f = value.toObject();
      const std::string doc = f.value("doc").toString().toStdString();
      if (!opened.contains(doc)) opened.emplace(doc, pdf::PdfDocument::open(byDoc.at(doc).toStdString()));
      const auto words = bodyWords(opened.at(doc), f.value("page").toInt());
      const std::string printed = f.value("printed").toString().toStdString();
      const std::string where = doc + " p" + std::to_string(f.value("page").toInt()) + ": " + printed;
      QVERIFY2(holdsWords(words, printed), where.c_str());
    }

    // Imported, the store holds every figure with its area, indicator and period, and nothing else.
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    {
      store::Database db = store::Database::open(storePath.toStdString());
      store::Importer importer(db);
      std::vector<std::filesystem::path> files;
      for (const QString& path : written.paths) files.emplace_back(path.toStdString());
      for (const auto& result : importer.importFiles(files)) {
        QCOMPARE(int(result.status), int(store::ImportResult::Status::Imported));
      }
    }
    const test::TruthScore score = test::scoreAgainstTruth(storePath, QDir(folder).filePath("truth.json"));
    qInfo("scaled sample: %d pages, %d figures, %d observations, %d paired, %d right", score.pages, score.truth,
          score.observations, score.paired, score.right);
    QCOMPARE(score.pages, written.pages);
    QCOMPARE(score.truth, written.figures);
    // Precision first: at most one observation in a hundred is not a right figure; recall as high.
    QVERIFY(score.right * 100 >= score.observations * 99);
    QVERIFY(score.right * 100 >= score.truth * 99);
  }
};

QTEST_MAIN(TestScaledSample)
#include "test_scaled_sample.moc"
