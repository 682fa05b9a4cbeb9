#include "extract/prose_figures.h"

#include <algorithm>
#include <map>

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

// What the sentences of a paragraph so far have said, for the sentences after them.
struct ParagraphMemory {
  size_t paragraph = static_cast<size_t>(-1);
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
  ProseReader(const DocumentView& document, const ProseOptions& options) : document_(document), options_(options) {
    if (!document.context.periodPrinted.empty()) {
      reporting_ = parsePeriod(document.context.periodPrinted, document.context.periods);
    }
    partnership_ = partnershipFor(document.context.area, 0);
  }

  std::vector<PrintedFigure> read() {
    const std::vector<Sentence> sentences = sentencesOf(document_.passages);
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
    const auto areas = sentenceAreas(s, partnership_);
    for (const AreaMention& m : areas) {
      if (m.area->kind == AreaKind::LocalAuthority || m.area->kind == AreaKind::Partnership) {
        reading.area = m.area;
        reading.areaPrinted = m.printed;
        break;
      }
    }
    const auto periods = sentencePeriods(s, document_.context.periods, reporting_);
    for (const PeriodMention& m : periods) {
      if (m.period.dated()) {
        reading.period = m.period;
        break;
      }
    }
    reading.topic = TopicList::builtIn().find(text);
    return headings_.emplace(passage, std::move(reading)).first->second;
  }

  void readSentence(const Sentence& s) {
    if (s.paragraph != memory_.paragraph) {
      memory_ = ParagraphMemory{};
      memory_.paragraph = s.paragraph;
    }
    const std::vector<NumberSpan> numbers = numbersIn(s);
    const std::vector<AreaMention> areas = sentenceAreas(s, partnership_);
    const std::vector<PeriodMention> periods = sentencePeriods(s, document_.context.periods, reporting_);
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
      if (notAFigure(s, numbers, i, options_.filter).empty()) figures.push_back(i);
    }
    // The sentence's own topic and area and period, for the paragraph's later sentences.
    const std::optional<Topic> sentenceTopic = TopicList::builtIn().find(s.text());
    if (figures.empty()) {
      remember(s, areas, periods, sentenceTopic);
      return;
    }
    const Meaning* before = memory_.meaning ? &*memory_.meaning : nullptr;
    const std::vector<Meaning> meanings = meaningsOf(s, numbers, figures, before, options_.meaning);

    for (size_t f = 0; f < figures.size(); ++f) {
      const NumberSpan& n = numbers[figures[f]];
      const Meaning& meaning = meanings[f];
      PrintedFigure figure;
      figure.page = s.words[n.begin].page;
      figure.method = ExtractionMethod::Prose;
      figure.value = n.value;
      figure.kind = meaning.kind;
      figure.bound = meaning.bound;

      // Area.
      AreaChoice area = areaInSentence(s, areas, numbers, figures, f);
      if (area.source == Source::None && memory_.area) {
        area = *memory_.area;
        area.source = Source::Paragraph;
      }
      if (area.source == Source::None) {
        for (auto it = document_.passages.items[s.passage].headings.rbegin();
             it != document_.passages.items[s.passage].headings.rend(); ++it) {
          const HeadingReading& h = heading(*it);
          if (h.area != nullptr) {
            area.area = h.area;
            area.printed = h.areaPrinted;
            area.source = Source::Heading;
            area.comparator = comparatorFor(h.area);
            break;
          }
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
        figure.areaFrom = Source::Document;  // resolved to the document's scope later
      }

      // Period.
      PeriodChoice period = periodInSentence(s, periods, numbers, figures, f, meaning);
      if (period.source == Source::None && !period.undated && memory_.period) {
        period = *memory_.period;
        period.source = Source::Paragraph;
      }
      if (period.source == Source::None && !period.undated) {
        for (auto it = document_.passages.items[s.passage].headings.rbegin();
             it != document_.passages.items[s.passage].headings.rend(); ++it) {
          const HeadingReading& h = heading(*it);
          if (h.period) {
            period.period = h.period;
            period.printed = h.period->label;
            period.source = Source::Heading;
            break;
          }
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
      } else {
        for (auto it = document_.passages.items[s.passage].headings.rbegin();
             it != document_.passages.items[s.passage].headings.rend(); ++it) {
          if (const HeadingReading& h = heading(*it); h.topic) {
            topic = {h.topic, Source::Heading};
            break;
          }
        }
      }
      const IndicatorChoice indicator = indicatorFor(meaning, topic);
      figure.label = indicator.label;
      figure.indicatorKey = indicator.key;
      figure.indicatorSettled = indicator.settled;
      figure.indicatorFrom = indicator.source;

      pdf::Box box = s.words[n.begin].box;
      for (size_t k = n.begin + 1; k < n.end; ++k) box = box.united(s.words[k].box);
      figure.box = PageBox{box.x1, box.y1, box.x2, box.y2};
      figure.snippet = s.text();
      if (figure.snippet.size() > options_.snippetCharacters) {
        const size_t from = n.begin > 12 ? n.begin - 12 : 0;
        figure.snippet = s.text(from, std::min(s.words.size(), n.end + 20));
      }
      figure.note = std::string("area from ") + sourceName(figure.areaFrom) + ", period from " +
                    (period.undated ? "nowhere (undated)" : sourceName(figure.periodFrom)) + ", measure from " +
                    sourceName(figure.indicatorFrom) + (topic.topic ? " in topic " + topic.topic->qualifier : "");
      figure.confidence = confidenceOf(figure);
      figures_.push_back(std::move(figure));
    }
    memory_.meaning = meanings.back();
    remember(s, areas, periods, sentenceTopic);
  }

  void remember(const Sentence& s, const std::vector<AreaMention>& areas, const std::vector<PeriodMention>& periods,
                const std::optional<Topic>& topic) {
    (void)s;
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
    std::vector<const PeriodMention*> dated;
    for (const PeriodMention& m : periods) {
      if (m.period.dated()) dated.push_back(&m);
    }
    if (dated.size() == 1) {
      PeriodChoice choice;
      choice.period = dated.front()->period;
      choice.printed = dated.front()->period.label;
      choice.source = Source::Sentence;
      memory_.period = choice;
    } else if (dated.size() > 1) {
      memory_.period.reset();
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
  const ProseOptions& options_;
  std::optional<Period> reporting_;
  const Area* partnership_ = nullptr;
  ParagraphMemory memory_;
  std::map<size_t, HeadingReading> headings_;
  std::vector<PrintedFigure> figures_;
};

}  // namespace

std::vector<PrintedFigure> figuresFromProse(const DocumentView& document, const ProseOptions& options) {
  return ProseReader(document, options).read();
}

}  // namespace sbw::extract
