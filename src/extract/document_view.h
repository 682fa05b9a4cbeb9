#pragma once
// What every reader sees of a document: each page's words as read once from the PDF, the page laid
// out once (lines, blocks, columns, running headers and footers), the tables found once on those
// words, the document's font statistics and scope, and its running text cut into passages.
// The ingest layer builds it; readers (reader.h) only look.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "extract/document_context.h"
#include "extract/fill_colours.h"
#include "extract/passages.h"
#include "pdf/font_statistics.h"
#include "pdf/layout.h"
#include "pdf/pdf_document.h"
#include "pdf/table.h"
#include "pdf/word.h"

namespace sbw::extract {

struct PageView {
  pdf::PageInfo info;
  std::vector<pdf::Word> words;
  pdf::PageLayout layout;
  std::vector<size_t> tables;  // indices into DocumentView::tables, top to bottom
};

struct DocumentView {
  std::string title;
  std::vector<PageView> pages;     // index 0 is page 1
  std::vector<pdf::Table> tables;  // in page order; `continues` links parts across page breaks
  pdf::FontStatistics fonts;
  DocumentContext context;  // what the document (and each part of an agenda pack) is about
  Passages passages;        // running text outside tables, in reading order across pages
  // The colour filling a region of a page (a tracker's RAG cell, a key's swatch), from the page
  // rendered in colour; empty when the document is read without rendering.
  std::function<std::optional<Rgb>(int page, const pdf::Box& box)> fill;

  const PageView& page(int number) const { return pages.at(static_cast<size_t>(number - 1)); }
  int pageCount() const { return static_cast<int>(pages.size()); }
};

}  // namespace sbw::extract
