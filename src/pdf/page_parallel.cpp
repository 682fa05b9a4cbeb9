#include "pdf/page_parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace sbw::pdf {

void forEachPage(const PdfDocument& document, int first, int last, int threads,
                 const std::function<void(const PdfDocument&, int)>& work) {
  if (first > last) return;
  std::atomic<int> next{first};
  const auto pages = [&](const PdfDocument& doc) {
    for (int index = next++; index <= last; index = next++) work(doc, index);
  };
  const int helpers = std::clamp(threads, 1, last - first + 1) - 1;
  std::vector<std::exception_ptr> failures(static_cast<size_t>(helpers));
  {
    std::vector<std::jthread> workers;
    workers.reserve(static_cast<size_t>(helpers));
    for (int i = 0; i < helpers; ++i) {
      workers.emplace_back([&, i] {
        try {
          pages(document.reopen());
        } catch (...) {
          failures[static_cast<size_t>(i)] = std::current_exception();
          next = last + 1;
        }
      });
    }
    try {
      pages(document);
    } catch (...) {
      next = last + 1;  // the helpers stop at their next page; the jthreads join on the way out
      throw;
    }
  }
  for (const std::exception_ptr& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
}

int commandThreads() { return static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 4u)); }

}  // namespace sbw::pdf
