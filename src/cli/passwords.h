#pragma once
// Passwords for protected PDFs from --password (each) and --password-file (one per line). They are
// only handed to poppler; no message ever prints one.

#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/arguments.h"

namespace sbw::cli {

inline std::vector<std::string> passwordsFrom(const Arguments& parsed) {
  std::vector<std::string> passwords = parsed.values("--password");
  for (const auto& file : parsed.values("--password-file")) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(file + ": cannot read password file");
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) passwords.push_back(line);
    }
  }
  return passwords;
}

}  // namespace sbw::cli
