#include "report/scaled_sample.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "core/area_registry.h"
#include "core/text.h"
#include "report/sample_documents.h"
#include "report/sample_reports.h"

namespace sbw::report {
namespace {

constexpr int kMostBoroughs = 33;     // London's 32 boroughs and the City
constexpr int kMostDocuments = 1000;  // three digits name a document

// A small deterministic generator (splitmix64): the same seed gives the same figures on every
// platform, which std::uniform_int_distribution does not promise.
class Dice {
 public:
  explicit Dice(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int between(int low, int high) { return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1)); }
  template <typename T>
  const T& pick(const std::vector<T>& from) {
    return from[static_cast<size_t>(between(0, static_cast<int>(from.size()) - 1))];
  }

 private:
  std::uint64_t state_;
};

std::uint64_t mixed(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
  Dice dice(seed * 0x100000001B3ULL ^ (a << 40) ^ (b << 20) ^ c);
  return dice.next();
}

std::string grouped(long long value) {
  std::string digits = std::to_string(value);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<size_t>(at), ",");
  return digits;
}

std::string tenths(int value) {
  char text[32];
  std::snprintf(text, sizeof text, "%d.%d", value / 10, value % 10);
  return text;
}

std::string yearLabel(int startYear) {
  char text[16];
  std::snprintf(text, sizeof text, "%d-%02d", startYear, (startYear + 1) % 100);
  return text;
}

std::string slug(const std::string& name) {
  std::string out;
  for (const char c : lowered(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  return out;
}

const std::vector<const Area*>& londonBoroughs() {
  static const std::vector<const Area*> boroughs = [] {
    std::vector<const Area*> out;
    for (const Area& area : AreaRegistry::builtIn().all()) {
      if (area.kind == AreaKind::LocalAuthority && startsWith(area.onsCode, "E09")) out.push_back(&area);
    }
    // The 32 boroughs in the order of their codes, then the City (E09000001), whose children's
    // services are far smaller than any borough's.
    const auto order = [](const Area* a) { return a->onsCode == "E09000001" ? std::string("E09999999") : a->onsCode; };
    std::sort(out.begin(), out.end(), [&](const Area* a, const Area* b) { return order(a) < order(b); });
    return out;
  }();
  return boroughs;
}

// The indicators of the key table, with the range an inner or outer London borough's figure falls in.
struct IndicatorSpec {
  const char* label;
  const char* unit;
  const char* key;
  int low, high;  // in tenths when `decimal`
  bool decimal;
  bool comparators;  // London and England figures are printed for it
  const char* suffix;
};

const std::array<IndicatorSpec, 7> kIndicators = {{
    {"Referrals to children's social care", "count", "referrals", 1500, 4500, false, false, ""},
    {"Re-referrals within 12 months (%)", "percent", "re_referrals", 120, 260, true, true, "%"},
    {"Children subject to a child protection plan", "count", "cp_plans", 120, 400, false, false, ""},
    {"Child protection plans per 10,000 children", "rate_per_10k", "cp_plan_rate", 250, 600, true, true, ""},
    {"Looked-after children", "count", "looked_after_children", 180, 520, false, false, ""},
    {"Initial conferences within 15 days (%)", "percent", "initial_conferences_15_days", 60, 95, false, true, "%"},
    {"Section 47 enquiries", "count", "s47_enquiries", 900, 1600, false, false, ""},
}};
constexpr size_t kSection47 = 6;  // tabled at scrutiny only

// A borough's figure for a year: a level of its own, moved a little each year, so that the three
// years one report prints agree with the next report's.
int boroughValue(const ScaledSampleOptions& o, int borough, int year, size_t indicator) {
  const IndicatorSpec& spec = kIndicators[indicator];
  Dice level(mixed(o.seed, static_cast<std::uint64_t>(borough) + 1, indicator + 1));
  const int base = level.between(spec.low, spec.high);
  Dice drift(mixed(o.seed, static_cast<std::uint64_t>(borough) + 1, indicator + 1, static_cast<std::uint64_t>(year)));
  const int swing = std::max(1, base / 10);
  return std::clamp(base + drift.between(-swing, swing), spec.low, spec.high);
}

// London's or England's figure for a year (region 1 or 2): one figure, whichever report prints it.
int comparatorValue(const ScaledSampleOptions& o, int region, int year, size_t indicator) {
  const IndicatorSpec& spec = kIndicators[indicator];
  Dice dice(mixed(o.seed, 100 + static_cast<std::uint64_t>(region), indicator + 1, static_cast<std::uint64_t>(year)));
  return dice.between(spec.low + (spec.high - spec.low) / 4, spec.high - (spec.high - spec.low) / 4);
}

std::string printed(const IndicatorSpec& spec, int value) {
  return (spec.decimal ? tenths(value) : grouped(value)) + spec.suffix;
}

IndicatorRow row(const ScaledSampleOptions& o, int borough, const std::vector<int>& years, size_t indicator,
                 bool withComparators) {
  const IndicatorSpec& spec = kIndicators[indicator];
  IndicatorRow out{spec.label, spec.unit, {}, spec.key};
  for (const int year : years) out.printed.push_back(printed(spec, boroughValue(o, borough, year, indicator)));
  if (withComparators) {
    for (int region = 1; region <= 2; ++region) {
      out.printed.push_back(spec.comparators ? printed(spec, comparatorValue(o, region, years.back(), indicator))
                                             : "-");
    }
  }
  return out;
}

// --- Narrative chapters: plain sentences about the board's work, with no figure in them ---------

const std::vector<std::string> kChapters = {"Early help and family support",
                                            "The voice of the child",
                                            "Neglect",
                                            "Child sexual exploitation",
                                            "Children missing from home",
                                            "Domestic abuse",
                                            "Learning from case reviews",
                                            "Multi-agency training",
                                            "Quality assurance",
                                            "Private fostering",
                                            "Allegations against staff",
                                            "Health partners",
                                            "Education and schools",
                                            "Police and community safety",
                                            "Disabled children",
                                            "Young carers",
                                            "Online safety",
                                            "Transition to adulthood"};

const std::vector<std::string> kSubjects = {"The Board",
                                            "The Quality Assurance subgroup",
                                            "The Learning and Improvement subgroup",
                                            "Partner agencies",
                                            "The Multi-Agency Safeguarding Hub",
                                            "Health colleagues",
                                            "The police",
                                            "Schools",
                                            "The Independent Chair",
                                            "Children's social care",
                                            "The Child Death Overview Panel",
                                            "Early help services",
                                            "The Local Authority Designated Officer",
                                            "Practitioners",
                                            "The voluntary sector forum",
                                            "The Business Unit"};
const std::vector<std::string> kVerbs = {"reviewed",   "discussed",   "examined",       "considered",
                                         "challenged", "reported on", "contributed to", "strengthened",
                                         "tested",     "audited",     "scrutinised",    "supported"};
const std::vector<std::string> kObjects = {"multi-agency practice in cases of neglect",
                                           "the quality of referrals from universal services",
                                           "arrangements for children who go missing from home or care",
                                           "the response to domestic abuse in families with young children",
                                           "information sharing between agencies at the front door",
                                           "the timeliness of strategy discussions",
                                           "the support offered to young carers",
                                           "the learning from local and national case reviews",
                                           "the use of chronologies in case records",
                                           "the experience of children and families in the child protection process",
                                           "the effectiveness of early help assessments",
                                           "safeguarding arrangements in schools and colleges",
                                           "the management of allegations against people who work with children",
                                           "the way practitioners record the views of children",
                                           "the transition of vulnerable young people to adult services"};
const std::vector<std::string> kQualifiers = {"and shared the learning with frontline staff",
                                              "through a programme of case file audits",
                                              "with particular attention to the voice of the child",
                                              "and agreed improvements with partner agencies",
                                              "across the partnership",
                                              "in the light of recent inspection findings",
                                              "alongside representatives of the community",
                                              "and reported its conclusions to the Board",
                                              "using feedback from children and families",
                                              "as part of its programme of scrutiny"};

std::string sentence(Dice& dice) {
  return dice.pick(kSubjects) + " " + dice.pick(kVerbs) + " " + dice.pick(kObjects) + " " + dice.pick(kQualifiers) +
         ".";
}

// Pages of chapters, each on a page of its own: a heading and paragraphs short enough to fit it.
constexpr int kParagraphsPerPage = 4;
constexpr int kSentencesPerParagraph = 5;

Appendix narrative(const ScaledSampleOptions& o, int documentIndex) {
  return [&o, documentIndex](SampleBuilder& b) {
    Dice dice(mixed(o.seed, 7, static_cast<std::uint64_t>(documentIndex) + 1));
    for (int page = 0; page < o.narrativePages; ++page) {
      b.pageBreak();
      b.heading(dice.pick(kChapters), 2);
      for (int p = 0; p < kParagraphsPerPage; ++p) {
        std::string text;
        for (int s = 0; s < kSentencesPerParagraph; ++s) text += (s == 0 ? "" : " ") + sentence(dice);
        b.paragraph(text);
      }
    }
  };
}

// A council's papers keep one house style: a sans or a serif face, 10 or 11 point, key tables
// ruled or open. Fonts from fonts-dejavu-core, which every machine the workbench runs on has.
SampleStyle houseStyle(const ScaledSampleOptions& o, int borough) {
  Dice dice(mixed(o.seed, static_cast<std::uint64_t>(borough) + 1, 80));
  SampleStyle style;
  style.font = dice.between(0, 1) == 0 ? "DejaVu Sans" : "DejaVu Serif";
  style.pointSize = dice.between(10, 11);
  style.ruledTables = dice.between(0, 1) == 0;
  return style;
}

// --- The two documents -------------------------------------------------------------------------

std::string documentPrefix(int index) {
  char text[8];
  std::snprintf(text, sizeof text, "%03d_", index);
  return text;
}

SampleDocument annualReport(const ScaledSampleOptions& o, int index, int borough, int year) {
  const Area& area = *londonBoroughs()[static_cast<size_t>(borough)];
  BoardFigures f;
  f.area = area.name;
  f.board = area.name + " Safeguarding Children Board";
  const std::vector<int> years = {year - 2, year - 1, year};
  for (const int y : years) f.years.push_back(yearLabel(y));
  for (size_t i = 0; i < kSection47; ++i) f.indicators.push_back(row(o, borough, years, i, true));
  Dice dice(mixed(o.seed, static_cast<std::uint64_t>(borough) + 1, 50, static_cast<std::uint64_t>(year)));
  // Partner contributions in pounds, rounded as budgets are, and each partner's share of the total.
  const std::vector<std::pair<std::string, int>> partners = {
      {"London Borough of " + area.name, dice.between(240, 360) * 500},
      {"Clinical Commissioning Group", dice.between(100, 160) * 500},
      {"Metropolitan Police", 5000},
      {"National Probation Service", dice.between(2, 5) * 500},
      {"Schools and other partners", dice.between(20, 60) * 1000}};
  long long total = 0;
  for (const auto& partner : partners) total += partner.second;
  for (const auto& [name, amount] : partners) {
    f.contributions.push_back({name, "£" + grouped(amount)});
    f.shares.push_back(std::to_string(static_cast<int>(std::lround(100.0 * amount / static_cast<double>(total)))) +
                       "%");
  }
  f.contributions.push_back({"Total", "£" + grouped(total)});
  f.shares.push_back("100%");
  // Child protection plans at the year's end by category, adding up to the plans in the key table.
  const int plans = boroughValue(o, borough, year, 2);
  // Shares of at most 91% in all, so that "multiple" (the rest) is never below zero.
  const std::array<int, 4> percents = {dice.between(35, 45), dice.between(20, 28), dice.between(6, 12),
                                       dice.between(2, 6)};
  std::array<int, 5> counts{};
  int counted = 0;
  for (size_t i = 0; i < percents.size(); ++i) {
    counts[i] = static_cast<int>(std::lround(plans * percents[i] / 100.0));
    counted += counts[i];
  }
  counts[4] = std::max(0, plans - counted);
  for (const int count : counts) {
    f.categories.push_back(grouped(count));
    f.categoryShares.push_back(std::to_string(static_cast<int>(std::lround(100.0 * count / plans))) + "%");
  }
  f.ladoContacts = grouped(dice.between(120, 260));
  f.ladoReferrals = grouped(dice.between(40, 90));
  f.childDeaths = grouped(dice.between(8, 20));
  f.privateFostering = grouped(dice.between(5, 20));
  f.trainingPlaces = grouped(dice.between(900, 1600));
  f.fileName = documentPrefix(index) + slug(area.name) + "-lscb-annual-report-" + yearLabel(year) + ".pdf";
  f.style = houseStyle(o, borough);
  return boardAnnualReport(f, narrative(o, index));
}

std::string monthYear(const QDate& day) { return day.toString(QStringLiteral("MMMM yyyy")).toStdString(); }

SampleDocument agendaPack(const ScaledSampleOptions& o, int index, int borough, int year) {
  const Area& area = *londonBoroughs()[static_cast<size_t>(borough)];
  Dice dice(mixed(o.seed, static_cast<std::uint64_t>(borough) + 1, 60, static_cast<std::uint64_t>(year)));
  // The board's report on a year is tabled in March of the year after it ends, on a Monday of
  // one of the first three weeks.
  QDate meeting(year + 2, 3, dice.between(1, 15));
  while (meeting.dayOfWeek() != Qt::Monday) meeting = meeting.addDays(1);
  const QDate previous = meeting.addDays(-56);
  MeetingFigures m;
  m.area = area.name;
  m.council = area.name + " Council";
  m.committee = "Children and Young People Scrutiny Commission";
  m.date = meeting.toString(QStringLiteral("dddd d MMMM yyyy")).toStdString();
  m.isoDate = meeting.toString(Qt::ISODate).toStdString();
  m.previousMeeting = previous.toString(QStringLiteral("d MMMM yyyy")).toStdString();
  m.board = area.name + " Safeguarding Children Board";
  m.reportYear = yearLabel(year);
  m.nextYear = yearLabel(year + 2);
  const std::vector<std::string> tasks = {
      "Provide a breakdown of re-referrals within 12 months by referral source, including schools and police.",
      "Report on the take-up of early help assessments by secondary schools.",
      "Circulate the Board's audit of child sexual exploitation cases to all Members.",
      "Arrange a visit for Members to the Multi-Agency Safeguarding Hub.",
      "Include the number of children missing from education in the quarterly performance report.",
      "Share the findings of the neglect audit with the Commission.",
      "Report on the sufficiency of local foster placements.",
      "Invite the Designated Nurse to present the health annual report."};
  const std::vector<std::string> owners = {"Head of Service, Children's Social Care",
                                           "Director of Education",
                                           "Board Business Manager",
                                           "Scrutiny Officer",
                                           "Head of Performance",
                                           "Designated Nurse"};
  const std::vector<std::pair<std::string, std::string>> statuses = {
      {"Complete", "Green"}, {"In progress", "Amber"}, {"Overdue", "Red"}, {"Open", "Amber"}};
  const int first = dice.between(0, static_cast<int>(tasks.size()) - 1);
  for (int a = 0; a < 5; ++a) {
    const auto& [status, rag] = dice.pick(statuses);
    m.actions.push_back({"A" + std::to_string(a + 1), tasks[static_cast<size_t>((first + a) % tasks.size())],
                         dice.pick(owners), monthYear(meeting.addMonths(dice.between(-2, 3))), status, rag});
  }
  m.summaryColumns = {{yearLabel(year - 1), area.name, yearLabel(year - 1)},
                      {yearLabel(year), area.name, yearLabel(year)}};
  for (const size_t i : {size_t{0}, kSection47, size_t{2}, size_t{4}}) {
    m.summary.push_back(row(o, borough, {year - 1, year}, i, false));
  }
  m.reReferrals = printed(kIndicators[1], boroughValue(o, borough, year, 1));
  m.fileName = documentPrefix(index) + slug(area.name) + "-scrutiny-agenda-" + m.isoDate + ".pdf";
  m.style = houseStyle(o, borough);
  return scrutinyAgenda(m, narrative(o, index));
}

constexpr int kFirstYear = 2002;  // the first year of the periods the workbench reads
constexpr int kLastYear = 2090;

void check(const ScaledSampleOptions& o) {
  if (o.boroughs < 1 || o.boroughs > kMostBoroughs)
    throw std::invalid_argument("boroughs must be from 1 to " + std::to_string(kMostBoroughs));
  if (o.firstYear < kFirstYear || o.firstYear > kLastYear)
    throw std::invalid_argument("the first year must be from " + std::to_string(kFirstYear) + " to " +
                                std::to_string(kLastYear));
  // Compared, not added: a large count must not overflow on its way to being refused.
  if (o.years < 1 || o.years > kLastYear - o.firstYear)
    throw std::invalid_argument("years must be from 1 to " + std::to_string(kLastYear - o.firstYear) +
                                " from that first year");
  if (o.narrativePages < 0 || o.narrativePages > 1000)
    throw std::invalid_argument("narrative pages must be from 0 to 1000");
  if (static_cast<long long>(o.boroughs) * o.years * 2 > kMostDocuments)
    throw std::invalid_argument("at most " + std::to_string(kMostDocuments) + " documents (boroughs x years x 2)");
}

QJsonObject truthFigure(const std::string& doc, const SampleFigure& figure) {
  QJsonObject out;
  out["doc"] = QString::fromStdString(doc);
  out["page"] = figure.page;
  out["value"] = figure.value;
  out["unit"] = QString::fromStdString(figure.unit);
  out["area"] = QString::fromStdString(figure.area);
  out["indicator_key"] = figure.indicatorKey.empty() ? QJsonValue() : QString::fromStdString(figure.indicatorKey);
  out["indicator"] = QString::fromStdString(figure.indicator);
  out["period"] = QString::fromStdString(truthPeriod(figure.period));
  out["printed"] = QString::fromStdString(figure.printed);
  out["note"] = QString::fromStdString(figure.kind == "table" ? "table cell" : "prose");
  return out;
}

}  // namespace

std::string truthPeriod(const std::string& printed) {
  static const std::vector<std::pair<std::string, std::string>> months = {{"March", "03"}, {"September", "09"}};
  for (const auto& [month, number] : months) {
    const std::string lead = "at 31 " + month + " ";
    if (startsWith(printed, lead) && printed.size() == lead.size() + 4) {
      return printed.substr(lead.size()) + "-" + number + (month == "March" ? "-31" : "-30");
    }
  }
  return printed;
}

int scaledDocumentCount(const ScaledSampleOptions& options) {
  check(options);
  return options.boroughs * options.years * 2;
}

SampleDocument scaledDocument(const ScaledSampleOptions& options, int index) {
  check(options);
  if (index < 0 || index >= scaledDocumentCount(options)) throw std::invalid_argument("no such document");
  const int pair = index / 2;
  const int borough = pair % options.boroughs;
  const int year = options.firstYear + pair / options.boroughs;
  return index % 2 == 0 ? annualReport(options, index, borough, year) : agendaPack(options, index, borough, year);
}

ScaledSampleWritten writeScaledSample(const QString& folder, const ScaledSampleOptions& options,
                                      const std::function<void(const QString&, int)>& progress) {
  check(options);
  if (!QDir().mkpath(folder)) throw std::runtime_error("cannot create folder " + folder.toStdString());
  ScaledSampleWritten written;
  QJsonArray pages;
  QJsonArray figures;
  for (int index = 0; index < scaledDocumentCount(options); ++index) {
    SampleDocument sample = scaledDocument(options, index);
    const WrittenSample pdf = writeSampleDocument(sample, folder);
    const QString& path = pdf.path;
    const int count = pdf.pages;
    const std::map<QString, int>& anchors = pdf.anchorPages;
    const std::string doc = sample.fileName.substr(0, 3);
    for (int page = 1; page <= count; ++page) {
      pages.append(QJsonObject{
          {"doc", QString::fromStdString(doc)}, {"page", page}, {"file", QString::fromStdString(sample.fileName)}});
    }
    for (size_t i = 0; i < sample.figures.size(); ++i) {
      const auto it = anchors.find(QString::fromStdString(figureAnchor(i)));
      if (it == anchors.end()) throw std::runtime_error(sample.fileName + ": a figure's page was not found");
      sample.figures[i].page = it->second;
      figures.append(truthFigure(doc, sample.figures[i]));
    }
    written.paths << path;
    written.pages += count;
    written.figures += static_cast<int>(sample.figures.size());
    if (progress) progress(path, count);
  }
  QFile truth(QDir(folder).filePath(QStringLiteral("truth.json")));
  if (!truth.open(QIODevice::WriteOnly | QIODevice::Truncate))
    throw std::runtime_error("cannot write " + truth.fileName().toStdString());
  truth.write(QJsonDocument(QJsonObject{{"pages", pages}, {"figures", figures}}).toJson(QJsonDocument::Compact));
  return written;
}

}  // namespace sbw::report
