#pragma once
// Where a store may live, and how a new one is made. Stores hold children's data: a new store is
// created readable by its owner only (0600), in folders only its owner can enter (0700); SQLite
// gives its -wal and -shm files the store's own mode.

#include <filesystem>
#include <string>

namespace sbw::store {

// Throws StoreError unless `path` names a plain file, existing or not: not empty, not SQLite's
// ":memory:" or a "file:" URI (both would import into nothing and keep nothing), not a folder,
// FIFO or device.
void checkStorePath(const std::string& path);

// Whether this process may write the store: the file (when it exists) and its folder, which SQLite
// writes its journal into. For a store not yet made: whether its nearest existing folder is writable.
bool storeIsWritable(const std::filesystem::path& path);

// Creates the missing folders (0700) and an empty store file (0600) when there is none yet;
// an existing file or folder keeps its mode.
void createPrivateStoreFile(const std::filesystem::path& path);

// Creates `folder` and any missing parents with mode 0700; existing ones keep theirs.
void createPrivateFolders(const std::filesystem::path& folder);

}  // namespace sbw::store
