#pragma once
// Action trackers: a shaded or ruled header band whose cells name the columns, over an unruled
// body of wrapped prose. Internal to the table engine (table_detector.cpp).

#include <vector>

#include "pdf/rulings.h"
#include "pdf/table.h"
#include "pdf/table_options.h"

namespace sbw::pdf::tracker {

// The table under `band`, or a table with no rows when the band heads no such body. The body
// stops at `taken` areas (other tables) and at `otherBands`.
Table tableUnderBand(const Box& band, const std::vector<Word>& words, const Rulings& rulings,
                     const std::vector<Box>& taken, const std::vector<Box>& otherBands, const PageMeasures& page,
                     const TableOptions& options);

}  // namespace sbw::pdf::tracker
