#include "pdf/pdf_document.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <mutex>
#include <optional>
#include <regex>

#include "core/file_types.h"
#include "core/regex.h"
#include "core/text.h"
#include "pdf/font_style.h"

namespace sbw::pdf {
namespace {

thread_local std::vector<std::string> tlsMessages;

void collectPopplerMessage(const std::string& message, void* /*closure*/) {
  if (tlsMessages.size() < 100) tlsMessages.push_back(message);
}

void installMessageHook() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(collectPopplerMessage, nullptr); });
}

// poppler's ustring holds UTF-16. Its own to_utf8() opens an iconv converter on every call, which
// cost more than laying the page out; the encoding is simple enough to write here. A lone
// surrogate (a damaged font's ToUnicode map) becomes U+FFFD.
void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string toUtf8(const poppler::ustring& text) {
  constexpr char32_t kReplacement = 0xFFFD;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char32_t unit = text[i];
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
      appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (text[i + 1] - 0xDC00));
      ++i;
    } else {
      appendUtf8(out, unit >= 0xD800 && unit <= 0xDFFF ? kReplacement : unit);
    }
  }
  return out;
}

// What can be told before poppler reads the file: it exists, is a plain file (reading a FIFO or a
// device would block or never end), is not empty and starts like a PDF.
void checkFileEnvelope(const std::filesystem::path& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    const bool dangling = std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec));
    throw PdfError(PdfError::Kind::NotFound,
                   dangling ? "broken symbolic link (its target does not exist)" : "file not found");
  }
  if (std::filesystem::is_directory(status)) {
    throw PdfError(PdfError::Kind::Unreadable, "is a folder, not a file");
  }
  if (!std::filesystem::is_regular_file(status)) {
    throw PdfError(PdfError::Kind::Unreadable, "is " + fileTypeName(status) + ", not a PDF file");
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw PdfError(PdfError::Kind::Unreadable, "cannot read file size: " + ec.message());
  if (size == 0) throw PdfError(PdfError::Kind::Empty, "empty file (0 bytes)");

  std::ifstream in(path, std::ios::binary);
  if (!in) throw PdfError(PdfError::Kind::Unreadable, "cannot open file for reading (permission denied?)");
  std::array<char, 1024> head{};
  in.read(head.data(), head.size());
  const std::string_view headView(head.data(), static_cast<size_t>(in.gcount()));
  if (headView.find("%PDF-") == std::string_view::npos) {
    throw PdfError(PdfError::Kind::NotPdf, "not a PDF file (no %PDF header)");
  }
}

std::string readTail(const std::filesystem::path& path, std::uintmax_t bytes) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  const auto size = static_cast<std::uintmax_t>(std::max<std::streamoff>(in.tellg(), 0));
  const auto length = static_cast<std::streamoff>(std::min(size, bytes));
  in.seekg(-length, std::ios::end);
  std::string tail(static_cast<size_t>(length), '\0');
  in.read(tail.data(), length);
  tail.resize(static_cast<size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return tail;
}

std::string readAll(const std::filesystem::path& path) { return readTail(path, UINTMAX_MAX); }

// The reason for a file poppler could not read: cut short when it has no end marker at all.
PdfError unreadableReason(const std::filesystem::path& path, const std::vector<std::string>& messages) {
  if (readAll(path).find("%%EOF") == std::string::npos) {
    return PdfError(PdfError::Kind::Damaged,
                    "truncated PDF (no %%EOF end marker; poppler could not read what is left)");
  }
  std::string reason = "damaged PDF (poppler could not parse it)";
  if (!messages.empty()) reason += ": " + simplified(messages.front());
  return PdfError(PdfError::Kind::Damaged, reason);
}

// The byte offset after the last "startxref", when the file's tail has one.
std::optional<std::uintmax_t> startXrefOffset(const std::string& tail) {
  const auto at = tail.rfind("startxref");
  if (at == std::string::npos) return std::nullopt;
  size_t i = at + 9;
  while (i < tail.size() && std::isspace(static_cast<unsigned char>(tail[i]))) ++i;
  std::uintmax_t offset = 0;
  size_t digits = 0;
  for (; i < tail.size() && std::isdigit(static_cast<unsigned char>(tail[i])) && digits < 19; ++i, ++digits) {
    offset = offset * 10 + static_cast<std::uintmax_t>(tail[i] - '0');
  }
  if (digits == 0) return std::nullopt;
  return offset;
}

// Whether the cross-reference section the trailer points at is where it says: a table ("xref")
// or a stream ("12 0 obj").
bool xrefIsWhereTheTrailerSays(const std::filesystem::path& path, std::uintmax_t offset) {
  std::ifstream in(path, std::ios::binary);
  in.seekg(static_cast<std::streamoff>(offset));
  std::array<char, 32> bytes{};
  in.read(bytes.data(), bytes.size());
  std::string_view text(bytes.data(), static_cast<size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  if (text.starts_with("xref")) return true;
  static const Regex object(R"(^\d+\s+\d+\s+obj)");
  return std::regex_search(std::string(text), object);
}

// Damage poppler read past, said as warnings: the document opened, but a user should know.
std::vector<std::string> repairWarnings(const std::filesystem::path& path, const std::vector<std::string>& messages) {
  std::vector<std::string> warnings;
  const std::string tail = readTail(path, 4096);
  const bool tailHasEnd = tail.find("%%EOF") != std::string::npos;
  if (!tailHasEnd) {
    const bool endEarlier = readAll(path).find("%%EOF") != std::string::npos;
    warnings.push_back(endEarlier ? "data after the %%EOF end marker (ignored)"
                                  : "no %%EOF end marker: the file may be cut short; poppler read what it could");
  }
  const auto offset = startXrefOffset(tail);
  const bool xrefMessage = std::any_of(messages.begin(), messages.end(), [](const std::string& message) {
    const std::string lower = lowered(message);
    return lower.find("xref") != std::string::npos || lower.find("reconstruct") != std::string::npos;
  });
  if (xrefMessage || (tailHasEnd && (!offset || !xrefIsWhereTheTrailerSays(path, *offset)))) {
    warnings.push_back("damaged cross-reference table: poppler rebuilt it by reading the whole file");
  }
  return warnings;
}

int rotationDegrees(poppler::page::orientation_enum orientation) {
  switch (orientation) {
    case poppler::page::landscape: return 90;
    case poppler::page::upside_down: return 180;
    case poppler::page::seascape: return 270;
    case poppler::page::portrait: break;
  }
  return 0;
}

Word wordOf(const std::string& text, const poppler::rectf& r, const poppler::text_box& box, int fontIndex) {
  Word word;
  word.text = withoutLigatures(text);
  word.box = {r.left(), r.top(), r.right(), r.bottom()};
  if (box.has_font_info()) {
    const std::string font = box.get_font_name(fontIndex);
    word.fontName = withoutSubsetTag(font);
    word.bold = isBoldFontName(font);
    word.italic = isItalicFontName(font);
    word.fontSize = box.get_font_size();
  }
  return word;
}

// poppler joins characters set closer than a tenth of their size into one word, whatever font
// they are in: a bold label set right against a figure ("Referrals1200") is one box. A change of
// font between two runs of at least `kMinRun` characters each is where one cell ends and the next
// begins, so the box is split there.
constexpr size_t kMinRun = 2;

// Where a box's characters change font between two runs long enough to be cells. poppler keeps
// one font and one box per code point, so a word with characters outside the Basic Multilingual
// Plane (two UTF-16 units each) is left whole rather than read at the wrong index.
std::vector<size_t> fontCuts(const poppler::text_box& box, const poppler::ustring& text) {
  if (!box.has_font_info() || text.size() < 2 * kMinRun) return {};
  if (std::any_of(text.begin(), text.end(), [](unsigned short u) { return u >= 0xD800 && u <= 0xDFFF; })) return {};
  std::vector<size_t> runStarts{0};
  std::string previous = box.get_font_name(0);
  for (size_t i = 1; i < text.size(); ++i) {
    std::string font = box.get_font_name(static_cast<int>(i));
    if (font != previous) runStarts.push_back(i);
    previous = std::move(font);
  }
  runStarts.push_back(text.size());
  std::vector<size_t> cuts;
  for (size_t r = 1; r + 1 < runStarts.size(); ++r) {
    if (runStarts[r] - runStarts[r - 1] >= kMinRun && runStarts[r + 1] - runStarts[r] >= kMinRun) {
      cuts.push_back(runStarts[r]);
    }
  }
  return cuts;
}

std::vector<Word> wordsOfBox(const poppler::text_box& box) {
  const poppler::ustring text = box.text();
  std::vector<Word> out;
  if (text.empty()) return out;
  std::vector<size_t> cuts = fontCuts(box, text);
  cuts.push_back(text.size());
  size_t from = 0;
  for (const size_t to : cuts) {
    poppler::rectf r = box.char_bbox(from);
    for (size_t i = from + 1; cuts.size() > 1 && i < to; ++i) {
      const poppler::rectf c = box.char_bbox(i);
      const double left = std::min(r.left(), c.left());
      const double top = std::min(r.top(), c.top());
      r = poppler::rectf(left, top, std::max(r.right(), c.right()) - left, std::max(r.bottom(), c.bottom()) - top);
    }
    if (cuts.size() == 1) r = box.bbox();  // unsplit: poppler's own box
    poppler::ustring part(to - from, 0);
    std::copy(text.begin() + static_cast<std::ptrdiff_t>(from), text.begin() + static_cast<std::ptrdiff_t>(to),
              part.begin());
    Word word = wordOf(toUtf8(part), r, box, static_cast<int>(from));
    if (!word.text.empty()) {
      word.spaceAfter = to == text.size() && box.has_space_after();
      word.fontChangeAfter = to != text.size();
      out.push_back(std::move(word));
    }
    from = to;
  }
  return out;
}

}  // namespace

std::vector<std::string> takePopplerMessages() {
  std::vector<std::string> out;
  out.swap(tlsMessages);
  return out;
}

PdfDocument::PdfDocument(std::filesystem::path path, std::unique_ptr<poppler::document> doc)
    : path_(std::move(path)), doc_(std::move(doc)) {}
PdfDocument::PdfDocument(PdfDocument&&) noexcept = default;
PdfDocument& PdfDocument::operator=(PdfDocument&&) noexcept = default;
PdfDocument::~PdfDocument() = default;

PdfDocument PdfDocument::open(const std::filesystem::path& path, const OpenOptions& options) {
  installMessageHook();
  checkFileEnvelope(path);
  takePopplerMessages();
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path.string()));
  const auto messages = takePopplerMessages();
  if (!doc) throw unreadableReason(path, messages);
  // unlock() answers true while the document is still locked. A password may be either the
  // owner's or the user's; it is tried as both, and the one that opens the file is kept in memory only, for reopen().
  std::vector<std::string> openedWith;
  if (doc->is_locked() && doc->unlock("", "")) {
    const auto password = std::find_if(options.passwords.begin(), options.passwords.end(),
                                       [&](const std::string& tried) { return !doc->unlock(tried, tried); });
    const bool opened = password != options.passwords.end();
    if (opened) openedWith.push_back(*password);
    if (!opened && options.passwords.empty()) {
      throw PdfError(PdfError::Kind::Encrypted, "password-protected PDF (needs a password to open)");
    }
    if (!opened) {
      const auto count = options.passwords.size();
      throw PdfError(PdfError::Kind::WrongPassword,
                     "password-protected PDF: " +
                         (count == 1 ? std::string("the password given does not open it")
                                     : "none of the " + std::to_string(count) + " passwords given opens it"));
    }
  }
  if (doc->pages() <= 0) throw PdfError(PdfError::Kind::Damaged, "damaged PDF (no pages)");
  PdfDocument opened(path, std::move(doc));
  opened.warnings_ = repairWarnings(path, messages);
  opened.openedWith_ = std::move(openedWith);
  return opened;
}

PdfDocument PdfDocument::reopen() const { return open(path_, {openedWith_}); }

int PdfDocument::pageCount() const { return doc_->pages(); }

std::string PdfDocument::title() const { return simplified(toUtf8(doc_->info_key("Title"))); }

PageInfo PdfDocument::pageInfo(int index) const {
  const std::unique_ptr<poppler::page> page(doc_->create_page(index));
  if (!page) throw PdfError(PdfError::Kind::BadPage, "page " + std::to_string(index + 1) + " cannot be read");
  PageInfo info;
  info.number = index + 1;
  info.rotation = rotationDegrees(page->orientation());
  const poppler::rectf rect = page->page_rect(poppler::crop_box);
  const bool sideways = info.rotation == 90 || info.rotation == 270;
  info.width = sideways ? rect.height() : rect.width();
  info.height = sideways ? rect.width() : rect.height();
  info.label = simplified(toUtf8(page->label()));
  return info;
}

std::vector<Word> PdfDocument::words(int index) const {
  const std::unique_ptr<poppler::page> page(doc_->create_page(index));
  if (!page) throw PdfError(PdfError::Kind::BadPage, "page " + std::to_string(index + 1) + " cannot be read");
  std::vector<poppler::text_box> boxes = page->text_list(poppler::page::text_list_include_font);
  std::vector<Word> words;
  words.reserve(boxes.size());
  for (const poppler::text_box& box : boxes) {
    for (Word& word : wordsOfBox(box)) words.push_back(std::move(word));
  }
  return words;
}

Raster PdfDocument::render(int index, double dpi, Antialiasing antialiasing, PixelFormat format) const {
  const std::unique_ptr<poppler::page> page(doc_->create_page(index));
  if (!page) throw PdfError(PdfError::Kind::BadPage, "page " + std::to_string(index + 1) + " cannot be read");
  poppler::page_renderer renderer;
  const bool smooth = antialiasing == Antialiasing::On;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, smooth);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, smooth);
  const bool grey = format == PixelFormat::Grey;
  const auto wanted = grey ? poppler::image::format_gray8 : poppler::image::format_argb32;
  renderer.set_image_format(wanted);
  const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
  Raster raster;
  if (!image.is_valid() || image.format() != wanted) return raster;
  raster.width = image.width();
  raster.height = image.height();
  raster.dpi = dpi;
  const size_t rowBytes = static_cast<size_t>(raster.width) * (grey ? 1 : 4);
  void* out = nullptr;
  if (grey) {
    raster.grey.resize(static_cast<size_t>(raster.width) * raster.height);
    out = raster.grey.data();
  } else {
    raster.pixels.resize(static_cast<size_t>(raster.width) * raster.height);
    out = raster.pixels.data();
  }
  for (int y = 0; y < raster.height; ++y) {
    std::memcpy(static_cast<char*>(out) + static_cast<ptrdiff_t>(y) * rowBytes,
                image.const_data() + static_cast<ptrdiff_t>(y) * image.bytes_per_row(), rowBytes);
  }
  return raster;
}

}  // namespace sbw::pdf
