#pragma once

#include <QString>

namespace sbw::app {

// Writes the built-in SAMPLE report PDFs into `folder` and imports them into
// `folder`/sample.sqlite, unless that store already holds them. Returns the store's path;
// throws std::runtime_error naming what failed.
QString ensureSampleStore(const QString& folder);

// The per-user data folder (XDG: $XDG_DATA_HOME/safeguarding-workbench, ~/.local/share/...).
QString dataFolder();
// Where the sample lives when the user does not say: "sample" in the data folder. Its folders
// are made 0700 and its store 0600, as every store is.
QString defaultSampleFolder();

}  // namespace sbw::app
