#include <fmt/core.h>

#include <algorithm>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "cli/passwords.h"
#include "store/document_repository.h"
#include "store/importer.h"

namespace sbw::cli {

int runReextract(const Args& args) {
  const Arguments parsed(args, {"--store", "--password", "--password-file", "--jobs"}, {"--quiet"});
  store::Database db = openExistingStore(parsed.required("--store"));
  store::ImportOptions options;
  options.passwords = passwordsFrom(parsed);
  options.jobs = jobsFrom(parsed);
  store::Importer importer(db, options);
  const auto documents = store::DocumentRepository(db).all();
  // Documents named by file name (or path), else all of them.
  std::vector<std::int64_t> chosen;
  for (const std::string& name : parsed.operands()) {
    const auto found = std::find_if(documents.begin(), documents.end(), [&](const store::DocumentRecord& d) {
      return d.fileName == name || d.path == name;
    });
    if (found == documents.end()) throw UsageError(name + ": no such document in the store");
    chosen.push_back(found->id);
  }
  if (parsed.operands().empty()) {
    for (const auto& document : documents) chosen.push_back(document.id);
  }
  int done = 0;
  int failed = 0;
  importer.reextractDocuments(chosen, [&](const store::ImportResult& result) {
    if (result.status == store::ImportResult::Status::Failed) {
      ++failed;
      fmt::print(stderr, "error: {}: {}\n", result.path.string(), result.message);
      return;
    }
    ++done;
    if (!parsed.has("--quiet")) fmt::print("reread    {} ({})\n", result.path.string(), result.message);
  });
  fmt::print("{} reread, {} failed\n", done, failed);
  return failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace sbw::cli
