// Figures as the seeds print them: thousands separators, signs and accounting brackets, per cent,
// pounds with multipliers, numbers in words, and suppression codes kept as states.

#include <QtTest>

#include "core/date.h"
#include "core/number_format.h"
#include "core/number_words.h"
#include "core/quantity.h"
#include "core/rate.h"

using namespace sbw;

class TestCoreQuantity : public QObject {
  Q_OBJECT

  static Quantity parsed(const char* text) {
    const auto q = parseQuantity(text);
    if (!q) qFatal("no quantity in '%s'", text);
    return *q;
  }

 private Q_SLOTS:
  void monthNamesInFullOrShortInAnyCase() {
    QCOMPARE(sbw::monthFromName("March"), 3);
    QCOMPARE(sbw::monthFromName("MARCH"), 3);
    QCOMPARE(sbw::monthFromName("mar"), 3);
    QCOMPARE(sbw::monthFromName("May"), 5);
    QCOMPARE(sbw::monthFromName("Sept"), 9);
    QCOMPARE(sbw::monthFromName("sep"), 9);
    QCOMPARE(sbw::monthFromName("September"), 9);
    QCOMPARE(sbw::monthFromName("Dec"), 12);
    // Neither a month nor its first three letters.
    QCOMPARE(sbw::monthFromName("Ma"), 0);
    QCOMPARE(sbw::monthFromName("Marc"), 0);
    QCOMPARE(sbw::monthFromName("Marches"), 0);
    QCOMPARE(sbw::monthFromName("Septembers"), 0);
    QCOMPARE(sbw::monthFromName("Mayor"), 0);
    QCOMPARE(sbw::monthFromName(""), 0);
  }

  void countsWithThousandsSeparators() {
    const Quantity q = parsed("1,954");
    QCOMPARE(*q.value, 1954.0);
    QCOMPARE(int(q.unit), int(Unit::Count));
    QVERIFY(!q.unitPrinted);
    QCOMPARE(q.decimals, 0);
    QCOMPARE(QString::fromStdString(q.printed), QString("1,954"));
    QCOMPARE(*parsed("2,342").value, 2342.0);
    QCOMPARE(*parsed("263000").value, 263000.0);
    QCOMPARE(*parsed("46").value, 46.0);
  }

  void negativesStayNegative() {
    QCOMPARE(*parsed("-79,169").value, -79169.0);
    QCOMPARE(*parsed("\xE2\x88\x92"
                     "79,169")
                  .value,
             -79169.0);  // U+2212 minus sign
    QCOMPARE(*parsed("-418,102").value, -418102.0);
    QCOMPARE(*parsed("(72,000)").value, -72000.0);  // accounts print a deficit in brackets
    const Quantity pounds = parsed(
        "(\xC2\xA3"
        "29,050)");
    QCOMPARE(*pounds.value, -29050.0);
    QCOMPARE(int(pounds.unit), int(Unit::Gbp));
    QCOMPARE(*parsed("-\xC2\xA3"
                     "59,800")
                  .value,
             -59800.0);
  }

  void percentages() {
    const Quantity percent = parsed("12%");
    QCOMPARE(*percent.value, 12.0);
    QCOMPARE(int(percent.unit), int(Unit::Percent));
    QVERIFY(percent.unitPrinted);
    const Quantity perCent = parsed("17.7 per cent");
    QCOMPARE(*perCent.value, 17.7);
    QCOMPARE(perCent.decimals, 1);
    QCOMPARE(int(perCent.unit), int(Unit::Percent));
    QCOMPARE(*parsed("94.9%").value, 94.9);
    QCOMPARE(int(parsed("98 percent").unit), int(Unit::Percent));
  }

  void poundsWithMultipliers() {
    const Quantity k = parsed(
        "\xC2\xA3"
        "164k");
    QCOMPARE(*k.value, 164.0);  // as printed, so the page still shows it
    QCOMPARE(k.scale, 1000.0);
    QCOMPARE(*k.amount(), 164000.0);
    QCOMPARE(int(k.unit), int(Unit::Gbp));
    const Quantity billion = parsed(
        "\xC2\xA3"
        "1.3 billion");
    QCOMPARE(*billion.value, 1.3);
    QCOMPARE(*billion.amount(), 1.3e9);
    QCOMPARE(*parsed("\xC2\xA3"
                     "2.4m")
                  .amount(),
             2.4e6);
    QCOMPARE(*parsed("\xC2\xA3"
                     "46 million")
                  .amount(),
             46e6);
    const Quantity spaced = parsed(
        "\xC2\xA3"
        "167, 465.30");  // the slip in seed 003's table
    QCOMPARE(*spaced.value, 167465.30);
    QCOMPARE(spaced.decimals, 2);
    QCOMPARE(int(spaced.unit), int(Unit::Gbp));
    QCOMPARE(*parsed("\xC2\xA3"
                     "4,778.33")
                  .value,
             4778.33);
    QCOMPARE(*parsed("\xC2\xA3"
                     "121,640.00")
                  .value,
             121640.0);
  }

  void numbersInWords() {
    QCOMPARE(*parsed("nineteen").value, 19.0);
    QCOMPARE(*parsed("Nineteen").value, 19.0);
    const Quantity words = parsed("Seventy-six");
    QCOMPARE(*words.value, 76.0);
    QVERIFY(words.inWords);
    QCOMPARE(*parsed("Eleven").value, 11.0);
    QCOMPARE(*parseNumberWords("one hundred and twenty-three"), std::int64_t(123));
    QCOMPARE(*parseNumberWords("two thousand"), std::int64_t(2000));
    QCOMPARE(*parseNumberWords("a hundred"), std::int64_t(100));
    QCOMPARE(*parseNumberWords("three thousand four hundred"), std::int64_t(3400));
    QVERIFY(!parseNumberWords("six seven"));
    QVERIFY(!parseNumberWords("children"));
    QVERIFY(!parseNumberWords("and"));
  }

  // The readers skip words that cannot begin a number in words; every text any of the three parsers
  // reads must pass, and ordinary words must not.
  void onlyNumberWordsBeginNumbersInWords() {
    int decimals = 0;
    for (const char* text : {"Seventy-six", "one hundred and twenty-three", "a hundred", "Twenty-first", "second",
                             "two thirds", "a quarter", "half", "Three quarters", "nil", "and twenty"}) {
      const bool read = parseNumberWords(text) || parseOrdinalWord(text) || parseFraction(text, decimals);
      QVERIFY2(read, text);
      QVERIFY2(mayBeginNumberInWords(text), text);
    }
    for (const char* text : {"children", "(two", "Westminster", "thousand", "-", "", "anderson"}) {
      QVERIFY2(!mayBeginNumberInWords(text), text);
      QVERIFY(!parseNumberWords(text) && !parseOrdinalWord(text) && !parseFraction(text, decimals));
    }
  }

  void otherUnits() {
    const Quantity rate = parsed("45.2 per 10,000");
    QCOMPARE(*rate.value, 45.2);
    QCOMPARE(int(rate.unit), int(Unit::RatePer10k));
    QCOMPARE(int(parsed("431.3 per 10,000 children").unit), int(Unit::RatePer10k));
    QCOMPARE(int(parsed("23 days").unit), int(Unit::Days));
    QCOMPARE(int(parsed("26 weeks").unit), int(Unit::Weeks));
    const Quantity rank = parsed("3rd");
    QCOMPARE(*rank.value, 3.0);
    QCOMPARE(int(rank.unit), int(Unit::Rank));
  }

  void suppressionCodesAreStatesNotMissingData() {
    for (const auto& [code, state] :
         {std::pair{"c", Suppression::Confidential}, std::pair{"x", Suppression::NotAvailable},
          std::pair{"z", Suppression::NotApplicable}, std::pair{"k", Suppression::Negligible},
          std::pair{"[c]", Suppression::Confidential}, std::pair{"C", Suppression::Confidential}}) {
      const Quantity q = parsed(code);
      QVERIFY2(q.suppressed(), code);
      QCOMPARE(int(q.suppression), int(state));
      QVERIFY(!q.value.has_value());
      QVERIFY(!q.amount().has_value());
    }
    QCOMPARE(QString(suppressionCode(Suppression::Negligible)), QString("k"));
    QCOMPARE(int(*suppressionFromCode("z")), int(Suppression::NotApplicable));
  }

  void notFigures() {
    for (const char* text : {"", "-", "abc", "12 children", "1,95", "Total", "n/a", "\xC2\xA3", "12 %%"}) {
      QVERIFY2(!parseQuantity(text).has_value(), text);
    }
  }

  void unitNamesRoundTrip() {
    for (const auto unit :
         {Unit::Count, Unit::Percent, Unit::RatePer10k, Unit::Gbp, Unit::Score, Unit::Days, Unit::Weeks, Unit::Rank}) {
      QCOMPARE(int(*unitFromName(unitName(unit))), int(unit));
    }
    QCOMPARE(QString(unitName(Unit::RatePer10k)), QString("rate_per_10k"));
  }

  void formatsNumbersForPeople() {
    QCOMPARE(QString::fromStdString(formatNumber(1954, 0)), QString("1,954"));
    QCOMPARE(QString::fromStdString(formatNumber(-79169.5, 1)), QString("-79,169.5"));
    QCOMPARE(QString::fromStdString(formatNumber(999, 0)), QString("999"));
    QCOMPARE(QString::fromStdString(formatNumber(1234567.891, 2)), QString("1,234,567.89"));
  }

  void ratesPer10kShowTheirWorking() {
    const auto rate = ratePer10k(1954, 45300);
    QVERIFY(rate);
    QCOMPARE(rate->rate, 431.3);  // 1954 / 45300 * 10000 = 431.35
    QCOMPARE(QString::fromStdString(rate->working), QString("1,954 \xC3\xB7 45,300 \xC3\x97 10,000 = 431.3"));
    QVERIFY(!ratePer10k(10, 0));
    QVERIFY(!ratePer10k(-1, 100));
  }

  void datesAreRealDays() {
    QVERIFY(!Date::make(2014, 2, 29));
    QVERIFY(Date::make(2016, 2, 29));
    QCOMPARE(QString::fromStdString(Date{2014, 3, 31}.nextDay().iso()), QString("2014-04-01"));
    QCOMPARE(QString::fromStdString(Date{2014, 1, 1}.previousDay().iso()), QString("2013-12-31"));
    QCOMPARE(QString::fromStdString(Date{2014, 1, 31}.plusMonths(1).iso()), QString("2014-02-28"));
    QCOMPARE((Date{1970, 1, 2}.dayNumber()), 1L);
    QCOMPARE((Date{2014, 3, 31}.dayNumber() - Date{2013, 3, 31}.dayNumber()), 365L);
    QCOMPARE(expandTwoDigitYear(14), 2014);
    QCOMPARE(expandTwoDigitYear(99), 1999);
  }
};

QTEST_GUILESS_MAIN(TestCoreQuantity)
#include "test_core_quantity.moc"
