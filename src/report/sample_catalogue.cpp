#include "report/sample_catalogue.h"

#include "core/text.h"
#include "report/sample_builder.h"

namespace sbw::report {
namespace {

struct BoardFigures {
  std::string area;
  std::string board;
  std::vector<std::string> years;  // three financial years, oldest first
  std::vector<IndicatorRow> indicators;
  std::vector<std::pair<std::string, std::string>> contributions;
  std::vector<std::string> shares;
  std::vector<std::string> categories;  // printed counts: neglect, emotional, physical, sexual, multiple
  std::vector<std::string> categoryShares;
  std::string ladoContacts, ladoReferrals, childDeaths, privateFostering, trainingPlaces;
};

SampleDocument boardAnnualReport(const BoardFigures& f) {
  const std::string& year = f.years.back();
  const std::string yearEnd = "20" + year.substr(year.size() - 2);
  SampleBuilder b("sample-" + lowered(f.area) + "-lscb-annual-report-" + year + ".pdf",
                  f.board + " Annual Report " + year + " (SAMPLE)", f.area);
  b.heading(f.board);
  b.heading("Annual Report " + year, 2);
  b.banner();
  b.paragraph("This report sets out how well children in " + f.area + " were safeguarded during " + year +
              ", what the Board's partners did, and the Board's priorities "
              "for the year ahead. It is published under section 14A of the Children Act 2004.");
  b.heading("1. Key indicators", 2);
  b.paragraph("The table compares " + f.area +
              " with London and England. Figures for London and England are "
              "shown for the latest year only.");
  std::vector<IndicatorColumn> columns;
  for (const auto& y : f.years) columns.push_back({y, f.area, y});
  columns.push_back({"London " + year, "London", year});
  columns.push_back({"England " + year, "England", year});
  b.indicatorTable("Table 1: Children's social care activity, " + f.area, "Indicator", columns, f.indicators, true);
  b.proseFigure("Over the year the Local Authority Designated Officer (LADO) received ", f.ladoContacts,
                " contacts about adults working with children.", "contacts about adults working with children", year,
                "count", "lado_contacts");
  b.proseFigure("Of these, ", f.ladoReferrals, " met the threshold for a LADO referral.",
                "threshold for a LADO referral", year, "count", "lado_referrals");
  b.pageBreak();
  b.heading("2. Child protection", 2);
  b.paragraph(
      "Children become subject to a child protection plan under the category of abuse that best describes "
      "their circumstances at the initial conference.");
  std::vector<IndicatorRow> categories;
  const char* labels[] = {"Neglect", "Emotional abuse", "Physical abuse", "Sexual abuse", "Multiple"};
  const char* keys[] = {"cp_category_neglect", "cp_category_emotional", "cp_category_physical", "cp_category_sexual",
                        "cp_category_multiple"};
  for (size_t i = 0; i < f.categories.size(); ++i) {
    categories.push_back({std::string("Child protection plans: ") + labels[i],
                          "count",
                          {f.categories[i], f.categoryShares[i]},
                          keys[i]});
  }
  b.indicatorTable("Table 2: Child protection plans by category of abuse, at 31 March " + yearEnd, "Category",
                   {{"Number", f.area, "at 31 March " + yearEnd}, {"Per cent", f.area, "at 31 March " + yearEnd}},
                   categories, false);
  b.proseFigure("The Child Death Overview Panel was notified of ", f.childDeaths, " child deaths in " + year + ".",
                "child deaths", year, "count", "child_death_notifications");
  b.proseFigure("At 31 March " + yearEnd + ", ", f.privateFostering,
                " children were known to be living in private fostering arrangements.",
                "private fostering arrangements", "at 31 March " + yearEnd, "count", "private_fostering");
  b.heading("3. Training and budget", 2);
  b.proseFigure("The Board's multi-agency training programme provided ", f.trainingPlaces,
                " training places to staff from partner agencies.", "training places", year, "count",
                "training_delivered");
  b.budgetTable("Table 3: Partner contributions to the Board's budget", year, f.contributions, f.shares);
  b.paragraph(
      "The Board ended the year within budget. Any underspend is carried forward as a reserve for the "
      "multi-agency training programme.");
  return b.take();
}

SampleDocument scrutinyAgenda() {
  SampleBuilder b("sample-hackney-scrutiny-agenda-2018-03-12.pdf",
                  "Children and Young People Scrutiny Commission, 12 March 2018 (SAMPLE)", "Hackney");
  b.heading("Hackney Council");
  b.heading("Children and Young People Scrutiny Commission", 2);
  b.banner();
  b.paragraph(
      "<b>Meeting date:</b> Monday 12 March 2018<br><b>Time:</b> 7.00 pm<br><b>Venue:</b> Room 102, "
      "Hackney Town Hall");
  b.heading("Agenda", 2);
  b.paragraph(
      "1. Apologies for absence<br>2. Declarations of interest<br>3. Minutes of the previous meeting<br>"
      "4. Action tracker<br>5. City and Hackney Safeguarding Children Board Annual Report 2016-17<br>"
      "6. Work programme 2018-19");
  b.heading("Item 3: Minutes of the meeting held on 15 January 2018", 2);
  b.paragraph(
      "The Commission noted the update on the Multi-Agency Safeguarding Hub. Members asked for "
      "figures on repeat referrals to be included in the next performance report.");
  b.pageBreak();
  b.heading("Item 4: Action tracker", 2);
  b.actionTracker(
      "Actions arising from previous meetings",
      {{"A1", "Provide a breakdown of re-referrals within 12 months by referral source, including schools and police.",
        "Head of Service, Children's Social Care", "March 2018", "Complete", "Green"},
       {"A2",
        "Report on the take-up of early help assessments by secondary schools, with a comparison to "
        "statistical neighbours.",
        "Director of Education", "June 2018", "In progress", "Amber"},
       {"A3", "Circulate the Safeguarding Children Board's audit of child sexual exploitation cases to all Members.",
        "Board Business Manager", "January 2018", "Overdue", "Red"},
       {"A4", "Arrange a visit for Members to the Multi-Agency Safeguarding Hub.", "Scrutiny Officer", "April 2018",
        "Open", "Amber"},
       {"A5", "Include the number of children missing from education in the quarterly performance report.",
        "Head of Performance", "May 2018", "Complete", "Green"}});
  b.heading("Item 5: Safeguarding Children Board Annual Report 2016-17", 2);
  b.paragraph("The Independent Chair presented the Board's annual report. The summary below was tabled.");
  const std::vector<IndicatorColumn> columns = {{"2015-16", "Hackney", "2015-16"}, {"2016-17", "Hackney", "2016-17"}};
  b.indicatorTable("Table A: Hackney children's social care, summary", "Indicator", columns,
                   {{"Referrals to children's social care", "count", {"3,412", "3,689"}, "referrals"},
                    {"Section 47 enquiries", "count", {"1,204", "1,318"}, "s47_enquiries"},
                    {"Children subject to a child protection plan", "count", {"266", "291"}, "cp_plans"},
                    {"Looked-after children", "count", {"384", "372"}, "looked_after_children"}},
                   true);
  b.proseFigure("Members noted that ", "14.6%", " of referrals were re-referrals within 12 months.",
                "referrals were re-referrals within 12 months", "2016-17", "percent", "re_referrals");
  return b.take();
}

std::vector<SampleDocument> buildCatalogue() {
  std::vector<SampleDocument> documents;
  documents.push_back(boardAnnualReport(
      {"Camden",
       "Camden Safeguarding Children Board",
       {"2014-15", "2015-16", "2016-17"},
       {{"Referrals to children's social care", "count", {"2,011", "2,245", "2,134", "-", "-"}, "referrals"},
        {"Re-referrals within 12 months (%)", "percent", {"16.1%", "17.4%", "18.2%", "16.9%", "21.9%"}, "re_referrals"},
        {"Children subject to a child protection plan", "count", {"164", "152", "171", "-", "-"}, "cp_plans"},
        {"Child protection plans per 10,000 children",
         "rate_per_10k",
         {"36.8", "34.1", "38.3", "38.2", "43.3"},
         "cp_plan_rate"},
        {"Looked-after children", "count", {"278", "266", "259", "-", "-"}, "looked_after_children"},
        {"Initial conferences within 15 days (%)",
         "percent",
         {"81%", "85%", "88%", "74%", "77%"},
         "initial_conferences_15_days"}},
       {{"London Borough of Camden", "£145,000"},
        {"Clinical Commissioning Group", "£68,000"},
        {"Metropolitan Police", "£5,000"},
        {"National Probation Service", "£2,000"},
        {"Schools and other partners", "£60,000"},
        {"Total", "£280,000"}},
       {"52%", "24%", "2%", "1%", "21%", "100%"},
       {"74", "52", "17", "9", "19"},
       {"43%", "30%", "10%", "5%", "11%"},
       "187",
       "64",
       "11",
       "12",
       "1,146"}));
  documents.push_back(boardAnnualReport(
      {"Islington",
       "Islington Safeguarding Children Board",
       {"2015-16", "2016-17", "2017-18"},
       {{"Referrals to children's social care", "count", {"2,872", "2,960", "3,105", "-", "-"}, "referrals"},
        {"Re-referrals within 12 months (%)", "percent", {"19.8%", "17.2%", "15.9%", "16.4%", "21.9%"}, "re_referrals"},
        {"Children subject to a child protection plan", "count", {"198", "214", "187", "-", "-"}, "cp_plans"},
        {"Child protection plans per 10,000 children",
         "rate_per_10k",
         {"47.1", "50.6", "44.0", "38.9", "45.3"},
         "cp_plan_rate"},
        {"Looked-after children", "count", {"337", "351", "362", "-", "-"}, "looked_after_children"},
        {"Initial conferences within 15 days (%)",
         "percent",
         {"72%", "79%", "83%", "75%", "77%"},
         "initial_conferences_15_days"}},
       {{"London Borough of Islington", "£162,500"},
        {"Clinical Commissioning Group", "£71,000"},
        {"Metropolitan Police", "£5,000"},
        {"National Probation Service", "£1,500"},
        {"Schools and other partners", "£40,000"},
        {"Total", "£280,000"}},
       {"58%", "25%", "2%", "1%", "14%", "100%"},
       {"89", "51", "22", "6", "19"},
       {"48%", "27%", "12%", "3%", "10%"},
       "214",
       "71",
       "14",
       "9",
       "1,382"}));
  documents.push_back(scrutinyAgenda());
  return documents;
}

}  // namespace

const std::vector<SampleDocument>& sampleCatalogue() {
  static const std::vector<SampleDocument> catalogue = buildCatalogue();
  return catalogue;
}

}  // namespace sbw::report
