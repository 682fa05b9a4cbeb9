#include <QtTest>

#include "core/text.h"

class TestCoreText : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void trimsAsciiAndNonBreakingSpace() {
    QCOMPARE(sbw::trimmed("  Camden \t\n"), std::string("Camden"));
    QCOMPARE(sbw::trimmed("\xC2\xA0"
                          "2,134\xC2\xA0"),
             std::string("2,134"));
    QCOMPARE(sbw::trimmed("   "), std::string());
  }
  void simplifiesInnerRuns() {
    QCOMPARE(sbw::simplified("  Children  in\n need "), std::string("Children in need"));
    QCOMPARE(sbw::simplified("a\xC2\xA0\xC2\xA0"
                             "b"),
             std::string("a b"));
  }
  void lowersAsciiOnlyAndKeepsUtf8() {
    QCOMPARE(sbw::lowered("LADO £1.3M"), std::string("lado £1.3m"));
    QVERIFY(sbw::iequals("WCC", "wcc"));
    QVERIFY(!sbw::iequals("WCC", "wc"));
  }
  void expandsLigatures() {
    QCOMPARE(sbw::withoutLigatures("O\xEF\xAC\x83"
                                   "cer"),
             std::string("Officer"));
    QCOMPARE(sbw::withoutLigatures("\xEF\xAC\x81gures \xEF\xAC\x82ow"), std::string("figures flow"));
    QCOMPARE(sbw::withoutLigatures("£1.3m"), std::string("£1.3m"));
    QCOMPARE(sbw::withoutLigatures("\xEF\xAC"), std::string("\xEF\xAC"));  // cut short: left alone
  }
  void splitsAndJoins() {
    const auto parts = sbw::split("a,,b", ',');
    QCOMPARE(parts.size(), size_t(3));
    QCOMPARE(parts[1], std::string());
    QCOMPARE(sbw::join(parts, "|"), std::string("a||b"));
    QVERIFY(sbw::startsWith("2013-14", "2013"));
    QVERIFY(sbw::endsWith("report.pdf", ".pdf"));
    QVERIFY(!sbw::endsWith("pdf", "report.pdf"));
  }
};

QTEST_APPLESS_MAIN(TestCoreText)
#include "test_core_text.moc"
