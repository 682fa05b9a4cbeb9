#pragma once
// Working on a document's pages on several threads. A poppler document belongs to one thread, so
// each extra thread opens the file again; pages are handed out one at a time, so a slow page
// holds up only its own thread.

#include <functional>

#include "pdf/pdf_document.h"

namespace sbw::pdf {

// Calls work(doc, index) once for every 0-based page index in [first, last], on the calling
// thread with `document` and on up to threads - 1 helpers with their own copy of it. The order
// of calls is not the pages' order: work places its result by index. The first failure stops the
// other threads at their next page and is rethrown here once all have finished.
void forEachPage(const PdfDocument& document, int first, int last, int threads,
                 const std::function<void(const PdfDocument&, int)>& work);

// The number of threads a one-off command with the machine to itself uses: the cores, a few at
// most (each thread holds a document of its own).
int commandThreads();

}  // namespace sbw::pdf
