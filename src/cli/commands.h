#pragma once

#include <string>
#include <vector>

namespace sbw::cli {

using Args = std::vector<std::string>;

int runImport(const Args& args);
int runSearch(const Args& args);
int runText(const Args& args);
int runSample(const Args& args);
int runFigures(const Args& args);
int runCheck(const Args& args);
int runTables(const Args& args);
int runReextract(const Args& args);
int runActions(const Args& args);
int runExport(const Args& args);
int runChart(const Args& args);  // sbw-report
int runPack(const Args& args);   // sbw-report

}  // namespace sbw::cli
