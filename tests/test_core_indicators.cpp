// The indicator dictionary: the entries the issue names, and labels as the seeds print them.

#include <QtTest>
#include <set>

#include "core/indicator_dictionary.h"
#include "core/indicator_themes.h"

using namespace sbw;

class TestCoreIndicators : public QObject {
  Q_OBJECT
  const IndicatorDictionary& dictionary_ = IndicatorDictionary::builtIn();

  QString keyFor(const char* label) {
    const auto match = dictionary_.match(label);
    return match ? QString::fromStdString(match->indicator->key) : QString("none");
  }

 private Q_SLOTS:
  void coversTheIndicatorsUsersCompare() {
    for (const char* key : {"referrals",
                            "re_referrals",
                            "contacts",
                            "assessments",
                            "assessments_45_days",
                            "s47_enquiries",
                            "initial_conferences",
                            "initial_conferences_15_days",
                            "cp_plans",
                            "cp_category_neglect",
                            "cp_category_emotional",
                            "cp_category_physical",
                            "cp_category_sexual",
                            "cp_category_multiple",
                            "cp_plans_2_years",
                            "cp_second_plans",
                            "children_in_need",
                            "cin_plans",
                            "looked_after_children",
                            "uasc",
                            "placement_stability_moves",
                            "care_leavers_eet",
                            "private_fostering",
                            "lado_contacts",
                            "lado_referrals",
                            "child_death_notifications",
                            "child_death_reviews",
                            "child_deaths_modifiable",
                            "serious_case_reviews",
                            "missing_episodes",
                            "cse",
                            "fgm",
                            "neet",
                            "first_time_entrants",
                            "training_delivered",
                            "partner_contributions",
                            "expenditure",
                            "reserves",
                            "population",
                            "child_population"}) {
      QVERIFY2(dictionary_.byKey(key), key);
    }
    QVERIFY(dictionary_.all().size() >= 70);
  }

  void entriesAreComplete() {
    std::set<std::string> keys;
    for (const Indicator& indicator : dictionary_.all()) {
      QVERIFY2(keys.insert(indicator.key).second, indicator.key.c_str());
      QVERIFY(!indicator.label.empty());
      QVERIFY(!indicator.shortLabel.empty());
      QVERIFY(!indicator.synonyms.empty());
      QVERIFY(indicator.precision >= 0 && indicator.precision <= 2);
      // Every entry's own label finds it.
      QCOMPARE(keyFor(indicator.label.c_str()), QString::fromStdString(indicator.key));
    }
  }

  void unitsAndPolarities() {
    QCOMPARE(int(dictionary_.byKey("re_referrals")->unit), int(Unit::Percent));
    QCOMPARE(int(dictionary_.byKey("re_referrals")->polarity), int(Polarity::LowerIsBetter));
    QCOMPARE(int(dictionary_.byKey("care_leavers_eet")->polarity), int(Polarity::HigherIsBetter));
    QCOMPARE(int(dictionary_.byKey("referrals")->polarity), int(Polarity::Neutral));
    QCOMPARE(int(dictionary_.byKey("reserves")->unit), int(Unit::Gbp));
    QCOMPARE(int(dictionary_.byKey("cp_plan_rate")->unit), int(Unit::RatePer10k));
    QCOMPARE(QString::fromStdString(dictionary_.byKey("cp_plans")->shortLabel), QString("CP plans"));
  }

  void childProtectionPlansInTheirPrintedForms() {
    QCOMPARE(keyFor("children subject to a child protection plan"), QString("cp_plans"));
    QCOMPARE(keyFor("CP plans"), QString("cp_plans"));
    QCOMPARE(keyFor("Nos of children subject to child protection plan"), QString("cp_plans"));
    QCOMPARE(keyFor("Number of children subject to a Child Protection Plan at 31 March"), QString("cp_plans"));
  }

  void narrowerEntriesWinOverTheBroaderOnesTheyContain() {
    QCOMPARE(keyFor("Re-referrals within 12 months"), QString("re_referrals"));
    QCOMPARE(keyFor("rate of re-referrals within in twelve months"), QString("re_referrals"));
    QCOMPARE(keyFor("Referrals"), QString("referrals"));
    QCOMPARE(keyFor("Children becoming the subject of a child protection plan for a second or subsequent time"),
             QString("cp_second_plans"));
    QCOMPARE(keyFor("percentage of children subject to a Child Protection Plan under the category of Neglect"),
             QString("cp_category_neglect"));
    QCOMPARE(keyFor("Assessments completed within 45 working days"), QString("assessments_45_days"));
    QCOMPARE(keyFor("Initial child protection conferences held within 15 working days"),
             QString("initial_conferences_15_days"));
    QCOMPARE(keyFor("Referrals progressed to Assessment."), QString("referral_conversion"));
    QCOMPARE(keyFor("Number of LADO referrals"), QString("lado_referrals"));
    QCOMPARE(keyFor("LADO"), QString("lado_contacts"));
    QCOMPARE(keyFor("Child protection plans lasting 2 years or more"), QString("cp_plans_2_years"));
  }

  void labelsFromTheSeeds() {
    QCOMPARE(keyFor("Three Month Averages - NEET June 2014"), QString("neet"));
    QCOMPARE(keyFor("Total Partner Contributions"), QString("partner_contributions"));
    QCOMPARE(keyFor("Reserves Brought Forward"), QString("reserves"));
    QCOMPARE(keyFor("Total expenditure"), QString("expenditure"));
    QCOMPARE(keyFor("Total number Contacts received by MASH and Early Help"), QString("contacts"));
    QCOMPARE(keyFor("Repeat contacts to social care within a year (of total contacts received in Triage/MASH)"),
             QString("repeat_contacts"));
    QCOMPARE(keyFor("number of section 47 child protection enquires"), QString("s47_enquiries"));
    QCOMPARE(keyFor("S47"), QString("s47_enquiries"));
    QCOMPARE(keyFor("Private Fostering"), QString("private_fostering"));
    QCOMPARE(keyFor("number of unaccompanied asylum seeking children"), QString("uasc"));
    QCOMPARE(keyFor("Looked After Children"), QString("looked_after_children"));
    QCOMPARE(keyFor("CIN"), QString("children_in_need"));
    QCOMPARE(keyFor("Operation Encompass notifications"), QString("domestic_abuse_notifications"));
    QCOMPARE(keyFor("Serious Case Review x 2"), QString("serious_case_reviews"));
    QCOMPARE(keyFor("child deaths reviewed by the CDOP"), QString("child_death_reviews"));
    QCOMPARE(keyFor("Female Genital Mutilation"), QString("fgm"));
  }

  void commonWordsOnlyMatchAsTheWholeLabel() {
    QCOMPARE(keyFor("Multiple"), QString("cp_category_multiple"));
    QCOMPARE(keyFor("Emotional"), QString("cp_category_emotional"));
    QCOMPARE(keyFor("Emotional Wellbeing during Covid-19 Restrictions"), QString("none"));
    QCOMPARE(keyFor("Training"), QString("training_delivered"));
    QCOMPARE(keyFor("Pickled herring"), QString("none"));
    QCOMPARE(keyFor(""), QString("none"));
  }

  void matchesSayHowTheyMatched() {
    const auto whole = dictionary_.match("CP plans");
    QVERIFY(whole && whole->whole);
    const auto within = dictionary_.match("Number of CP plans this quarter");
    QVERIFY(within && !within->whole);
    QCOMPARE(QString::fromStdString(within->synonym), QString("CP plans"));
    QVERIFY(dictionary_.match("cp_plans")->whole);  // a key is its own label
  }

  void labelWordsFoldCaseAmpersandsAndPlurals() {
    // "Children's" loses its apostrophe and then its s: possessive and plural compare alike.
    QCOMPARE(labelWords("Children's Referrals & Assessments"),
             (std::vector<std::string>{"children", "referral", "and", "assessment"}));
    QCOMPARE(labelWords("Re-referrals"), (std::vector<std::string>{"re", "referral"}));
  }

  void malformedDictionariesAreRefused() {
    const std::string header = "key\tlabel\tshort_label\tunit\tpolarity\tprecision\trefines\tsynonyms\n";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             IndicatorDictionary::fromTsv(header + "a\tA\tA\tlitres\tneutral\t0\n"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, IndicatorDictionary::fromTsv(header + "a\tA\tA\tcount\tgood\t0\n"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             IndicatorDictionary::fromTsv(header + "a\tA\tA\tcount\tneutral\t0\tmissing\n"));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        IndicatorDictionary::fromTsv(header + "a\tA\tA\tcount\tneutral\t0\n" + "a\tB\tB\tcount\tneutral\t0\n"));
  }
  void everyIndicatorHasOneTheme() {
    const IndicatorThemes& themes = IndicatorThemes::builtIn();
    QVERIFY(themes.all().size() >= 5);
    for (const auto& indicator : dictionary_.all()) {
      const IndicatorTheme* theme = themes.themeOf(indicator.key);
      QVERIFY2(theme, indicator.key.c_str());
    }
    QCOMPARE(themes.themeOf("cp_plans")->name, std::string("Assessment and child protection"));
    QCOMPARE(themes.themeOf("lado_referrals"), themes.themeOf("child_death_reviews"));
    QVERIFY(themes.themeOf("no_such_key") == nullptr);
  }

  void malformedThemesAreRefused() {
    const std::string dictionaryText =
        "key\tlabel\tshort_label\tunit\tpolarity\tprecision\trefines\tsynonyms\n"
        "a\tAlpha\tAlpha\tcount\tneutral\t0\nb\tBeta\tBeta\tcount\tneutral\t0\n";
    const IndicatorDictionary dictionary = IndicatorDictionary::fromTsv(dictionaryText);
    const std::string header = "theme\tindicators\n";
    QCOMPARE(IndicatorThemes::fromTsv(header + "One\ta\nTwo\tb\n", dictionary).all().size(), size_t{2});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, IndicatorThemes::fromTsv(header + "One\ta\n", dictionary));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, IndicatorThemes::fromTsv(header + "One\ta|b|c\n", dictionary));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             IndicatorThemes::fromTsv(header + "One\ta|b\nTwo\tb\n", dictionary));
  }
};

QTEST_GUILESS_MAIN(TestCoreIndicators)
#include "test_core_indicators.moc"
