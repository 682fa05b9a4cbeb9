#pragma once

#include <QString>
#include <QStringList>

#include "report/sample_catalogue.h"

namespace sbw::report {

// Writes every sample document as a PDF into `folder` (created if needed); returns the paths.
// Needs a QGuiApplication (fonts); use the offscreen platform when there is no display.
QStringList writeSampleDocuments(const QString& folder);

}  // namespace sbw::report
