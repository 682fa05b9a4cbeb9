#pragma once

#include <QByteArray>
#include <QString>

namespace sbw::test {

// Copies a PDF and protects the copy with a user password (standard security handler,
// revision 2, as old board papers often are), by appending an incremental update that adds
// an /Encrypt dictionary. Qt's PDF writer cannot encrypt, and tests must make their own fixtures.
void writePasswordProtectedCopy(const QString& source, const QString& target, const QByteArray& userPassword);

}  // namespace sbw::test
