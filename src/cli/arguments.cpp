#include "cli/arguments.h"

#include <algorithm>

namespace sbw::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::vector<std::string>& valued,
                     const std::vector<std::string>& flags) {
  auto contains = [](const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
  };
  bool onlyOperands = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (onlyOperands || arg.size() < 2 || arg[0] != '-') {
      operands_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      onlyOperands = true;
      continue;
    }
    const auto eq = arg.find('=');
    const std::string name = arg.substr(0, eq);
    if (contains(valued, name)) {
      if (eq != std::string::npos) {
        values_.emplace_back(name, arg.substr(eq + 1));
      } else if (i + 1 < args.size()) {
        values_.emplace_back(name, args[++i]);
      } else {
        throw UsageError(name + " needs a value");
      }
    } else if (contains(flags, arg)) {
      flags_.push_back(arg);
    } else {
      throw UsageError("unknown option " + arg);
    }
  }
}

bool Arguments::has(const std::string& flag) const {
  return std::find(flags_.begin(), flags_.end(), flag) != flags_.end();
}

std::optional<std::string> Arguments::value(const std::string& option) const {
  for (auto it = values_.rbegin(); it != values_.rend(); ++it) {
    if (it->first == option) return it->second;
  }
  return std::nullopt;
}

std::vector<std::string> Arguments::values(const std::string& option) const {
  std::vector<std::string> out;
  for (const auto& [name, value] : values_) {
    if (name == option) out.push_back(value);
  }
  return out;
}

std::string Arguments::required(const std::string& option) const {
  const auto v = value(option);
  if (!v || v->empty()) throw UsageError(option + " is required");
  return *v;
}

std::optional<int> Arguments::intValue(const std::string& option) const {
  const auto v = value(option);
  if (!v) return std::nullopt;
  try {
    size_t used = 0;
    const int n = std::stoi(*v, &used);
    if (used != v->size()) throw std::invalid_argument(*v);
    return n;
  } catch (const std::exception&) {
    throw UsageError(option + " needs a whole number, not '" + *v + "'");
  }
}

int jobsFrom(const Arguments& parsed) {
  const auto jobs = parsed.intValue("--jobs");
  if (!jobs) return 0;
  if (*jobs < 1 || *jobs > 64) throw UsageError("--jobs is a number of workers, 1 to 64");
  return *jobs;
}

}  // namespace sbw::cli
