#pragma once
// The one way a PDF is read: every page's words once, the document laid out once, tables found
// once on those words, the readers run over that one view, and what they found resolved (areas,
// indicators, periods), checked against itself and marked trusted or for review.
// `sbw import`, `sbw figures`, `sbw reextract`, the desktop program and the tests all read here.

#include <filesystem>

#include "ingest/document_reading.h"
#include "pdf/pdf_document.h"

namespace sbw::ingest {

struct ReadOptions {
  bool readers = true;  // false: pages, layout and tables only (no figures, meetings or actions)
};

DocumentReading readDocument(const pdf::PdfDocument& document, const ReadOptions& options = {});

}  // namespace sbw::ingest
