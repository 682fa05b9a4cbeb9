#pragma once

#include <stdexcept>
#include <string>

namespace sbw::pdf {

// Why a file could not be read as a PDF, in words a user understands.
class PdfError : public std::runtime_error {
 public:
  enum class Kind { NotFound, Unreadable, Empty, NotPdf, Damaged, Encrypted, WrongPassword, BadPage };
  PdfError(Kind kind, const std::string& reason) : std::runtime_error(reason), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

}  // namespace sbw::pdf
