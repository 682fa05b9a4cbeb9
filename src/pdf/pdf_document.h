#pragma once
// Opening PDFs with poppler-cpp. One PdfDocument belongs to one thread at a time:
// poppler documents must not be shared between threads.

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "pdf/pdf_error.h"
#include "pdf/raster.h"
#include "pdf/word.h"

namespace poppler {
class document;
}

namespace sbw::pdf {

// Anti-aliasing smooths edges for people looking at the page; machine readers of rulings want
// crisp one-pixel strokes, and rendering without it is markedly faster.
enum class Antialiasing { On, Off };
// Colour for the screen; grey for finding rulings, where colour is never looked at.
enum class PixelFormat { Colour, Grey };

struct PageInfo {
  int number = 0;    // 1-based
  double width = 0;  // points, as displayed (after /Rotate)
  double height = 0;
  int rotation = 0;   // the page's /Rotate: 0, 90, 180 or 270
  std::string label;  // printed page label ("iv", "12"); empty when the PDF has none
};

struct OpenOptions {
  // Tried in turn, each as the owner's and the user's password, on a protected file only.
  std::vector<std::string> passwords;
};

class PdfDocument {
 public:
  // Throws PdfError naming the reason: missing, not a plain file, empty, not a PDF, damaged or
  // truncated, password-protected (or none of the passwords opens it). Damage poppler repairs is
  // accepted and named in warnings().
  static PdfDocument open(const std::filesystem::path& path, const OpenOptions& options = {});

  // The same file opened again, for another thread: with the password that opened this one.
  PdfDocument reopen() const;

  PdfDocument(PdfDocument&&) noexcept;
  PdfDocument& operator=(PdfDocument&&) noexcept;
  ~PdfDocument();

  int pageCount() const;
  PageInfo pageInfo(int index) const;  // 0-based index
  std::vector<Word> words(int index) const;
  Raster render(int index, double dpi, Antialiasing antialiasing = Antialiasing::On,
                PixelFormat format = PixelFormat::Colour) const;
  std::string title() const;  // from the document information dictionary; may be empty
  const std::filesystem::path& path() const { return path_; }
  // What was wrong with the file but read past: a rebuilt cross-reference table, a missing end marker.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  PdfDocument(std::filesystem::path path, std::unique_ptr<poppler::document> doc);
  std::filesystem::path path_;
  std::unique_ptr<poppler::document> doc_;
  std::vector<std::string> warnings_;
  // Held in memory only, so that reopen() needs no passwords from the caller.
  std::vector<std::string> openedWith_;
};

// Poppler reports syntax problems through one process-wide hook; we route them into a
// per-thread buffer so that messages from one file are never blamed on another.
std::vector<std::string> takePopplerMessages();

}  // namespace sbw::pdf
