#pragma once
// Helpers the table readers share.

#include <string>
#include <vector>

#include "pdf/table.h"
#include "pdf/word.h"

namespace sbw::extract {

// The line or two printed just above a table, where its caption stands.
std::string captionAbove(const pdf::Table& table, const std::vector<pdf::Word>& pageWords);

}  // namespace sbw::extract
