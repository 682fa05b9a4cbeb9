// Fuzz target: the table engine on synthetic pages. The input is a page sketched in text, one
// character per half em, the way a table is drawn in a plain-text file:
//
//   @12 *Indicator*  2014-15  2015-16
//   +-----------+---------+---------+
//   | Referrals |   1,954 |   2,103 |
//
// A run of three or more '-', '=' or '+' is a horizontal ruling; '|' is a piece of a vertical
// ruling and '+' a corner, from which one runs on up or down to a '|' or '+' over or under it
// (stacked pieces join, as findRulings joins a raster's strokes); any other run of characters
// between spaces is a word. "@N" at the start of a line sets its font size (default
// 10 points); "*word*" is bold, "_word_" italic, and "a^b" one box poppler split at a change of
// font. Offsets of a fraction of a point and the font names come from a hash of each word and
// its place; the page is A4, upright or on its side. The words and rulings go through
// detectTables and buildTableStructure, then JSON, CSV and the linking of continued tables.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "fuzz_input.h"
#include "pdf/rulings.h"
#include "pdf/table.h"
#include "pdf/table_detector.h"
#include "pdf/table_extractor.h"
#include "pdf/table_json.h"
#include "pdf/table_structure.h"
#include "pdf/word.h"

namespace {

namespace pdf = sbw::pdf;
using sbw::fuzz::check;

constexpr double kMargin = 36;
constexpr size_t kMaxWords = 600;
constexpr size_t kMaxPieces = 2000;
constexpr double kMinRuling = 9;  // RulingOptions::minLength: shorter strokes are glyph parts
constexpr std::string_view kFonts[] = {"ArialMT", "Arial-BoldMT", "TimesNewRomanPSMT", "Calibri-Italic", "Helvetica"};

struct Sketch {
  std::vector<pdf::Word> words;
  pdf::Rulings rulings;
  pdf::Box content;  // what is drawn; empty when nothing is
  bool drawn = false;
};

class Sketcher {
 public:
  explicit Sketcher(const pdf::Box& page) : page_(page) {}

  // Line `number` of `lines`: those over and under it say where its corners' rulings run.
  void line(const std::vector<std::string>& lines, size_t number) {
    const std::string_view text = lines[number];
    above_ = number > 0 ? std::string_view(lines[number - 1]) : std::string_view();
    below_ = number + 1 < lines.size() ? std::string_view(lines[number + 1]) : std::string_view();
    double size = 10;
    size_t first = 0;  // the marker keeps its columns, so that the lines under it still line up
    if (text.starts_with('@')) {
      size_t digits = 1;
      int points = 0;
      while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9') {
        points = points * 10 + (text[digits++] - '0');
      }
      if (points > 0) size = points;
      first = digits;
    }
    width_ = size / 2;
    size_ = size;
    pitch_ = 1.2 * size;
    number_ = number;
    for (size_t c = first; c < text.size();) {
      if (text[c] == ' ' || text[c] == '\t' || text[c] == '\r') {
        ++c;
        continue;
      }
      size_t end = c;
      while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\r') ++end;
      token(text.substr(c, end - c), c, end < text.size());
      c = end;
    }
    top_ += pitch_;
  }

  Sketch finish() {
    const auto kept = [&](std::vector<pdf::Ruling> pieces) {
      std::vector<pdf::Ruling> merged = pdf::mergeRulings(std::move(pieces), 3, 3);
      std::erase_if(merged, [](const pdf::Ruling& r) { return r.length() < kMinRuling; });
      return merged;
    };
    sketch_.rulings.horizontal = kept(std::move(horizontal_));
    sketch_.rulings.vertical = kept(std::move(vertical_));
    for (const pdf::Ruling& r : sketch_.rulings.horizontal) include({r.from, r.pos, r.to, r.pos});
    for (const pdf::Ruling& r : sketch_.rulings.vertical) include({r.pos, r.from, r.pos, r.to});
    return std::move(sketch_);
  }

 private:
  double x(size_t column) const { return kMargin + static_cast<double>(column) * width_; }

  void include(const pdf::Box& box) {
    sketch_.content = sketch_.drawn ? sketch_.content.united(box) : box;
    sketch_.drawn = true;
  }

  void token(std::string_view text, size_t column, bool spaceAfter) {
    const bool rule = text.size() >= 3 && text.find_first_not_of("-=+") == std::string_view::npos;
    if (rule && horizontal_.size() < kMaxPieces) {
      const double y = top_ + pitch_ / 2;
      if (y <= page_.y2 && x(column + text.size()) <= page_.x2) {
        // From the middle of its first character to the middle of its last, as the corners.
        horizontal_.push_back({y, x(column) + width_ / 2, x(column + text.size()) - width_ / 2});
      }
    }
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      const bool end = i == text.size();
      if (!end && text[i] != '|' && text[i] != '+') continue;
      if (!end) piece(column + i, text[i] == '+');
      if (!rule && i > start) words(text.substr(start, i - start), column + start, end && spaceAfter);
      start = i + 1;
    }
  }

  // A '|' runs the height of its line; a '+' from the middle of its line to the '|' or '+' over
  // or under it.
  void piece(size_t column, bool corner) {
    const auto joins = [&](std::string_view line) {
      return column < line.size() && (line[column] == '|' || line[column] == '+');
    };
    const double middle = top_ + pitch_ / 2;
    const double from = corner && !joins(above_) ? middle : top_;
    const double to = corner && !joins(below_) ? middle : top_ + pitch_;
    if (from == to || vertical_.size() >= kMaxPieces || to > page_.y2 || x(column + 1) > page_.x2) return;
    vertical_.push_back({x(column) + width_ / 2, from, to});
  }

  // One run of characters between spaces and rules: a word, or several split at a font change.
  void words(std::string_view text, size_t column, bool spaceAfter) {
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      const bool end = i == text.size();
      if (!end && text[i] != '^') continue;
      std::string_view part = text.substr(start, i - start);
      size_t at = column + start;
      const auto marked = [&](char mark) {
        if (part.size() <= 2 || part.front() != mark || part.back() != mark) return false;
        part = part.substr(1, part.size() - 2);
        ++at;
        return true;
      };
      const bool bold = marked('*');
      const bool italic = !bold && marked('_');
      if (!part.empty()) add(std::string(part), at, bold, italic, end && spaceAfter, !end);
      start = i + 1;
    }
  }

  void add(std::string text, size_t column, bool bold, bool italic, bool spaceAfter, bool fontChangeAfter) {
    if (sketch_.words.size() >= kMaxWords) return;
    const std::uint64_t h = sbw::fuzz::mixed(sbw::fuzz::hashOf(text) ^ (number_ << 32) ^ column);
    const auto offset = [&](int shift) { return (static_cast<double>((h >> shift) & 0xff) / 255.0 - 0.5) * 0.8; };
    pdf::Word word;
    word.box.x1 = std::max(0.0, x(column) + offset(0));
    word.box.x2 = x(column + text.size()) + offset(8);
    word.box.y1 = std::max(0.0, top_ + offset(16));
    word.box.y2 = top_ + size_ + offset(24);
    if (word.box.x2 < word.box.x1 || word.box.y2 < word.box.y1 || word.box.x2 > page_.x2 || word.box.y2 > page_.y2) {
      return;  // off the page
    }
    word.text = std::move(text);
    word.fontName = std::string(kFonts[(h >> 32) % std::size(kFonts)]);
    word.fontSize = size_;
    word.bold = bold;
    word.italic = italic;
    word.spaceAfter = spaceAfter;
    word.fontChangeAfter = fontChangeAfter;
    include(word.box);
    sketch_.words.push_back(std::move(word));
  }

  pdf::Box page_;
  Sketch sketch_;
  std::vector<pdf::Ruling> horizontal_;
  std::vector<pdf::Ruling> vertical_;
  std::string_view above_;
  std::string_view below_;
  double top_ = kMargin;
  double size_ = 10;
  double width_ = 5;
  double pitch_ = 12;
  std::uint64_t number_ = 0;
};

bool finite(const pdf::Box& box) {
  return std::isfinite(box.x1) && std::isfinite(box.y1) && std::isfinite(box.x2) && std::isfinite(box.y2);
}

// What holds of every table the engine returns: cells in the grid, spans at least one, every
// grid position covered by exactly one cell (table.h), boxes finite and inside the table's width
// (column bounds run from the table's left edge to its right; rows may reach past its top or
// bottom with the words whose centres they hold).
void checkTable(const pdf::Table& table) {
  check(table.rowCount >= 0 && table.columnCount >= 0);
  check(table.headerRows >= 0 && table.headerRows <= table.rowCount);
  check(finite(table.bbox));
  std::vector<int> covered(static_cast<size_t>(table.rowCount) * static_cast<size_t>(table.columnCount), 0);
  for (const pdf::TableCell& cell : table.cells) {
    check(cell.row >= 0 && cell.col >= 0 && cell.rowspan >= 1 && cell.colspan >= 1);
    check(cell.row + cell.rowspan <= table.rowCount && cell.col + cell.colspan <= table.columnCount);
    check(finite(cell.box));
    check(cell.box.x1 >= table.bbox.x1 && cell.box.x2 <= table.bbox.x2);
    for (int r = cell.row; r < cell.row + cell.rowspan; ++r) {
      for (int c = cell.col; c < cell.col + cell.colspan; ++c) {
        ++covered[static_cast<size_t>(r) * static_cast<size_t>(table.columnCount) + static_cast<size_t>(c)];
      }
    }
  }
  check(std::all_of(covered.begin(), covered.end(), [](int n) { return n == 1; }));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = sbw::fuzz::textOf(data, size);
  const std::uint64_t hash = sbw::fuzz::hashOf(text);
  const bool landscape = (hash & 1) != 0;
  const pdf::Box page{0, 0, landscape ? 842.0 : 595.0, landscape ? 595.0 : 842.0};
  Sketcher sketcher(page);
  const std::vector<std::string> lines = sbw::split(text, '\n');
  for (size_t number = 0; number < lines.size(); ++number) sketcher.line(lines, number);
  const Sketch sketch = sketcher.finish();

  pdf::mayHoldTable(sketch.words);
  std::vector<pdf::Table> tables = pdf::detectTables(sketch.words, sketch.rulings);
  for (const pdf::Table& table : tables) {
    checkTable(table);
    // Every table detection keeps passed its plausibility tests or is a tracker under a band.
    check(table.rowCount >= 2 && table.columnCount >= 2);
    pdf::tableToCsv(table);
  }

  // The grid of everything drawn, and of its top part down to a line chosen by the hash.
  if (sketch.drawn) {
    const pdf::Box whole = sketch.content;
    const double cut = whole.y1 + whole.height() * static_cast<double>((hash >> 8) % 101) / 100.0;
    for (const pdf::Box& region : {whole, pdf::Box{whole.x1, whole.y1, whole.x2, cut}}) {
      const pdf::Table table = pdf::buildTableStructure(region, sketch.words, sketch.rulings);
      checkTable(table);
      check(table.bbox == region);
      check(table.rowCount == 0 ? table.cells.empty() && table.columnCount == 0
                                : table.rowCount >= 2 && table.columnCount >= 2);
      pdf::tableToCsv(table);
    }
  }

  // The tables as if each were on the page after the one before, for the continuation links.
  for (size_t i = 0; i < tables.size(); ++i) {
    tables[i].page = static_cast<int>(i) + 1;
    tables[i].pageWidth = page.x2;
    tables[i].pageHeight = page.y2;
  }
  pdf::linkContinuations(tables);
  for (size_t i = 0; i < tables.size(); ++i) {
    check(!tables[i].continues || (*tables[i].continues >= 0 && static_cast<size_t>(*tables[i].continues) < i));
  }
  check(!pdf::tablesToJson("fuzz.pdf", tables).empty());
  return 0;
}
