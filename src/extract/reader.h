#pragma once
// One small interface for everything that reads a document: figures in tables and prose,
// trackers, minutes, plans, meetings. Readers run in order over the same DocumentView and add
// what they find, as printed, to the same Findings; a reader that claims a table (a tracker)
// keeps later readers from reading it again as figures.

#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "extract/document_view.h"
#include "extract/meeting_details.h"
#include "extract/printed_action.h"
#include "extract/printed_figure.h"

namespace sbw::extract {

struct Findings {
  std::vector<PrintedFigure> figures;
  std::vector<PrintedAction> actions;
  std::vector<PrintedMeeting> meetings;  // the meetings the document's papers belong to
  std::set<size_t> claimedTables;        // tables a reader has read as something other than figures
  // Printed lines a reader has read already (a table printed as text): prose readers skip them.
  std::vector<std::pair<int, pdf::Box>> claimedLines;

  bool claimed(int page, const pdf::Box& box) const;
};

class Reader {
 public:
  virtual ~Reader() = default;
  virtual std::string_view name() const = 0;
  virtual void read(const DocumentView& document, Findings& findings) const = 0;
};

// The readers the importer runs, in the order they must run: meetings first (actions need their
// dates), then trackers and plans (which claim their tables), then figures in tables and prose.
std::vector<std::unique_ptr<Reader>> standardReaders();

}  // namespace sbw::extract
