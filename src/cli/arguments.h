#pragma once
// Minimal argument handling for `sbw COMMAND [options] [operands]`.

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace sbw::cli {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Arguments {
 public:
  // `valued` lists options that take a value ("--store"); others are flags.
  Arguments(const std::vector<std::string>& args, const std::vector<std::string>& valued,
            const std::vector<std::string>& flags);

  bool has(const std::string& flag) const;
  std::optional<std::string> value(const std::string& option) const;  // the last one given
  std::vector<std::string> values(const std::string& option) const;   // every one, in order
  std::string required(const std::string& option) const;
  std::optional<int> intValue(const std::string& option) const;
  const std::vector<std::string>& operands() const { return operands_; }

 private:
  std::vector<std::pair<std::string, std::string>> values_;
  std::vector<std::string> flags_;
  std::vector<std::string> operands_;
};

// `--jobs N`: workers (documents read at once for import and reextract, pages for text); 0 (the default) is one per
// core.
int jobsFrom(const Arguments& parsed);

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitSomeFailed = 3;
inline constexpr int kExitInterrupted = 130;  // Ctrl+C, as shells count it

}  // namespace sbw::cli
