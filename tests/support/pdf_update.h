#pragma once
// Incremental updates of PDFs written by Qt: new versions of objects appended after the
// original bytes with their own xref section and trailer, as PDF editors do. Used to give
// fixtures what Qt's writer cannot: page rotation, page labels, encryption.

#include <QByteArray>
#include <QMap>
#include <QString>

namespace sbw::test {

class PdfUpdate {
 public:
  explicit PdfUpdate(const QString& sourcePath);

  // The body ("<< ... >>") of object `number` as the file has it now.
  QByteArray objectBody(int number) const;
  // Object numbers of the page objects, in page order.
  QList<int> pageObjects() const;
  int rootObject() const { return root_; }

  void replaceObject(int number, const QByteArray& body) { replaced_[number] = body; }
  int addObject(const QByteArray& body);
  // Extra trailer entries ("/Encrypt 30 0 R /ID [...]").
  void addTrailerEntries(const QByteArray& entries) { trailerExtra_ += entries; }
  const QByteArray& originalBytes() const { return bytes_; }

  void write(const QString& targetPath) const;

 private:
  QByteArray bytes_;
  int root_ = 0;
  int size_ = 0;
  qsizetype previousXref_ = 0;
  QByteArray info_;
  QMap<int, QByteArray> replaced_;
  QByteArray trailerExtra_;
};

// A copy whose pages carry /Rotate `degrees` (page index -> degrees; other pages unchanged).
void writeRotatedCopy(const QString& source, const QString& target, const QMap<int, int>& degreesByPage);

// A copy with printed page labels: roman numerals for the first `romanPages`, then 1, 2, 3...
void writeLabelledCopy(const QString& source, const QString& target, int romanPages);

}  // namespace sbw::test
