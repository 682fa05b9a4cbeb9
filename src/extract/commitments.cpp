#include "extract/commitments.h"

#include <algorithm>
#include <array>
#include <regex>
#include <set>

#include "core/regex.h"
#include "core/text.h"
#include "extract/action_phrases.h"

namespace sbw::extract {
namespace {

struct Marker {
  Regex pattern;
  ActionKind kind;
  int ownerGroup;  // the capture group naming the owner, 0 when the subject does
  bool needsDate;  // says only that something matters ("is a priority"): a task when it is dated
  // Words the pattern cannot match without, one of which must be in the sentence: most sentences
  // hold none, and a substring search is far cheaper than std::regex.
  std::vector<std::string> anyOf;
};

const std::vector<Marker>& markers() {
  static const std::vector<Marker> all = [] {
    const auto make = [](std::vector<std::string> anyOf, const char* pattern, ActionKind kind, int group = 0,
                         bool needsDate = false) {
      return Marker{Regex(pattern), kind, group, needsDate, std::move(anyOf)};
    };
    return std::vector<Marker>{
        make({"action"}, R"(^actions? for [^:]{2,30}:)", ActionKind::Action),
        make({"it would be "}, R"(\bit would be (?:useful|helpful|beneficial|valuable|good|advisable) for (.+?) to\b)",
             ActionKind::Recommendation, 1),
        make({"recommend"}, R"(\b(?:recommended|recommends|recommend) that\b)", ActionKind::Recommendation),
        make({"made a recommendation"}, R"(\bmade a recommendation\b)", ActionKind::Recommendation),
        make({"may wish to"}, R"(\bmay wish to\b)", ActionKind::Recommendation),
        make({"will "}, R"(\bwill (?:need|have) to\b)", ActionKind::Recommendation),
        make({"should", "must", "ought to"}, R"(\b(?:should|must|ought to)\b)", ActionKind::Recommendation),
        make({"need"}, R"(\b(?:needs?|needed) to\b)", ActionKind::Recommendation),
        make({"there is a need "}, R"(\bthere is a need (?:to|for)\b)", ActionKind::Recommendation),
        make({"challenge for ", "priority for "}, R"(\b(?:challenge|priority) for (.+?) (?:is|will be) to\b)",
             ActionKind::Action, 1),
        make(
            {"priority"},
            R"(\b(?:a|the|our|key) (?:key )?priority(?: action area)? (?:for|in)\b|\bis a (?:key )?priority\b|\bpriority for action\b)",
            ActionKind::Action, 0, true),
        make({"will"}, R"(\bwill\b)", ActionKind::Action),
        // "The LSCB agreed that the Director would take forward phase two in 2014/15".
        make({"would"}, R"(\b(?:agreed|decided) that (?:[^,;]+? )?would\b)", ActionKind::Action, 0, true),
        make(
            {"planned", "scheduled", "due to"},
            R"(\b(?:is|are)\s+(?:now\s+|also\s+)?(?:planned|scheduled)\b|\bdue to (?:be\s+)?[a-z]+ed\b|\bdue to (?:start|complete|finish|begin|conclude|take place|be)\b)",
            ActionKind::Action),
        make(
            {"plan"},
            R"(\b(?:plans? (?:are|is) (?:already )?(?:in place|underway|being made)|there are plans|planned (?:for|in))\b)",
            ActionKind::Action),
        make({"to be"}, R"(\b(?:is|are) (?:now )?to be\b)", ActionKind::Action),
        make({"intend", "hope", "propose"}, R"(\b(?:intends?|hopes?|proposes?) to\b)", ActionKind::Action),
    };
  }();
  return all;
}

// Progress, deliberation and description, not a task: "is considering", "has been working",
// "will be able to", "should be noted".
bool weighsOnly(const std::string& lower) {
  static const Regex pattern(
      R"(\b((?:is|are|was|were) (?:considering|exploring|looking to|looking at|reviewing whether)|should be noted|must be noted|be able to|may be|might|could|likely|due to the fact|(?:should|will|would) (?:help|enable|mean|result|lead to|allow)|aware|complacent|will be used to inform|(?:this|it) will build on|must have the|needs? to (?:understand|know)|needs? to be (?:[a-z]+ly )?(?:satisfied|assured|confident|clear))\b)");
  return std::regex_search(lower, pattern);
}

// An aim, not a task: "will continue to prioritise safeguarding", "continue to support the work of
// the LSCB", "has, and will, maintain its commitment", "remains committed to".
bool aimOnly(const std::string& lower) {
  static const Regex pattern(
      R"(\bcontinue to (?:prioriti[sz]e|support|be)\b|\bmaintain (?:its|their|our|a) (?:strong )?commitment\b|\bremains? committed\b)");
  return std::regex_search(lower, pattern);
}

// The paper describing itself or reporting another document's words: "This section will set out…",
// "the report will evaluate…", "The report advised that a Problem Profile should…".
bool describesDocument(const std::string& lower, size_t at) {
  static const Regex pattern(
      R"(\b(?:this|the|that|our) (?:annual )?(?:report|section|chapter|paper|document|guidance)(?: (?:has |had )?(?:advised|stated|states|says|said|found|finds|noted|notes|concluded|concludes|highlighted|highlights) that)?\s+(?:[a-z'’\-]+\s+){0,2}$)");
  const std::string before = lower.substr(0, at);
  std::smatch m;
  if (!std::regex_search(before, m, pattern)) return false;
  // Only at the start of the clause: "… the strategy will" after other words still names its subject.
  const std::string lead = trimmed(before.substr(0, static_cast<size_t>(m.position())));
  return lead.empty() || lead.back() == ',' || endsWith(lead, " that") || lead == "in addition";
}

// "… a cross-cutting theme that needs to be highlighted": the marker describes the noun before
// it; "When information cannot be shared, the LSCB will…": a standing rule, not a task.
bool describesOnly(const std::string& lower, size_t at, bool directs) {
  const std::string before = lower.substr(0, at);
  if (directs && (endsWith(before, " that ") || endsWith(before, " which "))) return true;
  static const Regex conditional(R"(^(?:when|whenever|where|wherever)\b[^,]*,)");
  return std::regex_search(before, conditional);
}

// Quoted words ("its responsibility to: 'Communicate … the need to safeguard'") are another's:
// blank them so their markers do not count.
std::string withoutQuotes(std::string lower) {
  constexpr const char* kQuotedChars = "20";  // a quotation this long or longer, not an apostrophe's span
  static const Regex quoted(std::string(R"((?:^|[\s:(])(?:'[^']{)") + kQuotedChars + R"(,}'|"[^"]{)" + kQuotedChars +
                            R"(,}"|\xE2\x80\x98[^']{)" + kQuotedChars + R"(,}?\xE2\x80\x99|\xE2\x80\x9C[^"]{)" +
                            kQuotedChars + R"(,}?\xE2\x80\x9D))");
  std::string out = lower;
  for (auto it = RegexIterator(lower.begin(), lower.end(), quoted); it != RegexIterator(); ++it) {
    std::fill(out.begin() + it->position() + 1, out.begin() + it->position() + it->length(), ' ');
  }
  return out;
}

// Events others control, which a board reports but does not undertake: what the Government,
// a department or an inspectorate will do.
bool nationalBody(const std::string& owner) {
  static const Regex pattern(
      R"(\b(government|department for education|dfe|ofsted|cqc|hmip|inspectorate|minister|secretary of state|parliament|home office|department of health)\b)",
      Regex::icase);
  return std::regex_search(owner, pattern);
}

// What follows "will" makes a task: an action verb ("will review"), a passive ("will be rolled
// out"), a continuous form ("will be conducting"), not a state ("will be crucial", "will be aware",
// "will have a focus", "will manage").
bool undertaking(const std::string& lower, size_t will) {
  const auto words = split(lower.substr(will), ' ');
  size_t v = 1;
  static const std::set<std::string> adverbs = {"also",     "now",     "further",   "therefore", "then",
                                                "actively", "jointly", "regularly", "continue",  "to",
                                                "again",    "all",     "both"};
  while (v < words.size() && adverbs.contains(plainWord(words[v]))) ++v;
  if (v >= words.size()) return false;
  const std::string verb = plainWord(words[v]);
  // "audits will continue quarterly", "will continue throughout 2017-18": the work goes on.
  if (plainWord(words[v - 1]) == "continue" &&
      (endsWith(verb, "ly") || verb == "throughout" || verb == "until" || verb == "into")) {
    return true;
  }
  static const std::set<std::string> more = {"cascade", "commence",   "nominate", "advance",     "conclude",
                                             "await",   "highlight",  "keep",     "participate", "facilitate",
                                             "link",    "include",    "hold",     "launch",      "publish",
                                             "take",    "prioritise", "seek",     "fulfil",      "comply"};
  if (verb == "be" && v + 1 < words.size()) {
    const std::string next = plainWord(words[v + 1]);
    const bool participle = endsWith(next, "ed") || endsWith(next, "en") || endsWith(next, "wn") || next == "held" ||
                            next == "built" || next == "brought" || next == "sent" || next == "set" || next == "put" ||
                            next == "run" || next == "made" || next == "led";
    return (participle && next != "need") || (endsWith(next, "ing") && next.size() > 5);
  }
  return isActionVerb(verb) || more.contains(verb);
}

// "… will be taken forward by the LSCB Quality Assurance sub group": the agent of a passive.
std::string passiveAgent(const std::string& text, size_t from) {
  static const Regex by(
      R"(\b(?:be|being|been)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|en|wn|ne|un|lt|ld|ht|de)\s+(?:\S+\s+){0,8}?by\s+((?:the\s+|all\s+|both\s+)?[A-Za-z][\w&'’\-]*(?:\s+(?:[A-Z][\w&'’\-]*|of|and|the|for|&|in|sub|group|subgroup|partnership|board|team|services?))*))");
  std::smatch m;
  const std::string rest = text.substr(std::min(from, text.size()));
  if (!std::regex_search(rest, m, by)) return {};
  std::string agent = trimmed(m.str(1));
  for (const std::string_view tail : {" and", " of", " the", " for", " &", " in"}) {
    while (endsWith(agent, tail)) agent = trimmed(agent.substr(0, agent.size() - tail.size()));
  }
  return namesAgent(agent) ? agent : std::string();
}

std::string agentBefore(const std::string& text, size_t at) {
  std::string before = text.substr(0, std::min(at, text.size()));
  if (const size_t stop = before.rfind(". "); stop != std::string::npos) before = before.substr(stop + 2);
  const std::string lower = lowered(before);
  // The noun phrase a relative "who" takes up, or the agent of a passive just before.
  static const Regex who(R"(\b(?:by|with)\s+(.+?)\s+who\s*$)");
  static const Regex by(R"(\bby\s+((?:the\s+)?[A-Za-z][\w&'’\-]*(?:\s+[A-Za-z][\w&'’\-]*){0,5}?)\s+and\s*$)");
  std::smatch m;
  for (const Regex* pattern : {&who, &by}) {
    if (std::regex_search(lower, m, *pattern)) {
      const std::string agent =
          trimmed(before.substr(static_cast<size_t>(m.position(1)), static_cast<size_t>(m.length(1))));
      if (namesAgent(agent)) return agent;
    }
  }
  return {};
}

// "the Panel recommended that Central London Community Healthcare undertake…": the one asked.
std::string clauseAgent(const std::string& text, size_t from) {
  const auto words = split(simplified(text.substr(std::min(from, text.size()))), ' ');
  for (size_t i = 1; i < words.size() && i <= 10; ++i) {
    const std::string w = plainWord(words[i]);
    const bool verb = w == "should" || w == "would" || w == "will" || w == "must" || w == "be" || w == "were" ||
                      w == "was" || w == "is" || w == "are" || w == "to" || isActionVerb(w) || endsWith(w, "ed");
    if (!verb) continue;
    const std::string subject =
        join(std::vector<std::string>(words.begin(), words.begin() + static_cast<long>(i)), " ");
    return namesAgent(subject) ? subject : std::string();
  }
  return {};
}

// "This will…", "It is due to…" (the subject's clause only: "To ensure that this risk is managed,
// the MASH will…" names its subject).
bool demonstrative(const std::string& before) {
  const size_t comma = before.rfind(", ");
  const auto words = split(lowered(simplified(comma == std::string::npos ? before : before.substr(comma + 2))), ' ');
  for (const std::string& w : words) {
    const std::string p = plainWord(w);
    if (p == "this" || p == "these" || p == "it" || p == "they" || p == "those") return true;
  }
  return false;
}

// "Practitioners", "Health staff", "All staff", "Every school", "Local authorities": a class of
// people rather than a body that can be held to a task.
bool genericClass(const std::string& owner) {
  auto words = split(simplified(owner), ' ');
  if (words.empty()) return false;
  // "Local Safeguarding Children Boards (LSCBs)": a kind of body, abbreviated in the plural.
  static const Regex pluralAbbreviation(R"(\([A-Z]{2,}s\))");
  if (std::regex_search(owner, pluralAbbreviation)) return true;
  const std::string first = plainWord(words.front());
  if (first == "all" || first == "every" || first == "each" || first == "certain" || first == "some" ||
      first == "many" || first == "most" || first == "any") {
    return true;
  }
  if (first == "the" || first == "our" || first == "both" || first == "this" || first == "their" || first == "its")
    return false;
  for (const std::string& w : words) {
    size_t capitals = 0;
    for (const char c : w) capitals += std::isupper(static_cast<unsigned char>(c)) != 0;
    if (capitals >= 2) return false;  // an acronym: a named body
  }
  const std::string head = plainWord(words.back());
  const bool plural = head.size() > 3 && head.back() == 's' && !endsWith(head, "ss");
  size_t proper = 0;
  for (const std::string& w : words) proper += std::isupper(static_cast<unsigned char>(w.front())) != 0;
  return plural && proper * 2 <= words.size() + (words.size() == 1 ? 1 : 0) && proper <= 1;
}

// "The Strategy details how the Partnership will…": the commitment is reported, not made.
bool embedded(const std::string& lower, size_t at) {
  static const Regex pattern(R"(\b(how|whether|what|why|which way)\s+(?:[a-z'’\-]+\s+){0,6}$)");
  return std::regex_search(lower.substr(0, at), pattern);
}

}  // namespace

bool describesItself(const std::string& sentence) {
  const std::string lower = lowered(simplified(sentence));
  static const Regex subject(R"((?:^|, )(?:this|the) (?:annual )?(?:report|section|chapter|paper|document) will\b)");
  return std::regex_search(lower, subject);
}

std::optional<Commitment> readCommitment(const std::string& sentence, const CommitmentOptions& options) {
  const std::string text = simplified(sentence);
  const size_t words = split(text, ' ').size();
  if (words < options.minWords || words > options.maxWords || text.back() == '?') return std::nullopt;
  const std::string lower = withoutQuotes(lowered(text));
  // The earliest marker decides; at one place, the first listed does.
  const Marker* found = nullptr;
  std::smatch match;
  size_t at = std::string::npos;
  for (const Marker& marker : markers()) {
    const auto held = [&](const std::string& word) { return lower.find(word) != std::string::npos; };
    if (std::none_of(marker.anyOf.begin(), marker.anyOf.end(), held)) continue;
    std::smatch m;
    if (!std::regex_search(lower, m, marker.pattern)) continue;
    const size_t position = static_cast<size_t>(m.position());
    if (position < at) {
      at = position;
      found = &marker;
      match = m;
    }
  }
  if (found == nullptr || weighsOnly(lower) || aimOnly(lower)) return std::nullopt;
  if (lower.compare(at, 5, "will ") == 0 && !undertaking(lower, at)) return std::nullopt;
  // "Reinforcing the need to evidence compliance is an ongoing task": need as a noun.
  const std::string before = lower.substr(0, at);
  if (lower.compare(at, 4, "need") == 0 &&
      (endsWith(before, "the ") || endsWith(before, "a ") || endsWith(before, "this ")))
    return std::nullopt;
  // "… which has been transferred to a priority in 2017-18": an account of what was decided.
  static const Regex perfectPassive(R"(\b(?:has|have|had) been [a-z]+ed (?:[a-z]+ ){0,3}$)");
  if (found->needsDate && std::regex_search(before, perfectPassive)) return std::nullopt;
  Commitment out;
  out.kind = found->kind;
  out.marker = at;
  if (found->ownerGroup > 0 && match[found->ownerGroup].matched) {
    const std::string named = text.substr(static_cast<size_t>(match.position(found->ownerGroup)),
                                          static_cast<size_t>(match.length(found->ownerGroup)));
    if (namesAgent(named)) out.owner = trimmed(named);
  }
  if (out.owner.empty() && lower.compare(at, 11, "recommended") == 0) {
    out.owner = clauseAgent(text, at + static_cast<size_t>(match.length()));
  }
  // "Action for 2017-18: The Board should develop…": the owner is the subject after the label.
  if (out.owner.empty() && lower.compare(at, 6, "action") == 0) {
    const size_t colon = text.find(':', at);
    if (colon != std::string::npos) out.owner = modalSubject(text.substr(colon + 1));
  }
  if (out.owner.empty()) out.owner = subjectBefore(text, at);
  bool byAgent = false;  // "… will be provided by Public Health": the agent is named outright
  if (out.owner.empty()) {
    out.owner = passiveAgent(text, at);
    byAgent = !out.owner.empty();
  }
  // "… developed by the Quality Assurance Subgroup and CSC senior management team who will lead
  // on this task", "this was supported by the CCGs and will be progressed": the agent named in
  // the clause before.
  if (out.owner.empty()) out.owner = agentBefore(text, at);
  // When: a timing after the committing words, or one that opens the sentence.
  const std::vector<Timing> timings = timingPhrases(text);
  for (const Timing& t : timings) {
    if (t.dated && (t.begin >= at || t.begin < options.openingChars)) {
      out.due = t.printed;
      out.dated = true;
      break;
    }
  }
  if (out.due.empty()) {
    for (const Timing& t : timings) {
      if (!t.dated && t.begin >= at) {
        out.due = t.printed;
        break;
      }
    }
  }
  if (nationalBody(out.owner)) return std::nullopt;
  if (found->needsDate && !out.dated) return std::nullopt;
  // "This will…", "It is due to…": what it stands for is in the sentence before; dated, a task.
  static const Regex account(R"(\b(?:did|was|were|had|has)\b)");
  const bool plainSubject = byAgent && !std::regex_search(lower.substr(0, at), account);
  if (!out.dated && !plainSubject && demonstrative(text.substr(0, at))) return std::nullopt;
  // "Practitioners will…", "All staff should…": a class of people, described or reminded, unless
  // the report directs it under a heading of recommendations or gives a date.
  if (!out.dated && !options.directed && genericClass(out.owner)) return std::nullopt;
  if (embedded(lower, at) || describesDocument(lower, at)) return std::nullopt;
  if (describesOnly(lower, at, found->kind == ActionKind::Recommendation) &&
      (!out.dated || found->kind == ActionKind::Recommendation)) {
    return std::nullopt;
  }
  if (options.needsWhoOrWhen && out.owner.empty() && !out.dated) return std::nullopt;
  return out;
}

}  // namespace sbw::extract
