#pragma once

#include <QByteArray>
#include <QString>

namespace sbw::test {

// Copies a PDF written by Qt and protects the copy with a user password (standard security
// handler, revision 2, RC4, as old board papers often are): every string and stream is encrypted
// and an /Encrypt dictionary added. Qt's PDF writer cannot encrypt, and tests make their own fixtures.
void writePasswordProtectedCopy(const QString& source, const QString& target, const QByteArray& userPassword);

}  // namespace sbw::test
