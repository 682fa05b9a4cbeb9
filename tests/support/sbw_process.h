#pragma once
// Runs the built `sbw` executable, as a user or a script would.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace sbw::test {

struct ProcessResult {
  int exitCode = -1;
  QString out;
  QString err;
};

// The sbw binary next to the test binaries (SBW_BIN_DIR is set by ctest).
QString sbwPath();
ProcessResult runSbw(const QStringList& arguments, int timeoutMs = 60000);
// With extra environment variables ("NAME=value").
ProcessResult runSbwWith(const QStringList& environment, const QStringList& arguments, int timeoutMs = 60000);

// Permission tests need a user the file modes apply to. Run as root (CI containers are), sbw is
// started as `nobody` (uid 65534) through setpriv; otherwise as this user, whom chmod binds.
bool runningAsRoot();
ProcessResult runSbwAsUnprivileged(const QStringList& arguments, int timeoutMs = 60000);
// Makes `path` owned by the user runSbwAsUnprivileged runs as (a no-op when not root).
void giveToUnprivilegedUser(const QString& path);

// The result of a process started elsewhere, once it has finished (or been killed).
ProcessResult finished(QProcess& process, int timeoutMs);

}  // namespace sbw::test
