#pragma once
// The two kinds of sample document, laid out as boards and scrutiny committees lay theirs out: a
// board annual report (key indicators against London and England, child protection by category,
// LADO, child deaths, training, the budget) and a scrutiny agenda pack (agenda, minutes, action
// tracker, a tabled summary). The built-in sample and the scaled sample both fill them in.

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "report/sample_builder.h"

namespace sbw::report {

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
  std::string fileName;  // "" for sample-<area>-lscb-annual-report-<year>.pdf
  SampleStyle style;
};

struct MeetingFigures {
  std::string area;
  std::string council;          // "Hackney Council"
  std::string committee;        // "Children and Young People Scrutiny Commission"
  std::string date;             // as printed: "Monday 12 March 2018"
  std::string isoDate;          // "2018-03-12"
  std::string previousMeeting;  // as printed: "15 January 2018"
  std::string board;            // the board whose annual report is tabled
  std::string reportYear;       // "2016-17"
  std::string nextYear;         // the year of the work programme: "2018-19"
  std::vector<SampleAction> actions;
  std::vector<IndicatorColumn> summaryColumns;  // two years
  std::vector<IndicatorRow> summary;
  std::string reReferrals;  // printed share of re-referrals in the later year
  std::string fileName;     // "" for sample-<area>-scrutiny-agenda-<isoDate>.pdf
  SampleStyle style;
};

// More pages for a document (reports tabled as appendices, narrative chapters), added at its end.
using Appendix = std::function<void(SampleBuilder&)>;

SampleDocument boardAnnualReport(const BoardFigures& figures, const Appendix& appendix = {});
SampleDocument scrutinyAgenda(const MeetingFigures& meeting, const Appendix& appendix = {});

}  // namespace sbw::report
