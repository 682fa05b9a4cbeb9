#pragma once
// Commands that need Qt Gui run a program installed beside sbw (sbw-sample, sbw-report) in sbw's own
// process: its output, errors and exit code are sbw's.

#include <string>
#include <vector>

namespace sbw::cli {

// Replaces this process with `program` (a sibling of sbw) given `args`; throws when it cannot.
[[noreturn]] void handOver(const char* program, const std::vector<std::string>& args);

}  // namespace sbw::cli
