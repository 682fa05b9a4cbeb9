// Replays inputs through a fuzz target without libFuzzer: each file named on the command line,
// and each file in the folders named (not recursively), runs once through LLVMFuzzerTestOneInput.
// The gcc build links every target with this driver, so the harnesses stay compiled and ctest runs
// their seeds and the crashes found earlier (regressions/) under the suite's own sanitizers.
// A folder that does not exist holds no inputs (regressions/<target>/ appears with its first
// crash); arguments that start with '-' are libFuzzer's flags and are ignored. Exits 1 when no
// input ran at all, so a wrong path cannot pass as a replay.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::filesystem::path> inputsIn(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_directory(path, ec)) {
    if (std::filesystem::exists(path, ec)) return {path};
    return {};
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<uint8_t> contents(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
  int ran = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    if (argument.starts_with("-")) continue;
    const std::vector<std::filesystem::path> files = inputsIn(argument);
    if (files.empty()) std::printf("%s: no inputs\n", argument.c_str());
    for (const std::filesystem::path& file : files) {
      // Named before it runs: a crash under a sanitizer then says which input it was.
      std::printf("%s\n", file.string().c_str());
      std::fflush(stdout);
      const std::vector<uint8_t> bytes = contents(file);
      const uint8_t none = 0;
      LLVMFuzzerTestOneInput(bytes.empty() ? &none : bytes.data(), bytes.size());
      ++ran;
    }
  }
  std::printf("ran %d inputs\n", ran);
  return ran > 0 ? 0 : 1;
}
