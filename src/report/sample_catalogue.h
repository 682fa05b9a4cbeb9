#pragma once
// The built-in SAMPLE documents: invented figures for real boroughs, laid out the way board
// annual reports and scrutiny agenda packs are. Every figure is listed here, so tests can
// check what the importer and extractors find, and a new user sees realistic content at once.

#include <string>
#include <vector>

namespace sbw::report {

struct SampleFigure {
  std::string area;          // as printed ("Camden", "London", "England")
  std::string indicator;     // the row label or phrase as printed
  std::string period;        // as printed ("2016-17", "at 31 March 2017")
  std::string printed;       // the value exactly as printed ("2,134", "18.2%", "£145,000")
  double value = 0;          // the number it stands for
  std::string unit;          // count, percent, rate_per_10k, gbp
  std::string kind;          // "table" or "prose"
  std::string indicatorKey;  // the dictionary key a reader should give it; "" for none
  int page = 0;              // 1-based page it is printed on, once the document is written; 0 before
};

struct SampleAction {
  std::string reference;
  std::string text;
  std::string owner;
  std::string due;     // as printed
  std::string status;  // as printed
  std::string rag;     // Red, Amber, Green
};

struct SampleDocument {
  std::string fileName;
  std::string title;
  std::string area;
  std::vector<SampleFigure> figures;
  std::vector<SampleAction> actions;
  std::string html;  // what the PDF is typeset from
};

const std::vector<SampleDocument>& sampleCatalogue();

}  // namespace sbw::report
