#include "extract/minutes_actions.h"

#include <algorithm>
#include <regex>
#include <set>

#include "core/regex.h"
#include "core/text.h"
#include "extract/action_context.h"
#include "extract/action_phrases.h"
#include "extract/action_tracker.h"
#include "extract/headed_lists.h"
#include "extract/text_units.h"

namespace sbw::extract {
namespace {

struct MinutesOptions {
  size_t headerUnits = 16;   // the date, venue and attendance are printed in this many passages
  int maxPages = 25;         // minutes run no longer without a closing line
  size_t subjectWords = 10;  // the subject of a reported undertaking is at most this long
};

std::string plainLine(const std::string& line) {
  std::string s = line;
  s.erase(std::remove(s.begin(), s.end(), '*'), s.end());
  return lowered(simplified(s));
}

bool opensMinutes(const TextUnit& unit) {
  for (const std::string& line : unit.lines) {
    const std::string s = plainLine(line);
    if (s == "minutes" || startsWith(s, "minutes of ")) return true;
  }
  return false;
}

bool closesMinutes(const TextUnit& unit) {
  static const Regex closing(
      R"(\b((the )?meeting (ended|closed|finished|terminated)|termination of (the )?meeting|meeting ended)\b)");
  return std::regex_search(lowered(unit.text), closing);
}

// Only notes, receives or approves: asks no one to do anything.
bool onlyNotes(const std::string& lower) {
  static const Regex asks(
      R"(\b(should|will|would|must|be asked|asks?|request(ed|s)?|report back|to report (?:back|to|on)|to provide|for approval by|for consideration|for (his|her|their) consideration|be sent|be circulated|be referred|referred to|recommend(s|ed|ation|ations)?|be invited|to be (sent|circulated|brought|presented|added))\b)");
  return !std::regex_search(lower, asks);
}

bool announcesList(const std::string& lower) {
  const std::string t = trimmed(lower);
  return (!t.empty() && t.back() == ':') || lower.find("the following recommendations") != std::string::npos;
}

// "… reported to the Cabinet Member for Children and Young People for his consideration" -> that
// member; "… for approval by Cabinet" -> Cabinet.
std::string addressee(const std::string& text) {
  static const Regex to(
      R"(\b(?:reported|referred|submitted|sent|made|forwarded)\s+to\s+((?:the\s+)?[A-Z].*)\s+for\s+(?:(?:his|her|their|its)\s+)?(?:consideration|approval|decision|information|response))");
  static const Regex by(
      R"(\bfor\s+(?:approval|consideration|decision|agreement)\s+by\s+((?:the\s+)?[A-Z][A-Za-z &'’]*))");
  std::smatch m;
  if (std::regex_search(text, m, to)) return trimmed(m.str(1));
  if (std::regex_search(text, m, by)) return trimmed(m.str(1));
  return {};
}

bool isModal(const std::string& w) {
  return w == "would" || w == "will" || w == "could" || w == "should" || w == "shall" || w == "might";
}

bool isPronoun(const std::string& w) { return w == "he" || w == "she" || w == "i" || w == "we" || w == "they"; }

// Verbs of asking and of promising that a reported clause may turn on.
bool isRequestVerb(const std::string& w) {
  return w == "appreciate" || w == "recommend" || w == "like" || w == "come" || w == "welcome" || w == "ask" ||
         w == "go";
}

// The words after a modal make an undertaking: an action verb, a verb of asking, or "be" with an
// -ing form or a past participle ("be looking", "be invited"), not "be happy" or "be the measure".
bool undertakes(const std::vector<std::string>& lower, size_t modal) {
  size_t v = modal + 1;
  while (v < lower.size() && (lower[v] == "also" || lower[v] == "now" || lower[v] == "then")) ++v;
  if (v >= lower.size()) return false;
  if (lower[v] == "be") {
    if (v + 1 >= lower.size()) return false;
    const std::string& next = lower[v + 1];
    return endsWith(next, "ing") ||
           (endsWith(next, "ed") && next != "needed" && next != "pleased" && next != "interested");
  }
  return isActionVerb(lower[v]) || isRequestVerb(lower[v]);
}

struct Attendance {
  const std::vector<PrintedAttendee>* people = nullptr;
};

// "The Chair" -> "The Chair (Councillor Caroline Needham)"; "Angela" -> "Angela Caulder (CAMHS
// Joint Commissioning Manager)"; `role`, when the minutes say in what capacity, replaces the listed one.
std::string named(const std::string& speaker, const std::string& role, const Attendance& attendance) {
  const std::string s = simplified(speaker);
  if (s.empty() || attendance.people == nullptr) return s;
  const std::string lower = lowered(s);
  for (const PrintedAttendee& a : *attendance.people) {
    const std::string listedRole = lowered(a.role);
    const bool post = (lower == "the chair" || lower == "the chairman" || lower == "chair") &&
                      (listedRole == "chair" || listedRole == "chairman");
    if (post) return s + " (" + a.name + ")";
  }
  const auto speakerWords = split(lower, ' ');
  for (const PrintedAttendee& a : *attendance.people) {
    const auto nameWords = split(lowered(a.name), ' ');
    bool all = true;
    for (const std::string& w : speakerWords) {
      if (w == "councillor" || w == "cllr") continue;
      all = all && std::find(nameWords.begin(), nameWords.end(), w) != nameWords.end();
    }
    if (!all) continue;
    const std::string shown = role.empty() ? a.role : role;
    return shown.empty() ? a.name : a.name + " (" + shown + ")";
  }
  return role.empty() ? s : s + " (" + role + ")";
}

// The person a sentence opens with: "Councillor Ben Coleman noted…" -> "Councillor Ben Coleman";
// "Lisa Redfern, Director for Adult Social Care, said…" -> "Lisa Redfern".
std::string openingPerson(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (w.empty() || !std::isupper(static_cast<unsigned char>(w.front()))) break;
    out += (out.empty() ? "" : " ") + w;
    if (w.back() == ',') break;
  }
  while (!out.empty() && out.back() == ',') out.pop_back();
  return out;
}

struct Reading {
  ActionKind kind = ActionKind::Action;
  std::string owner;
  size_t verb = 0;  // byte offset of the word that commits, for finding the due date after it
  bool request = false;
};

class SentenceReader {
 public:
  SentenceReader(const Attendance& attendance, const MinutesOptions& options)
      : attendance_(attendance), options_(options) {}

  std::optional<Reading> read(const std::string& text, const std::string& previousPerson) const {
    const std::string lower = lowered(text);
    const auto words = split(simplified(text), ' ');
    std::vector<std::string> plain;
    for (const std::string& w : words) plain.push_back(plainWord(w));
    static const Regex courtesy(R"(\b(thanks|thanked)\b)");
    if (std::regex_search(lower, courtesy)) return std::nullopt;  // courtesies ask nothing
    static const Regex actionLine(R"(^action\s*:)");
    if (std::regex_search(lower, actionLine)) {
      return Reading{ActionKind::Action, openingAgent(text.substr(text.find(':') + 1)), 0, false};
    }
    static const Regex recommendationNamed(
        R"(\brecommendation\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s*(–|-|:))");
    if (std::smatch m; std::regex_search(lower, m, recommendationNamed)) {
      return Reading{ActionKind::Recommendation, {}, static_cast<size_t>(m.position()), false};
    }
    static const Regex request(
        R"(\b(requested|asked|urged|instructed)\s+(that\b|officers\b|for\s+(?:a|an|further)\s+(?:\w+\s+)?(?:report|update|briefing|paper|note|review)\b))");
    static const Regex agreed(R"(\bit was (agreed|resolved|requested|suggested|proposed)\b)");
    static const Regex suggested(
        R"(\b(suggested|proposed)\s+(?:that\s+)?((?:(?!\b(?:could|would|might|may)\b).){1,80}?)\s+(be|should)\s)");
    static const Regex undertook(R"(\b(agreed|undertook|offered|promised|committed|volunteered)\s+to\s+([a-z\-]+))");
    static const Regex intends(R"(\b(hoped|aimed|planned|intended|expected)\s+to\b)");
    std::smatch m;
    if (std::regex_search(lower, m, request) || std::regex_search(lower, m, agreed)) {
      const size_t at = static_cast<size_t>(m.position() + m.length());
      return Reading{ActionKind::Action, clauseSubject(text.substr(at)), at, true};
    }
    if (std::regex_search(lower, m, suggested)) {
      return Reading{ActionKind::Action, {}, static_cast<size_t>(m.position()), true};
    }
    if (std::regex_search(lower, m, undertook) && isActionVerb(m.str(2))) {
      return Reading{ActionKind::Action, named(openingPerson(words), {}, attendance_),
                     static_cast<size_t>(m.position()), false};
    }
    if (auto reading = reported(text, plain, words)) return reading;
    if (auto reading = ownUndertaking(lower, previousPerson)) return reading;
    if (std::regex_search(lower, m, intends)) {
      if (const auto timing = dueTiming(text); timing && timing->dated) {
        return Reading{ActionKind::Action, {}, static_cast<size_t>(m.position()), false};
      }
    }
    return std::nullopt;
  }

 private:
  // "… asked that officers wrote to…" -> "officers".
  std::string clauseSubject(const std::string& clause) const {
    const auto words = split(simplified(clause), ' ');
    for (size_t i = 1; i < words.size() && i <= options_.subjectWords; ++i) {
      const std::string w = plainWord(words[i]);
      if (isModal(w) || w == "be" || w == "to" || isActionVerb(w) || endsWith(w, "ed") || w == "wrote") {
        const std::string subject =
            join(std::vector<std::string>(words.begin(), words.begin() + static_cast<long>(i)), " ");
        return namesAgent(subject) ? subject : std::string();
      }
    }
    return {};
  }

  // "X said (that) SUBJECT would VERB…": an undertaking reported with its speaker.
  std::optional<Reading> reported(const std::string& text, const std::vector<std::string>& plain,
                                  const std::vector<std::string>& words) const {
    static const std::set<std::string> speech = {"said",    "added",   "confirmed", "explained", "stated", "agreed",
                                                 "advised", "replied", "responded", "indicated", "assured"};
    for (size_t s = 1; s < plain.size(); ++s) {
      if (!speech.contains(plain[s])) continue;
      size_t from = s + 1;
      if (from < plain.size() && plain[from] == "that") ++from;
      for (size_t m = from; m < plain.size() && m <= from + options_.subjectWords; ++m) {
        if (!isModal(plain[m])) continue;
        if (m == from || !undertakes(plain, m)) break;
        const std::string subject = join(
            std::vector<std::string>(words.begin() + static_cast<long>(from), words.begin() + static_cast<long>(m)),
            " ");
        const bool pronoun = m == from + 1 && isPronoun(plain[from]);
        if (!pronoun && !namesAgent(subject)) break;
        const std::string speaker =
            join(std::vector<std::string>(words.begin(), words.begin() + static_cast<long>(s)), " ");
        const std::string owner = pronoun ? named(openingPerson(split(speaker, ' ')), {}, attendance_) : subject;
        return Reading{ActionKind::Action, owner, text.find(words[m]), false};
      }
    }
    return std::nullopt;
  }

  // "As Chair of the Health and Wellbeing Board he would take the report forward…": the speaker's
  // own undertaking, owned by the person the sentence before named.
  std::optional<Reading> ownUndertaking(const std::string& lower, const std::string& previousPerson) const {
    static const Regex own(R"(^(?:as\s+(.+?)\s*,?\s+)?(he|she|i|we)\s+(would|will)\s+([a-z\-]+))");
    std::smatch m;
    if (!std::regex_search(lower, m, own) || !isActionVerb(m.str(4)) || previousPerson.empty()) return std::nullopt;
    std::string role;
    if (m[1].matched)
      role = simplified(std::string(lower.begin() + m.position(1), lower.begin() + m.position(1) + m.length(1)));
    return Reading{ActionKind::Action, named(previousPerson, capitalised(role), attendance_),
                   static_cast<size_t>(m.position(3)), false};
  }

  static std::string capitalised(const std::string& role) {
    std::string out;
    for (const std::string& w : split(role, ' ')) {
      std::string word = w;
      const bool small = word == "of" || word == "the" || word == "and" || word == "for";
      if (!small && !word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
      out += (out.empty() ? "" : " ") + word;
    }
    return out;
  }

  const Attendance& attendance_;
  const MinutesOptions& options_;
};

struct Span {
  size_t first = 0;
  size_t last = 0;  // inclusive
};

std::vector<Span> spansOf(const std::vector<TextUnit>& units, const MinutesOptions& options) {
  std::vector<Span> spans;
  for (size_t i = 0; i < units.size(); ++i) {
    if (!opensMinutes(units[i])) continue;
    size_t j = i;
    while (j + 1 < units.size() && !closesMinutes(units[j]) && units[j + 1].page - units[i].page < options.maxPages)
      ++j;
    spans.push_back({i, j});
    i = j;
  }
  return spans;
}

PrintedAction actionAt(const TextUnit& unit, const Sentence& sentence, const std::string& text) {
  PrintedAction action;
  action.page = sentence.page;
  action.source = ActionSource::Minutes;
  action.text = text;
  action.box = boxOf(sentence);
  action.snippet = unit.text.substr(0, 400);
  action.confidence = 0.7;
  return action;
}

class MinutesReader final : public Reader {
 public:
  std::string_view name() const override { return "minutes"; }

  void read(const DocumentView& document, Findings& findings) const override {
    const MinutesOptions options;
    const auto units = textUnits(document, findings);
    for (const Span& span : spansOf(units, options)) readSpan(units, span, options, findings);
  }

 private:
  void readSpan(const std::vector<TextUnit>& units, const Span& span, const MinutesOptions& options,
                Findings& findings) const {
    // The meeting: the first date printed under the heading, and the attendance list.
    std::vector<std::string> headLines;
    std::optional<Date> date;
    for (size_t i = span.first; i <= span.last && i < span.first + options.headerUnits; ++i) {
      if (!date) date = dayIn(units[i].text);
      for (const std::string& line : units[i].lines) headLines.push_back(simplified(line));
    }
    if (!date) return;
    const std::string body = findings.meetings.empty() ? std::string() : findings.meetings.front().body;
    const int meeting = meetingOn(findings, *date, body, units[span.first].page, date->iso());
    PrintedMeeting& printed = findings.meetings[static_cast<size_t>(meeting)];
    // The attendance printed with these minutes is this meeting's, whatever the cover listed.
    if (auto people = attendeesIn(headLines); !people.empty()) printed.attendees = std::move(people);
    if (printed.venue.empty()) printed.venue = meetingVenueIn(headLines);
    if (printed.time.empty()) {
      std::vector<std::string> closing;
      for (size_t i = span.first; i <= span.last; ++i) {
        for (const std::string& line : units[i].lines) closing.push_back(simplified(line));
      }
      printed.time = meetingTimeIn(closing);
    }
    const std::vector<PrintedAttendee> attendees = printed.attendees;
    const Attendance attendance{&attendees};
    const SentenceReader sentences(attendance, options);

    std::string agenda;
    bool resolvedNext = false;
    std::optional<std::string> listOwner;  // a resolution listing recommendations, with their owner
    size_t listed = 0;
    const auto emit = [&](PrintedAction action) {
      action.meeting = meeting;
      action.meetingDate = date;
      action.agendaItem = agenda;
      if (const auto timing = dueTiming(action.text); timing) action.due = timing->printed;
      findings.actions.push_back(std::move(action));
    };
    for (size_t i = span.first; i <= span.last; ++i) {
      const TextUnit& unit = units[i];
      std::string text = withoutNumbering(unit.text);
      const std::string lower = lowered(text);
      // "5. SCHOOL TRANSPORT": an item heading, whatever block the layout made of it.
      static const Regex numberedTitle(R"(^\d{1,2}\.\s+[A-Z][A-Z0-9 &'’,()\-:]+$)");
      const bool itemHeading = !unit.heading() && unit.sentences.size() <= 2 && split(unit.text, ' ').size() <= 14 &&
                               std::regex_match(simplified(unit.text), numberedTitle);
      if (unit.heading() || itemHeading) {
        static const Regex item(R"(^(\d{1,2})\.?\s*(.*)$)");
        std::smatch m;
        std::string heading = simplified(unit.text);
        const bool resolved = endsWith(lowered(heading), "resolved");
        if (resolved) heading = trimmed(heading.substr(0, heading.size() - 8));
        if (std::regex_match(heading, m, item)) {
          agenda = heading;
        } else if (!agenda.empty() && std::regex_match(agenda, Regex(R"(^\d{1,2}\.?$)"))) {
          agenda += " " + heading;
        }
        resolvedNext = resolved || lowered(heading) == "resolved";
        if (resolvedNext || !heading.empty()) listOwner.reset();
        continue;
      }
      static const Regex resolvedLead(R"(^resolved\s*:?\s*)", Regex::icase);
      const bool resolution = resolvedNext || std::regex_search(text, resolvedLead);
      resolvedNext = false;
      if (resolution) {
        const std::string decision = std::regex_replace(text, resolvedLead, "");
        const std::string decisionLower = lowered(decision);
        if (announcesList(decisionLower)) {
          listOwner = addressee(decision);
          listed = 0;
          continue;
        }
        listOwner.reset();
        if (onlyNotes(decisionLower)) continue;
        PrintedAction action = actionAt(unit, unit.sentences.front(), decision);
        action.kind = ActionKind::Resolution;
        action.owner = addressee(decision);
        emit(std::move(action));
        continue;
      }
      if (listOwner) {
        if (unit.listItem() || std::isdigit(static_cast<unsigned char>(simplified(unit.text).front()))) {
          PrintedAction action = actionAt(unit, unit.sentences.front(), text);
          action.kind = ActionKind::Resolution;
          action.owner = *listOwner;
          std::string number = split(simplified(unit.text), ' ').front();
          while (!number.empty() && !std::isalnum(static_cast<unsigned char>(number.back()))) number.pop_back();
          action.reference = number;
          emit(std::move(action));
          ++listed;
          continue;
        }
        if (listed > 0) listOwner.reset();
        continue;  // the preamble of the list
      }
      if (const auto list = headedListAt(units, i); list && list->kind == ActionKind::Recommendation) {
        for (const auto& entry : list->entries) {
          PrintedAction action;
          action.page = entry.page;
          action.kind = list->kind;
          action.source = ActionSource::Minutes;
          action.text = entry.text;
          action.owner = list->owner;
          action.agendaItem = agenda;  // received, not raised, at this meeting: no meeting date
          action.box = entry.box;
          action.statusResolved = list->status;
          action.status = list->statusText;
          action.confidence = 0.6;
          findings.actions.push_back(std::move(action));
        }
        for (size_t k = list->leadIn + 1; k < list->end; ++k)
          findings.claimedLines.emplace_back(units[k].page, units[k].box);
        i = list->end - 1;
        continue;
      }
      readSentences(unit, sentences, emit);
    }
  }

  template <typename Emit>
  void readSentences(const TextUnit& unit, const SentenceReader& sentences, Emit& emit) const {
    std::string previousPerson;
    std::optional<PrintedAction> pending;
    bool pendingRequest = false;
    for (const Sentence& sentence : unit.sentences) {
      const std::string text = withoutNumbering(sentence.text());
      const auto reading = sentences.read(text, previousPerson);
      const std::string person = openingPerson(split(text, ' '));
      if (!person.empty()) previousPerson = person;
      if (!reading) {
        if (pending) emit(std::move(*pending));
        pending.reset();
        continue;
      }
      // A request answered in the next sentence ("… Lisa Redfern said officers would…") is one item.
      if (pending && pendingRequest && !reading->request) {
        pending->text += " " + text;
        if (!reading->owner.empty()) pending->owner = reading->owner;  // the one who answers acts
        emit(std::move(*pending));
        pending.reset();
        continue;
      }
      if (pending) emit(std::move(*pending));
      PrintedAction action = actionAt(
          unit, sentence,
          reading->kind == ActionKind::Recommendation ? text.substr(std::min(reading->verb, text.size())) : text);
      action.kind = reading->kind;
      action.owner = reading->owner;
      pending = std::move(action);
      pendingRequest = reading->request;
    }
    if (pending) emit(std::move(*pending));
  }
};

}  // namespace

std::unique_ptr<Reader> minutesReader() { return std::make_unique<MinutesReader>(); }

std::vector<std::pair<size_t, size_t>> minutesSpans(const std::vector<TextUnit>& units) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const Span& span : spansOf(units, MinutesOptions{})) out.emplace_back(span.first, span.last);
  return out;
}

}  // namespace sbw::extract
