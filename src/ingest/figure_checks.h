#pragma once
// Checks that look at figures together: parts that do not add up to their total, percentages that
// do not agree with their counts, the same figure printed differently in two places. Each finding
// is a quality note naming the page and the figures.

#include <vector>

#include "ingest/document_reading.h"

namespace sbw::ingest {

void checkFigures(std::vector<Figure>& figures, std::vector<QualityNote>& notes);

}  // namespace sbw::ingest
