#pragma once

#include <QString>

namespace sbw::app {

// Writes the built-in SAMPLE report PDFs into `folder` and imports them into
// `folder`/sample.sqlite, unless that store already holds them. Returns the store's path;
// throws std::runtime_error naming what failed.
QString ensureSampleStore(const QString& folder);

// Where the sample lives when the user does not say: the per-user data folder.
QString defaultSampleFolder();

}  // namespace sbw::app
