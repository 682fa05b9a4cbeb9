#include "extract/printed_figure.h"

namespace sbw::extract {

const char* sourceName(Source source) {
  switch (source) {
    case Source::None: return "none";
    case Source::Document: return "document";
    case Source::Heading: return "heading";
    case Source::Paragraph: return "paragraph";
    case Source::Sentence: return "sentence";
    case Source::Phrase: return "phrase";
  }
  return "none";
}

}  // namespace sbw::extract
