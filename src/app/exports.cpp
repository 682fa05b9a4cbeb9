#include "app/exports.h"

#include <QFileDialog>
#include <QMessageBox>

#include "store/database.h"

namespace sbw::app {

bool chooseCsvExport(QWidget* parent, const QAbstractItemModel& model, const QString& baseName,
                     const report::CsvOptions& options) {
  QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export Table"), baseName + QStringLiteral(".csv"),
                                              QObject::tr("CSV (*.csv)"));
  if (path.isEmpty()) return false;
  if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) path += QStringLiteral(".csv");
  try {
    report::writeModelCsv(model, path, options);
    return true;
  } catch (const std::exception& error) {
    QMessageBox::warning(parent, QObject::tr("Export Table"), QString::fromUtf8(error.what()));
    return false;
  }
}

report::DocumentNames documentNamesIn(const QString& storePath) {
  try {
    store::Database db = store::Database::openRawForReading(storePath.toStdString());
    return report::documentNames(db);
  } catch (const std::exception&) {
    return {};  // the source line then names documents by number; the export still goes ahead
  }
}

}  // namespace sbw::app
