#include "support/encrypted_pdf.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <optional>

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

// One indirect object of the source: its dictionary or value, and its stream's bytes when it has one.
struct SourceObject {
  QByteArray head;
  std::optional<QByteArray> stream;
};

// The value of a direct object such as "14 0 obj 312 endobj" (an indirect stream /Length).
qsizetype directInteger(const QByteArray& bytes, int number) {
  const QRegularExpression re(QStringLiteral("(?:^|\\s)%1 0 obj\\s*(\\d+)\\s*endobj").arg(number));
  const auto match = re.match(QString::fromLatin1(bytes));
  return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// The objects of a PDF as Qt writes it: one body, one xref table, "N 0 obj ... endobj".
QMap<int, SourceObject> objectsOf(const QByteArray& bytes) {
  QMap<int, SourceObject> objects;
  static const QRegularExpression start(QStringLiteral("(?:^|[\\r\\n])(\\d+) 0 obj\\b"));
  const QString text = QString::fromLatin1(bytes);
  qsizetype from = 0;
  while (true) {
    const auto match = start.match(text, from);
    if (!match.hasMatch()) break;
    const int number = match.captured(1).toInt();
    const qsizetype bodyStart = match.capturedEnd(0);
    const qsizetype streamAt = bytes.indexOf("stream", bodyStart);
    const qsizetype endAt = bytes.indexOf("endobj", bodyStart);
    SourceObject object;
    if (streamAt >= 0 && streamAt < endAt) {
      object.head = bytes.mid(bodyStart, streamAt - bodyStart);
      static const QRegularExpression lengthRe(QStringLiteral("/Length (\\d+)( 0 R)?"));
      const auto length = lengthRe.match(QString::fromLatin1(object.head));
      qsizetype size = length.captured(1).toLongLong();
      if (!length.captured(2).isEmpty()) size = directInteger(bytes, length.captured(1).toInt());
      qsizetype data = streamAt + 6;
      if (bytes.mid(data, 2) == "\r\n")
        data += 2;
      else if (bytes.at(data) == '\n')
        data += 1;
      object.stream = bytes.mid(data, size);
      from = bytes.indexOf("endobj", data + size) + 6;
    } else {
      object.head = bytes.mid(bodyStart, endAt - bodyStart);
      from = endAt + 6;
    }
    objects.insert(number, object);
  }
  return objects;
}

// A literal string's bytes, its escapes undone; `at` is on the "(" and ends after the ")".
QByteArray literalString(const QByteArray& text, qsizetype& at) {
  QByteArray out;
  int depth = 0;
  for (++at; at < text.size(); ++at) {
    const char c = text[at];
    if (c == '\\' && at + 1 < text.size()) {
      const char e = text[++at];
      if (e >= '0' && e <= '7') {
        int value = 0;
        for (int k = 0; k < 3 && at < text.size() && text[at] >= '0' && text[at] <= '7'; ++k, ++at) {
          value = value * 8 + (text[at] - '0');
        }
        --at;
        out += static_cast<char>(value);
      } else {
        const QByteArray from = "nrtbf", to = "\n\r\t\b\f";
        const auto i = from.indexOf(e);
        if (e == '\r' || e == '\n') continue;  // a line continuation
        out += i >= 0 ? to[i] : e;
      }
    } else if (c == '(') {
      ++depth;
      out += c;
    } else if (c == ')') {
      if (depth-- == 0) {
        ++at;
        return out;
      }
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

// The object's dictionary with every literal string encrypted and written as a hex string.
QByteArray withEncryptedStrings(const QByteArray& head, const QByteArray& key) {
  QByteArray out;
  for (qsizetype at = 0; at < head.size();) {
    if (head[at] == '(') {
      out += "<" + rc4(key, literalString(head, at)).toHex() + ">";
    } else {
      out += head[at++];
    }
  }
  return out;
}

QByteArray objectKey(const QByteArray& fileKey, int number) {
  QByteArray salt(5, '\0');
  for (int i = 0; i < 3; ++i) salt[i] = static_cast<char>((number >> (8 * i)) & 0xFF);
  return md5(fileKey + salt).left(std::min<qsizetype>(fileKey.size() + 5, 16));  // Algorithm 1
}

}  // namespace

void writePasswordProtectedCopy(const QString& source, const QString& target, const QByteArray& userPassword) {
  QFile in(source);
  if (!in.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(source));
  const QByteArray bytes = in.readAll();
  const QString tail = QString::fromLatin1(bytes.right(1024));
  const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R")).match(tail).captured(1);
  const auto info = QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R")).match(tail).captured(1);

  const QByteArray owner = rc4(md5(padded("owner-" + userPassword)).left(5), padded(userPassword));  // Algorithm 3
  const qint32 permissions = -44;
  QByteArray p(4, '\0');
  for (int i = 0; i < 4; ++i) p[i] = static_cast<char>((static_cast<quint32>(permissions) >> (8 * i)) & 0xFF);
  const QByteArray id = md5(bytes.left(4096));
  const QByteArray key = md5(padded(userPassword) + owner + p + id).left(5);  // Algorithm 2
  const QByteArray user = rc4(key, kPadding);                                 // Algorithm 4

  // The whole file written again: every string and stream encrypted with its object's key, as a
  // protected file really is, so that only the right password gives back the text.
  const QMap<int, SourceObject> objects = objectsOf(bytes);
  QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  const int encrypt = objects.isEmpty() ? 1 : objects.lastKey() + 1;
  QMap<int, qsizetype> offsets;
  for (auto it = objects.begin(); it != objects.end(); ++it) {
    const QByteArray objectKeyBytes = objectKey(key, it.key());
    offsets[it.key()] = out.size();
    out += QByteArray::number(it.key()) + " 0 obj" + withEncryptedStrings(it->head, objectKeyBytes);
    if (it->stream) out += "stream\n" + rc4(objectKeyBytes, *it->stream) + "\nendstream\n";
    out += "endobj\n";
  }
  offsets[encrypt] = out.size();
  out += QByteArray::number(encrypt) + " 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <" + owner.toHex() + "> /U <" +
         user.toHex() + "> /P " + QByteArray::number(permissions) + " >>\nendobj\n";
  const qsizetype xref = out.size();
  out += "xref\n0 " + QByteArray::number(encrypt + 1) + "\n0000000000 65535 f \n";
  for (int number = 1; number <= encrypt; ++number) {
    out += offsets.contains(number) ? QByteArray::number(offsets[number]).rightJustified(10, '0') + " 00000 n \n"
                                    : QByteArray("0000000000 65535 f \n");
  }
  out += "trailer\n<< /Size " + QByteArray::number(encrypt + 1) + " /Root " + root.toLatin1() + " 0 R";
  if (!info.isEmpty()) out += " /Info " + info.toLatin1() + " 0 R";
  out += " /Encrypt " + QByteArray::number(encrypt) + " 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">] >>\n";
  out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
  QFile file(target);
  if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size()) qFatal("cannot write %s", qPrintable(target));
}

}  // namespace sbw::test
