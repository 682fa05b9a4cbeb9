// `sbw sample` hands over to sbw-sample, installed beside sbw: typesetting needs Qt Gui, which
// sbw itself does not load (see sample_main.cpp).

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "cli/commands.h"

namespace sbw::cli {
namespace {

std::filesystem::path siblingProgram(const char* name) {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) throw std::runtime_error("cannot locate the sbw executable: " + ec.message());
  return self.parent_path() / name;
}

}  // namespace

int runSample(const Args& args) {
  const std::filesystem::path program = siblingProgram("sbw-sample");
  std::vector<std::string> owned{program.string()};
  owned.insert(owned.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : owned) argv.push_back(arg.data());
  argv.push_back(nullptr);
  // The same process carries on as sbw-sample: its output, errors and exit code are sbw's.
  execv(program.c_str(), argv.data());
  throw std::runtime_error("cannot run " + program.string() + ": " + std::strerror(errno));
}

}  // namespace sbw::cli
