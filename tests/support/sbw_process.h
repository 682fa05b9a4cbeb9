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

}  // namespace sbw::test
