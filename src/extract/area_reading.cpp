#include "extract/area_reading.h"

#include <algorithm>
#include <string>

#include "core/area_registry.h"
#include "core/number_words.h"
#include "core/text.h"

namespace sbw::extract {
namespace {

bool isLocal(const Area& area) { return area.kind == AreaKind::LocalAuthority || area.kind == AreaKind::Partnership; }

bool isComparisonWord(const std::string& lower) {
  return lower == "average" || lower == "rate" || lower == "rates" || lower == "figure" || lower == "level" ||
         lower == "overall" || lower == "benchmark" || lower == "comparator" || lower == "figures" || lower == "levels";
}

bool endsClause(const std::string& raw) {
  return !raw.empty() && (raw.back() == ';' || raw.back() == '.' || raw.back() == ':');
}

bool isBorough(const std::string& lower) {
  return lower == "boroughs" || lower == "authorities" || lower == "councils" || lower == "las" ||
         lower == "partners" || lower == "areas";
}

}  // namespace

const Area* partnershipFor(const Area* scope, int members) {
  const AreaRegistry& registry = AreaRegistry::builtIn();
  if (scope != nullptr && scope->kind == AreaKind::Partnership) return scope;
  if (scope != nullptr && scope->kind == AreaKind::LocalAuthority) {
    for (const Area* partnership : registry.partnershipsOf(*scope)) {
      if (members == 0 || static_cast<int>(partnership->members.size()) == members) return partnership;
    }
  }
  return nullptr;
}

std::vector<AreaMention> sentenceAreas(const Sentence& sentence, const Area* partnership) {
  std::vector<std::string> tokens;
  tokens.reserve(sentence.words.size());
  for (const Word& word : sentence.words) tokens.push_back(word.text);
  std::vector<AreaMention> mentions = findAreaMentions(tokens);
  // "the three boroughs", "all three local authorities", "across the two boroughs": the partnership.
  if (partnership != nullptr) {
    for (size_t i = 0; i + 1 < sentence.words.size(); ++i) {
      const auto count = parseNumberWords(sentence.words[i].lower);
      size_t noun = i + 1;
      if (noun < sentence.words.size() && sentence.words[noun].lower == "local") ++noun;
      if (!count || noun >= sentence.words.size() || !isBorough(sentence.words[noun].lower)) continue;
      if (static_cast<int>(*count) != static_cast<int>(partnership->members.size())) continue;
      const bool taken = std::any_of(mentions.begin(), mentions.end(),
                                     [&](const AreaMention& m) { return i >= m.begin && i < m.end; });
      if (!taken) mentions.push_back({i, noun + 1, partnership, partnership->name});
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const AreaMention& a, const AreaMention& b) { return a.begin < b.begin; });
  }
  return mentions;
}

AreaChoice areaInSentence(const Sentence& s, const std::vector<AreaMention>& areas,
                          const std::vector<NumberSpan>& numbers, const std::vector<size_t>& figures, size_t figure) {
  AreaChoice choice;
  const NumberSpan& n = numbers[figures[figure]];
  const auto setFrom = [&](const AreaMention& m, Source source) {
    choice.area = m.area;
    choice.printed = m.printed;
    choice.source = source;
    choice.comparator = comparatorFor(m.area);
    // "77% in LBHF and Westminster City Council": one figure for two areas.
    for (const AreaMention& other : areas) {
      if (other.begin == m.end + 1 && m.end < s.words.size() &&
          (s.words[m.end].lower == "and" || s.words[m.end].lower == "&")) {
        choice.shared = true;
      }
    }
  };
  const auto figureBetween = [&](size_t from, size_t to) {
    for (size_t k = 0; k < figures.size(); ++k) {
      if (k == figure) continue;
      const NumberSpan& other = numbers[figures[k]];
      if (other.begin >= from && other.end <= to && !other.bracketed) return true;
    }
    return false;
  };
  const auto contrastBetween = [&](size_t from, size_t to) {
    for (size_t k = from; k < to && k < s.words.size(); ++k) {
      const std::string& w = s.words[k].lower;
      if (w == "compared" || w == "against" || w == "than" || w == "whereas" || w == "while" || w == "whilst" ||
          w == "versus" || w == "vs") {
        return true;
      }
      if (endsClause(s.words[k].text)) return true;
    }
    return false;
  };

  // A breakdown in brackets after a figure: "188,969 people (58,271 in H&F, 46,632 in K&C and 84,066
  // in Westminster)" - the figure is the total over those areas.
  {
    size_t open = n.end;
    while (open < s.words.size() && open < n.end + 8 && s.words[open].text.front() != '(' &&
           !endsClause(s.words[open].text)) {
      ++open;
    }
    // The breakdown follows the figure's own words, with no area named before it.
    const bool areaFirst = std::any_of(areas.begin(), areas.end(),
                                       [&](const AreaMention& m) { return m.begin >= n.end && m.begin < open; });
    if (open < s.words.size() && s.words[open].text.front() == '(' && !n.bracketed && !areaFirst) {
      std::vector<const Area*> inside;
      for (const AreaMention& m : areas) {
        if (m.begin < open) continue;
        bool closed = false;
        for (size_t k = open; k < m.begin; ++k) closed = closed || s.words[k].text.find(')') != std::string::npos;
        if (closed) break;
        inside.push_back(m.area);
      }
      if (inside.size() >= 2 && figureBetween(open, s.words.size())) {
        std::vector<std::string> keys;
        for (const Area* a : inside) keys.push_back(a->key);
        const AreaRegistry& registry = AreaRegistry::builtIn();
        for (const Area& candidate : registry.all()) {
          if (candidate.kind != AreaKind::Partnership) continue;
          std::vector<std::string> members = candidate.members;
          std::sort(members.begin(), members.end());
          std::vector<std::string> sorted = keys;
          std::sort(sorted.begin(), sorted.end());
          if (members == sorted) {
            choice.area = &candidate;
            choice.printed = candidate.name;
            choice.source = Source::Phrase;
            return choice;
          }
        }
        choice.shared = true;
        choice.source = Source::Phrase;
        return choice;
      }
    }
  }

  // 1. Right at the figure: "LBHF: 182,500", "RBKC (-2%)", "In Westminster, 24%". Not the area of
  // the figure before it in a list: "58,271 in Hammersmith & Fulham, 46,632 in ...".
  const AreaMention* before = nullptr;
  for (const AreaMention& m : areas) {
    if (m.end <= n.begin) before = &m;
  }
  const auto closesSentence = [&](const AreaMention& m) {
    const std::string& last = s.words[m.end - 1].text;
    return !last.empty() && (last.back() == '.' || last.back() == ';');
  };
  if (before != nullptr && n.begin == before->end && !closesSentence(*before)) {
    const std::string& lead = before->begin > 0 ? s.words[before->begin - 1].lower : std::string();
    bool listed = false;
    if ((lead == "in" || lead == "for" || lead == "from") && before->begin >= 2) {
      for (size_t k = 0; k < figures.size(); ++k) {
        if (k != figure && numbers[figures[k]].end + 1 >= before->begin - 1 &&
            numbers[figures[k]].end <= before->begin - 1) {
          listed = true;
        }
      }
    }
    if (!listed) setFrom(*before, Source::Phrase);
  }
  // "19.5% in RBKC", "cases from Hammersmith & Fulham", "(the tri-borough)".
  if (choice.source == Source::None) {
    for (const AreaMention& m : areas) {
      if (m.begin < n.end) continue;
      std::string lead = m.begin > 0 ? s.words[m.begin - 1].lower : std::string();
      if (lead == "the" && m.begin > 1) lead = s.words[m.begin - 2].lower;  // "in the tri-borough"
      const bool bracketed = !s.words[m.begin].text.empty() && s.words[m.begin].text.front() == '(' &&
                             s.words[m.end - 1].text.find(')') != std::string::npos;
      // "dealt with by the Tri-borough team" names an agent, not the area the figure is for.
      const bool introduced = lead == "in" || lead == "for" || lead == "from" || lead == "across" || lead == "at" ||
                              lead == "within" || bracketed;
      if (introduced && m.begin - n.end <= 12 && !figureBetween(n.end, m.begin) && !contrastBetween(n.end, m.begin)) {
        // A region after the figure is the figure's only when set up as the comparison.
        if (!isLocal(*m.area) && !(lead == "in" || lead == "across") && m.begin != n.end) break;
        setFrom(m, Source::Phrase);
      }
      break;
    }
  }
  // 2. The area the sentence is about: the nearest named before the figure.
  if (choice.source == Source::None && before != nullptr) {
    const AreaMention* chosen = before;
    // "Westminster is the 5th most active borough in London with 42.7%": a region named in passing
    // does not take the figure from the authority the sentence is about.
    const auto setUp = [&](const AreaMention& m) {
      const auto words = split(m.printed, ' ');
      return isComparisonWord(lowered(words.back())) ||
             (m.end < s.words.size() && isComparisonWord(s.words[m.end].lower)) ||
             (m.begin > 0 && (s.words[m.begin - 1].lower == "with" || s.words[m.begin - 1].lower == "to"));
    };
    if (!isLocal(*chosen->area) && !setUp(*chosen)) {
      const AreaMention* local = nullptr;
      for (const AreaMention& m : areas) {
        if (m.end <= chosen->begin && isLocal(*m.area)) local = &m;
      }
      chosen = local;
    }
    if (chosen != nullptr) setFrom(*chosen, Source::Sentence);
  }
  // ... else one named just after it ("... 42% of referrals, in Havering").
  if (choice.source == Source::None) {
    for (const AreaMention& m : areas) {
      if (m.begin >= n.end && m.begin - n.end <= 4 && isLocal(*m.area) && !contrastBetween(n.end, m.begin)) {
        setFrom(m, Source::Sentence);
        break;
      }
    }
  }
  // "... dealt with by the police in Westminster": a local area the sentence goes on to name.
  if (choice.source == Source::None) {
    for (const AreaMention& m : areas) {
      const std::string& lead = m.begin > 0 ? s.words[m.begin - 1].lower : std::string();
      if (m.begin >= n.end && lead == "in" && isLocal(*m.area) && !figureBetween(n.end, m.begin) &&
          !contrastBetween(n.end, m.begin)) {
        setFrom(m, Source::Sentence);
        break;
      }
    }
  }
  // "compared with 18.5 per cent locally": the document's own area, whatever came before.
  for (size_t k = n.end; k < std::min(s.words.size(), n.end + 2); ++k) {
    if (s.words[k].lower == "locally") choice = AreaChoice{};
  }
  return choice;
}

}  // namespace sbw::extract
