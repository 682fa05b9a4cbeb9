#include "store/store_path.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "core/file_types.h"
#include "store/database.h"

namespace sbw::store {
namespace {

std::filesystem::path folderOf(const std::filesystem::path& path) {
  const auto parent = path.parent_path();
  return parent.empty() ? std::filesystem::path(".") : parent;
}

}  // namespace

void checkStorePath(const std::string& path) {
  if (path.empty()) throw StoreError("no store file named");
  if (path == ":memory:" || path.starts_with(":memory")) {
    throw StoreError("an in-memory store keeps nothing; name a store file (for example boards.sqlite)");
  }
  if (path.starts_with("file:")) {
    throw StoreError("a store is a file name, not a URI; name the file itself (for example boards.sqlite)");
  }
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    throw StoreError("is " + fileTypeName(status) + ", not a store file");
  }
}

bool storeIsWritable(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) {
    return ::access(path.c_str(), W_OK) == 0 && ::access(folderOf(path).c_str(), W_OK | X_OK) == 0;
  }
  std::filesystem::path folder = folderOf(path);
  while (!std::filesystem::exists(folder, ec) && folder != folder.parent_path()) folder = folderOf(folder);
  return ::access(folder.c_str(), W_OK | X_OK) == 0;
}

void createPrivateFolders(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> missing;
  std::error_code ec;
  for (auto at = folder; !at.empty() && !std::filesystem::exists(at, ec); at = at.parent_path()) {
    missing.push_back(at);
    if (at == at.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), 0700) != 0 && errno != EEXIST) {
      throw StoreError("cannot create folder " + it->string() + ": " + std::strerror(errno));
    }
  }
}

void createPrivateStoreFile(const std::filesystem::path& path) {
  createPrivateFolders(folderOf(path));
  // O_CREAT without O_EXCL: two processes creating the same store both succeed, and an existing
  // store is opened, not truncated.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) throw StoreError(std::string("cannot create store file: ") + std::strerror(errno));
  ::close(fd);
}

}  // namespace sbw::store
