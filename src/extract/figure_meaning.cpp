#include "extract/figure_meaning.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "core/text.h"

namespace sbw::extract {
namespace {

bool endsClause(const Sentence& s, long i) {
  if (i < 0 || static_cast<size_t>(i) >= s.words.size()) return true;
  const std::string& raw = s.words[static_cast<size_t>(i)].text;
  if (raw.empty()) return false;
  const char last = raw.back();
  return last == ',' || last == ';' || last == ':' || last == '.' || last == ')' || last == '?' || last == '!';
}

// The index of the number that starts at word i, if one does.
std::optional<size_t> numberAt(const std::vector<NumberSpan>& numbers, long i) {
  for (size_t k = 0; k < numbers.size(); ++k) {
    if (static_cast<long>(numbers[k].begin) == i) return k;
  }
  return std::nullopt;
}

bool isPersonNoun(const std::string& lower) {
  static constexpr std::string_view kNouns[] = {
      "people",        "staff",    "practitioners", "participants", "delegates",  "officers",  "workers",
      "professionals", "parents",  "pupils",        "children",     "families",   "attendees", "individuals",
      "men",           "women",    "adults",        "students",     "members",    "carers",    "colleagues",
      "volunteers",    "learners", "managers",      "teachers",     "schools",    "agencies",  "nurses",
      "employees",     "girls",    "boys",          "persons",      "clinicians", "leaders",   "population"};
  return isOneOf(kNouns, lower);
}

bool isEvaluationWord(const std::string& lower) {
  // Words of opinion and assessment: what people felt, said or rated, not what happened.
  static constexpr std::string_view kWords[] = {
      "felt",      "feel",      "feeling",    "said",       "say",         "stated",    "stating",
      "agreed",    "agree",     "rated",      "rating",     "thought",     "believed",  "satisfied",
      "knowledge", "confident", "confidence", "evaluation", "evaluations", "evaluated", "recommend"};
  return isOneOf(kWords, lower);
}

bool isChangeWord(const std::string& lower) {
  static constexpr std::string_view kWords[] = {"increase", "increases", "decrease", "decreases", "rise",
                                                "rises",    "fall",      "falls",    "reduction", "reductions",
                                                "drop",     "growth",    "more",     "less",      "fewer",
                                                "higher",   "lower",     "uplift",   "decline",   "improvement"};
  return isOneOf(kWords, lower);
}

bool isChangeVerb(const std::string& lower) {
  static constexpr std::string_view kWords[] = {
      "increased", "decreased", "rose",     "fell", "risen", "fallen",     "reduced",    "grew",
      "dropped",   "declined",  "improved", "went", "grown", "increasing", "decreasing", "reducing"};
  return isOneOf(kWords, lower);
}

bool isAuxiliary(const std::string& lower) {
  static constexpr std::string_view kWords[] = {
      "is", "are", "was",  "were",  "be",   "been",  "has",      "have",    "had",   "which",  "that",    "who",
      "it", "now", "also", "still", "will", "would", "remained", "remains", "stood", "stands", "reached", "totalled"};
  return isOneOf(kWords, lower);
}

Bound boundOf(const Sentence& s, long b) {
  const std::string& w1 = lowerAt(s, b - 1);
  const std::string& w2 = lowerAt(s, b - 2);
  static constexpr std::string_view kApproximate[] = {"approximately", "approx", "about",   "around", "nearly",
                                                      "almost",        "circa",  "roughly", "c",      "some"};
  if (isOneOf(kApproximate, w1) || (w1 == "estimated" && (w2 == "an" || w2 == "a")) || w1 == "estimated") {
    return Bound::Approximate;
  }
  if (w1 == "over" || w1 == "above" || w1 == "exceeding" || (w1 == "than" && w2 == "more") ||
      (w1 == "least" && w2 == "at") || (w1 == "of" && w2 == "excess") || (w1 == "of" && w2 == "upwards")) {
    return Bound::LowerBound;
  }
  if (w1 == "under" || w1 == "below" || (w1 == "than" && (w2 == "less" || w2 == "fewer")) ||
      (w1 == "to" && w2 == "up") || (w1 == "most" && w2 == "at")) {
    return Bound::UpperBound;
  }
  return Bound::Exact;
}

bool isPassiveAuxiliary(const std::string& lower) {
  static constexpr std::string_view kWords[] = {"is",   "are",   "was", "were", "be",
                                                "been", "being", "has", "have", "had"};
  return isOneOf(kWords, lower);
}

// "reviewed", "held", "undertaken": the verb form of a passive ("were reviewed").
bool isPastParticiple(const std::string& lower) {
  static constexpr std::string_view kIrregular[] = {"held",       "made",    "taken", "given", "seen", "known", "done",
                                                    "undertaken", "brought", "sent",  "found", "run",  "met",   "put"};
  return (lower.size() > 4 && endsWith(lower, "ed")) || isOneOf(kIrregular, lower);
}

// The sentence's subject, when it opens the sentence and ends at its verb before `limit`: "The
// percentage of children looked after for less than 6 months" in "... is broadly similar in".
std::string subjectOf(const Sentence& s, size_t limit, size_t maxWords) {
  size_t begin = 0;
  while (begin < limit &&
         (s.words[begin].lower == "the" || s.words[begin].lower == "a" || s.words[begin].lower == "an")) {
    ++begin;
  }
  size_t end = begin;
  while (end < limit && end - begin < maxWords && !isPassiveAuxiliary(s.words[end].lower)) {
    if (endsClause(s, static_cast<long>(end))) return {};
    ++end;
  }
  if (end == begin || end >= limit || !isPassiveAuxiliary(s.words[end].lower)) return {};
  return s.text(begin, end);
}

// Collects a noun phrase forwards from word i: words that are not function words, numbers or
// clause ends, "of" once inside ("cases of infection"). Returns [i, end).
// A number that is part of a name: "section 47 enquiries", "Key Stage 2 results", "L4+", "KS2".
bool nameNumber(const Sentence& s, long j) {
  const std::string& word = lowerAt(s, j);
  const std::string& before = lowerAt(s, j - 1);
  if (!hasDigit(word)) return false;
  if (std::isalpha(static_cast<unsigned char>(word.front()))) return true;  // a code: "L4+", "KS2"
  return before == "section" || before == "s" || before == "stage" || before == "level" || before == "tier" ||
         before == "key" || before == "category";
}

size_t nounPhraseFrom(const Sentence& s, long i, size_t maxWords, const std::vector<bool>& named) {
  long j = i;
  bool ofTaken = false;
  int participles = 0;
  while (static_cast<size_t>(j) < s.words.size() && static_cast<size_t>(j - i) < maxWords) {
    const std::string& w = lowerAt(s, j);
    if (static_cast<size_t>(j) < named.size() && named[static_cast<size_t>(j)]) break;
    if (w.empty() || (hasDigit(w) && !nameNumber(s, j))) break;
    if (w == "of" && !ofTaken && j > i && !isFunctionWord(lowerAt(s, j + 1)) && !hasDigit(lowerAt(s, j + 1)) &&
        !endsClause(s, j)) {
      ofTaken = true;
      ++j;
      continue;
    }
    // "establishment covered by agency staff": a participle's agent belongs to the measure.
    if (w == "by" && j > i && endsWith(lowerAt(s, j - 1), "ed") && !endsClause(s, j - 1)) {
      ++j;
      continue;
    }
    // "assessments completed within 45 days": the timescale in a measure's definition belongs to it.
    if (w == "within" && j > i && hasDigit(lowerAt(s, j + 1)) && !endsClause(s, j)) {
      j += 2;
      if (static_cast<size_t>(j) < s.words.size() && (lowerAt(s, j) == "working" || lowerAt(s, j) == "calendar")) ++j;
      if (static_cast<size_t>(j) < s.words.size() && !endsClause(s, j - 1)) ++j;  // the unit: "days"
      break;
    }
    // "children under 16", "young people aged 16-17": the age band is part of the group counted.
    if ((w == "under" || w == "aged" || w == "over") && j > i && hasDigit(lowerAt(s, j + 1)) && !endsClause(s, j)) {
      j += 2;
      break;
    }
    // "children subject to a child protection plan": "subject to" belongs to the measure.
    if (w == "to" && j > i && lowerAt(s, j - 1) == "subject" && !endsClause(s, j - 1)) {
      ++j;
      continue;
    }
    if (isFunctionWord(w) && !(w == "looked" || w == "after")) break;
    // "allegations received ended with": one participle qualifies the noun, a second is the verb.
    if (j > i && endsWith(w, "ed") && w != "looked") {
      if (participles++ > 0) break;
    }
    const bool last = endsClause(s, j);
    ++j;
    if (last) break;
  }
  // A trailing "of" was not followed by a noun.
  while (j > i && lowerAt(s, j - 1) == "of") --j;
  return static_cast<size_t>(j);
}

// The words before a head noun that narrow it ("BAME", "non-Christian under-16"), back to a
// determiner, a clause mark, a number or a name; a bracketed gloss between them is passed over.
// Returns the first such word's index (head when there is none).
template <typename IsNamed>
size_t premodifiersBefore(const Sentence& s, size_t head, size_t maxWords, const IsNamed& isNamed) {
  long k = static_cast<long>(head) - 1;
  size_t taken = 0;
  long first = static_cast<long>(head);
  while (k >= 0 && taken < maxWords) {
    const std::string& text = s.words[static_cast<size_t>(k)].text;
    if (!text.empty() && text.back() == ')') {
      long open = k;
      while (open >= 0 && s.words[static_cast<size_t>(open)].text.front() != '(') --open;
      if (open < 0) break;
      k = open - 1;
      continue;
    }
    const std::string& w = lowerAt(s, k);
    if (w.empty() || isFunctionWord(w) || hasDigit(w) || isNamed(k) || endsClause(s, k)) break;
    first = k;
    --k;
    ++taken;
  }
  return static_cast<size_t>(first);
}

}  // namespace

bool isFunctionWord(const std::string& lower) {
  static constexpr std::string_view kWords[] = {
      "the",          "a",        "an",           "of",       "in",        "on",
      "at",           "for",      "to",           "from",     "by",        "with",
      "and",          "or",       "but",          "as",       "than",      "that",
      "which",        "who",      "whom",         "were",     "was",       "is",
      "are",          "be",       "been",         "being",    "have",      "has",
      "had",          "will",     "would",        "could",    "should",    "can",
      "may",          "might",    "must",         "this",     "these",     "those",
      "their",        "its",      "our",          "we",       "they",      "it",
      "there",        "per",      "each",         "compared", "including", "between",
      "during",       "over",     "under",        "across",   "within",    "into",
      "up",           "down",     "out",          "since",    "until",     "while",
      "whilst",       "whereas",  "also",         "only",     "still",     "not",
      "no",           "all",      "both",         "such",     "so",        "if",
      "when",         "where",    "what",         "whether",  "against",   "via",
      "through",      "about",    "around",       "nearly",   "almost",    "approximately",
      "respectively", "equating", "representing", "i.e",      "e.g",       "whom",
      "either",       "neither",  "after",        "before",   "following", "following",
      "his",          "her",      "them"};
  return isOneOf(kWords, lower);
}

std::vector<Meaning> meaningsOf(const Sentence& s, const std::vector<NumberSpan>& numbers,
                                const std::vector<size_t>& figures, const Meaning* before,
                                const std::vector<bool>& named, const MeaningOptions& options) {
  const auto isNamed = [&](long i) {
    return i >= 0 && static_cast<size_t>(i) < named.size() && named[static_cast<size_t>(i)];
  };
  std::vector<Meaning> meanings(figures.size());
  const auto isFigure = [&](size_t numberIndex) {
    return std::find(figures.begin(), figures.end(), numberIndex) != figures.end();
  };
  // Sentence-wide: a target ("we will ensure that 75%", "a target of 80%").
  bool willAim = false;
  for (size_t k = 0; k + 1 < s.words.size(); ++k) {
    const std::string& w = s.words[k].lower;
    const std::string& next = s.words[k + 1].lower;
    if ((w == "will" || w == "we'll") && (next == "ensure" || next == "increase" || next == "reduce" ||
                                          next == "achieve" || next == "reach" || next == "aim" || next == "deliver")) {
      willAim = true;
    }
  }

  for (size_t f = 0; f < figures.size(); ++f) {
    const NumberSpan& n = numbers[figures[f]];
    Meaning& m = meanings[f];
    const long b = static_cast<long>(n.begin);
    long e = static_cast<long>(n.end);
    m.bound = boundOf(s, b);

    // Kind.
    for (long k = std::max(0L, b - 6); k < b; ++k) {
      const std::string& w = lowerAt(s, k);
      if (w == "target" || w == "targets" || w == "aim" || w == "aiming" || w == "goal" || w == "ambition" ||
          w == "aspiration" || w == "aspire") {
        m.kind = FigureKind::Target;
      }
    }
    if (willAim && m.kind == FigureKind::Outturn) {
      // Only figures after the promise: "We will ensure that 75% ..."
      for (long k = 0; k < b; ++k) {
        if (lowerAt(s, k) == "will") m.kind = FigureKind::Target;
      }
    }
    const std::string& after = lowerAt(s, e);
    const std::string& after2 = lowerAt(s, e + 1);
    const std::string& w1 = lowerAt(s, b - 1);
    const std::string& w2 = lowerAt(s, b - 2);
    if (m.kind == FigureKind::Outturn) {
      if ((isChangeWord(after) && !endsClause(s, e - 1) &&
           (after != "more" && after != "less" && after != "fewer" ? true : after2 == "than" || after2 == "on")) ||
          (w1 == "by" && isChangeVerb(w2)) || n.sign == '+') {
        m.kind = FigureKind::Change;
      }
      // "(+10%)" or "(-0.2%)" after a count, "an increase in referrals (30%)".
      if (n.bracketed && n.quantity.unit == Unit::Percent && n.sign != 0) m.kind = FigureKind::Change;
      if (n.bracketed && n.quantity.unit == Unit::Percent) {
        for (long k = std::max(0L, b - 5); k < b; ++k) {
          if (lowerAt(s, k) == "increase" || lowerAt(s, k) == "decrease" || lowerAt(s, k) == "rise" ||
              lowerAt(s, k) == "reduction") {
            m.kind = FigureKind::Change;
          }
        }
      }
    }
    // "decreased from 18 to 14": the earlier level. "ranging from 15 to 72" is a range, not a change.
    if (w1 == "from" && (lowerAt(s, e) == "to" || lowerAt(s, e + 1) == "to" || lowerAt(s, e + 2) == "to" ||
                         lowerAt(s, e + 3) == "to")) {
      for (long k = std::max(0L, b - 4); k < b - 1; ++k) {
        if (isChangeVerb(lowerAt(s, k)) || isChangeWord(lowerAt(s, k)) || lowerAt(s, k) == "up" ||
            lowerAt(s, k) == "down" || lowerAt(s, k) == "moved") {
          m.from = true;
        }
      }
    }

    // The measure.
    // "(46%)" right after a count, and "LBHF (+9%)": the count's or the list's measure.
    const bool shareOfCount = n.bracketed && f > 0 && numbers[figures[f - 1]].end == n.begin;
    m.shareOfCount = shareOfCount;
    long i = e;
    // "the sources of 10 (7%) of referrals": the share in brackets stands between the count and
    // what it is of.
    if (!shareOfCount && f + 1 < figures.size() && numbers[figures[f + 1]].bracketed &&
        numbers[figures[f + 1]].begin == static_cast<size_t>(e) &&
        lowerAt(s, static_cast<long>(numbers[figures[f + 1]].end)) == "of") {
      i = static_cast<long>(numbers[figures[f + 1]].end);
    }
    // "66 of the total number of 146 referrals", "57% of looked after children", "12 of these sessions".
    if (!shareOfCount && lowerAt(s, i) == "of" && !endsClause(s, e - 1)) {
      ++i;
      while (static_cast<size_t>(i) < s.words.size() &&
             (lowerAt(s, i) == "the" || lowerAt(s, i) == "all" || lowerAt(s, i) == "these" ||
              lowerAt(s, i) == "those" || lowerAt(s, i) == "our" || lowerAt(s, i) == "their" ||
              lowerAt(s, i) == "its" || lowerAt(s, i) == "total" || lowerAt(s, i) == "number" ||
              lowerAt(s, i) == "of" || lowerAt(s, i) == "whom")) {
        ++i;
      }
      if (const auto next = numberAt(numbers, i)) i = static_cast<long>(numbers[*next].end);
    }
    // "24 Blue, 17 Category 1 and 6 Category 2 cases", "14% and 31% of attendees", "from 15 to 72
    // in number": figures listed together take the measure printed after the last of them.
    long chainEnd = -1;
    if (!shareOfCount) {
      long j = i;
      size_t guard = 0;
      while (guard++ < 12) {
        // skip a short label after this figure ("Blue", "Category 1")
        long k = j;
        size_t label = 0;
        const auto figureAt = [&](long i) {
          const auto number = numberAt(numbers, i);
          return number && isFigure(*number);
        };
        while (static_cast<size_t>(k) < s.words.size() && label < 3 && !endsClause(s, k - 1) &&
               lowerAt(s, k) != "and" && lowerAt(s, k) != "to" && !figureAt(k)) {
          ++k;
          ++label;
        }
        // Members carry short labels ("Blue", "Category 1"); a member that names what it counts
        // ("1,683 referrals and 1,594 assessments") keeps its own measure.
        bool labelLike = true;
        for (long t = j; t < k; ++t) {
          const std::string& raw = s.words[static_cast<size_t>(t)].text;
          if (!raw.empty() && std::islower(static_cast<unsigned char>(raw.front()))) labelLike = false;
        }
        if (!labelLike) break;
        const bool comma =
            endsClause(s, k - 1) && !s.words.empty() && k > 0 && s.words[static_cast<size_t>(k - 1)].text.back() == ',';
        long next = k;
        if (lowerAt(s, next) == "and" || lowerAt(s, next) == "to" || lowerAt(s, next) == "or") ++next;
        const auto number = numberAt(numbers, next);
        if (number && isFigure(*number) && (comma || next > k) && numbers[*number].quantity.unit == n.quantity.unit) {
          j = static_cast<long>(numbers[*number].end);
          chainEnd = j;
          continue;
        }
        break;
      }
    }
    size_t npBegin = static_cast<size_t>(chainEnd >= 0 ? chainEnd : i);
    if (chainEnd >= 0 && lowerAt(s, chainEnd) == "of") {
      npBegin = static_cast<size_t>(chainEnd + 1);
      while (npBegin < s.words.size() && (s.words[npBegin].lower == "the" || s.words[npBegin].lower == "all"))
        ++npBegin;
    }
    size_t npEnd = shareOfCount || (endsClause(s, e - 1) && chainEnd < 0 && lowerAt(s, e - 1) != "%")
                       ? npBegin
                       : nounPhraseFrom(s, static_cast<long>(npBegin), options.maxMeasureWords, named);
    if (npEnd > npBegin && chainEnd >= 0) {
      // Only the head of the last member counts for all: "Category 2 cases" -> "cases".
      size_t head = npEnd - 1;
      npBegin = head;
    }
    // "71% of assessments were completed within 45 days": the timescale of a share done in time
    // belongs to its measure.
    if (npEnd > npBegin) {
      for (size_t k = npEnd; k < s.words.size() && k < npEnd + 4; ++k) {
        if (endsClause(s, static_cast<long>(k) - 1) && k > npEnd) break;
        if (s.words[k].lower == "within" && k + 2 < s.words.size() && hasDigit(s.words[k + 1].lower)) {
          npEnd = k + 3;
          if (s.words[k + 2].lower == "working" && k + 3 < s.words.size()) npEnd = k + 4;
          break;
        }
      }
    }
    // A passive verb says what was done to what is counted: "30 child deaths were reviewed" counts
    // reviews, "46 referrals were received" referrals.
    if (npEnd > npBegin && !endsClause(s, static_cast<long>(npEnd) - 1) && !isPersonNoun(s.words[npEnd - 1].lower)) {
      size_t k = npEnd;
      size_t auxiliaries = 0;
      while (k < s.words.size() && auxiliaries < 2 && isPassiveAuxiliary(s.words[k].lower) &&
             !endsClause(s, static_cast<long>(k))) {
        ++k;
        ++auxiliaries;
      }
      if (auxiliaries > 0 && k < s.words.size() && isPastParticiple(s.words[k].lower) &&
          !(numberAt(numbers, static_cast<long>(k)).has_value())) {
        npEnd = k + 1;
      }
    }
    // A person noun takes the verb after it: "32 people attended training", "officers received
    // training", "delegates completed evaluations".
    if (npEnd > npBegin && isPersonNoun(s.words[npEnd - 1].lower) && !endsClause(s, static_cast<long>(npEnd) - 1)) {
      size_t k = npEnd;
      size_t taken = 0;
      while (k < s.words.size() && taken < options.maxVerbWords) {
        // A bracketed aside ("(16 years+)") is passed over whole.
        if (!s.words[k].text.empty() && s.words[k].text.front() == '(') {
          size_t close = k;
          while (close < s.words.size() && s.words[close].text.back() != ')') ++close;
          if (close < s.words.size() && close - k < options.maxVerbWords) {
            k = close + 1;
            continue;
          }
        }
        const std::string& w = s.words[k].lower;
        // Numbers that are not figures ("in school years 12 and 13") do not end the phrase.
        const auto number = numberAt(numbers, static_cast<long>(k));
        if (number && isFigure(*number)) break;
        if (w.empty() || w == "but" || w == "which" || w == "who" || w == "while" || w == "against" ||
            w == "compared" || w == "than" || w == "whereas") {
          break;
        }
        const bool joinsPeople =
            k + 1 < s.words.size() && (isPersonNoun(s.words[k + 1].lower) || s.words[k + 1].lower == "young");
        if (w == "and" && !(k > 0 && hasDigit(s.words[k - 1].lower)) && !joinsPeople) break;
        ++k;
        ++taken;
        if (endsClause(s, static_cast<long>(k) - 1)) break;
      }
      npEnd = k;
    }
    // "Twelve is more deaths than ...": the noun phrase after the copula.
    if (npEnd == npBegin && !shareOfCount &&
        (lowerAt(s, e) == "is" || lowerAt(s, e) == "are" || lowerAt(s, e) == "was") &&
        (lowerAt(s, e + 1) == "more" || lowerAt(s, e + 1) == "fewer" || lowerAt(s, e + 1) == "less")) {
      npBegin = static_cast<size_t>(e + 2);
      npEnd = nounPhraseFrom(s, e + 2, options.maxMeasureWords, named);
    }
    // "of which 110,240 or 18% are children aged 0-18": what the figure is, after the copula.
    if (npEnd == npBegin && !shareOfCount && npBegin < s.words.size() &&
        !endsClause(s, static_cast<long>(npBegin) - 1)) {
      const std::string& copula = s.words[npBegin].lower;
      const std::string& next = lowerAt(s, static_cast<long>(npBegin) + 1);
      // Only a group of people: "are children aged 0-18", "were young people" (not "were subject to").
      if ((copula == "are" || copula == "were" || copula == "is" || copula == "was") &&
          (isPersonNoun(next) || next == "young" || next == "babies" || next == "infants")) {
        const size_t end = nounPhraseFrom(s, static_cast<long>(npBegin) + 1, options.maxMeasureWords, named);
        if (end > npBegin + 1) {
          npBegin = npBegin + 1;
          npEnd = end;
        }
      }
    }
    if (npEnd > npBegin) {
      m.measureBegin = npBegin;
      m.measureEnd = npEnd;
      m.measure = s.text(npBegin, npEnd);
      // "the deaths of twelve children", "the number of 146 referrals": the noun the count is of.
      const bool quantityNoun = w2 == "total" || w2 == "number" || w2 == "average" || w2 == "maximum" ||
                                w2 == "minimum" || w2 == "sum" || w2 == "figure" || w2 == "rate";
      if (w1 == "of" && !w2.empty() && !quantityNoun && !isFunctionWord(w2) && !hasDigit(w2) && !isNamed(b - 2) &&
          !endsClause(s, b - 2)) {
        // With the words that narrow it: "a BAME (black, Asian and minority ethnic) population of".
        const size_t head = static_cast<size_t>(b - 2);
        const size_t from = premodifiersBefore(s, head, options.maxMeasureWords, isNamed);
        std::string narrowed;
        for (size_t k = from; k < head; ++k) {
          if (!s.words[k].text.empty() && s.words[k].text.front() == '(') {
            while (k < head && s.words[k].text.back() != ')') ++k;  // a gloss says nothing more
            continue;
          }
          narrowed += s.words[k].text + " ";
        }
        m.measure = narrowed + s.words[head].text + " of " + m.measure;
      }
    }
    // "28% of looked-after children identify themselves as White British, while 30% identify
    // themselves as ...": the same words after a second figure say it counts what the first did.
    if (f > 0 && !m.measure.empty() && !meanings[f - 1].measure.empty() && meanings[f - 1].measureEnd > 0) {
      const Meaning& first = meanings[f - 1];
      const size_t length = m.measureEnd - m.measureBegin;
      if (first.measureEnd + length <= s.words.size() && first.measureEnd + length <= static_cast<size_t>(b) &&
          s.text(first.measureEnd, first.measureEnd + length) == m.measure) {
        m.measure = first.measure;
        m.inherited = true;
      } else if (length >= 2 && first.measureEnd > first.measureBegin + 2) {
        // The first figure's measure took the verb too ("looked-after children identify themselves
        // as ..."): the words before the repeated verb are what both count.
        const std::string repeated = s.text(m.measureBegin, m.measureBegin + 2);
        const std::string firstText = s.text(first.measureBegin, first.measureEnd);
        const size_t at = firstText.find(" " + repeated);
        if (at != std::string::npos && at > 0) {
          m.measure = firstText.substr(0, at) + " " + m.measure;
          m.inherited = true;
        }
      }
    }
    // "ranging from 77% in Hammersmith and Fulham to 83% in Kensington and Chelsea": the range of
    // the figure before it.
    // Only when what ranges is the figures themselves ("figures ... ranging"), not something else
    // ("audiences ranging from 15 to 72").
    if (f > 0 && (w1 == "from" || w1 == "to") && !meanings[f - 1].measure.empty()) {
      bool ranging = false;
      bool figuresRange = false;
      for (long k = std::max(0L, b - 8); k < b; ++k) {
        const std::string& w = lowerAt(s, k);
        ranging = ranging || w == "ranging" || w == "range" || w == "ranged";
        figuresRange = figuresRange || w == "figures" || w == "rates" || w == "results" || w == "percentages" ||
                       w == "proportions" || w == "levels";
      }
      if (ranging && figuresRange) {
        m.measure = meanings[f - 1].measure;
        m.inherited = true;
        m.measureBegin = m.measureEnd = 0;
      }
    }
    // "The percentage of children looked after for less than 6 months is broadly similar in
    // Westminster City Council (35%) and ...": a figure bracketed after an area is the subject's.
    // (An area's name, not a period's: "identified in 2015/16 (9)" is the figure before's.)
    if (n.bracketed && isNamed(b - 1) && !hasDigit(lowerAt(s, b - 1)) && !shareOfCount) {
      const std::string subject = subjectOf(s, static_cast<size_t>(b), options.maxSubjectWords);
      if (!subject.empty()) {
        m.measure = subject;
        m.measureBegin = m.measureEnd = 0;
      }
    }
    // "(9)" after what it counts ("more deaths than identified in 2015/16 (9)"): the measure of the
    // figure before it in the sentence.
    if (m.measure.empty() && n.bracketed && f > 0) {
      m.measure = meanings[f - 1].measure;
      m.inherited = true;
    }
    // Nothing after: the subject before. "the national rate of 59%", "The service case load is
    // 4464", "the average social worker case load which has decreased from 18 to 14".
    if (m.measure.empty() && !shareOfCount) {
      long k = b - 1;
      // skip a bound and a preposition
      while (k >= 0 && (lowerAt(s, k) == "over" || lowerAt(s, k) == "about" || lowerAt(s, k) == "around" ||
                        lowerAt(s, k) == "nearly" || lowerAt(s, k) == "approximately" || lowerAt(s, k) == "than" ||
                        lowerAt(s, k) == "more" || lowerAt(s, k) == "less" || lowerAt(s, k) == "some")) {
        --k;
      }
      bool viaOf = false;
      if (lowerAt(s, k) == "of") {
        viaOf = true;
        --k;
      } else {
        while (k >= 0 && (isAuxiliary(lowerAt(s, k)) || isChangeVerb(lowerAt(s, k)) || lowerAt(s, k) == "from" ||
                          lowerAt(s, k) == "to" || lowerAt(s, k) == "at" || lowerAt(s, k) == "by" ||
                          lowerAt(s, k) == "down" || lowerAt(s, k) == "up")) {
          --k;
        }
        // "... is down 26% from 597": the subject is before the change.
        if (k >= 0 && numberAt(numbers, k).has_value() == false && k > 0 && hasDigit(lowerAt(s, k))) {
          for (size_t z = 0; z < numbers.size(); ++z) {
            if (static_cast<long>(numbers[z].end) == k + 1) k = static_cast<long>(numbers[z].begin) - 1;
          }
          while (k >= 0 && (isAuxiliary(lowerAt(s, k)) || lowerAt(s, k) == "down" || lowerAt(s, k) == "up")) --k;
        }
      }
      // skip an area or period named right before the figure ("The population is LBHF: 182,500",
      // "the national rates of England (22%)")
      if (!viaOf && isNamed(k)) {
        while (k >= 0 && isNamed(k)) --k;
        if (lowerAt(s, k) == "of") {
          viaOf = true;
          --k;
        }
      }
      while (!viaOf && k >= 0 && (isAuxiliary(lowerAt(s, k)) || lowerAt(s, k) == "in" || lowerAt(s, k) == "for")) --k;
      // skip "for 2014", "in RBKC": a short prepositional phrase between the subject and its verb
      if (k >= 1 && !viaOf &&
          (hasDigit(lowerAt(s, k)) ||
           std::isupper(static_cast<unsigned char>(s.words[static_cast<size_t>(k)].text.front()))) &&
          (lowerAt(s, k - 1) == "for" || lowerAt(s, k - 1) == "in" || lowerAt(s, k - 1) == "at")) {
        k -= 2;
      }
      const long end = k + 1;
      size_t taken = 0;
      while (k >= 0 && taken < options.maxMeasureWords && !isFunctionWord(lowerAt(s, k)) &&
             (!hasDigit(lowerAt(s, k)) || nameNumber(s, k)) && !lowerAt(s, k).empty() && !isNamed(k) &&
             !(endsClause(s, k) && k + 1 != end)) {
        --k;
        ++taken;
      }
      if (end - (k + 1) > 0 && static_cast<size_t>(end - (k + 1)) <= options.maxMeasureWords &&
          !(end - (k + 1) == 1 && endsClause(s, end - 1) && !viaOf && end != b)) {
        m.measureBegin = static_cast<size_t>(k + 1);
        m.measureEnd = static_cast<size_t>(end);
        m.measure = s.text(m.measureBegin, m.measureEnd);
      }
    }
    // A change's measure is what changed: "a 73% increase in the non-Christian under 16s
    // population", "an increase in the number of case holding social workers".
    if (m.kind == FigureKind::Change && !m.measure.empty()) {
      const std::string first = lowered(bareWord(s.words[m.measureBegin].text));
      if (isChangeWord(first)) {
        size_t k = m.measureBegin + 1;
        if (k < s.words.size() && (s.words[k].lower == "in" || s.words[k].lower == "on")) ++k;
        while (k < s.words.size() &&
               (s.words[k].lower == "the" || s.words[k].lower == "number" || s.words[k].lower == "of"))
          ++k;
        const size_t end = nounPhraseFrom(s, static_cast<long>(k), options.maxMeasureWords, named);
        if (end > k && s.words[k - 1].lower != "on") {
          m.measureBegin = k;
          m.measureEnd = end;
          m.measure = s.text(k, end);
        } else {
          m.measure.clear();
        }
      }
    }
    if (m.measure.empty()) {
      const Meaning* from = f > 0 ? &meanings[f - 1] : before;
      if (from != nullptr && !from->measure.empty()) {
        m.measure = from->measure;
        m.inherited = true;
        m.evaluation = from->evaluation;
        m.timeliness = from->timeliness;
      }
    }
    // Evaluation results and timeliness: read from the figure's own clause, up to the next figure.
    size_t clauseEnd = std::min(s.words.size(), static_cast<size_t>(e) + 10);
    if (f + 1 < figures.size()) clauseEnd = std::min(clauseEnd, numbers[figures[f + 1]].begin);
    for (size_t k = static_cast<size_t>(e); k < clauseEnd; ++k) {
      // An opinion verb said of people ("84% felt", "delegates stating"), not an adjective ("the
      // agreed establishment").
      if (isEvaluationWord(s.words[k].lower)) {
        const std::string& prev = s.words[k - 1].lower;
        const bool ofPeople = k == static_cast<size_t>(e) || isPersonNoun(prev) || prev == "they" || prev == "who" ||
                              prev == "had" || prev == "have" || prev == "respondents" ||
                              (k >= 2 && isPersonNoun(s.words[k - 2].lower));
        const std::string& w = s.words[k].lower;
        if (ofPeople || w == "evaluations" || w == "evaluation" || w == "satisfied" || w == "knowledge") {
          m.evaluation = true;
        }
      }
      if ((s.words[k].lower == "within" || s.words[k].lower == "in") && k + 1 < s.words.size() &&
          (startsWith(s.words[k + 1].lower, "timescale") || s.words[k + 1].lower == "statutory" ||
           s.words[k + 1].lower == "timescales")) {
        m.timeliness = true;
      }
      if (endsClause(s, static_cast<long>(k)) && k > static_cast<size_t>(e) + 1) break;
    }
  }
  return meanings;
}

}  // namespace sbw::extract
