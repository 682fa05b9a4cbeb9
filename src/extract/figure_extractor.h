#pragma once
// Helpers the table readers share.

#include <string>
#include <vector>

#include "pdf/table.h"
#include "pdf/word.h"

namespace sbw::extract {

// What is printed just above a table: a caption ("Table 3: Legal status of looked-after
// children"), or the end of the paragraph before it, which says what it is about but is no label.
struct TextAbove {
  std::string caption;
  std::string prose;
};

// `otherTables`: the boxes of the page's other tables, whose cells are never this one's caption.
TextAbove textAbove(const pdf::Table& table, const std::vector<pdf::Word>& pageWords,
                    const std::vector<pdf::Box>& otherTables = {});

}  // namespace sbw::extract
