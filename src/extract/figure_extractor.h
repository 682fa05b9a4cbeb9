#pragma once
// All a document says that the store keeps: its figures (tables first, then the prose around
// them), the meeting it belongs to, and the actions its trackers list.

#include <optional>
#include <string>
#include <vector>

#include "extract/document_context.h"
#include "extract/meeting_details.h"
#include "extract/printed_action.h"
#include "extract/printed_figure.h"
#include "pdf/pdf_document.h"
#include "pdf/table.h"
#include "pdf/word.h"

namespace sbw::extract {

struct PageWords {
  pdf::PageInfo info;
  std::vector<pdf::Word> words;
};

struct DocumentFigures {
  DocumentContext context;
  std::optional<PrintedMeeting> meeting;  // when the document is a meeting's paper
  std::vector<pdf::Table> tables;
  std::vector<PrintedFigure> figures;
  std::vector<PrintedAction> actions;  // from action and recommendation trackers
};

// `pages` are the document's pages as already read (words in page order); the document is
// needed again for the ruling lines that tables are found by.
DocumentFigures extractFigures(const pdf::PdfDocument& document, const std::vector<PageWords>& pages,
                               const std::string& title);

// The line or two printed just above a table, where its caption stands.
std::string captionAbove(const pdf::Table& table, const std::vector<pdf::Word>& pageWords);

}  // namespace sbw::extract
