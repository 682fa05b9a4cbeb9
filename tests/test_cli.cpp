// `sbw` as users and outside checks call it: exit codes, one-line messages, the batch going on.

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "store/correction_repository.h"
#include "store/database.h"
#include "support/encrypted_pdf.h"
#include "support/fixture_pdf.h"
#include "support/sbw_process.h"

using sbw::test::runSbw;

class TestCli : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    QVERIFY(QDir().mkpath(path("docs")));
    for (const QString name : {"docs/one.pdf", "docs/two.pdf"}) {
      sbw::test::writePaintedPdf(path(name), 2, [&](QPainter& p, int page) {
        QFont font("DejaVu Sans");
        font.setPointSize(11);
        p.setFont(font);
        p.drawText(QPointF(72, 100), QString("%1 page %2").arg(name.section('/', 1), QString::number(page + 1)));
        if (name.contains("two") && page == 1) p.drawText(QPointF(72, 130), "Operation Encompass");
      });
    }
  }

  void versionAndHelp() {
    const auto version = runSbw({"--version"});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("sbw "));
    const auto help = runSbw({"--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("import --store"));
    QCOMPARE(runSbw({"frobnicate"}).exitCode, 2);
    const auto noStore = runSbw({"import", path("docs")});
    QCOMPARE(noStore.exitCode, 2);
    QVERIFY(noStore.err.contains("--store is required"));
  }

  void importThenUnchangedThenSearch() {
    const QString store = path("s.sqlite");
    const auto first = runSbw({"import", "--store", store, path("docs")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out.count("imported "), 2);
    QVERIFY(first.out.contains("2 imported, 0 unchanged, 0 failed"));
    const auto second = runSbw({"import", "--store", store, path("docs")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.contains("0 imported, 2 unchanged, 0 failed"));

    const auto search = runSbw({"search", "--store", store, "Operation", "Encompass"});
    QCOMPARE(search.exitCode, 0);
    QVERIFY2(search.out.contains("two.pdf p.2"), qPrintable(search.out));
    const auto json = runSbw({"search", "--store", store, "encompass", "--json"});
    const auto root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root["hits"].toArray().size(), 1);
    QCOMPARE(root["hits"].toArray()[0].toObject()["page"].toInt(), 2);
  }

  void badFilesGetOneLineEachAndTheBatchGoesOn() {
    sbw::test::writeBytes(path("empty.pdf"), {});
    sbw::test::writeBytes(path("letter.pdf"), "Dear colleague,\n");
    QFile whole(path("docs/one.pdf"));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    sbw::test::writeBytes(path("cut.pdf"), whole.readAll().left(600));
    sbw::test::writePasswordProtectedCopy(path("docs/one.pdf"), path("locked.pdf"), "secret");
    const QString store = path("bad.sqlite");
    const auto result = runSbw({"import", "--store", store, path("missing.pdf"), path("empty.pdf"), path("letter.pdf"),
                                path("cut.pdf"), path("locked.pdf"), path("docs/two.pdf")});
    QCOMPARE(result.exitCode, 3);
    const QStringList lines = result.err.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].contains("missing.pdf: file not found"));
    QVERIFY(lines[1].contains("empty.pdf: empty file"));
    QVERIFY(lines[2].contains("letter.pdf: not a PDF file"));
    QVERIFY(lines[3].contains("cut.pdf: truncated PDF"));
    QVERIFY2(lines[4].contains("locked.pdf: password-protected PDF"), qPrintable(lines[4]));
    QVERIFY(result.out.contains("1 imported, 0 unchanged, 5 failed"));
    const auto search = runSbw({"search", "--store", store, "page"});
    QVERIFY(search.out.contains("two.pdf"));
    QVERIFY(!search.out.contains("one.pdf"));
  }

  // Commands that read a store name a missing one and leave no empty store behind.
  void readingCommandsRefuseAMissingStore() {
    for (const char* command : {"actions", "reextract"}) {
      const QString missing = path(QString("no-%1.sqlite").arg(command));
      const auto result = runSbw({command, "--store", missing});
      QCOMPARE(result.exitCode, 1);
      const QStringList lines = result.err.split('\n', Qt::SkipEmptyParts);
      QCOMPARE(lines.size(), 1);
      QVERIFY2(lines.front().contains(missing + ": store not found"), qPrintable(result.err));
      QVERIFY(!QFile::exists(missing));
    }
  }

  void aStoreThatIsNotSqliteIsRefusedWithoutDamage() {
    const QString notStore = path("notes.txt");
    sbw::test::writeBytes(notStore, "keep me exactly as I am\n");
    const auto result = runSbw({"import", "--store", notStore, path("docs/one.pdf")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("notes.txt: cannot open store"), qPrintable(result.err));
    QFile file(notStore);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me exactly as I am\n"));
  }

  void sampleWritesAndImportsTheSampleDocuments() {
    const QString out = path("sample");
    const QString store = path("sample.sqlite");
    const auto result = runSbw({"sample", "--out", out, "--store", store});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count("wrote "), 3);
    QCOMPARE(result.out.count("imported "), 3);
    QCOMPARE(QDir(out).entryList({"sample-*.pdf"}, QDir::Files).size(), 3);
    const auto figures = runSbw({"figures", QDir(out).filePath("sample-hackney-scrutiny-agenda-2018-03-12.pdf")});
    QCOMPARE(figures.exitCode, 0);
    QVERIFY(figures.out.contains("# meeting p.1: Hackney"));
    QCOMPARE(figures.out.count("\naction p.2\t"), 5);
    QVERIFY(figures.out.contains("p.2\t3,689\tHackney\treferrals\t2016-04-01..2017-03-31\ttrusted\t"));
    const auto check = runSbw({"check", "--store", store});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(runSbw({"sample"}).exitCode, 2);  // --out is required
  }

  // Charts, tables and packs for papers, from the sample store: files of the asked kind and size,
  // and a mistyped name refused with the nearest ones, leaving nothing behind.
  void chartsTablesAndPacksForPapers() {
    const QString store = path("papers.sqlite");
    QCOMPARE(runSbw({"sample", "--out", path("papers"), "--store", store}).exitCode, 0);
    const auto png = runSbw({"chart", "--store", store, "--indicator", "referrals", "--areas", "Camden,Islington",
                             "--width", "800", "--height", "500", "--dpi", "120", "--out", path("referrals.png")});
    QCOMPARE(png.exitCode, 0);
    QVERIFY2(png.err.contains("referrals.png: chart of 6 figures"), qPrintable(png.err));
    const QImage image(path("referrals.png"));
    QCOMPARE(image.size(), QSize(800, 500));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 120);
    QVERIFY(image.text("Source").startsWith("Source: Camden Safeguarding Children Board: annual report 2016-17, p. 1"));
    const auto pdf = runSbw(
        {"chart", "--store", store, "--indicator", "referrals", "--compare", "2016-17", "--out", path("compare.pdf")});
    QCOMPARE(pdf.exitCode, 0);
    QFile compare(path("compare.pdf"));
    QVERIFY(compare.open(QIODevice::ReadOnly) && compare.readAll().startsWith("%PDF"));

    const auto typo = runSbw({"chart", "--store", store, "--indicator", "refferals", "--out", path("typo.svg")});
    QCOMPARE(typo.exitCode, 1);
    QCOMPARE(typo.err.trimmed(), QString("sbw chart: unknown indicator \"refferals\": the nearest indicator keys are "
                                         "referrals, re_referrals, reserves"));
    const auto area =
        runSbw({"chart", "--store", store, "--indicator", "referrals", "--areas", "Camdn", "--out", path("typo.svg")});
    QCOMPARE(area.exitCode, 1);
    QVERIFY2(area.err.contains("nearest areas with figures are Camden"), qPrintable(area.err));
    QVERIFY(!QFile::exists(path("typo.svg")));
    QCOMPARE(
        runSbw({"chart", "--store", store, "--indicator", "referrals", "--width", "800", "--out", path("half.png")})
            .exitCode,
        2);  // a width needs a height

    const auto pivot =
        runSbw({"export", "--store", store, "--view", "pivot", "--indicator", "referrals", "--csv", "-"});
    QCOMPARE(pivot.exitCode, 0);
    QVERIFY2(pivot.out.startsWith("Area,2014-15,2015-16,2016-17,2017-18\r\nCamden,2011,2245,2134,\r\n"),
             qPrintable(pivot.out));
    const auto comparison = runSbw({"export", "--store", store, "--view", "comparison", "--indicator", "referrals",
                                    "--period", "2016-17", "--csv", path("comparison.csv")});
    QCOMPARE(comparison.exitCode, 0);
    QVERIFY2(comparison.err.contains("3 rows of comparison"), qPrintable(comparison.err));
    QCOMPARE(runSbw({"export", "--store", store, "--view", "pivot", "--csv", "-"}).exitCode, 2);  // which indicator?
    QCOMPARE(runSbw({"export", "--store", store, "--view=pivot", "--indicator=referrals", "--csv", "-"}).out,
             pivot.out);

    sbw::test::writeBytes(path("pack.json"),
                          "{\"title\": \"Quarter 3\", \"committee\": \"Scrutiny\", \"sections\": [{\"chart\": "
                          "{\"indicator\": \"referrals\"}}, {\"actions\": {\"open\": true}}]}");
    const auto pack = runSbw({"pack", "--store", store, "--spec", path("pack.json"), "--out", path("pack.pdf")});
    QCOMPARE(pack.exitCode, 0);
    QVERIFY2(pack.err.contains("pack.pdf: 4 pages, 2 sections, 8 figures citing 3 document pages\n"),
             qPrintable(pack.err));
    sbw::test::writeBytes(path("bad.json"), "{\"title\": \"Q3\", \"sections\": [{\"table\": {\"indicatr\": \"x\"}}]}");
    const auto bad = runSbw({"pack", "--store", store, "--spec", path("bad.json"), "--out", path("bad.pdf")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.startsWith("sbw pack: " + path("bad.json") + ": sections[0].table: unknown key 'indicatr'"),
             qPrintable(bad.err));
    QVERIFY(!QFile::exists(path("bad.pdf")));
    sbw::test::writeBytes(path("typo.json"),
                          "{\"title\": \"Q3\", \"sections\": [{\"chart\": {\"indicator\": \"referrals\", "
                          "\"areas\": [\"Islngton\"]}}]}");
    const auto typoPack = runSbw({"pack", "--store", store, "--spec", path("typo.json"), "--out", path("bad.pdf")});
    QCOMPARE(typoPack.exitCode, 1);
    QVERIFY2(typoPack.err.startsWith("sbw pack: " + path("typo.json") +
                                     ": sections[0].chart: no figures for the area \"Islngton\": the nearest areas "
                                     "with figures are Islington"),
             qPrintable(typoPack.err));
    QVERIFY(!QFile::exists(path("bad.pdf")));
  }

  // What would be stored, as JSON: each figure with its meaning, trusted or the doubt that keeps
  // it for review; meetings and actions beside them.
  void figuresJsonSaysWhatIsTrusted() {
    const QString out = path("json-sample");
    QCOMPARE(runSbw({"sample", "--out", out}).exitCode, 0);
    const auto result =
        runSbw({"figures", QDir(out).filePath("sample-hackney-scrutiny-agenda-2018-03-12.pdf"), "--json"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray figures = root["figures"].toArray();
    QVERIFY(figures.size() >= 9);
    bool referrals = false;
    for (const QJsonValue& value : figures) {
      const QJsonObject f = value.toObject();
      QVERIFY(f.contains("trusted") && f.contains("doubt") && f.contains("kind"));
      QCOMPARE(f["trusted"].toInt() == 1, f["doubt"].toString().isEmpty());  // untrusted figures say why
      if (f["value_text"].toString() == "3,689") {
        referrals = true;
        QCOMPARE(f["indicator_key"].toString(), QString("referrals"));
        QCOMPARE(f["area"].toString(), QString("Hackney"));
        QCOMPARE(f["period_start"].toString(), QString("2016-04-01"));
        QCOMPARE(f["trusted"].toInt(), 1);
      }
    }
    QVERIFY(referrals);
    QCOMPARE(root["actions"].toArray().size(), 5);
    QCOMPARE(root["meetings"].toArray().first().toObject()["date"].toString(), QString("2018-03-12"));
    const auto page =
        runSbw({"figures", QDir(out).filePath("sample-hackney-scrutiny-agenda-2018-03-12.pdf"), "--page", "9"});
    QCOMPARE(page.exitCode, 2);
    QVERIFY(page.err.contains("no page 9"));
  }

  // Rereading stored documents after the rules change keeps what users corrected; a file that
  // has gone or changed is reported on one line and its figures stay as they were.
  void reextractKeepsCorrections() {
    const QString out = path("reread");
    const QString store = path("reread.sqlite");
    QCOMPARE(runSbw({"sample", "--out", out, "--store", store}).exitCode, 0);
    std::int64_t id = 0;
    {
      sbw::store::Database db = sbw::store::Database::open(store.toStdString());
      sbw::store::Statement row = db.prepare(
          "SELECT observation_id FROM observation_v WHERE area = 'Camden' AND indicator_key = 'referrals' AND "
          "period_start = '2016-04-01'");
      QVERIFY(row.step());
      id = row.int64(0);
      sbw::store::CorrectionRepository(db).correctValue(id, 2143, "J. Smith", "erratum from the board");
    }
    const auto again = runSbw({"reextract", "--store", store});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("3 reread, 0 failed"));
    const auto count = [&](const QString& where) {
      sbw::store::Database db = sbw::store::Database::open(store.toStdString());
      sbw::store::Statement row =
          db.prepare(("SELECT count(*), max(value) FROM observation_v WHERE " + where).toStdString());
      row.step();
      return std::pair{row.integer(0), row.real(1)};
    };
    const auto corrected = count("area = 'Camden' AND indicator_key = 'referrals' AND period_start = '2016-04-01'");
    QCOMPARE(corrected.first, 1);
    QCOMPARE(corrected.second, 2143.0);  // the correction holds on the figure read again
    const int before = count("1").first;

    QVERIFY(QFile::remove(QDir(out).filePath("sample-camden-lscb-annual-report-2016-17.pdf")));
    const auto gone = runSbw({"reextract", "--store", store});
    QCOMPARE(gone.exitCode, 3);
    QCOMPARE(gone.err.count('\n'), 1);
    QVERIFY(gone.err.contains("sample-camden-lscb-annual-report-2016-17.pdf"));
    QVERIFY(gone.out.contains("2 reread, 1 failed"));
    QCOMPARE(count("1").first, before);  // nothing lost
    QCOMPARE(runSbw({"reextract", "--store", store, "no-such.pdf"}).exitCode, 2);
  }

  void textPrintsPagesInReadingOrder() {
    const auto all = runSbw({"text", path("docs/two.pdf")});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains("two.pdf page 1"));
    QVERIFY(all.out.indexOf("page 1") < all.out.indexOf("Operation Encompass"));
    const auto second = runSbw({"text", path("docs/two.pdf"), "--page", "2"});
    QVERIFY(!second.out.contains("page 1"));
    QVERIFY(second.out.contains("Operation Encompass"));
    const auto tooFar = runSbw({"text", path("docs/two.pdf"), "--page", "9"});
    QCOMPARE(tooFar.exitCode, 2);
    QVERIFY(tooFar.err.contains("no page 9"));
    // Pages read on two workers come out exactly as on one.
    const auto oneWorker = runSbw({"text", path("docs/two.pdf"), "--jobs", "1"});
    QCOMPARE(runSbw({"text", path("docs/two.pdf"), "--jobs", "2"}).out, oneWorker.out);
    QCOMPARE(oneWorker.out, all.out);
    QCOMPARE(runSbw({"text", path("docs/two.pdf"), "--jobs", "0"}).exitCode, 2);
  }
};

QTEST_MAIN(TestCli)
#include "test_cli.moc"
