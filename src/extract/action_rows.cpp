#include "extract/action_rows.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include "core/regex.h"
#include "core/text.h"
#include "extract/action_phrases.h"
#include "pdf/layout_lines.h"

namespace sbw::extract {
namespace {

std::string cellText(const GridRow& row, int column) {
  return column < 0 ? std::string() : row.cells[static_cast<size_t>(column)].text();
}

bool endsSentence(const std::string& text) {
  const std::string t = trimmed(text);
  return !t.empty() && (t.back() == '.' || t.back() == '?' || t.back() == '!');
}

// "1. 1. That the City Council…" -> "That the City Council…", reference "1".
std::string withoutMarkers(const std::string& text, std::string* reference = nullptr) {
  auto words = split(simplified(text), ' ');
  size_t i = 0;
  while (i < words.size() && pdf::isListMarker(words[i])) {
    if (reference != nullptr && reference->empty() && std::isdigit(static_cast<unsigned char>(words[i].front()))) {
      *reference = words[i];
      while (!reference->empty() && !std::isalnum(static_cast<unsigned char>(reference->back()))) reference->pop_back();
    }
    ++i;
  }
  return join(std::vector<std::string>(words.begin() + static_cast<long>(i), words.end()), " ");
}

// "5 Effectiveness of Training": a bare number opening an action is its reference.
std::string withoutLeadingNumber(const std::string& text, std::string& reference) {
  static const Regex number(R"(^(\d{1,3})\s+([A-Z].*)$)");
  std::smatch m;
  if (!std::regex_match(text, m, number)) return text;
  if (reference.empty()) reference = m.str(1);
  return m.str(2);
}

bool startsEntry(const GridLine& line) { return !line.words.empty() && pdf::isListMarker(line.words.front().text); }

bool titleLike(const std::string& text) {
  const auto words = split(text, ' ');
  size_t capitals = 0;
  for (const std::string& w : words) capitals += !w.empty() && std::isupper(static_cast<unsigned char>(w.front()));
  return !words.empty() && !endsSentence(text) && capitals * 2 >= words.size();
}

std::vector<std::string> dueEntries(const GridCell& cell) {
  std::vector<std::string> out;
  const std::string text = cell.text();
  for (const Timing& t : timingPhrases(text)) out.push_back(t.printed);
  if (out.empty() && !text.empty()) out.push_back(text);
  return out;
}

bool isConnectorWord(const std::string& lower) {
  return lower == "of" || lower == "and" || lower == "with" || lower == "the" || lower == "for" || lower == "to" ||
         lower == "&" || lower == "in" || lower == "on" || lower == "a" || lower == "an" || lower == "by";
}

struct Candidate {
  size_t word = 0;
  int score = 0;
};

// Places where another action may start inside a run of text: a capitalised word (not an
// acronym, not the second word of a name) after a word that does not lead into it.
std::vector<Candidate> startCandidates(const std::vector<std::pair<std::string, bool>>& words) {
  std::vector<Candidate> out;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i].first;
    const std::string& before = words[i - 1].first;
    if (w.empty() || !std::isupper(static_cast<unsigned char>(w.front()))) continue;
    if (std::none_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); })) continue;
    const std::string lower = plainWord(before);
    // "Chief Executive": the second word of a name; "SCRs Develop" is not.
    const auto lowers =
        std::count_if(before.begin(), before.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    const auto uppers =
        std::count_if(before.begin(), before.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    const bool afterName = std::isupper(static_cast<unsigned char>(before.front())) && lowers > uppers;
    if (isConnectorWord(lower) || before.back() == ',' || before.back() == '&' || (afterName && before.back() != '.')) {
      continue;
    }
    int score = 0;
    if (isActionVerb(w)) score += 3;
    if (before.back() == '.') score += 2;
    if (words[i].second) score += 1;
    out.push_back({i, score});
  }
  return out;
}

std::vector<std::string> cutAt(const std::vector<std::pair<std::string, bool>>& words, std::vector<size_t> cuts) {
  std::sort(cuts.begin(), cuts.end());
  std::vector<std::string> parts;
  size_t from = 0;
  cuts.push_back(words.size());
  for (const size_t cut : cuts) {
    std::string part;
    for (size_t i = from; i < cut; ++i) part += (part.empty() ? "" : " ") + words[i].first;
    if (!part.empty()) parts.push_back(part);
    from = cut;
  }
  return parts;
}

// Where a column's cell of a row lies: from the column's start to the next one's, over the row.
pdf::Box cellRegion(const ActionTable& table, const GridRow& row, int column) {
  const auto& columns = table.columns.empty() ? table.header.columns : table.columns;
  const size_t c = static_cast<size_t>(column);
  const double x1 = c < columns.size() ? columns[c].x1 : row.box.x1;
  const double x2 = c + 1 < columns.size() ? columns[c + 1].x1 : std::max(row.box.x2, x1 + 1);
  const pdf::Box& text = row.cells[c].box;
  const bool ruled = !row.cells[c].empty() && text.width() > 0;
  return {x1, row.box.y1, ruled ? std::max(x2, text.x2) : x2, row.box.y2};
}

// "… for work on Amber – Action in progress. A protocol 3 safeguarding …": where the status
// column nearly touches the action's, its rating runs into the action's words. Take it out and
// read it as the row's status.
void takeRunInRating(std::string& text, PrintedAction& item) {
  static const Regex rated(
      R"(\s*\b(red|amber|green)\s*[\-\x96]?(?:\xE2\x80\x93)?\s*((?:actions?|work) (?:in progress|completed?|outstanding|not started|overdue|on track))\.?)",
      Regex::icase);
  std::smatch m;
  if (!std::regex_search(text, m, rated)) return;
  item.rag = lowered(m.str(1));
  item.status = trimmed(m.str(0));
  item.statusResolved = statusFromWording(m.str(2));
  if (!item.statusResolved) item.statusResolved = parseActionStatus(m.str(2));
  text = trimmed(m.prefix().str()) + " " + trimmed(m.suffix().str());
}

}  // namespace

std::vector<std::string> listEntries(const GridCell& cell, std::string* rest) {
  std::vector<std::string> entries;
  std::string trailing;
  bool inList = false;
  for (const GridLine& line : cell.lines) {
    const std::string text = line.text();
    if (startsEntry(line)) {
      entries.push_back(text);
      inList = true;
      trailing.clear();
      continue;
    }
    if (!inList) continue;
    // A line after a finished entry that reads as a title is printed under the list, not in it.
    if (!trailing.empty() || (endsSentence(entries.back()) && titleLike(text))) {
      trailing += (trailing.empty() ? "" : " ") + text;
      continue;
    }
    entries.back() += " " + text;
  }
  if (entries.size() < 2) return {};
  if (rest != nullptr) *rest = simplified(trailing);
  return entries;
}

std::vector<std::string> splitActionCell(const GridCell& cell, size_t parts) {
  // Bulleted or numbered actions, unless a lead-in ending in a colon makes them one action's scope.
  std::string lead;
  for (const GridLine& line : cell.lines) {
    if (startsEntry(line)) break;
    lead += (lead.empty() ? "" : " ") + line.text();
  }
  const auto entries = listEntries(cell);
  if (!entries.empty()) {
    if (!lead.empty() && trimmed(lead).back() == ':') return {cell.text()};
    std::vector<std::string> out;
    if (!lead.empty()) out.push_back(simplified(lead));
    for (const std::string& e : entries) out.push_back(withoutMarkers(e));
    return out;
  }
  std::vector<std::pair<std::string, bool>> words;  // each word, and whether it opens a line
  for (const GridLine& line : cell.lines) {
    for (size_t i = 0; i < line.words.size(); ++i) words.emplace_back(line.words[i].text, i == 0);
  }
  if (words.empty()) return {};
  auto candidates = startCandidates(words);
  std::vector<size_t> cuts;
  if (parts > 1 && candidates.size() + 1 >= parts) {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    for (size_t i = 0; i + 1 < parts; ++i) cuts.push_back(candidates[i].word);
  } else {
    // Without dates to count by: an action verb set in capitals where a sentence would not
    // capitalise it ("… of Child deaths Develop a notification protocol").
    for (const Candidate& c : candidates) {
      if (isActionVerb(words[c.word].first)) cuts.push_back(c.word);
    }
  }
  return cutAt(words, cuts);
}

std::vector<PrintedAction> actionsOfTable(const ActionTable& table, const RowSetting& setting,
                                          const RowOptions& options) {
  std::vector<PrintedAction> out;
  const GridHeader& header = table.header;
  const int action = columnWith(header, ColumnRole::Action);
  if (action < 0) return out;
  const int reference = columnWith(header, ColumnRole::Reference);
  const int agenda = columnWith(header, ColumnRole::AgendaItem);
  const int owner = columnWith(header, ColumnRole::Owner);
  const int due = columnWith(header, ColumnRole::Due);
  const int status = columnWith(header, ColumnRole::Status);
  const int rag = columnWith(header, ColumnRole::Rag);
  const ColumnHeader& actionHeader = header.columns[static_cast<size_t>(action)].header;
  const bool plan = header.kind == ActionTableKind::Plan;
  const ActionSource source = plan                                      ? ActionSource::Plan
                              : header.kind == ActionTableKind::Tracker ? ActionSource::Tracker
                                                                        : ActionSource::Table;
  const double confidence = table.engineTables.empty() ? options.confidenceUnruled : options.confidenceRuled;

  for (const GridRow& row : table.rows) {
    const GridCell& cell = row.cells[static_cast<size_t>(action)];
    if (cell.text().size() < options.minActionChars) continue;
    PrintedAction base;
    base.page = row.page;
    base.source = source;
    base.kind = plan ? ActionKind::Plan : actionHeader.recommendation ? ActionKind::Recommendation : ActionKind::Action;
    base.reference = cellText(row, reference);
    base.agendaItem = agenda >= 0 && !cellText(row, agenda).empty() ? cellText(row, agenda) : setting.agendaItem;
    base.owner = cellText(row, owner);
    base.status = cellText(row, status);
    base.rag = cellText(row, rag);
    base.meetingBody = setting.meetingBody;
    base.meetingDate = setting.meetingDate;
    base.meeting = setting.meeting;
    base.period = setting.period;
    base.box = PageBox{row.box.x1, row.box.y1, row.box.x2, row.box.y2};
    base.confidence = confidence;
    for (const GridCell& c : row.cells) {
      if (!c.empty()) base.snippet += (base.snippet.empty() ? "" : " | ") + c.text();
    }
    // "Green – Actions Completed" in a RAG column, or a short update naming its rating
    // ("Overdue – RED").
    const std::string ragWords = !base.rag.empty() ? base.rag : base.status;
    const auto ragTokens = split(simplified(ragWords), ' ');
    for (size_t w = 0; w < ragTokens.size() && ragTokens.size() <= options.ragUpdateWords; ++w) {
      if (plainWord(ragTokens[w]).size() > 1 && parseRag(plainWord(ragTokens[w]))) {
        base.rag = plainWord(ragTokens[w]);
        break;
      }
    }
    if (!ragTokens.empty() && parseRag(plainWord(ragTokens.front()))) base.rag = plainWord(ragTokens.front());
    if (const std::string stated = !base.status.empty() ? base.status : ragWords; !stated.empty()) {
      base.statusResolved = statusFromWording(stated);
      if (!base.statusResolved) base.statusResolved = parseActionStatus(stated);
    }

    // A RAG cell, or an update, coloured: the colour is the rating, and the key says the status.
    if (setting.fill) {
      for (const int c : {rag, status, reference}) {
        if (c < 0) continue;
        const auto colour = setting.fill(row.page, cellRegion(table, row, c));
        if (!colour) continue;
        if (const auto rated = ragOfColour(*colour); rated && base.rag.empty()) base.rag = ragName(*rated);
        if (const auto keyed = setting.key.statusOf(*colour); keyed && !base.statusResolved)
          base.statusResolved = keyed;
        break;
      }
    }
    std::vector<std::pair<std::string, std::string>> items;  // text, due as printed
    if (plan) {
      const auto dues = due >= 0 ? dueEntries(row.cells[static_cast<size_t>(due)]) : std::vector<std::string>{};
      const auto parts = splitActionCell(cell, dues.size());
      for (size_t i = 0; i < parts.size(); ++i) {
        const std::string when = dues.size() == parts.size() ? dues[i] : dues.size() == 1 ? dues.front() : "";
        items.emplace_back(parts[i], when);
      }
    } else {
      std::string under;
      const auto entries = listEntries(cell, &under);
      if (base.owner.empty() && !under.empty() && namesAgent(under)) base.owner = under;
      for (const std::string& e : entries) items.emplace_back(e, cellText(row, due));
      if (entries.empty()) {
        std::string whole = cell.text();
        if (actionHeader.ownerInAction && base.owner.empty()) {
          if (const auto split = splitTrailingOwner(whole)) {
            whole = split->first;
            base.owner = split->second;
          }
        }
        items.emplace_back(whole, cellText(row, due));
      }
    }
    for (auto& [itemText, when] : items) {
      PrintedAction item = base;
      if (!parseRag(plainWord(item.rag))) takeRunInRating(itemText, item);
      item.text = withoutLeadingNumber(withoutMarkers(itemText, &item.reference), item.reference);
      // A numbered row with a rating ("6 Safer Recruitment | Green – Actions Completed") is an item
      // however short its words.
      const bool numberedAndRated = !item.reference.empty() && (!item.rag.empty() || item.statusResolved);
      if (item.text.size() < options.minActionChars ||
          (split(item.text, ' ').size() < options.minActionWords && !numberedAndRated)) {
        continue;
      }
      if (item.owner.empty()) item.owner = openingAgent(item.text);
      if (item.owner.empty()) item.owner = setting.agency;
      item.due = when;
      if (item.due.empty()) {
        if (const auto timing = dueTiming(item.text)) item.due = timing->printed;
      }
      out.push_back(std::move(item));
    }
  }
  return out;
}

}  // namespace sbw::extract
