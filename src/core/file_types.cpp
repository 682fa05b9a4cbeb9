#include "core/file_types.h"

namespace sbw {

std::string fileTypeName(const std::filesystem::file_status& status) {
  switch (status.type()) {
    case std::filesystem::file_type::regular: return "a regular file";
    case std::filesystem::file_type::directory: return "a folder";
    case std::filesystem::file_type::fifo: return "a FIFO (named pipe)";
    case std::filesystem::file_type::character: return "a character device";
    case std::filesystem::file_type::block: return "a block device";
    case std::filesystem::file_type::socket: return "a socket";
    default: return "an unusual file";
  }
}

}  // namespace sbw
