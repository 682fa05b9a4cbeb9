#include "support/sbw_process.h"

#include <QCoreApplication>
#include <QDir>

namespace sbw::test {

QString sbwPath() {
  const QByteArray dir = qgetenv("SBW_BIN_DIR");
  const QString base = dir.isEmpty() ? QCoreApplication::applicationDirPath() : QString::fromLocal8Bit(dir);
  return QDir(base).filePath(QStringLiteral("sbw"));
}

ProcessResult runSbw(const QStringList& arguments, int timeoutMs) {
  QProcess process;
  process.start(sbwPath(), arguments);
  ProcessResult result;
  if (!process.waitForFinished(timeoutMs)) {
    process.kill();
    process.waitForFinished();
    result.err = QStringLiteral("sbw did not finish");
    return result;
  }
  result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  result.out = QString::fromUtf8(process.readAllStandardOutput());
  result.err = QString::fromUtf8(process.readAllStandardError());
  return result;
}

}  // namespace sbw::test
