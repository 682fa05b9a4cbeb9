#include "support/sbw_process.h"

#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace sbw::test {

QString sbwPath() {
  const QByteArray dir = qgetenv("SBW_BIN_DIR");
  const QString base = dir.isEmpty() ? QCoreApplication::applicationDirPath() : QString::fromLocal8Bit(dir);
  return QDir(base).filePath(QStringLiteral("sbw"));
}

namespace {

constexpr int kNobody = 65534;

ProcessResult run(const QString& program, const QStringList& arguments, const QStringList& environment, int timeoutMs) {
  QProcess process;
  if (!environment.isEmpty()) {
    QStringList env = QProcess::systemEnvironment();
    env << environment;
    process.setEnvironment(env);
  }
  process.start(program, arguments);
  return finished(process, timeoutMs);
}

}  // namespace

ProcessResult runSbw(const QStringList& arguments, int timeoutMs) { return run(sbwPath(), arguments, {}, timeoutMs); }

ProcessResult runSbwWith(const QStringList& environment, const QStringList& arguments, int timeoutMs) {
  return run(sbwPath(), arguments, environment, timeoutMs);
}

bool runningAsRoot() { return ::geteuid() == 0; }

ProcessResult runSbwAsUnprivileged(const QStringList& arguments, int timeoutMs) {
  if (!runningAsRoot()) return runSbw(arguments, timeoutMs);
  const QStringList prefix = {QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                              QStringLiteral("--clear-groups"), sbwPath()};
  return run(QStringLiteral("setpriv"), prefix + arguments, {}, timeoutMs);
}

void giveToUnprivilegedUser(const QString& path) {
  if (runningAsRoot() && ::chown(QFile::encodeName(path).constData(), kNobody, kNobody) != 0) {
    qFatal("cannot chown %s", qPrintable(path));
  }
}

ProcessResult finished(QProcess& process, int timeoutMs) {
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
