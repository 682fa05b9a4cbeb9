#pragma once
// What kind of thing a path is, in the words an error message uses: "a FIFO (named pipe)".

#include <filesystem>
#include <string>

namespace sbw {

// "a folder", "a FIFO (named pipe)", "a character device", "a block device", "a socket", or
// "a regular file"; "an unusual file" for anything else.
std::string fileTypeName(const std::filesystem::file_status& status);

}  // namespace sbw
