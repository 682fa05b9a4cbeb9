#pragma once
// The one way a PDF is read: every page's words once, the document laid out once, tables found
// once on those words, the readers run over that one view, and what they found resolved (areas,
// indicators, periods), checked against itself and marked trusted or for review.
// `sbw import`, `sbw figures`, `sbw reextract`, the desktop program and the tests all read here.

#include <atomic>
#include <filesystem>
#include <functional>
#include <stdexcept>

#include "ingest/document_reading.h"
#include "pdf/pdf_document.h"

namespace sbw::ingest {

struct ReadOptions {
  bool readers = true;  // false: pages, layout and tables only (no figures, meetings or actions)
  // Told after each page is read (pages done, page count): the import's progress.
  std::function<void(int, int)> pageRead;
  // Set from another thread to stop reading; readDocument then throws ReadCancelled. `cancel` is
  // the user's; `abandon` the caller's own (a batch that stops because its store is busy).
  const std::atomic<bool>* cancel = nullptr;
  const std::atomic<bool>* abandon = nullptr;
};

// Reading was stopped through ReadOptions::cancel: nothing of the document is kept.
class ReadCancelled : public std::runtime_error {
 public:
  ReadCancelled() : std::runtime_error("cancelled") {}
};

DocumentReading readDocument(const pdf::PdfDocument& document, const ReadOptions& options = {});

}  // namespace sbw::ingest
