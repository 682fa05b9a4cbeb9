#pragma once
// The scaled sample: for N London boroughs and Y years, each borough's board annual report and its
// scrutiny committee's agenda pack for that year, with invented figures and as many pages of
// narrative chapters as asked. Every figure is known with the page it is printed on, so the set is
// both a benchmark of any size (import time and memory against pages) and an accuracy test wider
// than the built-in sample: truth.json lists every page and every figure in the format of
// ../shared/pages-dev/figures.json, which ../shared/tools/figures_eval.py reads.

#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "report/sample_catalogue.h"

namespace sbw::report {

struct ScaledSampleOptions {
  int boroughs = 2;         // London boroughs, in the order of their ONS codes (at most 33)
  int years = 1;            // financial years reported on, one after another
  int firstYear = 2014;     // the first of them begins in April of this year
  int narrativePages = 10;  // pages of narrative chapters each document carries after its figures
  std::uint64_t seed = 1;   // the same seed gives the same documents, figure for figure
};

// How many documents the options describe: two per borough and year. Throws
// std::invalid_argument, naming the option, for options out of range.
int scaledDocumentCount(const ScaledSampleOptions& options);

// Document `index` (0 .. scaledDocumentCount - 1), made on demand so that a set of any size is
// never held in memory at once. Its file name starts with the index as three digits ("007_"),
// which is how ../shared/tools' scorers name a document. Throws std::invalid_argument for options
// out of range.
SampleDocument scaledDocument(const ScaledSampleOptions& options, int index);

struct ScaledSampleWritten {
  QStringList paths;
  int pages = 0;
  int figures = 0;
};

// Writes every document into `folder` as a PDF, then truth.json: each page written and each figure
// (document, page, value, unit, area, indicator key, period). `progress` hears each file written.
// Needs a QGuiApplication (fonts). Throws std::runtime_error when a file cannot be written.
ScaledSampleWritten writeScaledSample(const QString& folder, const ScaledSampleOptions& options,
                                      const std::function<void(const QString&, int pages)>& progress = {});

// A printed period in the truth file's form: "2016-17" stays, "at 31 March 2017" is "2017-03-31".
std::string truthPeriod(const std::string& printed);

}  // namespace sbw::report
