// The floor under `sbw text`: poppler-cpp's word boxes with their fonts for every page
// (page::text_list(text_list_include_font)), which every reading of a PDF starts from, and
// nothing else. The import benchmark times it beside `pdftotext -layout` and `sbw text`, so that
// what poppler-cpp itself costs and what the layout adds can be told apart.
//
// usage: sbw_text_floor FILE.pdf   (prints the number of word boxes)

#include <poppler-document.h>
#include <poppler-page.h>

#include <cstdio>
#include <memory>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: sbw_text_floor FILE.pdf\n");
    return 2;
  }
  const std::unique_ptr<poppler::document> document(poppler::document::load_from_file(argv[1]));
  if (!document || document->is_locked()) {
    std::fprintf(stderr, "error: %s: cannot be opened\n", argv[1]);
    return 1;
  }
  size_t boxes = 0;
  for (int i = 0; i < document->pages(); ++i) {
    const std::unique_ptr<poppler::page> page(document->create_page(i));
    if (page) boxes += page->text_list(poppler::page::text_list_include_font).size();
  }
  std::printf("%zu\n", boxes);
  return 0;
}
