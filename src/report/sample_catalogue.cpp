#include "report/sample_catalogue.h"

#include "core/text.h"
#include "report/sample_builder.h"
#include "report/sample_documents.h"

namespace sbw::report {
namespace {

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
       "1,146",
       "",
       {}}));
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
       "1,382",
       "",
       {}}));
  MeetingFigures hackney;
  hackney.area = "Hackney";
  hackney.council = "Hackney Council";
  hackney.committee = "Children and Young People Scrutiny Commission";
  hackney.date = "Monday 12 March 2018";
  hackney.isoDate = "2018-03-12";
  hackney.previousMeeting = "15 January 2018";
  hackney.board = "City and Hackney Safeguarding Children Board";
  hackney.reportYear = "2016-17";
  hackney.nextYear = "2018-19";
  hackney.actions = {
      {"A1", "Provide a breakdown of re-referrals within 12 months by referral source, including schools and police.",
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
       "Head of Performance", "May 2018", "Complete", "Green"}};
  hackney.summaryColumns = {{"2015-16", "Hackney", "2015-16"}, {"2016-17", "Hackney", "2016-17"}};
  hackney.summary = {{"Referrals to children's social care", "count", {"3,412", "3,689"}, "referrals"},
                     {"Section 47 enquiries", "count", {"1,204", "1,318"}, "s47_enquiries"},
                     {"Children subject to a child protection plan", "count", {"266", "291"}, "cp_plans"},
                     {"Looked-after children", "count", {"384", "372"}, "looked_after_children"}};
  hackney.reReferrals = "14.6%";
  documents.push_back(scrutinyAgenda(hackney));
  return documents;
}

}  // namespace

const std::vector<SampleDocument>& sampleCatalogue() {
  static const std::vector<SampleDocument> catalogue = buildCatalogue();
  return catalogue;
}

}  // namespace sbw::report
