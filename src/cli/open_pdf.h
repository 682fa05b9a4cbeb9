#pragma once

#include <filesystem>
#include <stdexcept>

#include "pdf/pdf_document.h"

namespace sbw::cli {

// Opens a PDF named on the command line; a refusal becomes "FILE: reason", the one-line form
// every command reports errors in.
inline pdf::PdfDocument openPdf(const std::filesystem::path& file) {
  try {
    return pdf::PdfDocument::open(file);
  } catch (const pdf::PdfError& error) {
    throw std::runtime_error(file.string() + ": " + error.what());
  }
}

}  // namespace sbw::cli
