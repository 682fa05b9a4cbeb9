#pragma once
// Bare years read against the split years a page prints. A table headed "2009 2010 2011 2012
// 2013" beside prose giving the 2013 column's figure for "2012-13" counts in years ending in each
// column's year: the column 2013 is 2012-13. A heading "Referral Source for 2013" on a page that
// reports 2012-13 means that year too. Without such evidence a bare year stays a calendar year.

#include <vector>

#include "extract/printed_figure.h"

namespace sbw::ingest {

void reconcileBareYears(std::vector<extract::PrintedFigure>& figures);

}  // namespace sbw::ingest
