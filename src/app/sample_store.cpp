#include "app/sample_store.h"

#include <QDir>
#include <QStandardPaths>
#include <stdexcept>

#include "report/sample_reports.h"
#include "store/database.h"
#include "store/importer.h"
#include "store/store_path.h"

namespace sbw::app {

QString dataFolder() {
  // The generic location plus one folder of our own: ~/.local/share/safeguarding-workbench, not the
  // application location, whose path names the program twice (organisation and application).
  return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
      .filePath(QStringLiteral("safeguarding-workbench"));
}

QString defaultSampleFolder() { return QDir(dataFolder()).filePath(QStringLiteral("sample")); }

QString ensureSampleStore(const QString& folder) {
  const QString pdfFolder = QDir(folder).filePath(QStringLiteral("pdf"));
  store::createPrivateFolders(pdfFolder.toStdString());
  const QStringList paths = report::writeSampleDocuments(pdfFolder);
  const QString storePath = QDir(folder).filePath(QStringLiteral("sample.sqlite"));
  store::Database db = store::Database::open(storePath.toStdString());
  store::Importer importer(db);
  for (const QString& path : paths) {
    const auto result = importer.importFile(path.toStdString());
    if (result.status == store::ImportResult::Status::Failed) {
      throw std::runtime_error(path.toStdString() + ": " + result.message);
    }
  }
  return storePath;
}

}  // namespace sbw::app
