#include "ingest/read_document.h"

#include <algorithm>
#include <map>
#include <memory>

#include "core/text.h"
#include "extract/document_title.h"
#include "extract/reader.h"
#include "ingest/action_resolver.h"
#include "ingest/document_description.h"
#include "ingest/figure_checks.h"
#include "ingest/figure_resolver.h"
#include "ingest/period_reconcile.h"
#include "ingest/trust.h"
#include "pdf/layout.h"
#include "pdf/table_extractor.h"

namespace sbw::ingest {
namespace {

constexpr int kContextPages = 3;  // the cover and first pages say what a report is about
constexpr double kFillDpi = 36;   // enough to tell a cell's fill; colour is read only where asked

// Cell colours from pages rendered in colour on first use, each page once.
std::function<std::optional<extract::Rgb>(int, const pdf::Box&)> fillSampler(const pdf::PdfDocument& document) {
  auto rendered = std::make_shared<std::map<int, pdf::Raster>>();
  return [&document, rendered](int page, const pdf::Box& box) -> std::optional<extract::Rgb> {
    if (page < 1 || page > document.pageCount()) return std::nullopt;
    auto it = rendered->find(page);
    if (it == rendered->end()) {
      pdf::Raster raster;
      try {
        raster = document.render(page - 1, kFillDpi);
      } catch (const pdf::PdfError&) {
        // A page that cannot be rendered has no colours to read; its words were read already.
      }
      it = rendered->emplace(page, std::move(raster)).first;
    }
    return extract::fillIn(it->second, box);
  };
}

// The pages' words move into the view (a document's words are most of what it holds in memory,
// and copying them was a tenth of the time); wordsBack returns them once the readers are done.
extract::DocumentView viewOf(const pdf::PdfDocument& document, DocumentReading& reading) {
  extract::DocumentView view;
  view.title = reading.title;
  std::vector<pdf::PageWords> pageWords;
  pageWords.reserve(reading.pages.size());
  for (PageText& page : reading.pages) pageWords.push_back({std::move(page.words), page.info.height});
  pdf::DocumentLayout layout = pdf::layoutDocument(pageWords);
  view.fonts = layout.fonts;
  view.tables = reading.tables;
  view.pages.reserve(reading.pages.size());
  for (size_t i = 0; i < reading.pages.size(); ++i) {
    extract::PageView page;
    page.info = reading.pages[i].info;
    page.words = std::move(pageWords[i].words);
    page.layout = std::move(layout.pages[i]);
    view.pages.push_back(std::move(page));
  }
  for (size_t t = 0; t < view.tables.size(); ++t) {
    const int number = view.tables[t].page;
    if (number >= 1 && number <= view.pageCount()) view.pages[static_cast<size_t>(number - 1)].tables.push_back(t);
  }
  std::vector<std::string> firstPages;
  for (size_t i = 0; i < view.pages.size() && i < kContextPages; ++i) firstPages.push_back(view.pages[i].layout.text());
  view.context = extract::documentContext(view.title, firstPages);
  std::vector<extract::PartPage> partPages;
  for (const extract::PageView& page : view.pages) partPages.push_back({page.info.number, &page.layout});
  view.context.parts = extract::findParts(partPages, view.title);
  std::vector<extract::PagePassagesInput> inputs;
  for (const extract::PageView& page : view.pages) {
    extract::PagePassagesInput input{page.info.number, page.info.height, &page.layout, {}, std::nullopt};
    for (const size_t t : page.tables) input.tables.push_back(view.tables[t].bbox);
    for (const extract::DocumentPart& part : view.context.parts) {
      if (part.firstPage == page.info.number && part.firstPage > 1) input.partStartsAt = part.firstY;
    }
    inputs.push_back(std::move(input));
  }
  view.passages = extract::buildPassages(inputs);
  view.fill = fillSampler(document);
  return view;
}

void wordsBack(extract::DocumentView& view, DocumentReading& reading) {
  for (size_t i = 0; i < view.pages.size(); ++i) reading.pages[i].words = std::move(view.pages[i].words);
}

// The readers over the view, and what they found resolved, checked and judged into `reading`.
void readFigures(const extract::DocumentView& view, DocumentReading& reading) {
  // A failure here is a flaw in a reader, not in the file: the pages are still worth keeping and
  // searching, and the failure is noted for the store to flag.
  extract::Findings findings;
  try {
    for (const auto& reader : extract::standardReaders()) reader->read(view, findings);
  } catch (const std::exception& error) {
    reading.notes.push_back({0, "extraction_failed", std::string("figures could not be read: ") + error.what()});
    return;
  }

  reconcileBareYears(findings.figures);
  ResolveContext context;
  context.periods = view.context.periods;
  context.scope = view.context.area;
  const FigureResolver resolver;
  for (const extract::PrintedFigure& printed : findings.figures) {
    Resolution resolution = resolver.resolve(printed, context);
    if (!resolution.figure) {
      reading.notes.push_back({printed.page, "unreadable_value", resolution.problem});
      continue;
    }
    decideTrust(printed, *resolution.figure);
    reading.figures.push_back(std::move(*resolution.figure));
  }
  checkFigures(reading.figures, reading.notes);
  reading.meetings = resolveMeetings(findings.meetings);
  reading.actions = resolveActions(findings.actions, reading.meetings);
}

}  // namespace

DocumentReading readDocument(const pdf::PdfDocument& document, const ReadOptions& options) {
  DocumentReading reading;
  const int count = document.pageCount();
  reading.pages.reserve(static_cast<size_t>(count));
  const auto stopIfCancelled = [&] {
    if ((options.cancel && options.cancel->load()) || (options.abandon && options.abandon->load()))
      throw ReadCancelled();
  };
  for (int i = 0; i < count; ++i) {
    stopIfCancelled();
    PageText page;
    page.info = document.pageInfo(i);
    page.words = document.words(i);
    reading.pages.push_back(std::move(page));
  }
  // Finding tables (which renders the page) is most of the time a page takes: progress counts it.
  for (int i = 0; i < count; ++i) {
    stopIfCancelled();
    PageText& page = reading.pages[static_cast<size_t>(i)];
    for (pdf::Table& table : pdf::findPageTables(document, i, page.words, page.info)) {
      reading.tables.push_back(std::move(table));
    }
    if (options.pageRead) options.pageRead(i + 1, count);
  }
  stopIfCancelled();
  pdf::linkContinuations(reading.tables);
  static const std::vector<pdf::Word> kNoWords;
  reading.title =
      extract::documentTitle(document.title(), reading.pages.empty() ? kNoWords : reading.pages.front().words);
  extract::DocumentView view = viewOf(document, reading);
  for (size_t i = 0; i < view.pages.size(); ++i) reading.pages[i].text = view.pages[i].layout.text();
  if (view.context.area != nullptr) reading.area = view.context.area->name;
  reading.period = view.context.periodPrinted;
  for (const extract::DocumentPart& part : view.context.parts) {
    reading.parts.push_back({part.firstPage, part.lastPage, part.kind, part.title,
                             part.area != nullptr ? part.area->name : reading.area, part.periodPrinted});
  }
  if (options.readers) readFigures(view, reading);
  wordsBack(view, reading);
  reading.title = describeDocument(reading, reading.title);
  return reading;
}

}  // namespace sbw::ingest
