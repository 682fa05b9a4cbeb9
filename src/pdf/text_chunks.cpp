#include "pdf/text_chunks.h"

#include <algorithm>
#include <cctype>

namespace sbw::pdf {
namespace {

// "5.5% 5.4%", "2013 2014": figures set a space apart in a narrow table are separate cells, with
// one exception: digit groups ("1 234 567"), which print one number.
bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

bool separateFigures(const std::string& left, const std::string& right) {
  const auto figure = [](const std::string& text) {
    return looksNumeric(text) && std::any_of(text.begin(), text.end(), isDigit);
  };
  if (!figure(left) || !figure(right)) return false;
  // "March 2021, 97 notifications": punctuation after the left figure says prose.
  if (left.back() == ',' || left.back() == ';' || left.back() == ':') return false;
  // A group continues a number when the left word is one to three bare digits (after any sign or
  // currency) and the right word starts with exactly three.
  const auto firstDigit = std::find_if(left.begin(), left.end(), isDigit);
  const bool leftGroup = left.end() - firstDigit <= 3 && std::all_of(firstDigit, left.end(), isDigit);
  const auto rightDigits = std::find_if_not(right.begin(), right.end(), isDigit) - right.begin();
  const bool rightGroup =
      rightDigits == 3 && (right.size() == 3 || right[3] == '.' || right[3] == ',' || right[3] == '%');
  return !(leftGroup && rightGroup);
}

}  // namespace

int ChunkLine::wordCount() const {
  int count = 0;
  for (const Chunk& chunk : chunks) count += static_cast<int>(chunk.words.size());
  return count;
}

std::vector<ChunkLine> chunkLines(const std::vector<Word>& words, double gapFactor) {
  std::vector<int> order(words.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return words[a].box.centerY() < words[b].box.centerY(); });
  // Same rule as groupIntoLines: a word joins the line it shares half its height with. Several
  // open lines are kept because table cells of one row sit at slightly different heights.
  struct Open {
    Box box;
    std::vector<int> words;
  };
  std::vector<Open> open;
  for (const int index : order) {
    const Box& box = words[index].box;
    Open* target = nullptr;
    for (size_t i = open.size(); i-- > 0 && i + 3 >= open.size();) {
      const double overlap = open[i].box.verticalOverlap(box);
      const double smaller = std::min(open[i].box.height(), box.height());
      if (smaller > 0 && overlap >= 0.5 * smaller) {
        target = &open[i];
        break;
      }
    }
    if (target == nullptr) {
      open.push_back({box, {}});
      target = &open.back();
    } else {
      target->box = target->box.united(box);
    }
    target->words.push_back(index);
  }
  std::stable_sort(open.begin(), open.end(), [](const Open& a, const Open& b) { return a.box.y1 < b.box.y1; });
  std::vector<ChunkLine> lines;
  lines.reserve(open.size());
  for (Open& line : open) {
    std::sort(line.words.begin(), line.words.end(), [&](int a, int b) { return words[a].box.x1 < words[b].box.x1; });
    ChunkLine out;
    out.box = line.box;
    const double height = std::max(1.0, line.box.height());
    for (const int index : line.words) {
      const Word& word = words[index];
      const double wordHeight = std::max(1.0, std::min(height, word.box.height()));
      if (!out.chunks.empty()) {
        Chunk& last = out.chunks.back();
        const double gap = word.box.x1 - last.box.x2;
        const Word& previous = words[static_cast<size_t>(last.words.back())];
        const bool figures = gap > 0 && separateFigures(previous.text, word.text);
        // A bold label set right against a regular figure, with no space between (poppler read
        // them as one word, split at the change of font): two cells, not one phrase.
        const bool fontCut = previous.fontChangeAfter;
        if (gap < gapFactor * wordHeight && !figures && !fontCut) {
          last.box = last.box.united(word.box);
          last.words.push_back(index);
          last.text += ' ';
          last.text += word.text;
          continue;
        }
      }
      out.chunks.push_back({word.box, {index}, word.text, false});
    }
    for (Chunk& chunk : out.chunks) chunk.numeric = looksNumeric(chunk.text);
    lines.push_back(std::move(out));
  }
  return lines;
}

bool looksNumeric(std::string_view text) {
  int digits = 0;
  int letters = 0;
  for (const char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      ++letters;
    }
  }
  if (digits == 0) {
    return text == "-" || text == "--" || text == "n/a" || text == "N/A" || text == "x" || text == ".." ||
           text == "\xe2\x80\x93" || text == "\xe2\x80\x94";
  }
  return letters <= 2 && digits >= letters;
}

double medianLineHeight(const std::vector<ChunkLine>& lines) {
  if (lines.empty()) return 10;
  std::vector<double> heights;
  heights.reserve(lines.size());
  for (const ChunkLine& line : lines) heights.push_back(line.box.height());
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  return std::max(1.0, heights[heights.size() / 2]);
}

}  // namespace sbw::pdf
