#include <fmt/core.h>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/open_pdf.h"
#include "pdf/layout.h"
#include "pdf/page_parallel.h"
#include "pdf/pdf_document.h"

namespace sbw::cli {

int runText(const Args& args) {
  const Arguments parsed(args, {"--page", "--jobs"}, {"--blocks", "--words"});
  if (parsed.operands().size() != 1) throw UsageError("give one PDF file");
  const std::string file = parsed.operands().front();
  const auto document = openPdf(file);
  int first = 1;
  int last = document.pageCount();
  if (const auto page = parsed.intValue("--page")) {
    if (*page < 1 || *page > document.pageCount()) {
      throw UsageError(fmt::format("{}: no page {} (the document has {} pages)", file, *page, document.pageCount()));
    }
    first = last = *page;
  }
  // The whole document is laid out together: running headers and footers, and the body and
  // heading sizes, are only known across pages.
  // Reading the words is most of the time, and pages read independently: on every core.
  const int jobs = jobsFrom(parsed);
  std::vector<pdf::PageWords> pages(static_cast<size_t>(document.pageCount()));
  pdf::forEachPage(document, 0, document.pageCount() - 1, jobs == 0 ? pdf::commandThreads() : jobs,
                   [&](const pdf::PdfDocument& doc, int index) {
                     pages[static_cast<size_t>(index)] = {doc.words(index), doc.pageInfo(index).height};
                   });
  const pdf::DocumentLayout layout = pdf::layoutDocument(pages);
  for (int number = first; number <= last; ++number) {
    if (number > first) fmt::print("\f");
    const pdf::PageLayout& page = layout.pages[static_cast<size_t>(number - 1)];
    if (parsed.has("--words")) {
      // What poppler gives, for finding out why a page was read as it was.
      for (const pdf::Word& w : pages[static_cast<size_t>(number - 1)].words) {
        fmt::print("{:.1f}\t{:.1f}\t{:.1f}\t{:.1f}\t{:.1f}\t{}{}\t{}\t{}\n", w.box.x1, w.box.y1, w.box.x2, w.box.y2,
                   w.fontSize, w.bold ? "b" : "-", w.italic ? "i" : "-", w.fontName, w.text);
      }
      continue;
    }
    if (!parsed.has("--blocks")) {
      fmt::print("{}", page.text());
      continue;
    }
    for (const pdf::TextBlock& block : page.blocks) {
      const std::string level = block.headingLevel > 0 ? fmt::format(" {}", block.headingLevel) : "";
      fmt::print("[{}{}] {}\n", pdf::blockKindName(block.kind), level, block.text());
    }
  }
  return kExitOk;
}

}  // namespace sbw::cli
