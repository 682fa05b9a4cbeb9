#pragma once
// Scores a store against a truth file in the format of ../shared/pages-dev/figures.json (every page
// covered, every figure with its page), as the scaled sample writes one: the suite's accuracy test
// and the scale benchmark both use it. Reads the store with SQLite alone, so the benchmark needs
// nothing more than Qt Core.

#include <QString>

namespace sbw::test {

struct TruthScore {
  int pages = 0;         // pages the truth covers
  int truth = 0;         // figures printed on them
  int observations = 0;  // observations the store holds
  int paired = 0;        // observations whose value is a true figure of their page
  int right = 0;         // of those, the ones whose area, indicator key and period agree too
};

// An observation is paired with a true figure of the same document (its first three characters),
// page and value; those that agree in full are paired first; each true figure pairs once.
TruthScore scoreAgainstTruth(const QString& storePath, const QString& truthPath);

}  // namespace sbw::test
