#include "support/encrypted_pdf.h"

#include <QCryptographicHash>
#include <array>

#include "support/pdf_update.h"

namespace sbw::test {
namespace {

// The padding string of the PDF standard security handler (ISO 32000-1, 7.6.3.3).
const QByteArray kPadding = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

QByteArray padded(const QByteArray& password) { return (password + kPadding).left(32); }

QByteArray rc4(const QByteArray& key, const QByteArray& data) {
  std::array<unsigned char, 256> s{};
  for (size_t i = 0; i < 256; ++i) s[i] = static_cast<unsigned char>(i);
  for (size_t i = 0, j = 0; i < 256; ++i) {
    j = (j + s[i] + static_cast<unsigned char>(key[static_cast<qsizetype>(i) % key.size()])) & 0xFF;
    std::swap(s[i], s[j]);
  }
  QByteArray out(data.size(), '\0');
  for (qsizetype n = 0, i = 0, j = 0; n < data.size(); ++n) {
    i = (i + 1) & 0xFF;
    j = (j + s[static_cast<size_t>(i)]) & 0xFF;
    std::swap(s[static_cast<size_t>(i)], s[static_cast<size_t>(j)]);
    out[n] = static_cast<char>(data[n] ^ s[(s[static_cast<size_t>(i)] + s[static_cast<size_t>(j)]) & 0xFF]);
  }
  return out;
}

QByteArray md5(const QByteArray& data) { return QCryptographicHash::hash(data, QCryptographicHash::Md5); }

}  // namespace

void writePasswordProtectedCopy(const QString& source, const QString& target, const QByteArray& userPassword) {
  PdfUpdate update(source);
  const QByteArray owner = rc4(md5(padded("owner-" + userPassword)).left(5), padded(userPassword));  // Algorithm 3
  const qint32 permissions = -44;
  QByteArray p(4, '\0');
  for (int i = 0; i < 4; ++i) p[i] = static_cast<char>((static_cast<quint32>(permissions) >> (8 * i)) & 0xFF);
  const QByteArray id = md5(update.originalBytes().left(4096));
  const QByteArray key = md5(padded(userPassword) + owner + p + id).left(5);  // Algorithm 2
  const QByteArray user = rc4(key, kPadding);                                 // Algorithm 4
  const int encrypt = update.addObject("<< /Filter /Standard /V 1 /R 2 /O <" + owner.toHex() + "> /U <" + user.toHex() +
                                       "> /P " + QByteArray::number(permissions) + " >>");
  update.addTrailerEntries("/Encrypt " + QByteArray::number(encrypt) + " 0 R /ID [<" + id.toHex() + "> <" + id.toHex() +
                           ">]");
  update.write(target);
}

}  // namespace sbw::test
