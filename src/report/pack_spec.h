#pragma once
// A committee pack's definition, as scripts and the pack builder save it (a contract, docs/cli.md):
// a JSON object with `title`, `committee`, `meeting_date`, `author`, optional `classification`
// and `language`, and `sections`, a list of objects with one key each naming the section's kind.
// Unknown keys are errors naming them, so a typing slip never silently drops a section.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <stdexcept>
#include <variant>
#include <vector>

namespace sbw::report {

// A trend chart of one indicator (the areas with most figures and the comparators when none are named).
struct ChartSection {
  QString indicator;
  QStringList areas;
  QString from;  // a period label ("2014-15"); "" for the first
  QString to;    // "" for the last
};

// Bars of every area for one period, with the comparators, and the figures as a table.
struct ComparisonSection {
  QString indicator;
  QString period;  // "" for the latest
};

// The pivot of one indicator: areas down, periods across.
struct TableSection {
  QString indicator;
  QStringList areas;
  QString from;
  QString to;
};

// The action tracker, filtered; every filter is optional.
struct ActionsSection {
  std::optional<bool> open;
  bool overdue = false;
  QString owner;  // words the owner contains
  QString body;   // the committee or board, whole name
  QString text;   // words the action contains
};

// The figures list, as the Figures view shows it: area, indicator as printed, period, value, each
// cited. Every filter optional; only trusted figures unless `forReview`.
struct FiguresSection {
  QString document;   // a file name or title, as the store names it
  QString indicator;  // a key or short label
  QString area;
  bool forReview = false;  // with the figures waiting for review, marked
};

struct TextSection {
  QString text;  // paragraphs separated by blank lines
};

// A heading of its own, starting a new page: to group the sections after it.
struct HeadingSection {
  QString text;
};

using PackSection = std::variant<ChartSection, ComparisonSection, TableSection, ActionsSection, TextSection,
                                 HeadingSection, FiguresSection>;

struct PackSpec {
  QString title;
  QString committee;
  QString meetingDate;  // as the reader wrote it; ISO dates are printed in words
  QString author;
  QString classification;                      // "OFFICIAL", "Public", ...; "" for none
  QString language = QStringLiteral("en-GB");  // the PDF's language
  std::vector<PackSection> sections;
};

class PackSpecError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws PackSpecError saying what is wrong and where ("sections[2].chart: unknown key 'area'").
PackSpec parsePackSpec(const QByteArray& json);
// Reads and parses the file; errors name it.
PackSpec readPackSpec(const QString& path);

QByteArray packSpecToJson(const PackSpec& spec);
// Throws std::runtime_error naming the file when it cannot be written.
void writePackSpec(const PackSpec& spec, const QString& path);

// The section's kind as the JSON names it ("chart", "comparison", ...), and a one-line summary.
QString sectionKind(const PackSection& section);
QString sectionSummary(const PackSection& section);

}  // namespace sbw::report
