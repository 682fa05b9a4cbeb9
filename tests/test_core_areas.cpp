// The area registry: every authority with children's services, with the real ONS codes, the
// reorganisations that renamed or split them, partnerships with their dates, and aliases as printed.

#include <QtTest>
#include <set>

#include "core/area_registry.h"

using namespace sbw;

class TestCoreAreas : public QObject {
  Q_OBJECT
  const AreaRegistry& registry_ = AreaRegistry::builtIn();

  QString codeOf(const char* printed, std::optional<Date> on = std::nullopt) {
    const Area* area = registry_.resolve(printed, on);
    return area ? QString::fromStdString(area->onsCode.empty() ? area->key : area->onsCode) : QString("none");
  }

 private Q_SLOTS:
  void everyNameMayBeginWithItsFirstWordAndOrdinaryWordsMayNot() {
    for (const Area& area : registry_.all()) {
      std::vector<std::string> printed = area.aliases;
      printed.push_back(area.name);
      for (const std::string& name : printed) {
        const std::string first = name.substr(0, name.find(' '));
        QVERIFY2(registry_.mayBeginName(first), name.c_str());
        QVERIFY2(registry_.resolve(name) != nullptr, name.c_str());
      }
    }
    // The wrappers a name is printed in begin names too.
    for (const char* wrapper : {"London", "Royal", "The", "City", "LB", "Borough"})
      QVERIFY(registry_.mayBeginName(wrapper));
    QCOMPARE(codeOf("London Borough of Hackney"), QString("E09000012"));
    QCOMPARE(codeOf("The Royal Borough of Greenwich"), QString("E09000011"));
    for (const char* word : {"Referrals", "Children", "Board", "Ofsted", "During"}) {
      QVERIFY2(!registry_.mayBeginName(word), word);
    }
  }

  void holdsThe153AuthoritiesOf2023AndTheirPredecessors() {
    int current = 0, former = 0;
    std::set<std::string> codes;
    for (const Area& area : registry_.all()) {
      if (area.kind != AreaKind::LocalAuthority) continue;
      QVERIFY2(codes.insert(area.onsCode).second, area.onsCode.c_str());
      const std::string prefix = area.onsCode.substr(0, 3);
      QVERIFY2(prefix == "E06" || prefix == "E08" || prefix == "E09" || prefix == "E10", area.onsCode.c_str());
      QCOMPARE(area.onsCode.size(), size_t(9));
      area.validTo ? ++former : ++current;
    }
    QCOMPARE(current, 153);  // 63 unitary, 36 metropolitan, 33 London (with the City), 21 counties
    QCOMPARE(former, 8);  // Bournemouth, Poole, Dorset, Buckinghamshire, Northamptonshire, Cumbria, N Yorks, Somerset
  }

  void everyAuthorityIsInARegionAndLondonSplitsInnerAndOuter() {
    int total = 0;
    for (const Area& area : registry_.all()) {
      if (area.kind == AreaKind::Region) total += int(registry_.members(area).size());
    }
    QCOMPARE(total, 153);
    const Area* london = registry_.byKey("E12000007");
    QVERIFY(london);
    QCOMPARE(registry_.members(*london).size(), size_t(33));
    QCOMPARE(registry_.members(*registry_.resolve("Inner London")).size(), size_t(14));
    QCOMPARE(registry_.members(*registry_.resolve("Outer London")).size(), size_t(19));
    QCOMPARE(registry_.members(*registry_.resolve("England")).size(), size_t(9));
    QCOMPARE(int(registry_.resolve("Newham")->london), int(LondonPart::Inner));  // ONS statistical definition
    QCOMPARE(int(registry_.resolve("Greenwich")->london), int(LondonPart::Outer));
  }

  void knownCodes() {
    QCOMPARE(codeOf("Westminster"), QString("E09000033"));
    QCOMPARE(codeOf("Hammersmith and Fulham"), QString("E09000013"));
    QCOMPARE(codeOf("Kensington and Chelsea"), QString("E09000020"));
    QCOMPARE(codeOf("Tower Hamlets"), QString("E09000030"));
    QCOMPARE(codeOf("Havering"), QString("E09000016"));
    QCOMPARE(codeOf("Hackney"), QString("E09000012"));
    QCOMPARE(codeOf("Birmingham"), QString("E08000025"));
    QCOMPARE(codeOf("Kent"), QString("E10000016"));
    QCOMPARE(codeOf("Isles of Scilly"), QString("E06000053"));
    QCOMPARE(codeOf("England"), QString("E92000001"));
    QCOMPARE(codeOf("London"), QString("E12000007"));
    QCOMPARE(codeOf("Inner London"), QString("E13000001"));
  }

  void aliasesAsPrintedInReports() {
    for (const char* name : {"LBHF", "H&F", "Hammersmith & Fulham", "LBH&F", "London Borough of Hammersmith and Fulham",
                             "hammersmith and fulham council"}) {
      QCOMPARE(codeOf(name), QString("E09000013"));
    }
    for (const char* name : {"RBKC", "K&C", "Kensington & Chelsea", "Royal Borough of Kensington and Chelsea"}) {
      QCOMPARE(codeOf(name), QString("E09000020"));
    }
    for (const char* name : {"WCC", "City of Westminster", "Westminster City Council", "westminster"}) {
      QCOMPARE(codeOf(name), QString("E09000033"));
    }
    for (const char* name : {"LBTH", "London Borough of Tower Hamlets", "Tower Hamlets Council"}) {
      QCOMPARE(codeOf(name), QString("E09000030"));
    }
    QCOMPARE(codeOf("London Borough of Havering"), QString("E09000016"));
    QCOMPARE(codeOf("England average"), QString("E92000001"));
    QCOMPARE(codeOf("national average"), QString("E92000001"));
    QCOMPARE(codeOf("London average"), QString("E12000007"));
    QCOMPARE(codeOf("Kingston upon Hull, City of"), QString("E06000010"));
    QCOMPARE(codeOf("St. Helens"), QString("E08000013"));
    QCOMPARE(codeOf("Bristol, City of"), QString("E06000023"));
    QCOMPARE(codeOf("E09000033"), QString("E09000033"));
  }

  void theCityOfLondonIsNotLondon() {
    QCOMPARE(codeOf("City of London"), QString("E09000001"));
    QCOMPARE(codeOf("City of London Corporation"), QString("E09000001"));
  }

  void unknownNamesResolveToNothing() {
    QCOMPARE(codeOf("Gotham"), QString("none"));
    QCOMPARE(codeOf(""), QString("none"));
    QCOMPARE(codeOf("Statistical neighbours"), QString("none"));
  }

  void reorganisationsPickTheAuthorityOfTheDay() {
    QCOMPARE(codeOf("Dorset", Date{2018, 6, 30}), QString("E10000009"));
    QCOMPARE(codeOf("Dorset", Date{2019, 4, 1}), QString("E06000059"));
    QCOMPARE(codeOf("Dorset"), QString("E06000059"));  // no day: the current one
    QCOMPARE(codeOf("Bournemouth, Christchurch and Poole"), QString("E06000058"));
    QCOMPARE(codeOf("BCP"), QString("E06000058"));
    QCOMPARE(codeOf("Poole"), QString("E06000029"));
    QCOMPARE(registry_.byKey("E06000029")->validTo->iso(), std::string("2019-03-31"));
    QCOMPARE(codeOf("Buckinghamshire", Date{2019, 3, 31}), QString("E10000002"));
    QCOMPARE(codeOf("Buckinghamshire", Date{2020, 4, 1}), QString("E06000060"));
    QCOMPARE(codeOf("Northamptonshire"), QString("E10000021"));
    QCOMPARE(registry_.byKey("E10000021")->validTo->iso(), std::string("2021-03-31"));
    QCOMPARE(codeOf("North Northamptonshire"), QString("E06000061"));
    QCOMPARE(codeOf("West Northamptonshire"), QString("E06000062"));
    QCOMPARE(codeOf("Cumbria"), QString("E10000006"));
    QCOMPARE(codeOf("Cumberland"), QString("E06000063"));
    QCOMPARE(codeOf("Westmorland and Furness"), QString("E06000064"));
    QCOMPARE(codeOf("North Yorkshire", Date{2022, 3, 31}), QString("E10000023"));
    QCOMPARE(codeOf("North Yorkshire", Date{2023, 4, 1}), QString("E06000065"));
    QCOMPARE(codeOf("Somerset", Date{2016, 3, 31}), QString("E10000027"));
    QCOMPARE(codeOf("Somerset", Date{2024, 3, 31}), QString("E06000066"));
    QVERIFY(registry_.byKey("E06000065")->validFrom == (Date{2023, 4, 1}));
  }

  void formerCodesFindTheirAuthority() {
    QCOMPARE(QString::fromStdString(registry_.byCode("E06000048")->name), QString("Northumberland"));
    QCOMPARE(QString::fromStdString(registry_.byCode("E08000020")->name), QString("Gateshead"));
    QCOMPARE(QString::fromStdString(registry_.byCode("E06000057")->name), QString("Northumberland"));
    QVERIFY(!registry_.byCode("E99999999"));
  }

  void partnershipsWithTheirDates() {
    const Area* tri = registry_.resolve("Tri-borough LSCB");
    QVERIFY(tri);
    QCOMPARE(QString::fromStdString(tri->key), QString("tri-borough"));
    QCOMPARE(int(tri->kind), int(AreaKind::Partnership));
    QVERIFY(tri->onsCode.empty());
    QCOMPARE(tri->validFrom->iso(), std::string("2012-04-01"));
    QCOMPARE(tri->validTo->iso(), std::string("2021-03-31"));
    QCOMPARE(registry_.resolve("Tri-borough Local Safeguarding Children Board"), tri);
    QCOMPARE(registry_.resolve("triborough"), tri);
    std::set<std::string> members;
    for (const Area* member : registry_.members(*tri)) members.insert(member->name);
    QCOMPARE(members, (std::set<std::string>{"Hammersmith and Fulham", "Kensington and Chelsea", "Westminster"}));

    const Area* westminster = registry_.resolve("Westminster");
    const auto before = registry_.partnershipsOf(*westminster, Date{2020, 10, 1});
    QCOMPARE(before.size(), size_t(1));
    QCOMPARE(before.front(), tri);
    const auto after = registry_.partnershipsOf(*westminster, Date{2021, 4, 1});
    QCOMPARE(after.size(), size_t(1));
    QCOMPARE(QString::fromStdString(after.front()->key), QString("bi-borough"));
    QVERIFY(registry_.partnershipsOf(*registry_.resolve("LBHF"), Date{2021, 4, 1}).empty());

    QCOMPARE(registry_.members(*registry_.resolve("Berkshire West Safeguarding Children Partnership")).size(),
             size_t(3));
    QCOMPARE(registry_.partnershipsOf(*registry_.resolve("BCP")).size(), size_t(1));
    int partnerships = 0;
    for (const Area& area : registry_.all()) partnerships += area.kind == AreaKind::Partnership ? 1 : 0;
    QCOMPARE(partnerships, 7);

    const Area* cityAndHackney = registry_.resolve("City & Hackney Safeguarding Children Partnership");
    QVERIFY(cityAndHackney);
    QCOMPARE(registry_.members(*cityAndHackney).size(), size_t(2));
  }

  void malformedRegistriesAreRefused() {
    const std::string header =
        "key\tname\tons_code\tkind\tregion\tlondon\tvalid_from\tvalid_to\tmembers\taliases\tformer_codes\n";
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             AreaRegistry::fromTsv(header + "A\tOne\tA\tlocal_authority\n" + "A\tTwo\tA\tregion\n"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AreaRegistry::fromTsv(header + "A\tOne\tA\tcounty\n"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             AreaRegistry::fromTsv(header + "P\tPair\t\tpartnership\t\t\t\t\tX|Y\n"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             AreaRegistry::fromTsv(header + "A\tOne\tA\tlocal_authority\t\t\t2019-02-30\n"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AreaRegistry::fromTsv("key\tname\n"));
    const auto small = AreaRegistry::fromTsv(header + "# comment\nA\tOne\tA1\tlocal_authority\t\t\t\t\t\tUno|First\n");
    QCOMPARE(small.all().size(), size_t(1));
    QCOMPARE(small.resolve("uno"), &small.all().front());
  }

  void nameKeysIgnoreCaseAmpersandsAndPunctuation() {
    QCOMPARE(QString::fromStdString(areaNameKey("Hammersmith & Fulham")), QString("hammersmith and fulham"));
    QCOMPARE(QString::fromStdString(areaNameKey("St. Helens")), QString("st helens"));
    QCOMPARE(QString::fromStdString(areaNameKey("Stockton-on-Tees")), QString("stockton on tees"));
    QCOMPARE(QString::fromStdString(areaNameKey("King\xE2\x80\x99s Lynn")), QString("kings lynn"));
  }
};

QTEST_GUILESS_MAIN(TestCoreAreas)
#include "test_core_areas.moc"
