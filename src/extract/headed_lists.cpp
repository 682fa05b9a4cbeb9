#include "extract/headed_lists.h"

#include <regex>

#include "core/regex.h"
#include "core/text.h"
#include "extract/action_phrases.h"

namespace sbw::extract {
namespace {

size_t wordCount(const std::string& text) { return split(simplified(text), ' ').size(); }

bool endsSentence(const std::string& text) {
  const std::string t = trimmed(text);
  return !t.empty() && (t.back() == '.' || t.back() == '?' || t.back() == '!');
}

// The agent of the lead-in's sentence nearest the list: "BHRUT has a strategy… The Safeguarding
// Children team achieved all key priorities:" -> the team.
std::string nearestAgent(const std::string& text) {
  const auto sentences = split(text, '.');
  for (size_t i = sentences.size(); i-- > 0;) {
    if (std::string agent = modalSubject(trimmed(sentences[i])); !agent.empty()) return agent;
    if (std::string agent = firstSubject(trimmed(sentences[i])); !agent.empty()) return agent;
  }
  return {};
}

// "Priorities of the Safeguarding Children Health Subgroup for 2017-18" -> that subgroup.
std::string ownerNamed(const std::string& text) {
  static const Regex of(
      R"(\b(?:priorities|actions|recommendations|objectives|plans|steps|challenges?|work|areas)\s+(?:of|for|from)\s+((?:the\s+)?(?:[A-Z][^:]*?|(?:group|subgroup|sub-group|panel|board|partnership|committee|forum)\b))\s*(?:\b(?:for|in|during|over)\s+(?:the\s+)?(?:\d{4}|\d{2}/\d{2}|coming|next|year).*)?:?\s*$)",
      Regex::icase);
  std::smatch m;
  if (std::regex_search(text, m, of) && namesAgent(m.str(1))) return trimmed(m.str(1));
  if (std::string agent = modalSubject(text); !agent.empty()) return agent;
  return firstSubject(text);
}

bool refersToWholeList(const std::string& lower) {
  static const Regex whole(
      R"(\b(all of (those|these|the)|all (those|these)|the above|all (key )?priorities|all (of )?the recommendations|each of (these|the))\b)");
  return std::regex_search(lower, whole);
}

bool reportsDone(const std::string& entry) {
  static const Regex done(R"(^(?:\S+\s+){0,3}?(?:\w+ed|has been|have been|has|have|was|were)\b)");
  const std::string lower = lowered(entry);
  std::smatch m;
  if (!std::regex_search(lower, m, done)) return false;
  const std::string first = plainWord(split(lower, ' ').front());
  return !isActionVerb(first) && !isActionGerund(first) && first != "to";
}

std::string lastSentence(const TextUnit& unit) {
  return unit.sentences.empty() ? unit.text : unit.sentences.back().text();
}

}  // namespace

std::optional<ListHeading> listHeading(const std::string& text) {
  static const Regex recommendations(R"(\b(recommendations?|recommended that|recommends)\b)");
  static const Regex tasks(
      R"(\b(actions?|next steps|future work|future planning|future developments|priorities|priority|areas for (development|improvement|focus)|areas of focus|plans? for|board challenge|challenges? for|going forward|looking ahead|work plan|key tasks|will:|will be:|we will|to do)\b)");
  // The sentence of the lead-in that says what the list holds is the one to read.
  std::string leadIn = withoutNumbering(text);  // "5.14 The new chair…": the paragraph's number is no part of it
  for (const std::string& sentence : split(leadIn, '.')) {
    const std::string l = lowered(sentence);
    if (std::regex_search(l, recommendations) || std::regex_search(l, tasks)) {
      leadIn = sentence;
      break;
    }
  }
  const std::string lower = lowered(leadIn);
  static const Regex notTasks(
      R"(\b(progress against|progress from|achievements?|were completed|have been completed|following points|points:|relating to|following areas|highlights|findings|included|such as:|examples?|training attended|attended includes|objectives|aims?|purpose|role|remit|responsibilities|functions|terms of reference|duties|weaknesses|strengths|observations|questions|risks)\b)");
  if (std::regex_search(lower, notTasks)) return std::nullopt;
  // "The CDOP has followed up actions…": what was done, unless it goes on to name what is next.
  static const Regex perfect(R"(\b(?:has|have|had)\s+(?:\w+\s+)?\w+ed\b)");
  static const Regex onward(R"(\b(the following|for \d{4}|for the (?:coming|next)|will)\b)");
  if (std::regex_search(lower, perfect) && !std::regex_search(lower, onward)) return std::nullopt;
  ListHeading heading;
  if (std::regex_search(lower, recommendations)) {
    heading.kind = ActionKind::Recommendation;
  } else if (!std::regex_search(lower, tasks)) {
    return std::nullopt;
  }
  static const Regex themes(R"(\b(areas|themes?)\b)");
  heading.themes = std::regex_search(lower, themes) && heading.kind == ActionKind::Action;
  static const Regex named(R"(\b(actions|next steps|action points)\b)");
  heading.named = std::regex_search(lower, named) && !heading.themes;
  heading.owner = ownerNamed(leadIn);
  if (heading.owner.empty()) heading.owner = nearestAgent(withoutNumbering(text));
  if (heading.owner.empty() && lower.find("board challenge") != std::string::npos) heading.owner = "Board";
  if (const auto timing = dueTiming(text); timing && timing->dated) heading.timing = timing->printed;
  return heading;
}

std::optional<HeadedList> headedListAt(const std::vector<TextUnit>& units, size_t at,
                                       const HeadedListOptions& options) {
  const TextUnit& lead = units[at];
  const std::string last = lastSentence(lead);
  // "… some of the Key Priorities include": a lead-in that stops where its colon would be.
  static const Regex runsOn(R"(\b(include|includes|including|are|were|will be)\s*$)", Regex::icase);
  const bool colon =
      !trimmed(last).empty() && (trimmed(last).back() == ':' || std::regex_search(trimmed(last), runsOn));
  static const Regex belowPattern(R"(\b(as (identified|set out|listed) below|as follows|below:|in the following)\b)");
  const bool below = std::regex_search(lowered(lead.text), belowPattern);
  if (!(colon || below || lead.heading()) || wordCount(colon ? last : lead.text) > options.maxLeadInWords) {
    if (!(below && wordCount(lead.text) <= 2 * options.maxLeadInWords)) return std::nullopt;
  }
  // "These are:": the lead-in's own sentence may say only that a list follows; the rest of the
  // passage, or the heading above it, says of what.
  auto heading = listHeading(colon ? last : lead.text);
  if (!heading && colon) heading = listHeading(lead.text);
  if (!heading) return std::nullopt;
  HeadedList list;
  list.leadIn = at;
  list.kind = heading->kind;
  list.owner = heading->owner.empty() ? firstSubject(withoutNumbering(lead.text)) : heading->owner;
  list.timing = heading->timing;
  if (list.timing.empty()) {
    if (const auto timing = dueTiming(lead.text); timing && timing->dated) list.timing = timing->printed;
  }
  list.themes = heading->themes;
  list.named = heading->named;
  size_t j = at + 1;
  // "IRO's:": a sub-lead naming whose entries follow.
  if (j < units.size() && !units[j].heading() && wordCount(units[j].text) <= 4 &&
      endsWith(trimmed(units[j].text), ":")) {
    const std::string named = trimmed(units[j].text.substr(0, trimmed(units[j].text).size() - 1));
    if (namesAgent(named)) list.owner = named;
    ++j;
  }
  // A short line between the lead-in and its entries is a sub-heading ("Contribution to
  // multi-agency working").
  if (j + 1 < units.size() && !units[j].heading() && !units[j].listItem() && units[j + 1].listItem() &&
      wordCount(units[j].text) <= 6 && !endsSentence(units[j].text)) {
    ++j;
  }
  const auto add = [&](const TextUnit& u, const std::string& text) {
    if (!text.empty()) list.entries.push_back({text, u.page, {u.box.x1, u.box.y1, u.box.x2, u.box.y2}});
  };
  for (; j < units.size(); ++j) {
    const TextUnit& u = units[j];
    if (u.heading()) break;
    if (u.listItem()) {
      if (wordCount(u.text) > options.maxEntryWords) break;
      add(u, withoutNumbering(u.text));
      continue;
    }
    // An entry carried over a page or column break goes on in lower case; a bullet's second line
    // set apart from it goes on until the next bullet.
    const bool between = j + 1 < units.size() && units[j + 1].listItem() &&
                         !endsSentence(list.entries.empty() ? "." : list.entries.back().text);
    if (!list.entries.empty() && !u.text.empty() &&
        (std::islower(static_cast<unsigned char>(u.text.front())) ||
         (between && wordCount(u.text) <= options.shortLineWords))) {
      list.entries.back().text += " " + u.text;
      continue;
    }
    // A paragraph of short lines, none ending a sentence: one entry a line.
    bool shortLines = u.lines.size() >= 2;
    for (size_t l = 0; l < u.lines.size() && shortLines; ++l) {
      shortLines =
          wordCount(u.lines[l]) <= options.shortLineWords && (l + 1 == u.lines.size() || !endsSentence(u.lines[l]));
    }
    if (shortLines && list.entries.empty()) {
      for (const std::string& line : u.lines) add(u, simplified(line));
      ++j;
      break;
    }
    // Entries set as paragraphs of a sentence or two after a colon (a list whose marks were lost).
    const bool shortParagraph = u.sentences.size() <= 2 && wordCount(u.text) <= options.maxParagraphEntryWords;
    const bool listFollows = j + 1 < units.size() && units[j + 1].listItem();
    if ((colon || below) && shortParagraph && (list.entries.empty() ? (listFollows || colon) : !list.entries.empty())) {
      add(u, withoutNumbering(u.text));
      continue;
    }
    break;
  }
  if (list.entries.size() < options.minEntries) return std::nullopt;
  // Entries that report what was done ("Carried out…", "Maternity service has updated…") are a
  // list of accomplishments, whatever the heading promised.
  size_t done = 0;
  for (const auto& entry : list.entries) done += reportsDone(entry.text);
  if (done * 2 > list.entries.size()) return std::nullopt;
  list.end = j;
  // A lead-in or a statement after the list that speaks of all of it gives every entry's status.
  for (const size_t k : {at, j}) {
    if (k >= units.size()) continue;
    const std::string lower = lowered(units[k].text);
    if (!refersToWholeList(lower)) continue;
    if (const auto status = statusFromWording(units[k].text, &list.statusText)) {
      list.status = status;
      break;
    }
  }
  return list;
}

}  // namespace sbw::extract
