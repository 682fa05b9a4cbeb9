#include "extract/figure_filter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "core/text.h"

namespace sbw::extract {
namespace {

bool isMonth(const std::string& lower) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december",
                                                 "jan",     "feb",      "mar",       "apr",     "jun",      "jul",
                                                 "aug",     "sep",      "sept",      "oct",     "nov"};
  return isOneOf(kMonths, lower) || lower == "dec";
}

bool endsClause(const std::string& raw) {
  return !raw.empty() && (raw.back() == ',' || raw.back() == ';' || raw.back() == ':' || raw.back() == '.');
}

// Words after which a number names something: a page, an item, a room, a section of law.
bool namesAReference(const std::string& lower) {
  static constexpr std::string_view kWords[] = {"page",
                                                "pages",
                                                "p",
                                                "pp",
                                                "item",
                                                "items",
                                                "paragraph",
                                                "paragraphs",
                                                "para",
                                                "paras",
                                                "appendix",
                                                "appendices",
                                                "annex",
                                                "annexe",
                                                "table",
                                                "tables",
                                                "figure",
                                                "fig",
                                                "chart",
                                                "graph",
                                                "chapter",
                                                "section",
                                                "sections",
                                                "s",
                                                "article",
                                                "regulation",
                                                "regulations",
                                                "schedule",
                                                "part",
                                                "clause",
                                                "room",
                                                "rooms",
                                                "floor",
                                                "no",
                                                "nos",
                                                "number",
                                                "tel",
                                                "telephone",
                                                "phone",
                                                "ext",
                                                "extension",
                                                "version",
                                                "v",
                                                "ref",
                                                "reference",
                                                "recommendation",
                                                "recommendations",
                                                "priority",
                                                "objective",
                                                "standard",
                                                "question",
                                                "questions"};
  return isOneOf(kWords, lower);
}

// Words after which a number is a stage, a level, an age or a school year, not a figure.
bool namesALevel(const std::string& lower) {
  static constexpr std::string_view kWords[] = {"level",    "levels",     "stage", "stages", "key",  "ks",
                                                "tier",     "tiers",      "grade", "grades", "band", "bands",
                                                "phase",    "year",       "years", "aged",   "age",  "ages",
                                                "category", "categories", "step",  "steps",  "wave", "cohort"};
  return isOneOf(kWords, lower);
}

// "17-week", "60-minutes", "2-year-old", "24-hour": a number glued to a unit with a hyphen.
bool gluedToUnit(const std::string& raw) {
  const auto dash = raw.find('-');
  if (dash == std::string::npos || dash == 0) return false;
  std::string rest = lowered(raw.substr(dash + 1));
  while (!rest.empty() && !std::isalpha(static_cast<unsigned char>(rest.back()))) rest.pop_back();
  const auto second = rest.find('-');
  if (second != std::string::npos) rest = rest.substr(0, second);
  return isTimeUnit(rest) || rest == "mile" || rest == "miles" || rest == "point" || rest == "page";
}

// Nouns that count the make-up of an organisation or a document rather than activity.
bool isStructuralNoun(const std::string& lower) {
  static constexpr std::string_view kNouns[] = {
      "borough",       "boroughs",    "authority", "authorities", "council",      "councils",      "area",
      "areas",         "theme",       "themes",    "priority",    "priorities",   "strand",        "strands",
      "workstream",    "workstreams", "pillar",    "pillars",     "principle",    "principles",    "objective",
      "objectives",    "subgroup",    "subgroups", "sub-group",   "sub-groups",   "group",         "groups",
      "member",        "members",     "partner",   "partners",    "organisation", "organisations", "organization",
      "organizations", "section",     "sections",  "chapter",     "chapters",     "part",          "parts",
      "criteria",      "criterion",   "domain",    "domains",     "lines",        "key",           "ways",
      "things",        "elements",    "areas",     "statutory",   "boards",       "board",         "partnerships",
      "partnership",   "ccgs"};
  return isOneOf(kNouns, lower);
}

// Words for the people a group of children or adults is described by: "children under 16".
bool isPeopleNoun(const std::string& lower) {
  static constexpr std::string_view kNouns[] = {"children", "child",  "young",      "people", "pupils", "babies",
                                                "infants",  "adults", "persons",    "boys",   "girls",  "men",
                                                "women",    "those",  "population", "s",      "olds",   "learners"};
  return isOneOf(kNouns, lower);
}

constexpr double kHighestFootnoteMark = 30;
constexpr double kEarliestYear = 1900;  // notes are numbered 1, 2, ... within a page or chapter

bool plainInteger(const NumberSpan& n);

// Whether numbers[index] is the next mark of a run of notes the sentence opens with ("1 ONS ...
// 2014 2 End Child Poverty 2014"): the first number opens the sentence, the ones between are
// years or the earlier marks, and each mark is followed by a capitalised word.
bool isNextMark(const Sentence& s, const std::vector<NumberSpan>& numbers, size_t index) {
  const NumberSpan& n = numbers[index];
  const NumberSpan& front = numbers.front();
  if (front.begin != 0 || !plainInteger(front) || !front.quantity.value || !plainInteger(n) || !n.quantity.value) {
    return false;
  }
  const auto capitalAfter = [&](const NumberSpan& mark) {
    return mark.end < s.words.size() && !s.words[mark.end].text.empty() &&
           std::isupper(static_cast<unsigned char>(s.words[mark.end].text.front()));
  };
  if (!capitalAfter(front) || !capitalAfter(n) || n.begin == 0 || endsClause(s.words[n.begin - 1].text)) return false;
  const double first = *front.quantity.value;
  double marks = 1;
  for (size_t k = 1; k < index; ++k) {
    const double v = numbers[k].quantity.value.value_or(0);
    if (plainInteger(numbers[k]) && v >= kEarliestYear) continue;
    if (!plainInteger(numbers[k]) || v != first + marks) return false;
    marks += 1;
  }
  return *n.quantity.value == first + marks;
}

bool continuesMarks(const Sentence& s, const std::vector<NumberSpan>& numbers, size_t first) {
  for (size_t k = first + 1; k < numbers.size(); ++k) {
    if (isNextMark(s, numbers, k)) return true;
  }
  return false;
}

bool isSmall(const NumberSpan& n, int max) { return n.quantity.value && *n.quantity.value <= max; }

bool plainInteger(const NumberSpan& n) {
  return n.form == NumberForm::Digits && !n.quantity.unitPrinted && n.quantity.decimals == 0 &&
         n.value.find(',') == std::string::npos && n.sign == 0;
}

}  // namespace

bool isTimeUnit(const std::string& lower) {
  static constexpr std::string_view kUnits[] = {"minute", "minutes", "min",  "mins", "hour",  "hours", "hr",
                                                "hrs",    "day",     "days", "week", "weeks", "month", "months",
                                                "year",   "years",   "yr",   "yrs",  "term",  "terms"};
  return isOneOf(kUnits, lower);
}

std::string notAFigure(const Sentence& s, const std::vector<NumberSpan>& numbers, size_t index,
                       const FilterOptions& options) {
  const NumberSpan& n = numbers[index];
  const long b = static_cast<long>(n.begin);
  const long e = static_cast<long>(n.end);
  const std::string& raw = s.words[n.begin].text;
  const std::string& before = lowerAt(s, b - 1);
  const std::string& before2 = lowerAt(s, b - 2);
  const std::string& after = lowerAt(s, e);
  const std::string& after2 = lowerAt(s, e + 1);
  const double value = n.quantity.value.value_or(0);
  const bool integer = plainInteger(n);

  if (n.quantity.suppressed() || !n.quantity.value) return "no value";

  // Codes and telephone numbers keep their leading zeros; figures do not.
  const std::string digits = n.value;
  if (n.form == NumberForm::Digits && digits.size() > 1 && digits[0] == '0' &&
      std::isdigit(static_cast<unsigned char>(digits[1]))) {
    return "code or telephone number";
  }
  if (integer && n.begin > 0) {
    // The groups after a leading-zero group ("020 7641 2770") belong to it.
    for (long k = b - 1; k >= 0 && k >= b - 3; --k) {
      const std::string& w = lowerAt(s, k);
      if (w.size() > 1 && w[0] == '0' &&
          std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        return "telephone number";
      }
      if (w.empty() ||
          !std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        break;
    }
  }

  // A superscript: a footnote mark ("position. 1", "Partnership5" is a word anyway).
  double sizes = 0;
  int counted = 0;
  for (const Word& w : s.words) {
    if (w.fontSize > 0) {
      sizes += w.fontSize;
      ++counted;
    }
  }
  const double usual = counted > 0 ? sizes / counted : 0;
  if (integer && usual > 0 && s.words[n.begin].fontSize > 0 &&
      s.words[n.begin].fontSize < options.superscriptRatio * usual) {
    return "footnote mark";
  }
  // "1 ONS Mid-Year Estimates 2014": the mark opening a footnote, set smaller than the body; in a
  // run of footnotes ("1 ONS ... 2014 2 End Child Poverty 2014") every mark after the first too.
  const auto opensFootnote = [&](const NumberSpan& mark) {
    const Word& word = s.words[mark.begin];
    return plainInteger(mark) && mark.quantity.value && *mark.quantity.value < kHighestFootnoteMark &&
           options.bodySize > 0 && word.fontSize > 0 && word.fontSize < options.footnoteRatio * options.bodySize &&
           mark.end < s.words.size() &&
           std::isupper(static_cast<unsigned char>(rawAt(s, static_cast<long>(mark.end)).front()));
  };
  if (opensFootnote(n) && (n.begin == 0 || (numbers.front().begin == 0 && opensFootnote(numbers.front())))) {
    return "footnote";
  }
  // "1 ONS Mid-Year Estimates 2014 2 End Child Poverty 2014": notes or items run together in one
  // passage; the marks of the sequence the first opens are marks, not figures, the first too.
  if (integer && index == 0 && n.begin == 0 && continuesMarks(s, numbers, 0)) return "footnote";
  if (integer && index > 0 && isNextMark(s, numbers, index)) return "footnote";
  // A number standing alone as a whole passage: a footnote mark, a page number, a stray label.
  if (s.words.size() == 1 && n.form == NumberForm::Digits && integer && value < 100) return "stray number";
  // A lone small number closing a sentence after its full stop: a footnote mark set in body size.
  if (integer && n.end == s.words.size() && n.begin > 0 && endsClause(rawAt(s, b - 1)) && value < 100 &&
      rawAt(s, b - 1).back() == '.') {
    return "footnote mark";
  }

  // Times: "7.00 pm", "6.30pm", "10am".
  if (after == "pm" || after == "am" || after == "p.m" || after == "a.m" || endsWith(lowered(raw), "pm") ||
      endsWith(lowered(raw), "am") || raw.find(':') != std::string::npos) {
    if (n.form == NumberForm::Digits) return "time of day";
  }

  // "per 10,000", "per 100,000 children": the denominator of a rate.
  if (before == "per" && n.form == NumberForm::Digits && !n.quantity.unitPrinted) return "denominator of a rate";

  // Days of the month: "31 March", "March 31".
  if (n.form == NumberForm::Digits && value >= 1 && value <= 31 && integer) {
    if (isMonth(after) || (isMonth(before) && !endsClause(rawAt(s, b - 1)))) return "day of the month";
  }
  // Years: a plain four-digit number from 1900 to 2099 reads as a year unless it is counted:
  // "1937 (33%)", "2,013 referrals" (with a comma) and "2013 referrals" after a count word.
  if (integer && value >= 1900 && value <= 2099 && digits.size() == 4) {
    const bool countedAfter =
        after.empty() ? false : (rawAt(s, e).front() == '(' && rawAt(s, e).find('%') != std::string::npos);
    if (!countedAfter) return "year";
  }

  // A paragraph number at the start of a paragraph or line: "1.7", "2.3", "3.", "(2)", "• 2.4".
  if (n.form == NumberForm::Digits && !n.quantity.unitPrinted) {
    const bool atStart =
        n.begin == 0 || (n.begin == 1 && (s.words[0].lower.empty() || s.words[0].text == "\xE2\x80\xA2"));
    const bool dotted =
        raw.find('.') != std::string::npos && raw.back() != '.' ? true : raw.back() == '.' || raw.back() == ')';
    if ((atStart && (s.opensParagraph || s.words[n.begin].lineStart)) || (s.words[n.begin].lineStart && s.heading)) {
      const bool sectionLike = raw.find('.') != std::string::npos || raw.back() == ')' || raw.front() == '(';
      const std::string next = rawAt(s, e);
      const bool headingFollows = !next.empty() && std::isupper(static_cast<unsigned char>(next[0]));
      if (sectionLike ||
          (headingFollows && value < 100 && integer && s.opensParagraph && n.begin == 0 && !isPeopleNoun(after))) {
        (void)dotted;
        return "paragraph number";
      }
    }
  }

  // References: "page 12", "item 4", "Rooms 5, 6 & 7", "section 47", "Appendix 3".
  {
    long k = b - 1;
    // Walk back over a list of numbers joined by ",", "&", "and", "-", "to": "Rooms 5, 6 & 7".
    while (k >= 0) {
      const std::string& w = lowerAt(s, k);
      const bool joiner = w == "and" || w == "&" || w == "or" || w == "to" || w == "-" || w.empty();
      const bool number = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == '.';
      });
      if (!(joiner || number) || b - k > 8) break;
      --k;
    }
    const std::string& head = lowerAt(s, k);
    if (namesAReference(head) && n.form == NumberForm::Digits && !n.quantity.unitPrinted) return "reference";
    if (namesAReference(before) && n.form == NumberForm::Digits && !n.quantity.unitPrinted) return "reference";
    if (before == "of" && lowerAt(s, b - 3) == "page") return "reference";  // "page 2 of 5"
    if (startsWith(before, "s") && before.size() <= 2 && (before == "s" || before == "s.")) return "reference";
  }
  // "Working Together 2015", "Children Act 1989" are names; "Level 3", "Key Stage 2", "Year 11",
  // "Category 1 cases", "Tier 2" are levels.
  // "Year 11", "school year 11 leavers", "Years 7 to 9" are school years; "this year 73 delegates" is not.
  // Plural "years 12 and 13" before a number are school years; singular "year 11" too, unless it
  // is the year of something ("this year 73 delegates", "last year 9").
  const bool yearWord = before == "year" || before == "years";
  const bool yearOfSomething = before2 == "this" || before2 == "last" || before2 == "next" || before2 == "the" ||
                               before2 == "that" || before2 == "each" || before2 == "per" || before2 == "a" ||
                               before2 == "every" || before2 == "previous" || before2 == "same" ||
                               before2 == "financial";
  const bool schoolYear = yearWord && (before == "years" || !yearOfSomething);
  if (namesALevel(before) && (!yearWord || schoolYear) && !n.quantity.unitPrinted &&
      (n.form == NumberForm::Digits || n.form == NumberForm::Words)) {
    return "level, stage or age";
  }
  // "5 grade A*-C", "5 A*-C GCSEs": part of the measure's definition.
  if ((after == "grade" || after == "grades" || startsWith(after, "a*") || after == "gcses" || after == "gcse") &&
      integer && value <= 12) {
    return "definition";
  }
  // A list of levels or ages ("years 7 to 9", "aged 19, 20, 21", "years 12 and 13"), but not a count
  // of the next category ("17 Category 1 and 6 Category 2 cases").
  const bool countsNext =
      !after.empty() && (namesALevel(after) || std::isupper(static_cast<unsigned char>(rawAt(s, e).front())));
  if ((before == "to" || before == "-" || ((before == "and" || endsClause(rawAt(s, b - 1))) && !countsNext)) &&
      index > 0) {
    const NumberSpan& previous = numbers[index - 1];
    if (previous.end == n.begin || previous.end + 1 == n.begin || previous.end + 2 == n.begin) {
      const std::string reason = notAFigure(s, numbers, index - 1, options);
      if (reason == "level, stage or age" || reason == "age" || reason == "reference") return reason;
    }
  }

  // Ages: "2 year olds", "16-year-old", "aged 0 to 19", "children under 16", "over 10" after "is",
  // "10 and over", "under 16s", "post 16".
  {
    const std::string lowRaw = lowered(raw);
    if (endsWith(lowRaw, "s") && n.form == NumberForm::Digits && std::isdigit(static_cast<unsigned char>(lowRaw[0])) &&
        !n.quantity.unitPrinted && lowRaw.find("%") == std::string::npos && n.value.size() < lowRaw.size()) {
      return "age";  // "under 16s", "0-5s"
    }
    if ((after == "year" || after == "years") && (after2 == "old" || after2 == "olds" || after2 == "of")) return "age";
    if (after == "year-old" || after == "year-olds" || after == "yr" || endsWith(lowRaw, "-year-old") ||
        endsWith(lowRaw, "-year-olds")) {
      return "age";
    }
    if (before == "post" || before == "pre" || before == "aged" || before == "age" || before == "ages") return "age";
    if ((before == "under" || before == "over") && n.form == NumberForm::Digits && !n.quantity.unitPrinted &&
        (isPeopleNoun(before2) || before2 == "is" || before2 == "are" || before2 == "aged" || isTimeUnit(after) ||
         after == "and" || after.empty() || endsClause(raw))) {
      return "age";
    }
    if ((after == "and" || after == "or") && (after2 == "over" || after2 == "under" || after2 == "above")) {
      return "threshold";  // "children 10 and over", "3 or more"
    }
    if (isPeopleNoun(before) && (after == "and" || after == "years") && n.form == NumberForm::Digits) return "age";
    // "the adult population (16 years+)", "16+", "aged 65+": an open age band.
    if (n.form == NumberForm::Digits && (after == "years+" || after == "yrs+" || endsWith(lowRaw, "+")) &&
        !n.quantity.unitPrinted) {
      return "age";
    }
  }

  // Thresholds in a definition: "3 or more placements", "2+", "rates of over 40%", "more than 20 miles".
  if (after == "or" &&
      (after2 == "more" || after2 == "fewer" || after2 == "less" || after2 == "over" || after2 == "above")) {
    return "threshold";
  }
  if (endsWith(raw, "+") && n.form == NumberForm::Digits) return "threshold";
  if (after == "miles" || after == "mile" || after == "km") return "distance in a definition";
  if ((before == "over" || before == "above" || before == "below" || before == "under" || before == "least" ||
       before == "than" || before == "exceeding") &&
      (before2 == "of" || before2 == "rates" || before2 == "rate" || before2 == "at" || before2 == "more" ||
       before2 == "less")) {
    // "rates of over 40%", "a rate of above 20%", "more than 20": thresholds when they qualify a noun
    // ("with ... rates of over 40%") rather than report a result ("over 95% felt").
    const std::string& before3 = lowerAt(s, b - 3);
    if (before2 == "of" && (before3 == "rates" || before3 == "rate" || before3 == "level" || before3 == "levels" ||
                            before3 == "threshold" || before3 == "score")) {
      return "threshold";
    }
    if (before2 == "rates" || before2 == "rate") return "threshold";
  }
  // "N of the M criteria", "2 of the 3 national criteria": the M.
  for (long k = e; k < std::min<long>(e + 6, static_cast<long>(s.words.size())); ++k) {
    if ((lowerAt(s, k) == "criteria" || lowerAt(s, k) == "criterion") && isSmall(n, 20)) return "threshold";
    if (endsClause(rawAt(s, k))) break;
  }

  // Durations and frequencies: "within 45 days", "a 17-week programme", "twice a year", "4 x per
  // annum", "every 6 weeks", "in the next 2 weeks". A time taken is a figure when it is what is
  // measured: "an average of 26 weeks", "took 32 days".
  if (gluedToUnit(raw)) return "duration";
  if (isTimeUnit(after) || (after == "working" && (after2 == "days" || after2 == "day")) ||
      (after == "calendar" && isTimeUnit(after2))) {
    bool measured = false;
    for (long k = b - 1; k >= 0 && k >= b - 4; --k) {
      const std::string& w = lowerAt(s, k);
      if (w == "average" || w == "mean" || w == "median" || w == "took" || w == "taken" || w == "taking" ||
          w == "duration" || w == "length" || w == "typically") {
        measured = true;
      }
    }
    if (after2 == "on" && lowerAt(s, e + 2) == "average") measured = true;
    // "plans for a duration of more than two years": a threshold in the measure's definition.
    if (before == "than" || before == "over" || before == "under" || before == "least") measured = false;
    if (!measured) return "duration";
  }
  if (after == "x" || after == "times" || lowered(raw).back() == 'x' || after == "per" || after == "p/y" ||
      after == "pa" || after == "annually") {
    if (n.form != NumberForm::Fraction && !n.quantity.unitPrinted) return "frequency";
  }
  if (before == "every" || before == "each") return "frequency";

  // Ordinals are figures only as ranks: "the second most densely populated", "Hammersmith &
  // Fulham is sixth", "ranked 4th"; not "its second year", "first time", "third sector".
  if (n.form == NumberForm::Ordinal || (n.quantity.unit == Unit::Rank && n.form == NumberForm::Digits)) {
    const bool superlative = after == "most" || after == "highest" || after == "lowest" || after == "largest" ||
                             after == "smallest" || after == "best" || after == "worst" || after == "least" ||
                             after == "biggest" || after == "greatest" || after == "fastest" || after == "top" ||
                             endsWith(after, "est");
    const bool predicate = (before == "is" || before == "was" || before == "are" || before == "ranked" ||
                            before == "ranks" || before == "placed" || before == "came" ||
                            ((before == "the") && (before2 == "is" || before2 == "was" || before2 == "ranked"))) &&
                           (after.empty() || after == "and" || after == "in" || after == "out" || after == "of" ||
                            after == "highest" || after == "lowest" || after == "nationally" || endsClause(raw));
    if (!superlative && !predicate) return "ordinal, not a rank";
  }

  // Fractions in words are shares only before "of": "a quarter of all deaths", "half of".
  if (n.form == NumberForm::Fraction && n.value.find('/') == std::string::npos && after != "of") {
    return "fraction word, not a share";
  }

  // Numbers in words: "one" is a figure only when it counts something ("one death"); small
  // numbers that count structure are not figures ("three boroughs", "the four themes", "two
  // recently recruited workers" in a description of the team).
  if (n.form == NumberForm::Words) {
    const std::string word = lowered(n.value);
    if (word == "one" || word == "a") {
      const std::string& noun = after;
      if (noun.empty() || noun == "of" || noun == "another" || noun == "off" || noun == "or" || noun == "in" ||
          noun == "way" || noun == "stop" || noun == "to" || noun == "-" || noun == "point" || noun == "day" ||
          noun == "time" || noun == "hand" || noun == "side" || noun == "place" || noun == "and" || noun == "is" ||
          noun == "which" || noun == "that" || noun == "who" || noun == "year" || isStructuralNoun(noun)) {
        return "the word one";
      }
    }
    if (word == "zero" || word == "nil") return "";
  }
  if ((n.form == NumberForm::Words || (integer && isSmall(n, options.structuralCountMax))) &&
      isSmall(n, options.structuralCountMax)) {
    // The noun counted: the next word, or the one after an adjective or two.
    for (long k = e; k < std::min<long>(e + 4, static_cast<long>(s.words.size())); ++k) {
      if (isStructuralNoun(lowerAt(s, k))) {
        // "five of the Borough's secondary schools" is activity; "three boroughs" is structure.
        return "structural count";
      }
      if (endsClause(rawAt(s, k))) break;
    }
    if (lowerAt(s, e) == "of" && (lowerAt(s, e + 1) == "the" || lowerAt(s, e + 1) == "our") &&
        isStructuralNoun(lowerAt(s, e + 2))) {
      return "structural count";
    }
    // "There are four categories of Child Protection Plan": the kinds of a thing, not a count of it.
    if (after == "categories" || after == "types" || after == "kinds" || after == "forms") return "structural count";
  }
  // "one of their three preferences", "its five priorities", "the top two": how many a thing has,
  // said in passing, not a count of activity.
  if (n.form == NumberForm::Words && isSmall(n, options.structuralCountMax) &&
      (before == "their" || before == "its" || before == "our" || before == "his" || before == "her" ||
       (before == "top" && (before2 == "their" || before2 == "the" || before2 == "its")))) {
    return "structural count";
  }
  // "The team includes ... two recently recruited workers": the make-up of a team or a board.
  if (n.form == NumberForm::Words && isSmall(n, options.structuralCountMax)) {
    for (long k = b - 1; k >= 0 && k >= b - 12; --k) {
      const std::string& w = lowerAt(s, k);
      if (w == "includes" || w == "comprises" || w == "consists" || w == "include" || w == "comprise" ||
          w == "membership") {
        return "structural count";
      }
    }
  }
  // "Each school nurse has responsibility for 2-3 secondary schools": what one post covers.
  for (long k = b - 1; k >= 0; --k) {
    if (lowerAt(s, k) == "each" || lowerAt(s, k) == "per") {
      for (long j = k; j < b; ++j) {
        if (lowerAt(s, j) == "responsibility" || lowerAt(s, j) == "covers" || lowerAt(s, j) == "cover" ||
            lowerAt(s, j) == "responsible") {
          return "structural count";
        }
      }
    }
  }
  return "";
}

}  // namespace sbw::extract
