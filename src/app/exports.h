#pragma once
// What the views share when they export: a table as CSV, chosen with a file dialog, and the
// document names a chart's source line cites.

#include <QString>

#include "report/figure_sources.h"
#include "report/model_csv.h"

class QAbstractItemModel;
class QWidget;

namespace sbw::app {

// Asks where to save the table shown and writes it as CSV; a failure is shown, never thrown.
// True when written.
bool chooseCsvExport(QWidget* parent, const QAbstractItemModel& model, const QString& baseName,
                     const report::CsvOptions& options = {});

// Each document's name in the store at `storePath` (titles, else file names); empty when it cannot
// be read. A short read of the documents table, done when a chart is exported.
report::DocumentNames documentNamesIn(const QString& storePath);

}  // namespace sbw::app
