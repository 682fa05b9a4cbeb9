// Periods as the seeds print them: year pairs in every spelling, months, quarters, points in time,
// explicit ranges. Expected dates follow the UK financial year (1 April - 31 March).

#include <QtTest>

#include "core/period.h"

using namespace sbw;

namespace {

struct Expected {
  const char* text;
  PeriodKind kind;
  const char* start;
  const char* end;
};

}  // namespace

class TestCorePeriod : public QObject {
  Q_OBJECT

  void check(const Expected& e, const PeriodContext& context = {}) {
    const auto period = parsePeriod(e.text, context);
    QVERIFY2(period.has_value(), e.text);
    QVERIFY2(period->kind == e.kind, qPrintable(QString("%1: kind %2").arg(e.text, periodKindName(period->kind))));
    QVERIFY2(period->start.has_value() && period->end.has_value(), e.text);
    QCOMPARE(QString::fromStdString(period->start->iso()), QString(e.start));
    QCOMPARE(QString::fromStdString(period->end->iso()), QString(e.end));
  }

 private Q_SLOTS:
  void financialYearsInEverySpelling() {
    for (const char* text : {"2013-14", "2013/14", "13/14", "2013 - 14", "2013-2014", "FY 2013/14", "FY13/14",
                             "financial year 2013-14", "during 2013/14"}) {
      check({text, PeriodKind::FinancialYear, "2013-04-01", "2014-03-31"});
    }
    check({"2015 \xE2\x80\x93 16", PeriodKind::FinancialYear, "2015-04-01", "2016-03-31"});  // en dash, seed 004
    check({"2016-2017", PeriodKind::FinancialYear, "2016-04-01", "2017-03-31"});
    check({"2016/2017", PeriodKind::FinancialYear, "2016-04-01", "2017-03-31"});
    check({"2020/21", PeriodKind::FinancialYear, "2020-04-01", "2021-03-31"});
    check({"1999/00", PeriodKind::FinancialYear, "1999-04-01", "2000-03-31"});
  }

  void theLabelIsKeptAsPrinted() {
    const auto period = parsePeriod("  2015 \xE2\x80\x93 16 ");
    QVERIFY(period);
    QCOMPARE(QString::fromStdString(period->label), QString("2015 \xE2\x80\x93 16"));
  }

  void academicYearsWhenTheTextOrDocumentSaysSo() {
    check({"academic year 2013/14", PeriodKind::AcademicYear, "2013-09-01", "2014-08-31"});
    check({"2013/14 academic year", PeriodKind::AcademicYear, "2013-09-01", "2014-08-31"});
    PeriodContext schools;
    schools.academic = true;
    check({"2013/14", PeriodKind::AcademicYear, "2013-09-01", "2014-08-31"}, schools);
  }

  void spansOfSeveralYears() {
    check({"2014-16", PeriodKind::Range, "2014-04-01", "2016-03-31"});
    check({"2015-2018", PeriodKind::Range, "2015-04-01", "2018-03-31"});
  }

  void monthsInTableHeaders() {
    check({"Jun-14", PeriodKind::Month, "2014-06-01", "2014-06-30"});
    check({"Jun-13", PeriodKind::Month, "2013-06-01", "2013-06-30"});
    check({"March 2014", PeriodKind::Month, "2014-03-01", "2014-03-31"});
    check({"Sep 2020", PeriodKind::Month, "2020-09-01", "2020-09-30"});
    check({"Sept 2020", PeriodKind::Month, "2020-09-01", "2020-09-30"});
    check({"Feb 2016", PeriodKind::Month, "2016-02-01", "2016-02-29"});  // leap year
  }

  void quartersNeedAYearFromTheTextOrTheDocument() {
    const auto bare = parsePeriod("Q1");
    QVERIFY(bare);
    QCOMPARE(int(bare->kind), int(PeriodKind::Quarter));
    QCOMPARE(bare->part, 1);
    QVERIFY(!bare->dated());
    PeriodContext report;
    report.financialYearStart = 2014;
    check({"Q1", PeriodKind::Quarter, "2014-04-01", "2014-06-30"}, report);
    check({"Q4", PeriodKind::Quarter, "2015-01-01", "2015-03-31"}, report);
    check({"Q3 2014/15", PeriodKind::Quarter, "2014-10-01", "2014-12-31"});
    check({"Quarter 2 2016-17", PeriodKind::Quarter, "2016-07-01", "2016-09-30"});
    check({"Q1 2014", PeriodKind::Quarter, "2014-01-01", "2014-03-31"});  // a calendar year's quarter
  }

  void halfYears() {
    check({"H1 2020/21", PeriodKind::HalfYear, "2020-04-01", "2020-09-30"});
    check({"second half of 2020-21", PeriodKind::HalfYear, "2020-10-01", "2021-03-31"});
  }

  void pointsInTime() {
    check({"at 31 March 2017", PeriodKind::PointInTime, "2017-03-31", "2017-03-31"});
    check({"at 31st March 2014", PeriodKind::PointInTime, "2014-03-31", "2014-03-31"});
    check({"31 March 2014", PeriodKind::PointInTime, "2014-03-31", "2014-03-31"});
    check({"31/03/2014", PeriodKind::PointInTime, "2014-03-31", "2014-03-31"});
    check({"2021-03-31", PeriodKind::PointInTime, "2021-03-31", "2021-03-31"});
    // Only a month printed: the point lies in that month, so start and end bound it.
    check({"as at July 2014", PeriodKind::PointInTime, "2014-07-01", "2014-07-31"});
    check({"As at July 2014", PeriodKind::PointInTime, "2014-07-01", "2014-07-31"});
    check({"at March 2017", PeriodKind::PointInTime, "2017-03-01", "2017-03-31"});
    check({"mid-2013", PeriodKind::PointInTime, "2013-06-30", "2013-06-30"});
    check({"mid year 2015", PeriodKind::PointInTime, "2015-06-30", "2015-06-30"});
  }

  void explicitRanges() {
    check({"1 October 2020 \xE2\x80\x93 31 March 2021", PeriodKind::Range, "2020-10-01", "2021-03-31"});
    check({"1 October 2020 - 31 March 2021", PeriodKind::Range, "2020-10-01", "2021-03-31"});
    check({"April 2013 to March 2014", PeriodKind::Range, "2013-04-01", "2014-03-31"});
    check({"1st April 2016 to 31st March 2017", PeriodKind::Range, "2016-04-01", "2017-03-31"});
    check({"April to September 2016", PeriodKind::Range, "2016-04-01", "2016-09-30"});
    check({"October - March 2021", PeriodKind::Range, "2020-10-01", "2021-03-31"});
  }

  void yearsEnding() {
    check({"year ending 31 March 2014", PeriodKind::FinancialYear, "2013-04-01", "2014-03-31"});
    check({"12 months to 30 September 2016", PeriodKind::Range, "2015-10-01", "2016-09-30"});
    check({"six months to 31 March 2021", PeriodKind::HalfYear, "2020-10-01", "2021-03-31"});
  }

  void calendarYears() {
    check({"2014", PeriodKind::CalendarYear, "2014-01-01", "2014-12-31"});
    check({"calendar year 2012", PeriodKind::CalendarYear, "2012-01-01", "2012-12-31"});
  }

  void notPeriods() {
    for (const char* text :
         {"", "hello", "2015/13", "13/15", "Q5", "31 Febtember 2014", "30 February 2014", "12", "Referrals"}) {
      QVERIFY2(!parsePeriod(text).has_value(), text);
    }
  }

  void withinComparesDatedPeriods() {
    const auto month = parsePeriod("Jun-14");
    const auto year = parsePeriod("2014/15");
    const auto quarter = parsePeriod("Q1");
    QVERIFY(month->within(*year));
    QVERIFY(!year->within(*month));
    QVERIFY(!quarter->within(*year));  // undated
  }

  void kindNamesRoundTrip() {
    for (const auto kind :
         {PeriodKind::FinancialYear, PeriodKind::AcademicYear, PeriodKind::CalendarYear, PeriodKind::Quarter,
          PeriodKind::Month, PeriodKind::HalfYear, PeriodKind::PointInTime, PeriodKind::Range}) {
      QCOMPARE(int(*periodKindFromName(periodKindName(kind))), int(kind));
    }
    QCOMPARE(QString(periodKindName(PeriodKind::FinancialYear)), QString("financial_year"));
  }
};

QTEST_GUILESS_MAIN(TestCorePeriod)
#include "test_core_period.moc"
