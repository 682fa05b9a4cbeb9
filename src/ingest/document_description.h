#pragma once
// A title that says what a document is, for lists and search results: who (the committee or
// board, or the areas), what (agenda pack, minutes, annual report, report) and when (the meeting
// date, or the year reported on). "PRESENT" or a bare list of boroughs, as a first line or the
// PDF's metadata may give, says none of that.
//
//   Children, Sport & Leisure Policy & Scrutiny Committee (Westminster): agenda pack, 6 October 2014
//   Havering Safeguarding Children Board: annual report 2016-17
//   Tri-borough (Hammersmith & Fulham, Kensington and Chelsea, Westminster): report, October 2020 – March 2021

#include <string>

#include "ingest/document_reading.h"

namespace sbw::ingest {

// `printedTitle` is the title the document gives itself (metadata or its first line).
std::string describeDocument(const DocumentReading& reading, const std::string& printedTitle);

}  // namespace sbw::ingest
