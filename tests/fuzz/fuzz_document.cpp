// Fuzz target: whole documents. The input is written to a file and opened as a PDF; the sizes and
// words of its first pages are read, and a document of at most kMaxPages pages is read whole by
// ingest::readDocument (layout, tables, readers, resolution), as `sbw import` reads it. A refusal
// is an expected outcome (PdfError, or another std::exception poppler's damage leads to); a
// reader's failure is not: readDocument keeps it as an "extraction_failed" note, which its own
// comment calls a flaw in the reader rather than in the file.

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "fuzz_input.h"
#include "ingest/document_reading.h"
#include "ingest/read_document.h"
#include "pdf/pdf_document.h"
#include "pdf/pdf_error.h"

namespace {

using sbw::fuzz::check;

constexpr int kMaxPages = 5;

// One file per process, written afresh for every input and removed at exit.
struct InputFile {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("sbw-fuzz-document-" + std::to_string(::getpid()) + ".pdf");
  ~InputFile() {
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
};

void read(const std::filesystem::path& path) {
  const sbw::pdf::PdfDocument document = sbw::pdf::PdfDocument::open(path);
  const int pages = document.pageCount();
  check(pages > 0);  // open refuses a document without pages
  for (int i = 0; i < std::min(pages, kMaxPages); ++i) {
    const sbw::pdf::PageInfo info = document.pageInfo(i);
    check(info.number == i + 1);
    for (const sbw::pdf::Word& word : document.words(i)) check(!word.text.empty());
  }
  if (pages > kMaxPages) return;
  const sbw::ingest::DocumentReading reading = sbw::ingest::readDocument(document);
  check(reading.pages.size() == static_cast<size_t>(pages));
  for (const sbw::pdf::Table& table : reading.tables) check(table.page >= 1 && table.page <= pages);
  for (const sbw::ingest::QualityNote& note : reading.notes) check(note.kind != "extraction_failed");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const InputFile file;
  {
    std::ofstream out(file.path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    read(file.path);
  } catch (const sbw::pdf::PdfError&) {
    // Missing, empty, not a PDF, damaged, encrypted, a page that cannot be read: refused.
  } catch (const std::exception&) {
    // Damage poppler reports some other way: refused too, as the importer refuses it.
  }
  return 0;
}
