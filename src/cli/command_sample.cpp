// `sbw sample` hands over to sbw-sample, and `sbw chart`, `sbw pack` (and `sbw export` of the pivot
// and comparison) to sbw-report, installed beside sbw: typesetting and charts need Qt Gui, which sbw
// itself does not load (see sample_main.cpp).

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "cli/commands.h"
#include "cli/hand_over.h"

namespace sbw::cli {
namespace {

std::filesystem::path siblingProgram(const char* name) {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) throw std::runtime_error("cannot locate the sbw executable: " + ec.message());
  return self.parent_path() / name;
}

}  // namespace

void handOver(const char* name, const std::vector<std::string>& args) {
  const std::filesystem::path program = siblingProgram(name);
  std::vector<std::string> owned{program.string()};
  owned.insert(owned.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : owned) argv.push_back(arg.data());
  argv.push_back(nullptr);
  execv(program.c_str(), argv.data());
  throw std::runtime_error("cannot run " + program.string() + ": " + std::strerror(errno));
}

int runSample(const Args& args) { handOver("sbw-sample", args); }

int runChart(const Args& args) {
  Args forwarded{"chart"};
  forwarded.insert(forwarded.end(), args.begin(), args.end());
  handOver("sbw-report", forwarded);
}

int runPack(const Args& args) {
  Args forwarded{"pack"};
  forwarded.insert(forwarded.end(), args.begin(), args.end());
  handOver("sbw-report", forwarded);
}

}  // namespace sbw::cli
