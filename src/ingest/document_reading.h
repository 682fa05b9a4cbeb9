#pragma once
// Everything the importer keeps of one PDF, read and resolved but not yet stored: its pages (words
// and text), its tables, the figures resolved to areas, indicators and periods and marked trusted
// or for review, the meetings its papers belong to, the parts of an agenda pack, the actions and
// recommendations, and the notes on figures that do not check out.

#include <optional>
#include <string>
#include <vector>

#include "core/action_status.h"
#include "core/date.h"
#include "core/figure_terms.h"
#include "core/period.h"
#include "core/quantity.h"
#include "extract/printed_action.h"
#include "pdf/pdf_document.h"
#include "pdf/table.h"
#include "pdf/word.h"

namespace sbw::ingest {

struct PageText {
  pdf::PageInfo info;
  std::vector<pdf::Word> words;
  std::string text;  // reading order, as search indexes it
};

struct Figure {
  int page = 0;
  std::string area;       // canonical name, or the printed label when it matched no area
  std::string areaCode;   // ONS code, "" when none
  std::string areaKey;    // registry key, "" when the area matched nothing
  std::string areaLabel;  // as printed; "" when the area came from the document's scope
  Comparator comparator = Comparator::Local;
  std::string indicatorKey;    // dictionary key, "" when the measure matched no entry
  std::string indicatorLabel;  // the measure as printed, short
  std::optional<PeriodKind> periodKind;
  std::string periodLabel;  // as printed ("2013-14", "at 31 March 2014", "last year")
  std::optional<Date> periodStart;
  std::optional<Date> periodEnd;
  Quantity quantity;
  FigureKind kind = FigureKind::Outturn;
  Bound bound = Bound::Exact;
  bool credit = false;  // an account's income printed negative: the amount received is positive
  ExtractionMethod method = ExtractionMethod::Table;
  double confidence = 1;
  bool trusted = false;  // area, indicator and period are all sure: shown without review
  std::string doubt;     // why it waits for review, when it does
  std::optional<PageBox> box;
  std::string snippet;
  std::string note;
  int table = -1;  // the table it is a cell of (an index shared by the cells of one table), -1 for prose
};

// A finding about figures that does not check out, or a problem reading them.
struct QualityNote {
  int page = 0;      // 0 for the whole document
  std::string kind;  // "parts_exceed_total", "percent_mismatch", "printed_differently", ...
  std::string message;
  int figure = -1;  // index into DocumentReading::figures when the note is about one figure
};

struct Attendee {
  std::string name;
  std::string role;     // "Chair", "Director of Children's Services", "" when none printed
  bool present = true;  // false for apologies
};

struct AgendaItem {
  int page = 0;  // where the item is listed
  std::string number;
  std::string title;
  int firstPage = 0;  // the papers for the item in the pack, 0 when not known
  int lastPage = 0;
};

struct Meeting {
  int page = 0;
  std::string body;
  std::string title;
  std::string dateLabel;
  std::optional<Date> date;
  std::string time;   // as printed: "7.00 pm"
  std::string venue;  // as printed
  std::vector<Attendee> attendees;
  std::vector<AgendaItem> agenda;
};

// One paper inside an agenda pack (or the whole document when it is one paper).
struct DocumentPart {
  int firstPage = 0;
  int lastPage = 0;
  std::string kind;    // "agenda", "minutes", "tracker", "report", "appendix", "work_programme"
  std::string title;   // as printed
  std::string area;    // the area it reports on, canonical; "" when not known
  std::string period;  // the period it covers, as printed
};

struct Action {
  int page = 0;
  ActionKind kind = ActionKind::Action;
  ActionSource source = ActionSource::Tracker;
  std::string reference;
  std::string text;
  std::string owner;
  std::string dueLabel;
  std::optional<Date> dueDate;
  std::optional<ActionStatus> status;
  std::string updateText;  // the status or update as printed
  std::optional<Rag> rag;
  std::string agendaItem;
  std::string meetingBody;
  int meeting = -1;      // index into DocumentReading::meetings
  int agendaIndex = -1;  // index into that meeting's agenda
  double confidence = 1;
  std::optional<PageBox> box;
  std::string snippet;
};

struct DocumentReading {
  std::string title;
  std::vector<PageText> pages;
  std::vector<pdf::Table> tables;
  std::string area;    // the document's scope, canonical
  std::string period;  // the period it reports on, as printed
  std::vector<DocumentPart> parts;
  std::vector<Figure> figures;
  std::vector<Meeting> meetings;
  std::vector<Action> actions;
  std::vector<QualityNote> notes;
};

}  // namespace sbw::ingest
