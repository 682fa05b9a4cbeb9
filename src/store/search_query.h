#pragma once

#include <string>
#include <string_view>

namespace sbw::store {

// Turns what a user types into a safe FTS5 query: words must all occur (any order),
// "quoted phrases" stay phrases, a trailing * keeps prefix search. Punctuation that FTS5
// would treat as syntax is dropped, so no input can make the search fail.
// Returns an empty string when nothing searchable is left.
std::string toFtsQuery(std::string_view userQuery);

}  // namespace sbw::store
