#include "report/sample_documents.h"

#include "core/text.h"

namespace sbw::report {

SampleDocument boardAnnualReport(const BoardFigures& f, const Appendix& appendix) {
  const std::string& year = f.years.back();
  const std::string yearEnd = "20" + year.substr(year.size() - 2);
  SampleBuilder b(
      !f.fileName.empty() ? f.fileName : "sample-" + lowered(f.area) + "-lscb-annual-report-" + year + ".pdf",
      f.board + " Annual Report " + year + " (SAMPLE)", f.area, f.style);
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
  b.indicatorTable("Table 1: Children's social care activity, " + f.area, "Indicator", columns, f.indicators,
                   f.style.ruledTables);
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
  if (appendix) appendix(b);
  return b.take();
}

SampleDocument scrutinyAgenda(const MeetingFigures& m, const Appendix& appendix) {
  SampleBuilder b(
      !m.fileName.empty() ? m.fileName : "sample-" + lowered(m.area) + "-scrutiny-agenda-" + m.isoDate + ".pdf",
      m.committee + ", " + m.date.substr(m.date.find(' ') + 1) + " (SAMPLE)", m.area, m.style);
  b.heading(m.council);
  b.heading(m.committee, 2);
  b.banner();
  b.paragraph("<b>Meeting date:</b> " + m.date + "<br><b>Time:</b> 7.00 pm<br><b>Venue:</b> Room 102, " + m.area +
              " Town Hall");
  b.heading("Agenda", 2);
  b.paragraph(
      "1. Apologies for absence<br>2. Declarations of interest<br>3. Minutes of the previous meeting<br>"
      "4. Action tracker<br>5. " +
      m.board + " Annual Report " + m.reportYear + "<br>6. Work programme " + m.nextYear);
  b.heading("Item 3: Minutes of the meeting held on " + m.previousMeeting, 2);
  b.paragraph(
      "The Commission noted the update on the Multi-Agency Safeguarding Hub. Members asked for "
      "figures on repeat referrals to be included in the next performance report.");
  b.pageBreak();
  b.heading("Item 4: Action tracker", 2);
  b.actionTracker("Actions arising from previous meetings", m.actions);
  b.heading("Item 5: Safeguarding Children Board Annual Report " + m.reportYear, 2);
  b.paragraph("The Independent Chair presented the Board's annual report. The summary below was tabled.");
  b.indicatorTable("Table A: " + m.area + " children's social care, summary", "Indicator", m.summaryColumns, m.summary,
                   m.style.ruledTables);
  b.proseFigure("Members noted that ", m.reReferrals, " of referrals were re-referrals within 12 months.",
                "referrals were re-referrals within 12 months", m.reportYear, "percent", "re_referrals");
  if (appendix) appendix(b);
  return b.take();
}

}  // namespace sbw::report
