#include "extract/document_title.h"

#include <algorithm>
#include <cmath>

#include "core/text.h"
#include "pdf/text_lines.h"

namespace sbw::extract {
namespace {

// Producers fill Title with file names and template names; those say nothing to a reader.
bool isMeaningfulTitle(const std::string& title) {
  if (title.size() < 4) return false;
  const std::string lower = lowered(title);
  for (const char* junk : {".doc", ".pdf", ".rtf", "microsoft word", "untitled", "template"}) {
    if (lower.find(junk) != std::string::npos) return false;
  }
  return true;
}

}  // namespace

std::string documentTitle(const std::string& metadataTitle, const std::vector<pdf::Word>& firstPageWords) {
  if (isMeaningfulTitle(metadataTitle)) return simplified(metadataTitle);
  const auto lines = pdf::groupIntoLines(firstPageWords);
  double largest = 0;
  for (const auto& line : lines) {
    for (const auto& word : line.words) largest = std::max(largest, word.fontSize);
  }
  if (largest <= 0) return {};
  // Consecutive lines set in the largest size form the title ("Annual Report" over two lines).
  std::string title;
  bool inTitle = false;
  for (const auto& line : lines) {
    double lineSize = 0;
    for (const auto& word : line.words) lineSize = std::max(lineSize, word.fontSize);
    const bool large = std::abs(lineSize - largest) < 0.5;
    if (large) {
      if (!title.empty()) title.push_back(' ');
      title += line.text();
      inTitle = true;
    } else if (inTitle) {
      break;
    }
  }
  title = simplified(title);
  if (title.size() > 200) {
    size_t cut = 200;
    while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
    title.resize(cut);
  }
  return title;
}

}  // namespace sbw::extract
