// `sbw tables` as a script calls it: the JSON contract of ../shared/README.md, CSV files, page ranges.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include "support/fixture_pdf.h"
#include "support/sbw_process.h"

namespace {

// Page 1: prose only. Page 2: a ruled 3 x 2 table at (100,100)-(340,154).
void drawFixture(QPainter& p, int page) {
  QFont font(QStringLiteral("DejaVu Sans"));
  font.setPointSizeF(9);
  p.setFont(font);
  if (page == 0) {
    p.drawText(QPointF(72, 100), QStringLiteral("Introduction to the annual report of the board."));
    return;
  }
  const QStringList cells = {"Team", "Staff, FTE", "Front door", "14", "Early help", "22"};
  p.setPen(QPen(Qt::black, 0.6));
  for (int r = 0; r <= 3; ++r) p.drawLine(QPointF(100, 100 + 18 * r), QPointF(340, 100 + 18 * r));
  for (const double x : {100.0, 240.0, 340.0}) p.drawLine(QPointF(x, 100), QPointF(x, 154));
  for (int i = 0; i < cells.size(); ++i) {
    p.drawText(QPointF(i % 2 == 0 ? 104 : 244, 100 + 18 * (i / 2) + 13), cells[i]);
  }
}

}  // namespace

class TestCliTables : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString pdf_;

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    pdf_ = dir_.filePath(QStringLiteral("teams.pdf"));
    sbw::test::writePaintedPdf(pdf_, 2, drawFixture);
  }

  void jsonContract() {
    const auto result = sbw::test::runSbw({QStringLiteral("tables"), pdf_, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value("file").toString(), QStringLiteral("teams.pdf"));
    const QJsonArray tables = root.value("tables").toArray();
    QCOMPARE(tables.size(), 1);
    const QJsonObject table = tables.at(0).toObject();
    QCOMPARE(table.value("page").toInt(), 2);
    QCOMPARE(table.value("page_width").toDouble(), 595.0);
    QCOMPARE(table.value("page_height").toDouble(), 842.0);
    QVERIFY(table.value("continues").isNull());
    const QJsonArray bbox = table.value("bbox").toArray();
    QCOMPARE(bbox.size(), 4);
    QVERIFY(bbox.at(0).toDouble() <= 101 && bbox.at(1).toDouble() <= 101);
    QVERIFY(bbox.at(2).toDouble() >= 339 && bbox.at(3).toDouble() >= 153);
    QVERIFY(bbox.at(2).toDouble() < 350 && bbox.at(3).toDouble() < 165);
    const QJsonArray cells = table.value("cells").toArray();
    QCOMPARE(cells.size(), 6);
    const QJsonObject staff = cells.at(1).toObject();
    QCOMPARE(staff.value("row").toInt(), 0);
    QCOMPARE(staff.value("col").toInt(), 1);
    QCOMPARE(staff.value("rowspan").toInt(), 1);
    QCOMPARE(staff.value("colspan").toInt(), 1);
    QCOMPARE(staff.value("text").toString(), QStringLiteral("Staff, FTE"));
    QCOMPARE(cells.at(5).toObject().value("text").toString(), QStringLiteral("22"));
  }

  void csvFiles() {
    const QString out = dir_.filePath(QStringLiteral("csv"));
    const auto result =
        sbw::test::runSbw({QStringLiteral("tables"), pdf_, QStringLiteral("--csv"), QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 0);
    QFile file(QDir(out).filePath(QStringLiteral("teams-p2-t1.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             QStringLiteral("Team,\"Staff, FTE\"\r\nFront door,14\r\nEarly help,22\r\n"));
  }

  void pageRange() {
    const auto first = sbw::test::runSbw(
        {QStringLiteral("tables"), pdf_, QStringLiteral("--json"), QStringLiteral("--pages"), QStringLiteral("1-1")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(first.out.toUtf8()).object().value("tables").toArray().size(), 0);
    const auto second = sbw::test::runSbw(
        {QStringLiteral("tables"), pdf_, QStringLiteral("--json"), QStringLiteral("--pages"), QStringLiteral("2-")});
    QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object().value("tables").toArray().size(), 1);
  }

  void badArguments() {
    QCOMPARE(
        sbw::test::runSbw({QStringLiteral("tables"), pdf_, QStringLiteral("--pages"), QStringLiteral("3-1")}).exitCode,
        2);
    QCOMPARE(
        sbw::test::runSbw({QStringLiteral("tables"), pdf_, QStringLiteral("--pages"), QStringLiteral("x")}).exitCode,
        2);
    QCOMPARE(sbw::test::runSbw({QStringLiteral("tables")}).exitCode, 2);
    const auto missing = sbw::test::runSbw(
        {QStringLiteral("tables"), dir_.filePath(QStringLiteral("none.pdf")), QStringLiteral("--json")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("file not found")));
  }
};

QTEST_MAIN(TestCliTables)
#include "test_cli_tables.moc"
