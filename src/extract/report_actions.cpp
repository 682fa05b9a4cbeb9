#include "extract/report_actions.h"

#include <algorithm>
#include <cmath>
#include <regex>

#include "core/due_date.h"
#include "core/period.h"
#include "core/regex.h"
#include "core/text.h"
#include "extract/action_context.h"
#include "extract/action_phrases.h"
#include "extract/commitments.h"
#include "extract/headed_lists.h"
#include "extract/minutes_actions.h"
#include "extract/text_units.h"

namespace sbw::extract {
namespace {

struct ReportOptions {
  size_t updateHeadWords = 4;  // "Task: how it went": a head this long before the colon is the task
  size_t minEntryWords = 3;
  size_t minRecommendationWords = 5;  // a shorter entry under "recommendations" names a topic
  size_t minUpdateWords = 4;          // "task: how it went" with an update this long
  double updatedShare = 0.5;          // of a list's entries printed with updates: a progress report on tasks
  int agentlessAgencyPages = 1;       // an agentless commitment this near its agency's heading is the agency's
  CommitmentOptions commitments;
};

bool namesRecommendations(const std::string& heading) {
  static const Regex pattern(R"(\brecommendations?\b)", Regex::icase);
  return std::regex_search(heading, pattern);
}

// "Continue to implement … requirements: IRO's have continued to develop…": the task, and the
// update printed after it.
std::pair<std::string, std::string> taskAndUpdate(const std::string& entry, const ReportOptions& options) {
  const size_t colon = entry.find(": ");
  if (colon == std::string::npos) return {entry, {}};
  const std::string head = entry.substr(0, colon);
  if (split(head, ' ').size() < options.updateHeadWords) return {entry, {}};
  return {head, trimmed(entry.substr(colon + 1))};
}

// "This …", "It …", "These …": a sentence that leans on the one before it.
bool opensWithReference(const std::string& text) {
  const std::string first = plainWord(split(simplified(text), ' ').front());
  return first == "this" || first == "it" || first == "these" || first == "they" || first == "results";
}

// What a heading that names tasks gives the text under it: "Priorities for 2017/18", "Board
// Challenge", "Recommendations for future development", "Future actions to address these".
struct Section {
  bool active = false;
  ActionKind kind = ActionKind::Action;
  std::string owner;
  std::string timing;
  bool themes = false;
};

Section sectionOf(const std::string& heading) {
  Section section;
  if (const auto h = listHeading(heading)) {
    section = {true, h->kind, h->owner, h->timing, h->themes};
  } else if (namesRecommendations(heading)) {
    section.active = true;
    section.kind = ActionKind::Recommendation;
  }
  return section;
}

// "Develop…", "To review…": an order, not "Developing…" or a theme.
bool opensOrder(const std::string& text) {
  const auto words = split(simplified(text), ' ');
  if (words.empty()) return false;
  const std::string first = plainWord(words.front());
  return isActionVerb(first) || (first == "to" && words.size() > 1 && isActionVerb(words[1])) ||
         !openingAgent(text).empty();
}

// "the SLWG is expected to: present findings…; develop a brief…; provide…", "Future
// developments include extending…; work to achieve…; explore how…": a list run into a sentence.
struct InlineList {
  std::string head;
  std::vector<std::string> items;
};

std::optional<InlineList> inlineList(const std::string& text) {
  if (std::count(text.begin(), text.end(), ';') < 1) return std::nullopt;
  static const Regex opener(R"(\b(include|includes|will be|are|is expected to|are expected to|will|aims? to)\s*:?\s)");
  size_t cut = text.find(": ");
  std::smatch m;
  if (cut == std::string::npos) {
    if (!std::regex_search(text, m, opener)) return std::nullopt;
    cut = static_cast<size_t>(m.position() + m.length()) - 1;
  }
  InlineList list;
  list.head = trimmed(text.substr(0, cut));
  // The words just before the list say what it holds: "Areas for development in 2014/15
  // include", "the SLWG is expected to".
  const auto headWords = split(lowered(list.head), ' ');
  const size_t from = headWords.size() > 8 ? headWords.size() - 8 : 0;
  const std::string tail =
      join(std::vector<std::string>(headWords.begin() + static_cast<long>(from), headWords.end()), " ");
  static const Regex committed(
      R"(\b(expected to|will|aims? to|plans? to|intends? to|tasked with|asked to|responsible for)\s*$)");
  // "There is the potential risk that MASH recommendations are not endorsed…; …": a clause about
  // the words, not a heading over a list.
  const bool clause = (" " + tail + " ").find(" that ") != std::string::npos;
  const auto heading = clause ? std::nullopt : listHeading(tail);
  // "The LSCB agreed that the Director would take forward phase two in 2014/15, including the
  // following activities: …": a head that commits someone to what it lists.
  if (!heading && !std::regex_search(tail, committed) && !readCommitment(list.head)) return std::nullopt;
  for (std::string item : split(text.substr(cut + 1), ';')) {
    item = trimmed(item);
    if (startsWith(item, "and ")) item = trimmed(item.substr(4));
    if (item.empty()) continue;
    // Each entry must set a task: a list of topics is not one of tasks.
    if (!opensTask(item) && !(heading && heading->kind == ActionKind::Recommendation)) return std::nullopt;
    list.items.push_back(item);
  }
  if (list.items.size() < 2) return std::nullopt;
  // "Health staff will use this knowledge…; to assess what further action…": a purpose clause
  // after a stray semicolon, not a second entry.
  if (list.items.size() == 2 && startsWith(lowered(list.items[1]), "to ")) return std::nullopt;
  return list;
}

// "Carried out JSNA analysis…", "Have followed up with…": an entry that says what was done.
bool opensInPast(const std::string& entry) {
  const auto words = split(simplified(entry), ' ');
  if (words.empty()) return false;
  const std::string first = plainWord(words.front());
  if ((first == "have" || first == "has") && words.size() > 1) return endsWith(plainWord(words[1]), "ed");
  // "Improved arrangements to…", "Reviewed process for…" name what is wanted; a past verb takes
  // an object or a particle: "Carried out an analysis", "Delivered the training".
  constexpr size_t kMinPastVerb = 5;  // "Carried", "Developed": shorter "-ed" words are rarely verbs here ("Red")
  if (first.size() < kMinPastVerb || !endsWith(first, "ed") || words.size() < 2) return false;
  const std::string next = plainWord(words[1]);
  return next == "out" || next == "up" || next == "the" || next == "a" || next == "an" || next == "our" ||
         next == "their";
}

// "Public Health has led on the implementation of recommendations … which included:": an
// account of what was done follows, not tasks.
bool recountsPast(const std::string& leadIn) {
  // "The actions were:" still names tasks; their updates say how they went.
  static const Regex tasks(R"(\b(?:actions?|recommendations?|priorities|objectives)\s+(?:were|was)\s*:?\s*$)",
                           Regex::icase);
  if (std::regex_search(leadIn, tasks)) return false;
  static const Regex pastLead(R"(\b(?:included|were|was|comprised|consisted of|achieved|delivered)\s*:?\s*$)",
                              Regex::icase);
  return std::regex_search(trimmed(leadIn), pastLead);
}

// "... will be provided by Public Health for the next Policy and Scrutiny Committee", "officers will
// report back to the committee": an undertaking made to the committee the paper is written for.
bool promisesCommittee(const std::string& text) {
  static const Regex promise(
      R"(\b(?:(?:next|future|forthcoming|a later) (?:[\w&,-]+ ){0,6}committee|report back|bring (?:a |an )?(?:further )?(?:report|update))\b)",
      Regex::icase);
  return std::regex_search(text, promise);
}

// "Continue to monitor the quality of work…: this is reflected in clear and robust supervision":
// entries printed with how they went, a progress report on tasks that are still items.
bool hasUpdates(const HeadedList& list, const ReportOptions& options) {
  size_t updated = 0;
  for (const HeadedList::Entry& entry : list.entries) {
    const auto [task, update] = taskAndUpdate(entry.text, options);
    if (split(update, ' ').size() >= options.minUpdateWords) ++updated;
  }
  return updated > 0 && static_cast<double>(updated) >= options.updatedShare * static_cast<double>(list.entries.size());
}

constexpr double kLineEnd = 1e9;  // a position at the end of its line: every word on it comes before
constexpr double kSameLine = 1;   // points between the tops of words on one printed line

class ReportActionReader final : public Reader {
 public:
  std::string_view name() const override { return "report actions"; }

  void read(const DocumentView& document, Findings& findings) const override {
    const ReportOptions options;
    TextUnitOptions unitOptions;
    unitOptions.splitTitles = true;
    unitOptions.announcesList = [](const std::string& line) { return listHeading(line).has_value(); };
    const auto units = textUnits(document, findings, unitOptions);
    std::vector<bool> minutes(units.size(), false);
    for (const auto& [first, last] : minutesSpans(units)) {
      for (size_t i = first; i <= last && i < units.size(); ++i) minutes[i] = true;
    }
    Section section;
    for (size_t i = 0; i < units.size(); ++i) {
      if (minutes[i]) continue;
      const TextUnit& unit = units[i];
      const DocumentPart* part = document.context.partAt(unit.page, unit.box.y1);
      // A work programme lists what the committee will look at, an agenda what it will hear.
      if (part && (part->kind == "work_programme" || part->kind == "agenda")) continue;
      // An update paper restates pledges and news; only a promise back to the committee sets a task.
      if (part && part->kind == "update") {
        if (!unit.heading()) readSentences(document, unit, Section{}, options, findings, true);
        continue;
      }
      if (const auto list = headedListAt(units, i)) {
        emitList(document, units, *list, options, findings);
        i = list->end - 1;
        if (unit.heading()) section = sectionOf(unit.text);
        continue;
      }
      if (unit.heading()) {
        section = sectionOf(unit.text);
        // Priorities for the year the report looks back on head its account of progress.
        if (section.active && !section.timing.empty()) {
          const auto reporting = parsePeriod(periodAt(document, unit.page, unit.box.y1));
          const auto due = resolveDueDate(section.timing);
          if (reporting && reporting->end && due && *due <= *reporting->end) section = Section{};
        }
        continue;
      }
      readSentences(document, unit, section, options, findings);
    }
  }

 private:
  // "Following a case review in 2012, …", "A dataset workshop was held in December 2015: this will
  // be implemented…": a date before the period the paper covers, or within the year an annual
  // report looks back on, dates an account of what happened, not a task.
  static bool lookedBack(const DocumentView& document, int page, double y, const std::string& due) {
    if (due.empty()) return false;
    const auto reporting = parsePeriod(periodAt(document, page, y));
    const auto date = resolveDueDate(due);
    if (!reporting || !reporting->dated() || !date) return false;
    const DocumentPart* part = document.context.partAt(page, y);
    const bool annual = part != nullptr && lowered(part->title).find("annual report") != std::string::npos;
    return annual ? *date <= *reporting->end : *date < *reporting->start;
  }

  static std::string resolveWe(const DocumentView& document, const std::string& owner, int page, double y,
                               double x = kLineEnd) {
    if (lowered(owner) != "we") return ofAgency(document, qualified(document, owner, page, y, x), page, y);
    return agencyAt(document, page, y);
  }

  // "The Safeguarding Children team" in the hospital trust's section: that trust's team.
  static std::string ofAgency(const DocumentView& document, const std::string& owner, int page, double y) {
    static const Regex internal(R"(^the (?:[\w&'’\-]+ ){0,5}(?:team|service|department|unit|division)$)", Regex::icase);
    // A named team ("The LSCB team") is already placed.
    static const Regex acronym(R"(\b[A-Z]{2,}\b)");
    if (!std::regex_match(owner, internal) || std::regex_search(owner, acronym)) return owner;
    const std::string agency = agencyAt(document, page, y);
    if (agency.empty() || lowered(owner).find(lowered(agency)) != std::string::npos) return owner;
    return owner + " (" + agency + ")";
  }

  // The nearest body of a kind ("subgroup") named in running text before a position, within the
  // same section: "The Case Review subgroup", "the Quality Assurance & Performance Subgroup".
  static std::string namedInTextBefore(const DocumentView& document, const std::string& kind, bool anyBody, int page,
                                       double y, double x) {
    static const Regex body(
        R"(\b((?:[A-Z][\w&'’\-]*|&|and|of)(?: (?:[A-Z][\w&'’\-]*|&|and|of)){0,5}) (sub-?group|group|panel|partnership|team|committee|slwg|SLWG|Subgroup|Sub-group|Group|Panel|Partnership|Team|Committee)\b)");
    constexpr size_t kMaxPassages = 6;
    size_t seen = 0;
    for (size_t i = document.passages.items.size(); i-- > 0 && seen < kMaxPassages;) {
      const Passage& p = document.passages.items[i];
      if (!startsBefore(p, page, y, kSameLine)) continue;
      if (p.kind == pdf::BlockKind::Heading) break;  // the section starts here
      ++seen;
      // Only the words before the position: earlier lines, and on its own line those to its left.
      std::string text;
      for (const Token& token : p.tokens) {
        const bool before = token.page < page ||
                            (token.page == page && (token.box.y1 < y - kSameLine ||
                                                    (std::abs(token.box.y1 - y) <= kSameLine && token.box.x2 <= x)));
        if (before) text += (text.empty() ? "" : " ") + token.text;
      }
      std::string found;
      for (auto it = RegexIterator(text.begin(), text.end(), body); it != RegexIterator(); ++it) {
        const std::string noun = lowered((*it)[2].str());
        const bool same = anyBody || noun.find(kind) != std::string::npos;
        std::string name = simplified((*it)[0].str());
        for (const std::string_view lead : {"The ", "This ", "That ", "Our "}) {
          if (startsWith(name, lead)) name = name.substr(lead.size());
        }
        if (!same || split(name, ' ').size() < 2) continue;
        found = name;  // the last one in the passage is the nearest
      }
      if (!found.empty()) return found;
    }
    return {};
  }

  // "The group", "the chair": which one, from the nearest heading above that names a body, of
  // the same kind where the word says ("the group" -> "CYP Quality & Effectiveness working group").
  static std::string qualified(const DocumentView& document, const std::string& owner, int page, double y,
                               double x = kLineEnd) {
    static const Regex generic(
        R"(^(?:the|this) (group|subgroup|sub-group|sub group|panel|chair|partnership|team|working group|committee|slwg)$)",
        Regex::icase);
    std::smatch m;
    if (!std::regex_match(owner, m, generic)) return owner;
    const std::string word = lowered(m.str(1));
    const bool anyBody = word == "chair";
    const std::string kind = word == "subgroup" || word == "sub-group" || word == "sub group" || word == "working group"
                                 ? std::string("group")
                                 : word;
    const DocumentPart* here = document.context.partAt(page, y);
    // "The Case Review subgroup considers how…" in the text just before: the one meant.
    if (const std::string named = namedInTextBefore(document, kind, anyBody, page, y, x); !named.empty()) {
      return owner + " (" + named + ")";
    }
    constexpr int kMaxPages = 3;
    for (size_t i = document.passages.items.size(); i-- > 0;) {
      const Passage& p = document.passages.items[i];
      if (p.kind != pdf::BlockKind::Heading || !startsBefore(p, page, y)) continue;
      if (p.page < page - kMaxPages || document.context.partAt(p.page, p.tokens.front().box.y1) != here) break;
      const std::string h = simplified(p.text());
      const std::string lower = lowered(h);
      if (split(h, ' ').size() > 8 || h.empty() || h.back() == ':' || h.back() == '.' || hasDigit(h)) continue;
      const bool sameKind = (endsWith(lower, kind) || endsWith(lower, kind + "s")) && namesBody(h);
      if (sameKind || (anyBody && namesBody(h))) return owner + " (" + h + ")";
    }
    // No body named above: the nearest short heading says at least what the text is about.
    for (const std::string& heading : headingsAt(document, page, y)) {
      const std::string h = simplified(heading);
      if (split(h, ' ').size() <= 8 && !h.empty() && h.back() != ':' && h.back() != '.' && !hasDigit(h))
        return owner + " (" + h + ")";
    }
    return owner;
  }

  static PrintedAction reportItem(const DocumentView& document, int page, const PageBox& box, const std::string& text,
                                  ActionKind kind) {
    PrintedAction action;
    action.page = page;
    action.kind = kind;
    action.source = ActionSource::Report;
    action.text = text;
    action.period = periodAt(document, page, box.y1);
    action.box = box;
    return action;
  }

  void emitList(const DocumentView& document, const std::vector<TextUnit>& units, const HeadedList& list,
                const ReportOptions& options, Findings& findings) const {
    const TextUnit& lead = units[list.leadIn];
    bool past = recountsPast(lead.text);
    // A list that names no owner in an agency's section of the report is that agency's.
    std::string listOwner = resolveWe(document, list.owner, lead.page, lead.box.y1);
    // "An action plan to implement the recommendations has been developed by X who will lead on
    // this task": an entry about the list as a whole, naming who takes all of it forward.
    static const Regex aboutList(R"(\b(?:the|these|those|above) (?:recommendations|actions)\b)", Regex::icase);
    std::string listTaker;
    const HeadedList::Entry* aboutWhole = nullptr;
    for (const HeadedList::Entry& entry : list.entries) {
      if (!std::regex_search(entry.text, aboutList)) continue;
      CommitmentOptions any = options.commitments;
      any.needsWhoOrWhen = false;
      if (const auto said = readCommitment(entry.text, any); said && !said->owner.empty()) {
        listTaker = said->owner;
        aboutWhole = &entry;
      }
    }
    if (listOwner.empty()) listOwner = listTaker;
    if (listOwner.empty()) listOwner = agencyAt(document, lead.page, lead.box.y1);
    // Priorities for the year the report looks back on are its progress report, unless the
    // report says where all of them stand.
    if (!list.timing.empty() && !list.status && !hasUpdates(list, options)) {
      const auto reporting = parsePeriod(periodAt(document, lead.page, lead.box.y1));
      const auto due = resolveDueDate(list.timing);
      if (reporting && reporting->end && due && *due <= *reporting->end) return;
    }
    for (const HeadedList::Entry& entry : list.entries) {
      // An entry that leads in to more ("… which included:", "… practice by:") starts a new run.
      if (!entry.text.empty() && entry.text.back() == ':') {
        past = recountsPast(entry.text);
        continue;
      }
      if (past || opensInPast(entry.text)) continue;
      if (&entry == aboutWhole) continue;
      const auto [task, update] = taskAndUpdate(entry.text, options);
      if (split(task, ' ').size() < options.minEntryWords) continue;
      if (list.kind == ActionKind::Recommendation && split(task, ' ').size() < options.minRecommendationWords) continue;
      // The list gives the owner and the date: an entry need only be worded as a task.
      CommitmentOptions listed = options.commitments;
      listed.needsWhoOrWhen = false;
      listed.directed = true;  // the lead-in sets the entries as tasks: "chairs" may be asked
      // In a list the lead-in calls actions, an entry printed with how it went ("Meaningful
      // participation so voices … are heard: there has been stronger discussion…") is one.
      static const Regex future(R"(\bwill\b)");
      const bool namedWithUpdate = list.named && (!update.empty() || std::regex_search(task, future));
      if (list.kind == ActionKind::Action && !namedWithUpdate && !(list.themes ? opensOrder(task) : opensTask(task)) &&
          !readCommitment(task, listed)) {
        continue;
      }
      PrintedAction action = reportItem(document, entry.page, entry.box, task, list.kind);
      action.owner = openingAgent(task);
      // "The Board will continue to monitor…": an entry that names its own subject, unless it only
      // refers back to the agency whose list it is ("The Trust will…" under its team's priorities).
      if (action.owner.empty()) {
        static const Regex agencyItself(
            R"(^(?:the|our) (?:trust|council|service|organisation|authority|college|hospital)$)", Regex::icase);
        if (const auto own = readCommitment(task, listed);
            own && lowered(own->owner) != "we" && !(std::regex_match(own->owner, agencyItself) && !listOwner.empty())) {
          action.owner = own->owner;
        }
      }
      if (action.owner.empty()) action.owner = listOwner;
      action.due = list.timing;
      if (action.due.empty()) {
        if (const auto timing = dueTiming(task); timing && timing->dated) action.due = timing->printed;
      }
      if (!update.empty()) {
        action.statusResolved = statusFromWording(update, &action.status);
        if (!action.statusResolved) action.status.clear();
      }
      if (!action.statusResolved && list.status) {
        action.statusResolved = list.status;
        action.status = list.statusText;
      }
      action.snippet = entry.text.substr(0, 400);
      action.confidence = 0.6;
      findings.actions.push_back(std::move(action));
    }
  }

  void readSentences(const DocumentView& document, const TextUnit& unit, const Section& section,
                     const ReportOptions& options, Findings& findings, bool onlyPromises = false) const {
    // A paragraph that opens with its timing ("During 2017/18, the service will…") dates every
    // commitment in it, as a list's lead-in dates its entries; so does the heading above it.
    std::string carried = section.timing;
    for (size_t s = 0; s < unit.sentences.size(); ++s) {
      const Sentence& sentence = unit.sentences[s];
      const std::string text = withoutNumbering(sentence.text());
      const PageBox box = boxOf(sentence);
      if (onlyPromises && !promisesCommittee(text)) continue;
      // "Barts Health will prioritise the following … in 2014/15:" leads in to a list; "…
      // modules which will be launched in September 2014, including the following:" is an item.
      if (!text.empty() && text.back() == ':' && text.find(", including") == std::string::npos) {
        if (const auto timing = dueTiming(text); s == 0 && timing && timing->dated) carried = timing->printed;
        continue;
      }
      if (const auto list = inlineList(text)) {
        emitInline(document, sentence, box, *list, findings);
        continue;
      }
      CommitmentOptions here = options.commitments;
      here.directed = section.active && section.kind == ActionKind::Recommendation;
      auto commitment = readCommitment(text, here);
      // Under a heading that names tasks, a sentence worded as one is one, dated by the heading.
      const bool sectionTask = section.active && (section.themes ? opensOrder(text) : opensTask(text));
      if (!commitment && (!carried.empty() || section.active)) {
        CommitmentOptions relaxed = here;
        relaxed.needsWhoOrWhen = false;
        commitment = readCommitment(text, relaxed);
      }
      if (!commitment && sectionTask) commitment = Commitment{section.kind, openingAgent(text), 0, {}, false};
      if (s == 0 && commitment && commitment->dated) {
        const size_t at = lowered(text).find(lowered(commitment->due));
        if (at != std::string::npos && at < options.commitments.openingChars) carried = commitment->due;
      }
      if (!commitment) continue;
      std::string owner = resolveWe(document, commitment->owner, sentence.page, box.y1, sentence.words.front().box.x1);
      // "We" in a part of the report that belongs to no agency: a pledge of the authority whose
      // progress the paper reports, not a task it sets.
      if (lowered(commitment->owner) == "we" && owner.empty() && !commitment->dated && !section.active) continue;
      if (owner.empty() && section.active) owner = resolveWe(document, section.owner, sentence.page, box.y1);
      // A past date that opens the sentence sets the scene of an account ("Following a case
      // review in 2012, the LSCB has prioritised…"); one after the committing words is its due.
      const size_t dueAt = commitment->dated ? lowered(text).find(lowered(commitment->due)) : std::string::npos;
      if (dueAt < commitment->marker && lookedBack(document, sentence.page, box.y1, commitment->due)) continue;
      if (!commitment->dated && lookedBack(document, sentence.page, box.y1, carried)) continue;
      // "The report will evaluate … It will also measure…": the paper describing itself.
      if (s > 0 && opensWithReference(text) && describesItself(withoutNumbering(unit.sentences[s - 1].text())))
        continue;
      // A sentence, unlike a list's entry, is a task only when it says who is to act or when.
      if (owner.empty() && commitment->due.empty() && carried.empty()) continue;
      // "Police have offered training…, this is due to be repeated…", "The LSCB has commissioned a
      // further SCR. The SCR is due to complete…": the agent named before it.
      if (owner.empty())
        owner = resolveWe(document, firstSubject(text.substr(0, commitment->marker)), sentence.page, box.y1);
      if (owner.empty() && s > 0) {
        owner =
            resolveWe(document, firstSubject(withoutNumbering(unit.sentences[s - 1].text())), sentence.page, box.y1);
      }
      // "Plans are underway to address…" in an agency's own section: that agency's.
      if (owner.empty()) owner = agencyAt(document, sentence.page, box.y1, options.agentlessAgencyPages);
      // "This pack will be rolled out…": the sentence before says what it is.
      const std::string itemText =
          s > 0 && opensWithReference(text) ? withoutNumbering(unit.sentences[s - 1].text()) + " " + text : text;
      const ActionKind kind =
          section.active && section.kind == ActionKind::Recommendation ? ActionKind::Recommendation : commitment->kind;
      PrintedAction action = reportItem(document, sentence.page, box, itemText, kind);
      action.owner = owner;
      action.due = commitment->dated || carried.empty() ? commitment->due : carried;
      action.snippet = unit.text.substr(0, 400);
      action.confidence = 0.5;
      findings.actions.push_back(std::move(action));
    }
  }

  void emitInline(const DocumentView& document, const Sentence& sentence, const PageBox& box, const InlineList& list,
                  Findings& findings) const {
    const auto heading = listHeading(list.head);
    std::string owner =
        heading && !heading->owner.empty() ? heading->owner : subjectBefore(list.head, list.head.size());
    if (owner.empty()) {
      static const Regex verb(R"(\b(is|are|will|would|aims?|plans?|intends?)\b)");
      std::smatch m;
      if (std::regex_search(list.head, m, verb)) owner = subjectBefore(list.head, static_cast<size_t>(m.position()));
    }
    owner = resolveWe(document, owner, sentence.page, box.y1);
    if (owner.empty()) owner = agencyAt(document, sentence.page, box.y1);
    std::string due;
    if (const auto timing = dueTiming(list.head); timing && timing->dated) due = timing->printed;
    for (const std::string& item : list.items) {
      PrintedAction action =
          reportItem(document, sentence.page, box, item, heading ? heading->kind : ActionKind::Action);
      action.owner = owner;
      action.due = due;
      action.snippet = sentence.text().substr(0, 400);
      action.confidence = 0.5;
      findings.actions.push_back(std::move(action));
    }
  }
};

}  // namespace

std::unique_ptr<Reader> reportActionReader() { return std::make_unique<ReportActionReader>(); }

}  // namespace sbw::extract
