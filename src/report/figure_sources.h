#pragma once
// Where the figures in a chart or table came from, in the words of a paper: "Source: Havering SCB
// Annual Report 2016-17, p. 12; Barking and Dagenham LSCB Annual Report 2015-16, pp. 3, 7", and
// numbered notes ("[3] Havering SCB Annual Report 2016-17, p. 12") for the cells of a table.

#include <QString>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "store/observation.h"

namespace sbw::store {
class Database;
}

namespace sbw::report {

// Each document's name as a reader knows it: its title, else its file name.
using DocumentNames = std::map<std::int64_t, QString>;
DocumentNames documentNames(store::Database& db);

// "Source: A, p. 12; B, pp. 3, 7": documents in the order their first figure is given, pages in
// order. "" for no figures.
QString sourceLine(const std::vector<const store::Observation*>& figures, const DocumentNames& names);

// Numbered notes, one per document page, in the order they are first cited.
class Citations {
 public:
  explicit Citations(DocumentNames names) : names_(std::move(names)) {}

  int cite(const store::Observation& figure);   // the note's number, from 1
  int cite(std::int64_t documentId, int page);  // the same for an action or a page
  struct Note {
    int number = 0;
    QString text;  // "Havering SCB Annual Report 2016-17, p. 12"
  };
  std::vector<Note> notes() const;
  bool empty() const { return order_.empty(); }

 private:
  DocumentNames names_;
  std::map<std::pair<std::int64_t, int>, int> numbers_;
  std::vector<std::pair<std::int64_t, int>> order_;
};

// A value with its note marker, as a table cell shows it: "1,234 [3]".
QString cited(const QString& value, int note);

}  // namespace sbw::report
