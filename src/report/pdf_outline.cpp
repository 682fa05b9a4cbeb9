#include "report/pdf_outline.h"

#include <QRegularExpression>
#include <algorithm>
#include <map>
#include <stdexcept>

namespace sbw::report {
namespace {

[[noreturn]] void unreadable(const char* what) {
  throw std::runtime_error(std::string("cannot add bookmarks to the PDF: ") + what);
}

int lastNumberAfter(const QByteArray& pdf, const QByteArray& key, qsizetype from) {
  const qsizetype at = pdf.indexOf(key, from);
  if (at < 0) return -1;
  const QRegularExpression number(QStringLiteral("\\s*(\\d+)"));
  const auto match = number.match(QString::fromLatin1(pdf.mid(at + key.size(), 24)));
  return match.hasMatch() && match.capturedStart() == 0 ? match.captured(1).toInt() : -1;
}

// A text string as PDF writes any Unicode: UTF-16BE with its byte order mark, in hex.
QByteArray pdfText(const QString& text) {
  QByteArray out = "<FEFF";
  for (const QChar c : text) out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
  return out + ">";
}

QByteArray ref(int object) { return QByteArray::number(object) + " 0 R"; }

}  // namespace

QByteArray withDocumentExtras(const QByteArray& pdf, const DocumentExtras& extras) {
  const qsizetype trailerAt = pdf.lastIndexOf("trailer");
  const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
  if (trailerAt < 0 || startXrefAt < trailerAt) unreadable("no trailer");
  const int size = lastNumberAfter(pdf, "/Size", trailerAt);
  const int root = lastNumberAfter(pdf, "/Root", trailerAt);
  const int info = lastNumberAfter(pdf, "/Info", trailerAt);
  const int previous = lastNumberAfter(pdf, "startxref", startXrefAt);
  if (size <= 0 || root <= 0 || previous <= 0) unreadable("no catalogue in the trailer");

  // The catalogue's entries as Qt wrote them, and its page tree's pages in order.
  const QByteArray rootHead = "\n" + QByteArray::number(root) + " 0 obj";
  qsizetype rootAt = pdf.indexOf(rootHead);
  if (rootAt < 0) unreadable("no catalogue object");
  rootAt += rootHead.size();
  const qsizetype dictOpen = pdf.indexOf("<<", rootAt);
  const qsizetype dictClose = pdf.indexOf(">>", dictOpen);
  if (dictOpen < 0 || dictClose < 0) unreadable("no catalogue dictionary");
  const QByteArray catalogue = pdf.mid(dictOpen + 2, dictClose - dictOpen - 2);
  const int pagesObject = lastNumberAfter(catalogue, "/Pages", 0);
  const QByteArray pagesHead = "\n" + QByteArray::number(pagesObject) + " 0 obj";
  const qsizetype pagesAt = pdf.indexOf(pagesHead);
  const qsizetype kidsOpen = pdf.indexOf('[', pdf.indexOf("/Kids", pagesAt));
  const qsizetype kidsClose = pdf.indexOf(']', kidsOpen);
  if (pagesObject <= 0 || pagesAt < 0 || kidsOpen < 0 || kidsClose < 0) unreadable("no page list");
  std::vector<int> pages;
  const QRegularExpression kid(QStringLiteral("(\\d+)\\s+0\\s+R"));
  for (auto it = kid.globalMatch(QString::fromLatin1(pdf.mid(kidsOpen, kidsClose - kidsOpen))); it.hasNext();) {
    pages.push_back(it.next().captured(1).toInt());
  }

  QByteArray out = pdf;
  if (!out.endsWith('\n')) out += '\n';
  std::map<int, qsizetype> offsets;
  const auto addObject = [&](int number, const QByteArray& body) {
    offsets[number] = out.size();
    out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
  };

  // Bookmarks: a tree of two levels, each entry pointing at its page and height.
  std::vector<OutlineEntry> entries;
  for (const OutlineEntry& entry : extras.outline) {
    if (entry.page >= 0 && entry.page < static_cast<int>(pages.size())) entries.push_back(entry);
  }
  int next = size;
  const int outlineRoot = entries.empty() ? 0 : next++;
  std::vector<int> numbers;
  for (size_t i = 0; i < entries.size(); ++i) numbers.push_back(next++);
  std::vector<int> parents(entries.size(), outlineRoot);
  int lastTop = -1;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].level <= 1 || lastTop < 0) {
      entries[i].level = 1;
      lastTop = static_cast<int>(i);
    } else {
      parents[i] = numbers[static_cast<size_t>(lastTop)];
    }
  }
  const auto siblingsOf = [&](int parent) {
    std::vector<size_t> out;
    for (size_t i = 0; i < entries.size(); ++i) {
      if (parents[i] == parent) out.push_back(i);
    }
    return out;
  };
  for (size_t i = 0; i < entries.size(); ++i) {
    const auto siblings = siblingsOf(parents[i]);
    const auto at = std::find(siblings.begin(), siblings.end(), i) - siblings.begin();
    const double height = static_cast<size_t>(entries[i].page) < extras.pageHeights.size()
                              ? extras.pageHeights[static_cast<size_t>(entries[i].page)]
                              : 842;
    QByteArray body = "<< /Title " + pdfText(entries[i].title) + " /Parent " + ref(parents[i]);
    if (at > 0) body += " /Prev " + ref(numbers[siblings[static_cast<size_t>(at - 1)]]);
    if (static_cast<size_t>(at) + 1 < siblings.size())
      body += " /Next " + ref(numbers[siblings[static_cast<size_t>(at + 1)]]);
    const auto children = siblingsOf(numbers[i]);
    if (!children.empty()) {
      body += " /First " + ref(numbers[children.front()]) + " /Last " + ref(numbers[children.back()]) + " /Count " +
              QByteArray::number(static_cast<int>(children.size()));
    }
    body += " /Dest [" + ref(pages[static_cast<size_t>(entries[i].page)]) + " /XYZ 0 " +
            QByteArray::number(height - entries[i].y, 'f', 1) + " 0] >>";
    addObject(numbers[i], body);
  }
  if (outlineRoot) {
    // Every entry is open, so the root counts them all, at every level (ISO 32000-1, 12.3.3).
    const auto top = siblingsOf(outlineRoot);
    addObject(outlineRoot, "<< /Type /Outlines /First " + ref(numbers[top.front()]) + " /Last " +
                               ref(numbers[top.back()]) + " /Count " +
                               QByteArray::number(static_cast<int>(entries.size())) + " >>");
  }
  // The catalogue again, with the bookmarks open beside the pages, the language, and the title
  // shown in the window.
  QByteArray newCatalogue = "<<" + catalogue;
  if (outlineRoot) newCatalogue += "/Outlines " + ref(outlineRoot) + "\n/PageMode /UseOutlines\n";
  QByteArray language;  // a BCP 47 tag is letters, digits and hyphens: written as they are
  for (const QChar c : extras.language) {
    if (c.isLetterOrNumber() || c == QLatin1Char('-')) language += c.toLatin1();
  }
  if (!language.isEmpty()) newCatalogue += "/Lang (" + language + ")\n";
  newCatalogue += "/ViewerPreferences << /DisplayDocTitle true >>\n>>";
  addObject(root, newCatalogue);

  const qsizetype xrefAt = out.size();
  out += "xref\n";
  for (const auto& [number, offset] : offsets) {
    out += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
  }
  out += "trailer\n<< /Size " + QByteArray::number(next) + " /Root " + ref(root);
  if (info > 0) out += " /Info " + ref(info);
  out += " /Prev " + QByteArray::number(previous) + " >>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
  return out;
}

}  // namespace sbw::report
