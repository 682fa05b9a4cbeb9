#include "extract/prose_figures.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>

#include "core/indicator_dictionary.h"
#include "core/text.h"
#include "core/topics.h"
#include "extract/area_reading.h"
#include "extract/measure_indicator.h"
#include "extract/mentions.h"
#include "extract/numbers.h"
#include "extract/period_reading.h"
#include "extract/sentences.h"

namespace sbw::extract {
namespace {

// How far back (in passages) a section's earlier siblings are looked at for what they said.
constexpr size_t kSiblingReach = 60;

// What the sentences of a paragraph so far have said, for the sentences after them.
struct ParagraphMemory {
  size_t paragraph = static_cast<size_t>(-1);
  std::optional<IndicatorMatch> mention;  // the measure an earlier sentence named
  std::optional<AreaChoice> area;
  std::optional<PeriodChoice> period;
  std::optional<Meaning> meaning;
  std::optional<Topic> topic;
};

// The area and period a heading names, and its topic; looked up once per heading.
struct HeadingReading {
  const Area* area = nullptr;
  std::string areaPrinted;
  std::optional<Period> period;
  std::optional<Topic> topic;
};

class ProseReader {
 public:
  ProseReader(const DocumentView& document, const Findings& findings, const ProseOptions& options)
      : document_(document), findings_(findings), options_(options) {}

  std::vector<PrintedFigure> read() {
    const std::vector<Sentence> sentences = sentencesOf(document_.passages);
    filter_ = options_.filter;
    filter_.bodySize = document_.fonts.bodySize;
    for (const Sentence& sentence : sentences) readSentence(sentence);
    return std::move(figures_);
  }

 private:
  const HeadingReading& heading(size_t passage) {
    if (const auto found = headings_.find(passage); found != headings_.end()) return found->second;
    HeadingReading reading;
    const Passage& p = document_.passages.items[passage];
    const std::string text = p.text();
    Sentence s;
    for (const Token& t : p.tokens) {
      const std::string bare = bareWord(t.text);
      s.words.push_back({t.text, bare, lowered(bare), t.box, t.page, t.lineStart, t.fontSize});
    }
    // A heading names a section's area when it reads as a title ("Westminster Prevention of
    // Harm"); a lone name or a line with figures is more likely a table's header set large.
    const bool titleLike =
        s.words.size() >= 2 && s.words.size() <= 14 && std::none_of(s.words.begin(), s.words.end(), [](const Word& w) {
          return std::any_of(w.text.begin(), w.text.end(), [](unsigned char c) { return std::isdigit(c); });
        });
    const auto areas = sentenceAreas(s, partnership_);
    for (const AreaMention& m : areas) {
      if (titleLike && (m.area->kind == AreaKind::LocalAuthority || m.area->kind == AreaKind::Partnership)) {
        reading.area = m.area;
        reading.areaPrinted = m.printed;
        break;
      }
    }
    const auto periods = sentencePeriods(s, scope_.periods, reporting_, scope_.dated);
    for (const PeriodMention& m : periods) {
      // A day in a heading is a date line ("Date: 6 October 2014"), not the period of what follows.
      const bool day = m.period.kind == PeriodKind::PointInTime && m.period.start == m.period.end;
      if (m.period.dated() && !day) {
        reading.period = m.period;
        break;
      }
    }
    reading.topic = TopicList::builtIn().find(text);
    return headings_.emplace(passage, std::move(reading)).first->second;
  }

  // The scope of the part of the document a sentence stands in.
  // Worked out again only where a new part begins: reading the part's period is not free, and
  // most sentences stand in the same part as the one before.
  void enterScope(const Sentence& s) {
    const double y = s.words.empty() ? 0 : s.words.front().box.y1;
    const DocumentPart* part = document_.context.partAt(s.page, y);
    if (scopeKnown_ && part == scopePart_) return;
    scopeKnown_ = true;
    scopePart_ = part;
    scope_ = document_.context.scopeAt(s.page, y);
    reporting_ = scope_.reporting();
    partnership_ = partnershipFor(scope_.area, 0);
  }

  void readSentence(const Sentence& s) {
    enterScope(s);
    if (s.paragraph != memory_.paragraph) {
      memory_ = ParagraphMemory{};
      memory_.paragraph = s.paragraph;
      // "1.6 We will ensure ... families on the Troubled Families programme ...", then the progress
      // against it: paragraphs after a numbered one stay on its topic until the next number.
      const Passage& passage = document_.passages.items[s.passage];
      if (passage.kind == pdf::BlockKind::Heading) {
        numberedTopic_.reset();
      } else if (!passage.tokens.empty() && isParagraphMark(passage.tokens.front().text)) {
        numberedTopic_ = TopicList::builtIn().find(passage.text());
      }
    }
    const std::vector<NumberSpan> numbers = numbersIn(s);
    const std::vector<AreaMention> areas = sentenceAreas(s, partnership_);
    const std::vector<PeriodMention> periods = sentencePeriods(s, scope_.periods, reporting_, scope_.dated);
    const auto covered = [&](const NumberSpan& n) {
      for (const PeriodMention& m : periods) {
        if (n.begin >= m.begin && n.begin < m.end) return true;
      }
      for (const AreaMention& m : areas) {
        if (n.begin >= m.begin && n.begin < m.end) return true;
      }
      return false;
    };
    std::vector<size_t> figures;
    for (size_t i = 0; i < numbers.size(); ++i) {
      if (covered(numbers[i])) continue;
      // A number on a line another reader took (a table printed as text) is read there.
      const Word& first = s.words[numbers[i].begin];
      if (findings_.claimed(first.page, first.box)) continue;
      if (notAFigure(s, numbers, i, filter_).empty()) figures.push_back(i);
    }
    // The sentence's own topic and area and period, for the paragraph's later sentences.
    const std::optional<Topic> sentenceTopic = TopicList::builtIn().find(s.text());
    if (figures.empty()) {
      remember(s, areas, periods, sentenceTopic);
      return;
    }
    const Meaning* before = memory_.meaning ? &*memory_.meaning : nullptr;
    // A breakdown of the sentence before takes its measure for figures that name none of their own.
    // It may open a paragraph of its own: "Of these" refers to the sentence before, wherever it ends.
    std::optional<Meaning> partitive;
    const bool breakdown = startsPartitive(s);
    if (breakdown && before != nullptr) partitive = *before;
    if (breakdown && before == nullptr && lastMeaning_) partitive = *lastMeaning_;
    std::vector<bool> named(s.words.size(), false);
    for (const PeriodMention& m : periods) {
      for (size_t k = m.begin; k < m.end && k < named.size(); ++k) named[k] = true;
    }
    for (const AreaMention& m : areas) {
      for (size_t k = m.begin; k < m.end && k < named.size(); ++k) named[k] = true;
    }
    const std::vector<Meaning> meanings = meaningsOf(s, numbers, figures, before, named, options_.meaning);
    size_t firstOfSentence = figures_.size();

    for (size_t f = 0; f < figures.size(); ++f) {
      const NumberSpan& n = numbers[figures[f]];
      const Meaning& meaning = meanings[f];
      PrintedFigure figure;
      figure.page = s.words[n.begin].page;
      figure.method = ExtractionMethod::Prose;
      figure.value = n.value;
      figure.kind = meaning.kind;
      figure.bound = meaning.bound;

      // "182,500 (+10%)", "15,000 (46%)": the share of a count is for the count's area and period.
      if (meaning.shareOfCount && figures_.size() > firstOfSentence) {
        const PrintedFigure& count = figures_.back();
        figure.area = count.area;
        figure.areaResolved = count.areaResolved;
        figure.areaFrom = count.areaFrom;
        figure.areaShared = count.areaShared;
        figure.comparator = count.comparator;
        figure.period = count.period;
        figure.periodResolved = count.periodResolved;
        figure.periodFrom = count.periodFrom;
        figure.label = count.label;
        figure.indicatorKey = count.indicatorKey;
        figure.indicatorSettled = count.indicatorSettled;
        figure.indicatorFrom = count.indicatorFrom;
        finish(figure, s, n, "the share of the count before it");
        continue;
      }

      // Area.
      AreaChoice area = areaInSentence(s, areas, numbers, figures, f);
      if (area.source == Source::None && memory_.area) {
        area = *memory_.area;
        area.source = Source::Paragraph;
      }
      if (area.source == Source::None) {
        const HeadingReading* h = sectionSays(s.passage, [](const HeadingReading& r) {
          return r.area != nullptr ? &r : static_cast<const HeadingReading*>(nullptr);
        });
        if (h != nullptr) {
          area.area = h->area;
          area.printed = h->areaPrinted;
          area.source = Source::Heading;
          area.comparator = comparatorFor(h->area);
        }
      }
      if (area.source != Source::None) {
        figure.area = area.printed;
        figure.areaResolved = area.area;
        figure.areaFrom = area.source;
        figure.areaShared = area.shared;
        figure.comparator = area.comparator;
        if (area.shared) {
          figure.area.clear();
          figure.areaResolved = nullptr;
        }
      } else {
        figure.areaResolved = scope_.area;  // the scope of the document, or of the paper within it
        figure.areaFrom = Source::Document;
      }

      // Period.
      PeriodChoice period = periodInSentence(s, periods, numbers, figures, f, meaning);
      if (period.source == Source::None && !period.undated && memory_.period) {
        period = *memory_.period;
        period.source = Source::Paragraph;
      }
      if (period.source == Source::None && !period.undated) {
        if (const auto headed = sectionSays(s.passage, [](const HeadingReading& r) { return r.period; })) {
          period.period = headed;
          period.printed = headed->label;
          period.source = Source::Heading;
        }
      }
      if (period.source == Source::None && !period.undated && reporting_) {
        period.period = reporting_;
        period.printed = reporting_->label;
        period.source = Source::Document;
      }
      if (period.period) {
        figure.period = period.printed;
        figure.periodResolved = period.period;
      }
      figure.periodFrom = period.undated ? Source::None : period.source;

      // Indicator, within the topic of the sentence, its paragraph or its headings.
      TopicInContext topic;
      if (sentenceTopic) {
        topic = {sentenceTopic, Source::Sentence};
      } else if (memory_.topic) {
        topic = {memory_.topic, Source::Paragraph};
      } else if (numberedTopic_) {
        topic = {numberedTopic_, Source::Heading};
      } else if (const auto section = sectionTopic(s.passage)) {
        topic = {section, Source::Heading};
      }
      // "Of these, 64 met the threshold for a LADO referral": the figure's own words name a measure.
      const bool ownMeasure =
          !meaning.inherited && !meaning.measure.empty() && !indicatorFor(meaning, topic, std::nullopt).key.empty();
      // A measure matched on words of the sentence, narrowed by the topic it stands in ("referrals"
      // in the LADO's section are LADO referrals).
      const auto withinTopic = [&](std::optional<IndicatorMatch> match) {
        if (match && topic.topic) {
          if (auto qualified = matchInTopic(match->synonym, *topic.topic)) return qualified;
        }
        return match;
      };
      const auto clause = withinTopic(IndicatorDictionary::builtIn().match(s.text(n.end, s.words.size())));
      const bool ownClause = clause.has_value();
      if (breakdown && !ownMeasure && ownClause) {
        figure.label = measureLabel(clause->synonym);
        figure.indicatorKey = clause->indicator->key;
        figure.indicatorSettled = true;
        figure.indicatorFrom = Source::Sentence;
      }
      if (partitive && !partitive->measure.empty() && !ownMeasure && !ownClause &&
          (meaning.inherited || meaning.measure.empty() || isGeneric(meaning.measure))) {
        Meaning adopted = meaning;
        adopted.measure = partitive->measure;
        adopted.inherited = true;
        const IndicatorChoice inherited = indicatorFor(adopted, topic, std::nullopt);
        if (!inherited.key.empty()) {
          figure.label = inherited.label;
          figure.indicatorKey = inherited.key;
          figure.indicatorSettled = true;
          figure.indicatorFrom = Source::Paragraph;
        }
      }
      const std::optional<Unit> printedUnit =
          n.quantity.unitPrinted ? std::optional<Unit>(n.quantity.unit) : std::optional<Unit>(Unit::Count);
      IndicatorChoice indicator = figure.indicatorSettled
                                      ? IndicatorChoice{figure.indicatorKey, true, figure.indicatorFrom, figure.label}
                                      : indicatorFor(meaning, topic, printedUnit);
      // Sessions given to parents or pupils are not the training of the children's workforce.
      if (startsWith(indicator.key, "training_") && forLayAudience(s)) {
        indicator.key.clear();
        indicator.settled = true;
      }
      // "The proportion of re-registrations is comparable to the national rate of 17.9%": a generic
      // measure names what the sentence named before it.
      if (indicator.key.empty() && isGeneric(meaning.measure) && n.begin > 0) {
        if (const auto named = withinTopic(IndicatorDictionary::builtIn().match(s.text(0, n.begin)));
            named && (named->indicator->unit == Unit::Gbp) == (n.quantity.unit == Unit::Gbp)) {
          indicator.key = named->indicator->key;
          indicator.label = measureLabel(named->synonym);
          indicator.settled = true;
          indicator.source = Source::Sentence;
        }
      }
      // "This has improved to 72%", "the figure was 63%": the measure an earlier sentence named.
      if (indicator.key.empty() && memory_.mention &&
          (isGeneric(meaning.measure) || (startsAnaphora(s) && meaning.measure.empty())) &&
          (memory_.mention->indicator->unit == Unit::Gbp) == (n.quantity.unit == Unit::Gbp)) {
        indicator.key = memory_.mention->indicator->key;
        indicator.label = measureLabel(memory_.mention->synonym);
        indicator.settled = true;
        indicator.source = Source::Paragraph;
      }
      // "the country's second most densely populated area", "Westminster is seventh": a rank.
      if (n.quantity.unit == Unit::Rank) {
        indicator.key = "ranking";
        indicator.settled = true;
      }
      figure.label = indicator.label;
      figure.indicatorKey = indicator.key;
      figure.indicatorSettled = indicator.settled;
      figure.indicatorFrom = indicator.source;
      figure.indicatorByTopicAlone = indicator.byTopicAlone && topic.source == Source::Heading;

      finish(figure, s, n,
             std::string("area from ") + sourceName(figure.areaFrom) + ", period from " +
                 (period.undated ? "nowhere (undated)" : sourceName(figure.periodFrom)) + ", measure from " +
                 sourceName(figure.indicatorFrom) + (topic.topic ? " in topic " + topic.topic->qualifier : ""));
    }
    memory_.meaning = meanings.back();
    lastMeaning_ = meanings.back();
    remember(s, areas, periods, sentenceTopic);
  }

  void finish(PrintedFigure& figure, const Sentence& s, const NumberSpan& n, const std::string& note) {
    pdf::Box box = s.words[n.begin].box;
    for (size_t k = n.begin + 1; k < n.end; ++k) box = box.united(s.words[k].box);
    figure.box = PageBox{box.x1, box.y1, box.x2, box.y2};
    figure.snippet = s.text();
    if (figure.snippet.size() > options_.snippetCharacters) {
      const size_t from = n.begin > 12 ? n.begin - 12 : 0;
      figure.snippet = s.text(from, std::min(s.words.size(), n.end + 20));
    }
    figure.note = note;
    figure.confidence = confidenceOf(figure);
    figures_.push_back(std::move(figure));
  }

  // What the section a passage stands in says (its topic, area or period): its headings', innermost
  // first; a heading that says nothing continues what the section before it at the same level said
  // ("Allegations against Staff" then "Referral Source for 2013"; "Hammersmith and Fulham" then
  // "Key facts"), until a larger heading starts a new chapter.
  template <typename Get>
  auto sectionSays(size_t passage, Get get) -> decltype(get(std::declval<const HeadingReading&>())) {
    using Result = decltype(get(std::declval<const HeadingReading&>()));
    const auto& headings = document_.passages.items[passage].headings;
    for (auto it = headings.rbegin(); it != headings.rend(); ++it) {
      if (auto said = get(heading(*it))) return said;
    }
    if (headings.empty()) return Result{};
    const size_t inner = headings.back();
    const int level = document_.passages.items[inner].headingLevel;
    for (size_t k = inner; k-- > 0 && inner - k <= kSiblingReach;) {
      const Passage& p = document_.passages.items[k];
      if (p.kind != pdf::BlockKind::Heading) continue;
      if (p.headingLevel < level) break;  // a larger heading: a new chapter
      if (auto said = get(heading(k))) return said;
    }
    return Result{};
  }

  std::optional<Topic> sectionTopic(size_t passage) {
    return sectionSays(passage, [](const HeadingReading& h) { return h.topic; });
  }

  static bool isGeneric(const std::string& measure) {
    static const std::set<std::string> kGeneric = {"figure", "rate",        "total",       "number",  "result",
                                                   "level",  "proportion",  "percentage",  "average", "this",
                                                   "it",     "improvement", "performance", "outcome", "overall",
                                                   "score",  "improved",    "increased",   "increase"};
    const auto words = labelWords(measure);
    return std::all_of(words.begin(), words.end(),
                       [](const std::string& w) { return kGeneric.contains(w) || isFunctionWord(w); });
  }

  // "delivered to parents", "audiences ranging from 5 to 50 parents", "performing to approximately
  // 1160 pupils": sessions whose audience is the public, not practitioners.
  static bool forLayAudience(const Sentence& s) {
    static const std::set<std::string> kLay = {"parents", "pupils",  "students", "families",  "residents",
                                               "dads",    "fathers", "mothers",  "community", "young"};
    for (size_t k = 1; k < s.words.size(); ++k) {
      const std::string& w = s.words[k].lower;
      if (!kLay.contains(w) || (w == "young" && (k + 1 >= s.words.size() || s.words[k + 1].lower != "people")))
        continue;
      const std::string& before = s.words[k - 1].lower;
      const bool counted = !before.empty() && std::isdigit(static_cast<unsigned char>(before.front()));
      if (counted || before == "to" || before == "for") return true;
    }
    return false;
  }

  static bool startsAnaphora(const Sentence& s) {
    if (s.words.empty()) return false;
    const std::string& first = s.words.front().lower;
    return first == "this" || first == "it" || first == "these" || first == "that" || first == "which" ||
           startsPartitive(s);
  }

  // "Of these, 13 (1.2%) were in school year 12": a breakdown of what the sentence before counted.
  static bool startsPartitive(const Sentence& s) {
    if (s.words.size() < 2 || s.words[0].lower != "of") return false;
    const std::string& second = s.words[1].lower;
    return second == "these" || second == "those" || second == "whom" || second == "them" || second == "which";
  }

  void remember(const Sentence& s, const std::vector<AreaMention>& areas, const std::vector<PeriodMention>& periods,
                const std::optional<Topic>& topic) {
    if (auto match = IndicatorDictionary::builtIn().match(s.text())) memory_.mention = match;
    // One local area named in a sentence is what the paragraph goes on about.
    std::vector<const AreaMention*> local;
    for (const AreaMention& m : areas) {
      if (m.area->kind == AreaKind::LocalAuthority || m.area->kind == AreaKind::Partnership) local.push_back(&m);
    }
    if (local.size() == 1) {
      AreaChoice choice;
      choice.area = local.front()->area;
      choice.printed = local.front()->printed;
      choice.source = Source::Sentence;
      memory_.area = choice;
    } else if (local.size() > 1) {
      memory_.area.reset();
    }
    // The period the paragraph goes on about: the first one its sentence names, or the later of
    // "between 2001 and 2011"; not the baseline of a comparison ("an increase on last year").
    std::vector<const PeriodMention*> dated;
    for (const PeriodMention& m : periods) {
      if (m.period.dated() && !isBaseline(s, m)) dated.push_back(&m);
    }
    if (!dated.empty()) {
      const PeriodMention* chosen = dated.front();
      const std::string lead = chosen->begin > 0 ? s.words[chosen->begin - 1].lower : std::string();
      const std::string lead2 = chosen->begin > 1 ? s.words[chosen->begin - 2].lower : std::string();
      if (lead == "between" || lead2 == "between" || lead == "from" || lead2 == "from") chosen = dated.back();
      PeriodChoice choice;
      choice.period = chosen->period;
      choice.printed = chosen->period.label;
      choice.source = Source::Sentence;
      memory_.period = choice;
    }
    if (topic) memory_.topic = topic;
  }

  static double confidenceOf(const PrintedFigure& f) {
    const auto weight = [](Source source) {
      switch (source) {
        case Source::Phrase: return 1.0;
        case Source::Sentence: return 0.9;
        case Source::Paragraph: return 0.75;
        case Source::Heading: return 0.7;
        case Source::Document: return 0.6;
        case Source::None: return 0.3;
      }
      return 0.3;
    };
    return std::clamp(weight(f.areaFrom) * weight(f.periodFrom) * (f.indicatorSettled ? 1.0 : 0.6), 0.05, 1.0);
  }

  const DocumentView& document_;
  const Findings& findings_;
  const ProseOptions& options_;
  Scope scope_;
  bool scopeKnown_ = false;
  const DocumentPart* scopePart_ = nullptr;  // the part scope_ was worked out for
  std::optional<Period> reporting_;
  const Area* partnership_ = nullptr;
  FilterOptions filter_;
  ParagraphMemory memory_;
  std::optional<Topic> numberedTopic_;  // the topic of the numbered paragraph the text stands under
  std::optional<Meaning> lastMeaning_;  // of the last sentence with figures, across paragraphs
  std::map<size_t, HeadingReading> headings_;
  std::vector<PrintedFigure> figures_;
};

}  // namespace

std::vector<PrintedFigure> figuresFromProse(const DocumentView& document, const Findings& findings,
                                            const ProseOptions& options) {
  return ProseReader(document, findings, options).read();
}

}  // namespace sbw::extract
