#pragma once

#include <string>
#include <vector>

#include "pdf/word.h"

namespace sbw::extract {

// The title a user would read off the cover: the PDF's own Title when it is meaningful,
// otherwise the largest text on the first page.
std::string documentTitle(const std::string& metadataTitle, const std::vector<pdf::Word>& firstPageWords);

}  // namespace sbw::extract
