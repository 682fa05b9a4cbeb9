#pragma once
// A development set of generated tables, written in the ICDAR 2013 layout that the table
// benchmark reads (NAME.pdf, NAME-reg.xml, NAME-str.xml): layouts the engine was not tuned on,
// varied in font, size, rulings, alignment, captions, spans, page breaks and producer (Qt's PDF
// writer and LibreOffice Writer), with pages that hold no table at all (charts, forms, contents,
// lists, two-column prose, contact lists). The ground truth is what the generator drew.

#include <QString>

namespace sbw::test {

// Writes the set into `folder` (created if missing); returns the number of documents. With
// `withLibreOffice` false only Qt-written documents are made. Throws std::runtime_error naming the
// file when one cannot be written.
int writeTableDevSet(const QString& folder, bool withLibreOffice = true);

}  // namespace sbw::test
