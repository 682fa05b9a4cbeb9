#include "extract/action_phrases.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <set>

#include "core/regex.h"
#include "core/text.h"

namespace sbw::extract {
namespace {

bool isUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool isLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }

std::vector<std::string> wordsOf(std::string_view text) {
  std::vector<std::string> out;
  for (const std::string& w : split(simplified(text), ' ')) {
    if (!w.empty()) out.push_back(w);
  }
  return out;
}

// The month names and the shapes of years, for the timing patterns.
constexpr const char* kMonth =
    "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

const Regex& datedPattern() {
  static const Regex pattern(
      std::string(R"(\b(?:)") +
          // relative spans: "in the next 2 weeks", "over the next twelve months", "the coming year"
          R"((?:in|within|over|during)\s+the\s+(?:next|coming|forthcoming|following)\s+(?:[a-z0-9]+\s+)?(?:days?|weeks?|fortnight|months?|years?)\b|)"
          R"((?:the\s+)?(?:coming|forthcoming|following|next)\s+year\b|)"
          // quarters: "end of quarter 3 2021/2022"
          R"((?:quarter|q)\s*[1-4]\s+\d{4}(?:\s*[/-]\s*\d{2,4})?\b|)"
          // days: "20th November 2017", "28 July 2017"
          R"(\d{1,2}(?:st|nd|rd|th)?\s+)" +
          kMonth + R"(\.?,?\s+\d{4}\b|)" +
          // months: "March 2018", "Jan 14", "Sept-17"
          kMonth + R"(\.?\s*['-]?\s*(?:\d{4}|\d{2})\b|)" +
          // seasons and terms: "autumn 2014", "the autumn of 2014", "summer term 2017", "early 2018"
          R"((?:early|late|spring|summer|autumn|winter)(?:\s+term)?(?:\s+of)?\s+\d{4}\b|)"
          R"((?:spring|summer|autumn)\s+term\b|later\s+in\s+\d{4}\b|the\s+new\s+year\b|)"
          // spans of years: "2014/15", "2014-16", "2017 to 2018", "17/18"
          R"(\d{4}\s*(?:/|-|–|to)\s*(?:\d{4}|\d{2})\b|\d{2}\s*[/-]\s*\d{2}\b|)"
          // a year
          R"((?:19|20)\d{2}\b|)"
          // a month after a preposition: "in October"
          R"((?:in|by|from|during|until|before)\s+)" +
          kMonth + R"(\b(?!\s*['-]?\s*\d{2,4})))",
      Regex::icase);
  return pattern;
}

const Regex& undatedPattern() {
  static const Regex pattern(
      R"(\b(?:on-?\s?going|regularly|on an annual basis|annually|\d+\s*x\s*per\s+annum|quarterly|bi-?annually|as soon as possible|at a future (?:board\s+)?meeting|at the next meeting)\b)",
      Regex::icase);
  return pattern;
}

// Words that lead into a timing phrase and belong with it: "by", "at the end of", "during".
bool isTimingLead(const std::string& lower) {
  static const std::set<std::string> leads = {"by",         "before", "from",      "in",   "during", "until", "for",
                                              "throughout", "within", "over",      "on",   "at",     "the",   "end",
                                              "start",      "of",     "financial", "year", "a",      "due",   "later"};
  return leads.contains(lower);
}

// "(1,", "2014)." -> "1", "2014": the timing pattern's view of a short span such as "17-18".
bool plausibleShortSpan(const std::string& match) {
  static const Regex shortSpan(R"(^(\d{2})\s*[/-]\s*(\d{2})$)");
  std::smatch m;
  if (!std::regex_match(match, m, shortSpan)) return true;
  return std::stoi(m.str(2)) == std::stoi(m.str(1)) + 1;
}

const std::set<std::string>& agentHeads() {
  static const std::set<std::string> heads = {
      "board",        "committee",   "group",        "subgroup",      "sub-group",
      "panel",        "partnership", "team",         "service",       "trust",
      "council",      "authority",   "chair",        "chairs",        "chairman",
      "officer",      "manager",     "director",     "lead",          "member",
      "partner",      "agency",      "agencies",     "practitioner",  "commissioner",
      "police",       "ccg",         "school",       "department",    "unit",
      "forum",        "network",     "executive",    "coordinator",   "co-ordinator",
      "nurse",        "doctor",      "worker",       "staff",         "provider",
      "organisation", "hub",         "cabinet",      "councillor",    "governor",
      "division",     "analyst",     "advisor",      "adviser",       "head",
      "consultant",   "colleague",   "professional", "iro",           "iros",
      "we",           "health",      "body",         "bodies",        "administrator",
      "secretariat",  "directorate", "leadership",   "commissioning", "probation",
      "crc",          "mash",        "lscb",         "lscp",          "scb",
      "hscb",         "yos",         "cdop",         "hwbb",          "mayor",
      "minister",     "government",  "trainer",      "champion",      "representative",
      "specialist",   "designated",  "lay",          "borough",       "boroughs",
      "sector",       "centre",      "clinic",       "hospital",      "practice",
      "gp",           "gps",         "midwifery",    "services",      "safeguarding"};
  return heads;
}

// What a paper or a plan is made of, never who acts: "The LSCB Business Plan should be made…",
// "The Problem Profile will be updated…", "Recommendations for the LSCB should…".
const std::set<std::string>& thingHeads() {
  static const std::set<std::string> heads = {
      "plan",       "profile",        "programme",   "strategy", "report", "policy",   "protocol",
      "framework",  "document",       "survey",      "result",   "data",   "tool",     "process",
      "procedure",  "guidance",       "schedule",    "topic",    "system", "pathway",  "website",
      "newsletter", "recommendation", "opportunity", "need",     "theme",  "priority", "offer",
      "budget",     "event",          "audit",       "review",   "scr",    "dhr",      "study",
      "case",       "finding",        "issue",       "area",     "model",  "approach"};
  return heads;
}

std::string singular(std::string word) {
  if (word.size() > 3 && endsWith(word, "ies")) return word.substr(0, word.size() - 3) + "y";
  if (word.size() > 3 && word.back() == 's' && !endsWith(word, "ss")) word.pop_back();
  return word;
}

bool isAcronym(std::string_view word) {
  int letters = 0;
  for (const char c : word) {
    if (isLower(c)) return false;
    if (isUpper(c)) ++letters;
  }
  return letters >= 2;
}

bool isConnector(const std::string& lower) {
  static const std::set<std::string> words = {"of", "and", "for", "the", "&", "in", "on", "with", "to", "at", "from"};
  return words.contains(lower);
}

bool isNonAgentOpening(const std::string& lower) {
  static const std::set<std::string> words = {
      "this", "that", "these", "those", "it",   "there", "which", "who",  "what", "they", "he",    "she",
      "i",    "you",  "such",  "some",  "many", "most",  "any",   "much", "more", "work", "plans", "here",
      "each", "one",  "if",    "when",  "once", "while", "where", "how",  "why",  "all",  "not",   "no"};
  return words.contains(lower);
}

// Determiners and quantifiers that open a noun phrase without changing who it names.
bool isDeterminer(const std::string& lower) {
  static const std::set<std::string> words = {"the", "a", "an", "our", "its", "their", "both", "every", "each", "all"};
  return words.contains(lower);
}

}  // namespace

std::string plainWord(std::string_view word) {
  size_t b = 0;
  size_t e = word.size();
  const auto punct = [](unsigned char c) { return !std::isalnum(c) && c < 0x80 && c != '&'; };
  while (b < e && punct(static_cast<unsigned char>(word[b]))) ++b;
  while (e > b && punct(static_cast<unsigned char>(word[e - 1]))) --e;
  std::string out = lowered(word.substr(b, e - b));
  // "Board’s" and "Board's": the body, not its possession.
  for (const std::string_view tail : {"\xE2\x80\x99s", "'s"}) {
    if (endsWith(out, tail)) out.erase(out.size() - tail.size());
  }
  return out;
}

std::vector<Timing> timingPhrases(std::string_view text) {
  std::vector<Timing> out;
  const std::string s(text);
  const auto collect = [&](const Regex& pattern, bool dated) {
    for (auto it = RegexIterator(s.begin(), s.end(), pattern); it != RegexIterator(); ++it) {
      const std::string match = it->str();
      if (dated && !plausibleShortSpan(match)) continue;
      size_t begin = static_cast<size_t>(it->position());
      const size_t end = begin + match.size();
      // Take in the lead words ("by", "at the end of"); "since" and "last" date the past.
      while (begin > 0) {
        size_t wordEnd = begin;
        while (wordEnd > 0 && s[wordEnd - 1] == ' ') --wordEnd;
        size_t wordBegin = wordEnd;
        while (wordBegin > 0 && s[wordBegin - 1] != ' ') --wordBegin;
        const std::string lead = lowered(s.substr(wordBegin, wordEnd - wordBegin));
        if (wordBegin == wordEnd || !isTimingLead(lead)) {
          if (lead == "since" || lead == "last" || lead == "ago" || lead == "previous") begin = std::string::npos;
          break;
        }
        begin = wordBegin;
      }
      if (begin == std::string::npos) continue;
      const bool overlaps =
          std::any_of(out.begin(), out.end(), [&](const Timing& t) { return begin < t.end && t.begin < end; });
      if (!overlaps) out.push_back({trimmed(s.substr(begin, end - begin)), begin, end, dated});
    }
  };
  collect(datedPattern(), true);
  collect(undatedPattern(), false);
  std::sort(out.begin(), out.end(), [](const Timing& a, const Timing& b) { return a.begin < b.begin; });
  return out;
}

std::optional<Timing> dueTiming(std::string_view text, size_t from) {
  const auto all = timingPhrases(text);
  const Timing* lastDated = nullptr;
  for (const Timing& t : all) {
    if (!t.dated) continue;
    if (t.begin >= from) return t;
    lastDated = &t;
  }
  if (lastDated != nullptr) return *lastDated;
  for (const Timing& t : all) {
    if (!t.dated) return t;
  }
  return std::nullopt;
}

bool namesAgent(std::string_view phrase) {
  auto words = wordsOf(phrase);
  if (words.empty() || words.size() > 14) return false;
  if (isNonAgentOpening(plainWord(words.front())) && plainWord(words.front()) != "all" &&
      plainWord(words.front()) != "each") {
    return false;
  }
  while (!words.empty() && isDeterminer(plainWord(words.front()))) words.erase(words.begin());
  if (words.empty()) return false;
  const std::string first = plainWord(words.front());
  // "Training Subgroup", "Learning and Development Subgroup": a body named after its work.
  const bool namedBody =
      isUpper(words.front().front()) && words.size() >= 2 &&
      (agentHeads().contains(plainWord(words.back())) || agentHeads().contains(singular(plainWord(words.back())))) &&
      std::all_of(words.begin(), words.end(),
                  [](const std::string& w) { return isUpper(w.front()) || isConnector(plainWord(w)); });
  if ((isActionVerb(first) || isActionGerund(first)) && !namedBody) return false;
  // The head noun: the last word before a bracket, a relative clause or a trailing qualifier.
  std::string head;
  bool proper = true;
  for (const std::string& w : words) {
    if (w.front() == '(') break;
    const std::string lower = plainWord(w);
    if (lower == "who" || lower == "which" || lower == "that") break;
    if (lower.empty()) continue;
    head = lower;
    if (!isConnector(lower) && !isUpper(w.front()) && !std::isdigit(static_cast<unsigned char>(w.front())))
      proper = false;
  }
  // "Reinforcing the", "Other opportunities for": a phrase cut off before its noun.
  if (head.empty() || isConnector(head) || isDeterminer(head)) return false;
  if (thingHeads().contains(head) || thingHeads().contains(singular(head))) return false;
  // "A small selection of schools", "a number of agencies": a share of the bodies named after.
  static const std::set<std::string> shares = {"selection", "number",   "sample", "range",
                                               "group",     "majority", "all",    "some"};
  constexpr size_t kShareReach = 4;  // "a small selection of": the share's words come first
  for (size_t i = 1; i + 1 < words.size() && i < kShareReach; ++i) {
    if (plainWord(words[i]) == "of" && shares.contains(plainWord(words[i - 1]))) {
      return namesAgent(join(std::vector<std::string>(words.begin() + static_cast<long>(i) + 1, words.end()), " "));
    }
  }
  // "Recommendations for the LSCB", "Development of the Team": what the phrase names comes before
  // its "of" or "for", unless that is a post ("Director of Sport", "Head of Service").
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    const std::string w = plainWord(words[i]);
    if (w != "of" && w != "for" && w != "from") continue;
    const std::string before = plainWord(words[i - 1]);
    const bool named = i > 1 && isUpper(words[i - 1].front());
    const bool joined = std::any_of(words.begin(), words.begin() + static_cast<long>(i),
                                    [](const std::string& x) { return x == "and" || x == "&"; });
    if (joined) break;
    if (!named && !agentHeads().contains(before) && !agentHeads().contains(singular(before)) &&
        !isAcronym(words[i - 1])) {
      return false;
    }
    break;
  }
  // "The Chair challenged the CFPB about…": a verb and its object, a clause rather than a name.
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    const std::string w = plainWord(words[i]);
    if (isLower(words[i].front()) && endsWith(w, "ed") && isDeterminer(plainWord(words[i + 1]))) return false;
  }
  // A finite verb, a figure or a label inside it: a clause or a caption, not a name.
  static const std::set<std::string> finite = {"is",   "are", "was", "were", "has",   "have", "had",   "been",  "being",
                                               "does", "do",  "did", "will", "would", "can",  "could", "should"};
  for (const std::string& w : words) {
    if (finite.contains(plainWord(w)) || w.find(':') != std::string::npos) return false;
    if (std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
        !isAcronym(w)) {
      return false;
    }
  }
  if (agentHeads().contains(head) || agentHeads().contains(singular(head))) return true;
  // An acronym ("CNWL", "BHRUT") or a name in capitals throughout ("Public Health", "Barts
  // Health"); one capitalised word alone may only open the sentence ("Results", "Works").
  for (const std::string& w : words) {
    if (w.front() == '(') break;
    if (isAcronym(w) && plainWord(w).size() >= 2) return true;
  }
  return proper && words.size() >= 2 && words.size() <= 8 &&
         std::isupper(static_cast<unsigned char>(words.front().front()));
}

std::string subjectBefore(std::string_view text, size_t verb) {
  std::string before = std::string(text.substr(0, std::min(verb, text.size())));
  // The clause starts after the last sentence mark, semicolon, colon or dash.
  for (const std::string_view mark : {". ", "; ", ": ", " - ", " \xE2\x80\x93 "}) {
    if (const size_t at = before.rfind(mark); at != std::string::npos) before = before.substr(at + mark.size());
  }
  // An introductory phrase ends at a comma: "In 2017/18, the Service" -> "the Service"; an
  // aside that joins another agent ("Barts Health, in conjunction with …") stays.
  // Whether the clause opens with an adverbial ("Considering the evidence …, the SLWG").
  const auto clauseWords = wordsOf(before);
  const std::string opening = clauseWords.empty() ? std::string() : plainWord(clauseWords.front());
  const bool introduced = !clauseWords.empty() && isUpper(clauseWords.front().front()) &&
                          (endsWith(opening, "ing") || opening == "in" || opening == "following" ||
                           opening == "after" || opening == "given" || opening == "as");
  std::vector<std::string> segments = split(before, ',');
  size_t start = segments.size() - 1;
  while (start > 0) {
    const std::string lower = lowered(trimmed(segments[start]));
    const bool joins = startsWith(lower, "in conjunction with") || startsWith(lower, "together with") ||
                       startsWith(lower, "with ") || startsWith(lower, "as well as") || startsWith(lower, "alongside");
    if (!joins) break;
    --start;
  }
  std::string subject;
  for (size_t i = start; i < segments.size(); ++i) subject += (subject.empty() ? "" : ", ") + trimmed(segments[i]);
  auto words = wordsOf(subject);
  // The subject starts after the last word that ends a clause before it: "The LSCB has decided
  // that a dedicated Sub-Group", "As this mechanism is developed we".
  static const std::set<std::string> breaks = {
      "that",      "who",    "which",   "whilst", "while", "when",  "if",     "as",    "because", "although",
      "though",    "where",  "is",      "are",    "was",   "were",  "has",    "have",  "had",     "been",
      "developed", "agreed", "decided", "said",   "once",  "after", "before", "until", "unless",  "since"};
  for (size_t i = words.size(); i-- > 0;) {
    if (!breaks.contains(plainWord(words[i]))) continue;
    // "every young person who becomes known to our service": a relative clause on the subject,
    // which stands before it.
    const std::string w = plainWord(words[i]);
    const bool relative = (w == "who" || w == "which") && i + 1 < words.size() && isLower(words[i + 1].front()) &&
                          !isDeterminer(plainWord(words[i + 1])) && !breaks.contains(plainWord(words[i + 1]));
    if (relative) return {};
    words.erase(words.begin(), words.begin() + static_cast<long>(i) + 1);
    break;
  }
  static const std::set<std::string> adverbs = {"also",  "therefore", "now",     "further",  "currently",   "then",
                                                "still", "jointly",   "already", "thus",     "hence",       "again",
                                                "all",   "both",      "each",    "together", "collectively"};
  while (!words.empty() && adverbs.contains(plainWord(words.back())) && words.size() > 1) words.pop_back();
  static const std::set<std::string> openers = {"locally", "additionally", "furthermore", "moreover", "however",
                                                "so",      "and",          "but",         "then",     "therefore",
                                                "finally", "specifically", "overall",     "for"};
  while (!words.empty() && openers.contains(plainWord(words.front()))) words.erase(words.begin());
  // "(As has been) previously highlighted the board": the clause's last words before its subject,
  // where the words as they stand name no one ("designated nurses" does).
  while (words.size() > 1 && isLower(words.front().front()) &&
         (endsWith(plainWord(words.front()), "ly") || endsWith(plainWord(words.front()), "ed")) &&
         !namesAgent(join(words, " "))) {
    words.erase(words.begin());
  }
  // An opening adverbial without its comma: "In the coming year the department", "Over the next
  // twelve months we", "On more occasions the Board": the subject is the last noun phrase.
  // "Considering the evidence from the case review, … the SLWG": a participle opens the same way.
  // Not a name that starts so ("Safeguarding Adults Board", "Learning and Development Subgroup").
  if (!words.empty() && isUpper(words.front().front()) && endsWith(plainWord(words.front()), "ing") &&
      words.size() > 2 && (isLower(words[1].front()) || isDeterminer(plainWord(words[1])))) {
    words.front() = "in";
  }
  static const std::set<std::string> prepositions = {"in",        "on",     "at",    "over",   "during",  "by",
                                                     "from",      "within", "after", "before", "through", "throughout",
                                                     "following", "since",  "until", "across"};
  static const std::set<std::string> starts = {"the", "a", "an", "our", "their", "its", "we", "both", "each", "all"};
  if (!words.empty() && prepositions.contains(plainWord(words.front()))) {
    size_t last = words.size();
    for (size_t i = words.size(); i-- > 1;) {
      if (starts.contains(plainWord(words[i])) || std::isupper(static_cast<unsigned char>(words[i].front()))) {
        last = i;
        // Keep the whole of a name or a phrase that begins with a determiner.
        while (last > 1 && std::isupper(static_cast<unsigned char>(words[last - 1].front())) &&
               !prepositions.contains(plainWord(words[last - 1]))) {
          --last;
        }
        break;
      }
    }
    if (last < words.size()) words.erase(words.begin(), words.begin() + static_cast<long>(last));
  }
  // "… consultation with LSCB members the SLWG": an opening phrase whose comma was left out ends
  // where a new noun phrase starts after a noun.
  for (size_t i = words.size(); introduced && i-- > 1;) {
    const std::string prev = plainWord(words[i - 1]);
    if (plainWord(words[i]) == "the" && !isConnector(prev) && !isDeterminer(prev) && !prepositions.contains(prev) &&
        prev != "as" && prev != "by" && prev != "that") {
      words.erase(words.begin(), words.begin() + static_cast<long>(i));
      break;
    }
  }
  if (words.empty() || words.size() > 12) return {};
  // "A trained pharmacy worker will offer…": someone of a kind, described, not a named owner;
  // "A small selection of schools will…" names the schools.
  const bool share = words.size() > 3 && (plainWord(words[2]) == "of" || plainWord(words[3]) == "of");
  if ((plainWord(words.front()) == "a" || plainWord(words.front()) == "an") && !share) return {};
  const std::string phrase = join(words, " ");
  if (plainWord(words.front()) == "we" && words.size() == 1) return "we";
  return namesAgent(phrase) ? phrase : std::string();
}

namespace {

// The subject before the first of `verbs` in a text that names an agent (not "we").
std::string subjectOfFirst(std::string_view text, const Regex& verbs) {
  const std::string s(text);
  for (auto it = RegexIterator(s.begin(), s.end(), verbs); it != RegexIterator(); ++it) {
    const std::string subject = subjectBefore(s, static_cast<size_t>(it->position()));
    if (!subject.empty() && subject != "we") return subject;
  }
  return {};
}

}  // namespace

// "The Safeguarding Children team achieved…", "The group will:", "Police have offered…".
std::string firstSubject(std::string_view text) {
  static const Regex verb(
      R"(\b(will|would|should|must|shall|needs?|has|have|had|is|are|was|were|wants?|achieved|made|considered|identified|agreed|aims?|plans?|intends?)\b)");
  return subjectOfFirst(text, verb);
}

std::string modalSubject(std::string_view text) {
  static const Regex modal(R"(\b(will|shall|should|must)\b)");
  return subjectOfFirst(text, modal);
}

std::string openingAgent(std::string_view text) {
  auto words = wordsOf(text);
  const size_t reach = std::min<size_t>(words.size(), 12);
  for (size_t i = 1; i + 1 < reach; ++i) {
    if (plainWord(words[i]) != "to" || words[i] != "to") continue;
    const std::string next = plainWord(words[i + 1]);
    if (!isActionVerb(next) && next != "be") return {};
    std::vector<std::string> np(words.begin(), words.begin() + static_cast<long>(i));
    if (!np.empty() && plainWord(np.front()) == "for") np.erase(np.begin());
    // "To strengthen services to support…": an order with its purpose, no agent before it.
    if (np.empty() || plainWord(np.front()) == "to") return {};
    // "Whilst the CDOP aims to complete…": a subordinate clause, not a named task.
    static const std::set<std::string> subordinators = {"whilst", "while", "although", "though", "as",
                                                        "if",     "when",  "because",  "since"};
    if (subordinators.contains(plainWord(np.front()))) return {};
    // "Engagement with providers to support…", "Development of metrics to ensure…": a task named
    // by its noun, not an agent.
    const std::string head = plainWord(np.front());
    if (endsWith(head, "ment") || endsWith(head, "tion") || endsWith(head, "ance") || endsWith(head, "ence")) return {};
    // Words ending a clause before "to" ("in order to", "plans to"), or a verb ("The LSCB is
    // engaging with … to"), leave no agent before it.
    static const std::set<std::string> verbs = {"is",    "are",    "was",  "were", "has",   "have", "had", "will",
                                                "would", "should", "must", "can",  "could", "be",   "been"};
    for (const std::string& w : np) {
      if (w.back() == '.' || w.back() == ':' || w.back() == ';') return {};
      if (verbs.contains(plainWord(w)) ||
          (isLower(w.front()) && endsWith(plainWord(w), "ing") && plainWord(w).size() > 5))
        return {};
    }
    const std::string phrase = join(np, " ");
    return namesAgent(phrase) ? phrase : std::string();
  }
  return {};
}

std::optional<std::pair<std::string, std::string>> splitTrailingOwner(std::string_view text) {
  static const Regex officer(
      R"(^(.*[a-z0-9.?!)])\s+((?:[A-Z][A-Za-z'’\-]+\s+){1,3}[A-Z][A-Za-z'’\-]+,\s+(?:[A-Z][A-Za-z'’&\-]*|of|for|and|the|&)(?:[\s,]+(?:[A-Z][A-Za-z'’&\-]*|of|for|and|the|&))*)\s*$)");
  const std::string s = simplified(text);
  std::smatch m;
  if (!std::regex_match(s, m, officer)) return std::nullopt;
  const std::string owner = m.str(2);
  static const std::set<std::string> posts = {
      "director",  "head",         "manager",     "officer",      "member",     "lead",   "chair",  "chairman",
      "executive", "commissioner", "councillor",  "adviser",      "advisor",    "nurse",  "doctor", "principal",
      "leader",    "secretary",    "coordinator", "co-ordinator", "consultant", "analyst"};
  bool post = false;
  for (const std::string& w : wordsOf(owner.substr(owner.find(',')))) post = post || posts.contains(plainWord(w));
  if (!post) return std::nullopt;
  return std::make_pair(trimmed(m.str(1)), owner);
}

std::optional<ActionStatus> statusFromWording(std::string_view text, std::string* printed) {
  struct Phrase {
    std::string_view words;
    ActionStatus status;
  };
  static const std::array<Phrase, 44> phrases = {{
      {"not yet started", ActionStatus::Open},
      {"not started", ActionStatus::Open},
      {"yet to start", ActionStatus::Open},
      {"overdue", ActionStatus::Open},
      {"outstanding", ActionStatus::Open},
      {"not achieved", ActionStatus::Open},
      {"not yet complete", ActionStatus::Open},
      {"not complete", ActionStatus::Open},
      {"action complete", ActionStatus::Complete},
      {"actions complete", ActionStatus::Complete},
      {"action completed", ActionStatus::Complete},
      {"actions completed", ActionStatus::Complete},
      {"action is complete", ActionStatus::Complete},
      {"have been completed", ActionStatus::Complete},
      {"has been completed", ActionStatus::Complete},
      {"was ratified", ActionStatus::Complete},
      {"were ratified", ActionStatus::Complete},
      {"has been ratified", ActionStatus::Complete},
      {"this was done", ActionStatus::Complete},
      {"have exceeded this target", ActionStatus::Complete},
      {"achieved all", ActionStatus::Complete},
      {"have made improvements", ActionStatus::Complete},
      {"has made improvements", ActionStatus::Complete},
      {"complete", ActionStatus::Complete},
      {"completed", ActionStatus::Complete},
      {"action in progress", ActionStatus::InProgress},
      {"in progress", ActionStatus::InProgress},
      {"on-going", ActionStatus::InProgress},
      {"ongoing", ActionStatus::InProgress},
      {"underway", ActionStatus::InProgress},
      {"under way", ActionStatus::InProgress},
      {"is being taken", ActionStatus::InProgress},
      {"are being taken", ActionStatus::InProgress},
      {"now being taken forward", ActionStatus::InProgress},
      {"have been working", ActionStatus::InProgress},
      {"has been working", ActionStatus::InProgress},
      {"further work is required", ActionStatus::InProgress},
      {"further work is needed", ActionStatus::InProgress},
      {"remains an area for further development", ActionStatus::InProgress},
      {"remains an area of further", ActionStatus::InProgress},
      {"advances had been made", ActionStatus::InProgress},
      {"advances have been made", ActionStatus::InProgress},
      {"progressing", ActionStatus::InProgress},
      {"partially met", ActionStatus::InProgress},
  }};
  const std::string lower = lowered(simplified(text));
  std::optional<size_t> best;
  const Phrase* found = nullptr;
  for (const Phrase& p : phrases) {
    size_t at = 0;
    while ((at = lower.find(p.words, at)) != std::string::npos) {
      const size_t end = at + p.words.size();
      const bool bounded = (at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]))) &&
                           (end >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end])));
      if (bounded) break;
      at = end;
    }
    if (at == std::string::npos) continue;
    // The earliest statement wins; at one place, the longer phrase (listed first) does.
    if (!best || at < *best) {
      best = at;
      found = &p;
    }
  }
  if (found == nullptr) return std::nullopt;
  if (printed != nullptr) *printed = std::string(found->words);
  return found->status;
}

bool opensTask(std::string_view text) {
  const auto words = split(simplified(text), ' ');
  if (words.empty()) return false;
  const std::string first = plainWord(words.front());
  // "Evidence of this is…", "Review of the year": the word is a noun here, not an order.
  const std::string second = words.size() > 1 ? plainWord(words[1]) : std::string();
  static const std::set<std::string> nounFollowers = {"of", "is", "are", "was", "were", "has", "have", "for", "from"};
  if (nounFollowers.contains(second) && isActionVerb(first)) return false;
  // "Following the introduction of…", "Following on from that…": a preposition opening an account.
  if (first == "following") return false;
  if (isActionVerb(first) || isActionGerund(first)) return true;
  // "Jointly ensure…": an adverb before the verb.
  if (words.size() > 1 && endsWith(first, "ly") && isActionVerb(words[1])) return true;
  if (first == "to" && words.size() > 1 && isActionVerb(words[1])) return true;
  if (!openingAgent(text).empty()) return true;
  if (words.size() > 1 && plainWord(words[1]) == "of" && (endsWith(first, "tion") || endsWith(first, "ment")))
    return true;
  for (size_t i = 1; i + 1 < words.size() && i < 8; ++i) {
    const bool dash = words[i] == "-" || words[i] == "\xE2\x80\x93";
    if (dash && isActionVerb(words[i + 1])) return true;
  }
  return false;
}

bool isActionVerb(std::string_view word) {
  static const std::set<std::string> verbs = {
      "develop",    "review",    "ensure",      "implement",   "improve",  "strengthen",  "promote",     "establish",
      "maintain",   "continue",  "monitor",     "agree",       "identify", "raise",       "work",        "build",
      "create",     "deliver",   "conduct",     "consult",     "appoint",  "maximise",    "maximize",    "listen",
      "assess",     "undertake", "embed",       "share",       "support",  "provide",     "increase",    "reduce",
      "launch",     "publish",   "design",      "adapt",       "enhance",  "complete",    "secure",      "explore",
      "consider",   "extend",    "evaluate",    "produce",     "prepare",  "coordinate",  "co-ordinate", "formalise",
      "formalize",  "focus",     "engage",      "encourage",   "recruit",  "test",        "update",      "respond",
      "report",     "capture",   "set",         "hold",        "seek",     "revise",      "refresh",     "introduce",
      "analyse",    "analyze",   "audit",       "challenge",   "inform",   "measure",     "evidence",    "track",
      "scrutinise", "oversee",   "lead",        "participate", "involve",  "incorporate", "follow",      "progress",
      "organise",   "invite",    "write",       "circulate",   "send",     "bring",       "take",        "commission",
      "pilot",      "roll",      "run",         "map",         "collate",  "align",       "arrange",     "clarify",
      "confirm",    "define",    "disseminate", "drive",       "expand",   "facilitate",  "gather",      "investigate",
      "plan",       "refine",    "strive",      "train",       "use",      "visit",       "recognise",   "obtain",
      "offer",      "advise",    "attend",      "check",       "collect",  "communicate", "demonstrate", "examine",
      "contribute", "re-launch", "relaunch",    "streamline",  "tackle",   "address",     "give",        "make",
      "present",    "receive",   "submit",      "request",     "look",     "find",        "keep",        "meet",
      "be",         "enable",    "influence",   "empower",     "highlight"};
  const std::string w = plainWord(word);
  if (verbs.contains(w)) return true;
  // "revisit", "reassess", "re-evaluate": a verb done again.
  if (w.size() > 5 && startsWith(w, "re")) {
    const std::string rest = w.substr(w[2] == '-' ? 3 : 2);
    return rest.size() > 3 && rest != "port" && rest != "view" && verbs.contains(rest);
  }
  return false;
}

bool isActionGerund(std::string_view word) {
  const std::string w = plainWord(word);
  if (w.size() < 6 || !endsWith(w, "ing")) return false;
  const std::string stem = w.substr(0, w.size() - 3);
  // "developing" -> "develop", "securing" -> "secure", "mapping" -> "map", "identifying" -> "identify".
  return isActionVerb(stem) || isActionVerb(stem + "e") ||
         (stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
          isActionVerb(stem.substr(0, stem.size() - 1)));
}

}  // namespace sbw::extract
