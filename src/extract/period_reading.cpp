#include "extract/period_reading.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>

#include "core/number_words.h"
#include "core/text.h"

namespace sbw::extract {
namespace {

constexpr std::int64_t kLongestLookBack = 10;  // "the previous ten years"; longer spans are history

// Now: when the paper was written ("currently"); Undated: no single date ("to date").
enum class Relative { Previous, Current, YearEnd, Now, Undated };

struct RelativePhrase {
  std::array<const char*, 5> words;
  Relative meaning;
};

constexpr std::array<RelativePhrase, 22> kRelative = {{
    {{"the", "end", "of", "the", "year"}, Relative::YearEnd},
    {{"end", "of", "the", "year", nullptr}, Relative::YearEnd},
    {{"year", "end", nullptr, nullptr, nullptr}, Relative::YearEnd},
    {{"year-end", nullptr, nullptr, nullptr, nullptr}, Relative::YearEnd},
    {{"the", "previous", "year", nullptr, nullptr}, Relative::Previous},
    {{"previous", "year", nullptr, nullptr, nullptr}, Relative::Previous},
    {{"last", "year", nullptr, nullptr, nullptr}, Relative::Previous},
    {{"the", "year", "before", nullptr, nullptr}, Relative::Previous},
    {{"over", "the", "past", "year", nullptr}, Relative::Current},
    {{"the", "past", "year", nullptr, nullptr}, Relative::Current},
    {{"this", "year", nullptr, nullptr, nullptr}, Relative::Current},
    {{"during", "the", "year", nullptr, nullptr}, Relative::Current},
    {{"in", "the", "year", nullptr, nullptr}, Relative::Current},
    {{"over", "the", "year", nullptr, nullptr}, Relative::Current},
    {{"this", "period", nullptr, nullptr, nullptr}, Relative::Current},
    {{"the", "reporting", "period", nullptr, nullptr}, Relative::Current},
    {{"the", "reporting", "year", nullptr, nullptr}, Relative::Current},
    {{"this", "reporting", "year", nullptr, nullptr}, Relative::Current},
    {{"currently", nullptr, nullptr, nullptr, nullptr}, Relative::Now},
    {{"at", "present", nullptr, nullptr, nullptr}, Relative::Now},
    {{"at", "this", "time", nullptr, nullptr}, Relative::Now},
    {{"to", "date", nullptr, nullptr, nullptr}, Relative::Undated},
}};

size_t phraseLength(const RelativePhrase& phrase) {
  size_t n = 0;
  while (n < phrase.words.size() && phrase.words[n] != nullptr) ++n;
  return n;
}

std::optional<Period> resolve(Relative relative, const std::optional<Period>& reporting, const std::string& label) {
  if (!reporting || !reporting->dated() || relative == Relative::Undated) return std::nullopt;
  Period p = *reporting;
  p.label = label;
  if (relative == Relative::Previous) {
    p.start = Date{p.start->year - 1, p.start->month, p.start->day};
    p.end = Date{p.end->year - 1, p.end->month, p.end->day};
  } else if (relative == Relative::YearEnd) {
    p.kind = PeriodKind::PointInTime;
    p.start = p.end;
  }
  return p;
}

bool endsClause(const std::string& raw) {
  return !raw.empty() && (raw.back() == ';' || raw.back() == '.' || raw.back() == ':');
}

bool contrast(const std::string& lower) {
  return lower == "than" || lower == "compared" || lower == "against" || lower == "from" || lower == "whereas" ||
         lower == "since" || lower == "versus";
}

}  // namespace

bool isBaseline(const Sentence& s, const PeriodMention& m, size_t figure) {
  if (m.begin == 0) return false;
  const std::string& lead = s.words[m.begin - 1].lower;
  const std::string lead2 = m.begin >= 2 ? s.words[m.begin - 2].lower : std::string();
  if ((lead == "than" || lead == "since" || lead == "on" || lead2 == "than") && m.begin - 1 >= figure) return true;
  // "identified in 2015/16" after "more deaths than": the comparison's other side.
  for (size_t k = std::max(m.begin >= 5 ? m.begin - 5 : 0, figure); k < m.begin; ++k) {
    if (s.words[k].lower == "than" || s.words[k].lower == "compared") return true;
  }
  return false;
}

std::vector<PeriodMention> sentencePeriods(const Sentence& sentence, const PeriodContext& context,
                                           const std::optional<Period>& reporting,
                                           const std::optional<Date>& writtenOn) {
  std::vector<std::string> tokens;
  tokens.reserve(sentence.words.size());
  for (const Word& word : sentence.words) tokens.push_back(word.text);
  std::vector<PeriodMention> mentions = findPeriodMentions(tokens, context);
  for (size_t i = 0; i < sentence.words.size(); ++i) {
    for (const RelativePhrase& phrase : kRelative) {
      const size_t length = phraseLength(phrase);
      if (i + length > sentence.words.size()) continue;
      bool match = true;
      for (size_t k = 0; k < length && match; ++k) match = sentence.words[i + k].lower == phrase.words[k];
      if (!match) continue;
      // "the end of year 2015-16": a printed year after the phrase is the period.
      const bool taken = std::any_of(mentions.begin(), mentions.end(), [&](const PeriodMention& m) {
        return (i >= m.begin && i < m.end) || m.begin == i + length;
      });
      if (taken) continue;
      const std::string label = sentence.text(i, i + length);
      PeriodMention mention;
      mention.begin = i;
      mention.end = i + length;
      if (phrase.meaning == Relative::Now && writtenOn) {
        mention.period.kind = PeriodKind::PointInTime;  // "currently", in a paper dated 6 October 2014
        mention.period.label = label;
        mention.period.start = mention.period.end = *writtenOn;
      } else if (phrase.meaning == Relative::Undated || phrase.meaning == Relative::Now) {
        mention.period.label = label;  // undated: no start or end
      } else if (auto period = resolve(phrase.meaning, reporting, bareWord(label))) {
        mention.period = *period;
      } else {
        continue;
      }
      mentions.push_back(mention);
      i += length - 1;
      break;
    }
  }
  // "the previous four years", "the last 3 years": the years before the one reported on.
  if (reporting && reporting->dated()) {
    for (size_t i = 0; i + 2 < sentence.words.size(); ++i) {
      const std::string& lead = sentence.words[i].lower;
      if (lead != "previous" && lead != "past" && lead != "last" && lead != "preceding") continue;
      const std::string& unit = sentence.words[i + 2].bare;
      if (lowered(unit) != "years") continue;
      const std::string& count = sentence.words[i + 1].bare;
      std::optional<std::int64_t> years = parseNumberWords(lowered(count));
      std::int64_t digits = 0;
      // from_chars, not stoll: "the previous 99999999999999999999 years" is no look-back, not a
      // failure that drops every figure the readers found.
      if (!years && !count.empty() &&
          std::all_of(count.begin(), count.end(), [](unsigned char c) { return std::isdigit(c); }) &&
          std::from_chars(count.data(), count.data() + count.size(), digits).ec == std::errc()) {
        years = digits;
      }
      if (!years || *years < 2 || *years > kLongestLookBack) continue;
      const bool taken = std::any_of(mentions.begin(), mentions.end(),
                                     [&](const PeriodMention& m) { return i + 1 >= m.begin && i + 1 < m.end; });
      if (taken) continue;
      const Date& start = *reporting->start;
      PeriodMention mention;
      mention.begin = i > 0 && sentence.words[i - 1].lower == "the" ? i - 1 : i;
      mention.end = i + 3;
      mention.period.kind = PeriodKind::Range;
      mention.period.label = sentence.text(mention.begin, mention.end);
      mention.period.start = Date{start.year - static_cast<int>(*years), start.month, start.day};
      mention.period.end = start.previousDay();
      mentions.push_back(mention);
    }
  }
  // "a workshop in March": a month without its year is the one within the year reported on.
  if (reporting && reporting->dated()) {
    for (size_t i = 1; i < sentence.words.size(); ++i) {
      const int month = monthFromName(sentence.words[i].lower);
      const std::string& lead = sentence.words[i - 1].lower;
      if (month == 0 || sentence.words[i].lower.size() < 3 || sentence.words[i].lower == "may") continue;
      if (lead != "in" && lead != "during" && lead != "by" && lead != "since" && lead != "until") continue;
      const bool taken = std::any_of(mentions.begin(), mentions.end(),
                                     [&](const PeriodMention& m) { return i >= m.begin && i < m.end; });
      if (taken) continue;
      const Date& start = *reporting->start;
      const int year = month >= start.month ? start.year : start.year + 1;
      PeriodMention mention;
      mention.begin = i;
      mention.end = i + 1;
      mention.period.kind = PeriodKind::Month;
      mention.period.label = sentence.words[i].bare;
      mention.period.start = Date{year, month, 1};
      mention.period.end = Date::lastOfMonth(year, month);
      mentions.push_back(mention);
    }
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const PeriodMention& a, const PeriodMention& b) { return a.begin < b.begin; });
  return mentions;
}

PeriodChoice periodInSentence(const Sentence& s, const std::vector<PeriodMention>& periods,
                              const std::vector<NumberSpan>& numbers, const std::vector<size_t>& figures, size_t figure,
                              const Meaning& meaning) {
  PeriodChoice choice;
  const NumberSpan& n = numbers[figures[figure]];
  const auto figureBetween = [&](size_t from, size_t to) {
    for (size_t k = 0; k < figures.size(); ++k) {
      if (k == figure) continue;
      const NumberSpan& other = numbers[figures[k]];
      if (other.begin >= from && other.end <= to) return true;
    }
    return false;
  };
  const auto take = [&](const PeriodMention& m, Source source) {
    if (!m.period.dated()) {
      choice.undated = true;
      choice.printed = m.period.label;
      choice.source = source;
      return;
    }
    choice.period = m.period;
    choice.printed = m.period.label;
    choice.source = source;
  };
  // 1. Right at the figure.
  const PeriodMention* before = nullptr;
  for (const PeriodMention& m : periods) {
    if (m.end <= n.begin) before = &m;
  }
  if (before != nullptr && n.begin == before->end && !endsClause(s.words[before->end - 1].text)) {
    take(*before, Source::Phrase);
    return choice;
  }
  const size_t after =
      std::max(n.end, meaning.measureEnd > n.end && meaning.measureEnd - n.end <= 4 ? meaning.measureEnd : n.end);
  for (const PeriodMention& m : periods) {
    if (m.begin < n.end) continue;
    if (m.begin - after <= 2 && !figureBetween(n.end, m.begin) && !isBaseline(s, m, n.begin)) {
      bool clause = false;
      for (size_t k = n.end; k < m.begin; ++k)
        clause = clause || endsClause(s.words[k].text) || contrast(s.words[k].lower);
      if (!clause) {
        take(m, Source::Phrase);
        return choice;
      }
    }
    break;
  }
  // The earlier level of "from 18 to 14" has no period of its own unless printed beside it.
  if (meaning.from) {
    choice.undated = true;
    return choice;
  }
  // 2. The sentence: "currently" anywhere in it leaves the figure undated.
  for (const PeriodMention& m : periods) {
    if (!m.period.dated()) {
      take(m, Source::Sentence);
      return choice;
    }
  }
  // The nearest period before that is not the baseline of a comparison.
  const PeriodMention* own = nullptr;
  for (const PeriodMention& m : periods) {
    if (m.end <= n.begin && !isBaseline(s, m, n.begin)) own = &m;
  }
  if (own != nullptr) {
    take(*own, Source::Sentence);
    return choice;
  }
  for (const PeriodMention& m : periods) {
    if (m.begin < n.end) continue;
    bool contrasted = isBaseline(s, m, n.begin);
    for (size_t k = n.end; k < m.begin; ++k) contrasted = contrasted || contrast(s.words[k].lower);
    if (!contrasted && !figureBetween(n.end, m.begin)) take(m, Source::Sentence);
    break;
  }
  return choice;
}

}  // namespace sbw::extract
