// Trend charts put periods on real time: each period at its end, one line per area and kind of
// period, broken where a period is missing; comparators dashed; an area keeps its colour.

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QtTest>

#include "charts/area_palette.h"
#include "charts/comparison_chart.h"
#include "charts/trend_chart.h"
#include "core/period_time.h"
#include "core/rate.h"
#include "models/comparison_model.h"
#include "models/indicator_table_model.h"

using namespace sbw;

namespace {

store::Observation observation(const char* area, Comparator role, const char* period, double value) {
  store::Observation o;
  o.area = area;
  o.comparator = role;
  const auto parsed = parsePeriod(period);
  o.periodKind = parsed->kind;
  o.periodLabel = period;
  o.periodStart = parsed->start;
  o.periodEnd = parsed->end;
  o.quantity.value = value;
  o.quantity.printed = std::to_string(value);
  o.document = "report.pdf";
  o.page = 4;
  return o;
}

QDate dateOf(qreal msecs) { return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecs), Qt::UTC).date(); }

std::vector<QLineSeries*> linesNamed(QChart& chart, const QString& name) {
  std::vector<QLineSeries*> out;
  for (QAbstractSeries* series : chart.series()) {
    auto* line = qobject_cast<QLineSeries*>(series);
    if (line && !qobject_cast<QScatterSeries*>(series) && line->name() == name) out.push_back(line);
  }
  return out;
}

QScatterSeries* markersOf(QChart& chart, const QString& name) {
  for (QAbstractSeries* series : chart.series()) {
    if (auto* markers = qobject_cast<QScatterSeries*>(series); markers && markers->name() == name) return markers;
  }
  return nullptr;
}

}  // namespace

class TestTrendChart : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void periodsStandAtTheirEnd() {
    const auto fy = parsePeriod("2016-17");
    QCOMPARE(QString::fromStdString(plottedDate(*fy->start, *fy->end).iso()), QString("2017-03-31"));
    const auto point = parsePeriod("at 31 March 2016");
    QCOMPARE(QString::fromStdString(plottedDate(*point->start, *point->end).iso()), QString("2016-03-31"));
    const auto quarter = parsePeriod("Q2 2016/17");
    QCOMPARE(QString::fromStdString(plottedDate(*quarter->start, *quarter->end).iso()), QString("2016-09-30"));
    // A range that is exactly a financial year means a financial year.
    const auto ending = parsePeriod("year ending 31 March 2017");
    QVERIFY(ending);
    QCOMPARE(int(periodFamily(ending->kind, *ending->start, *ending->end)), int(PeriodFamily::FinancialYear));
    QVERIFY(!leavesAGap(PeriodFamily::FinancialYear, 365, 0));
    QVERIFY(leavesAGap(PeriodFamily::FinancialYear, 730, 0));
    QVERIFY(!leavesAGap(PeriodFamily::Quarter, 92, 0));
    QVERIFY(leavesAGap(PeriodFamily::Quarter, 183, 0));
    QVERIFY(leavesAGap(PeriodFamily::PointInTime, 730, 365));
  }

  void chartUsesTimeGapsAndKinds() {
    models::IndicatorTableModel table;
    table.setObservations({
        observation("Camden", Comparator::Local, "2014-15", 410),
        observation("Camden", Comparator::Local, "2015-16", 455),
        observation("Camden", Comparator::Local, "2017-18", 470),           // 2016-17 missing: a gap
        observation("Camden", Comparator::Local, "at 31 March 2016", 300),  // another kind: its own marker
        observation("Islington", Comparator::Local, "2015-16", 380),
        observation("Islington", Comparator::Local, "2016-17", 395),
        observation("England", Comparator::England, "2014-15", 420),
        observation("England", Comparator::England, "2015-16", 430),
        observation("England", Comparator::England, "2016-17", 445),
        observation("England", Comparator::England, "2017-18", 450),
    });
    auto chart = charts::makeTrendChart(table, "Child protection plans", "Children");
    const auto horizontal = chart->axes(Qt::Horizontal);
    QCOMPARE(horizontal.size(), 1);
    auto* time = qobject_cast<QDateTimeAxis*>(horizontal.first());
    QVERIFY(time);
    QCOMPARE(time->format(), QString("yyyy"));
    QCOMPARE(time->min().toUTC().date(), QDate(2015, 1, 1));  // a tick on each 1 January
    QCOMPARE(time->max().toUTC().date(), QDate(2019, 1, 1));
    QCOMPARE(time->tickCount(), 5);

    // Camden: two runs of financial years (a gap at 2016-17), never joined to the point in time.
    const auto camden = linesNamed(*chart, "Camden");
    QCOMPARE(camden.size(), size_t(1));  // 2014-15 to 2015-16; 2017-18 stands alone
    QCOMPARE(camden.front()->count(), 2);
    QCOMPARE(dateOf(camden.front()->at(0).x()), QDate(2015, 3, 31));
    QCOMPARE(dateOf(camden.front()->at(1).x()), QDate(2016, 3, 31));
    QScatterSeries* markers = markersOf(*chart, "Camden");
    QVERIFY(markers);
    QCOMPARE(markers->count(), 4);
    bool pointInTime = false;
    for (const QPointF& p : markers->points())
      pointInTime = pointInTime || (p.y() == 300 && dateOf(p.x()) == QDate(2016, 3, 31));
    QVERIFY(pointInTime);
    for (const QLineSeries* line : camden) {
      for (const QPointF& p : line->points()) QVERIFY(p.y() != 300);
    }

    // England is a comparator: dashed, in the legend once (by its markers).
    const auto england = linesNamed(*chart, "England");
    QCOMPARE(england.size(), size_t(1));
    QCOMPARE(england.front()->count(), 4);
    QCOMPARE(england.front()->pen().style(), Qt::DashLine);
    QCOMPARE(camden.front()->pen().style(), Qt::SolidLine);
    QStringList hidden;
    for (auto* marker : chart->legend()->markers()) {
      if (!qobject_cast<QScatterSeries*>(marker->series())) hidden << marker->label();
    }
    QCOMPARE(hidden, QStringList({"Camden", "Islington", "England"}));  // one line each, named by the area

    // Each area its own colour, the same on another chart.
    QVERIFY(markers->color() != markersOf(*chart, "Islington")->color());
    models::IndicatorTableModel other;
    other.setObservations({observation("Camden", Comparator::Local, "2015-16", 1)});
    const auto second = charts::makeTrendChart(other, "Other", "");
    QCOMPARE(markersOf(*second, "Camden")->color(), markers->color());

    // Counts start at zero, with whole-number labels.
    auto* values = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
    QCOMPARE(values->min(), 0.0);
    QCOMPARE(values->labelFormat(), QString("%.0f"));
    {
      // Legend items are visible only once laid out in a view: the markers name the areas, the lines do not.
      QChartView view(chart.release());
      view.resize(800, 500);
      view.show();
      QVERIFY(QTest::qWaitForWindowExposed(&view));
      QStringList named;
      for (auto* marker : view.chart()->legend()->markers()) {
        if (marker->isVisible()) named << marker->label();
      }
      QCOMPARE(named, QStringList({"Camden", "Islington", "England"}));
    }
  }

  void quartersGetMonthsOnTheAxis() {
    models::IndicatorTableModel table;
    table.setObservations({observation("Camden", Comparator::Local, "Q1 2016/17", 12.5),
                           observation("Camden", Comparator::Local, "Q2 2016/17", 13.0),
                           observation("Camden", Comparator::Local, "Q4 2016/17", 14.0)});
    const auto chart = charts::makeTrendChart(table, "Re-referrals", "%");
    auto* time = qobject_cast<QDateTimeAxis*>(chart->axes(Qt::Horizontal).first());
    QCOMPARE(time->format(), QString("MMM yyyy"));
    const auto lines = linesNamed(*chart, "Camden");
    QCOMPARE(lines.size(), size_t(1));  // Q1-Q2 joined; Q3 missing, so Q4 stands alone
    QCOMPARE(dateOf(lines.front()->at(1).x()), QDate(2016, 9, 30));
    QCOMPARE(qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first())->labelFormat(), QString("%.1f"));
  }

  void paletteIsColourBlindSafeAndStable() {
    charts::AreaPalette one;
    charts::AreaPalette two;
    const QColor a = one.styleFor("Hackney", Comparator::Local).colour;
    QCOMPARE(two.styleFor("Hackney", Comparator::Local).colour, a);
    QVERIFY(charts::AreaPalette::localColours().size() >= 7);
    // Seven local areas on one chart: seven colours.
    charts::AreaPalette crowded;
    QSet<QRgb> colours;
    for (const char* area : {"Camden", "Islington", "Hackney", "Haringey", "Enfield", "Barnet", "Brent"}) {
      colours.insert(crowded.styleFor(area, Comparator::Local).colour.rgb());
    }
    QCOMPARE(colours.size(), 7);
    QCOMPARE(one.styleFor("England", Comparator::England).line, Qt::DashLine);
  }

  // Comparison: local areas as bars, highest first, comparators as dashed lines; rates where known.
  void comparisonSortsAreasAndDrawsComparatorsAsLines() {
    std::vector<store::Observation> figures = {
        observation("Camden", Comparator::Local, "2016-17", 2134),
        observation("Hackney", Comparator::Local, "2016-17", 3689),
        observation("Islington", Comparator::Local, "2016-17", 2960),
        observation("England", Comparator::England, "2016-17", 3000),
        observation("Camden", Comparator::Local, "2015-16", 2245),  // another period: left out
    };
    for (size_t i = 0; i < figures.size(); ++i) figures[i].id = static_cast<std::int64_t>(i + 1);
    store::ComputedRate camdenRate;
    camdenRate.count = figures[0];
    camdenRate.working = *ratePer10k(2134, 40000);
    const auto period = parsePeriod("2016-17");
    models::ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFigures(figures, *period->start, *period->end, {camdenRate});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QString("Hackney"));
    QCOMPARE(model.index(2, 0).data().toString(), QString("Camden"));
    QCOMPARE(model.index(3, 0).data().toString(), QString("England (comparator)"));
    QCOMPARE(model.index(2, models::ComparisonModel::RateColumn).data().toString(), QString("533.5"));
    QCOMPARE(model.index(2, models::ComparisonModel::WorkingColumn).data().toString(),
             QString::fromStdString(camdenRate.working.working));

    const auto chart = charts::makeComparisonChart(model, "Referrals, 2016-17", "Number");
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 3);  // one set per area, so each bar has its area's colour
    QCOMPARE(bars->barSets().first()->label(), QString("Hackney"));
    auto* categories = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).first());
    QCOMPARE(categories->categories(), QStringList({"Hackney", "Islington", "Camden"}));
    const auto england = linesNamed(*chart, "England: 3,000");
    QCOMPARE(england.size(), size_t(1));
    QCOMPARE(england.front()->pen().style(), Qt::DashLine);
    QCOMPARE(england.front()->at(0).y(), 3000.0);

    const auto rates = charts::makeComparisonChart(model, "Referrals, 2016-17", "Number", true);
    QCOMPARE(qobject_cast<QAbstractBarSeries*>(rates->series().first())->count(), 1);  // only Camden has a rate
    QCOMPARE(linesNamed(*rates, "England: 3,000").size(), size_t(0));
  }
};

QTEST_MAIN(TestTrendChart)
#include "test_trend_chart.moc"
