#include <fmt/core.h>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/open_pdf.h"
#include "pdf/pdf_document.h"
#include "pdf/text_lines.h"

namespace sbw::cli {

int runText(const Args& args) {
  const Arguments parsed(args, {"--page"}, {});
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
  for (int number = first; number <= last; ++number) {
    if (number > first) fmt::print("\f");
    fmt::print("{}", pdf::pageText(document.words(number - 1)));
  }
  return kExitOk;
}

}  // namespace sbw::cli
