#include "support/pdf_update.h"

#include <QFile>
#include <QRegularExpression>
#include <stdexcept>

namespace sbw::test {
namespace {

int capturedInt(const QByteArray& text, const QString& pattern) {
  const auto match = QRegularExpression(pattern).match(QString::fromLatin1(text));
  if (!match.hasMatch()) throw std::runtime_error("PDF fixture: cannot find " + pattern.toStdString());
  return match.captured(1).toInt();
}

}  // namespace

PdfUpdate::PdfUpdate(const QString& sourcePath) {
  QFile in(sourcePath);
  if (!in.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + sourcePath.toStdString());
  bytes_ = in.readAll();
  const QByteArray tail = bytes_.right(1024);
  root_ = capturedInt(tail, QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
  size_ = capturedInt(tail, QStringLiteral("/Size\\s+(\\d+)"));
  previousXref_ = capturedInt(tail, QStringLiteral("startxref\\s+(\\d+)"));
  const auto info = QRegularExpression(QStringLiteral("/Info\\s+(\\d+\\s+0\\s+R)")).match(QString::fromLatin1(tail));
  if (info.hasMatch()) info_ = info.captured(1).toLatin1();
}

QByteArray PdfUpdate::objectBody(int number) const {
  if (replaced_.contains(number)) return replaced_[number];
  const QRegularExpression pattern(QStringLiteral("(?:^|\\n)%1 0 obj\\s*(<<.*?>>)\\s*endobj").arg(number),
                                   QRegularExpression::DotMatchesEverythingOption);
  const auto match = pattern.match(QString::fromLatin1(bytes_));
  if (!match.hasMatch()) throw std::runtime_error("PDF fixture: no object " + std::to_string(number));
  return match.captured(1).toLatin1();
}

QList<int> PdfUpdate::pageObjects() const {
  const QByteArray catalog = objectBody(root_);
  const int pages = capturedInt(catalog, QStringLiteral("/Pages\\s+(\\d+)\\s+0\\s+R"));
  const QByteArray tree = objectBody(pages);
  const qsizetype kids = tree.indexOf("/Kids");
  const QByteArray list = tree.mid(kids, tree.indexOf(']', kids) - kids);
  QList<int> numbers;
  auto it = QRegularExpression(QStringLiteral("(\\d+)\\s+0\\s+R")).globalMatch(QString::fromLatin1(list));
  while (it.hasNext()) numbers << it.next().captured(1).toInt();
  return numbers;
}

int PdfUpdate::addObject(const QByteArray& body) {
  const int number = size_++;
  replaced_[number] = body;
  return number;
}

void PdfUpdate::write(const QString& targetPath) const {
  QByteArray pdf = bytes_;
  if (!pdf.endsWith('\n')) pdf.append('\n');
  QMap<int, qsizetype> offsets;
  for (auto it = replaced_.begin(); it != replaced_.end(); ++it) {
    offsets[it.key()] = pdf.size();
    pdf += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
  }
  const qsizetype xref = pdf.size();
  pdf += "xref\n";
  for (auto it = offsets.begin(); it != offsets.end(); ++it) {
    pdf +=
        QByteArray::number(it.key()) + " 1\n" + QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + QByteArray::number(size_) + " /Root " + QByteArray::number(root_) + " 0 R";
  if (!info_.isEmpty()) pdf += " /Info " + info_;
  pdf += " /Prev " + QByteArray::number(previousXref_) + " " + trailerExtra_ + " >>\nstartxref\n" +
         QByteArray::number(xref) + "\n%%EOF\n";
  QFile out(targetPath);
  if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(pdf) != pdf.size()) {
    throw std::runtime_error("cannot write " + targetPath.toStdString());
  }
}

void writeRotatedCopy(const QString& source, const QString& target, const QMap<int, int>& degreesByPage) {
  PdfUpdate update(source);
  const QList<int> pages = update.pageObjects();
  for (auto it = degreesByPage.begin(); it != degreesByPage.end(); ++it) {
    const int object = pages.at(it.key());
    QByteArray body = update.objectBody(object);
    body.insert(body.lastIndexOf(">>"), "/Rotate " + QByteArray::number(it.value()) + "\n");
    update.replaceObject(object, body);
  }
  update.write(target);
}

void writeLabelledCopy(const QString& source, const QString& target, int romanPages) {
  PdfUpdate update(source);
  QByteArray catalog = update.objectBody(update.rootObject());
  catalog.insert(catalog.lastIndexOf(">>"),
                 "/PageLabels << /Nums [0 << /S /r >> " + QByteArray::number(romanPages) + " << /S /D >>] >>\n");
  update.replaceObject(update.rootObject(), catalog);
  update.write(target);
}

}  // namespace sbw::test
