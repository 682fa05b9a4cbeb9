#include "extract/prose_figures.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <string_view>

#include "core/indicator_dictionary.h"
#include "core/quantity.h"
#include "core/text.h"
#include "extract/mentions.h"
#include "pdf/text_lines.h"

namespace sbw::extract {
namespace {

constexpr size_t kWordsBefore = 12;
constexpr size_t kWordsAfter = 20;
constexpr size_t kPreviousSentenceWords = 30;
constexpr size_t kHintBefore = 3;  // "the number of [1,954] referrals to social care"
constexpr size_t kHintAfter = 6;
constexpr double kEdgeShare = 0.06;  // running headers and footers live in this share of the page

struct Token {
  std::string text;
  pdf::Box box;
  bool lineStart = false;
};

using Sentence = std::vector<Token>;

bool hasDigit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool endsSentence(const std::string& token) {
  if (token.empty()) return false;
  const char last = token.back();
  if (last == ';' || last == '?' || last == '!') return true;
  if (last != '.') return false;
  const std::string lower = lowered(token);
  for (const char* abbreviation : {"e.g.", "i.e.", "etc.", "no.", "nos.", "p.", "pp.", "cllr.", "dr.", "mr.", "mrs.",
                                   "ms.", "st.", "vs.", "approx."}) {
    if (lower == abbreviation) return false;
  }
  return true;
}

// Words after which a number is a reference, a stage or an age, not a figure.
bool isReferenceWord(const std::string& bare) {
  static constexpr std::array<std::string_view, 36> kWords = {
      "page",    "pages",   "item",       "items",   "paragraph", "para",     "paras",     "appendix",
      "table",   "figure",  "chapter",    "p",       "pp",        "no",       "tel",       "telephone",
      "room",    "floor",   "level",      "stage",   "key",       "tier",     "aged",      "age",
      "ages",    "under",   "grade",      "band",    "phase",     "priority", "objective", "recommendation",
      "version", "article", "regulation", "schedule"};
  const std::string lower = lowered(bare);
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

bool isMonthWord(const std::string& bare) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::string lower = lowered(bare);
  return lower.size() >= 3 &&
         std::find(kMonths.begin(), kMonths.end(), std::string_view(lower).substr(0, 3)) != kMonths.end();
}

// Words that may follow a number and belong to it: "17.7 per cent", "£1.3 billion", "£167, 465.30".
bool continuesQuantity(const std::string& token) {
  const std::string lower = lowered(bareToken(token));
  return lower == "per" || lower == "cent" || lower == "percent" || lower == "%" || lower == "million" ||
         lower == "billion" || lower == "thousand" || lower == "bn" || lower == "m" || lower == "k" ||
         (hasDigit(token) && std::isdigit(static_cast<unsigned char>(bareToken(token).front())));
}

struct Candidate {
  size_t begin = 0;
  size_t end = 0;  // exclusive
  std::string printed;
};

// The longest run of one to three tokens from `i` that reads as one quantity.
std::optional<Candidate> quantityAt(const Sentence& sentence, size_t i) {
  const std::string first = bareToken(sentence[i].text);
  if (first.empty()) return std::nullopt;
  std::optional<Candidate> best;
  std::string text;
  for (size_t n = 0; n < 3 && i + n < sentence.size(); ++n) {
    const std::string& raw = sentence[i + n].text;
    if (n > 0 && !continuesQuantity(raw)) break;
    if (n > 0 && sentence[i + n].lineStart && !endsWith(sentence[i + n - 1].text, ",")) break;
    text += (n == 0 ? "" : " ") + raw;
    const std::string candidate = bareToken(text);
    const auto quantity = parseQuantity(candidate);
    if (quantity && !quantity->suppressed()) best = Candidate{i, i + n + 1, candidate};
  }
  return best;
}

bool looksLikeReference(const Sentence& sentence, const Candidate& candidate, const Quantity& quantity) {
  static const std::regex kParagraphNumber(R"(\(?\d+(\.\d+)*[.)]?)");
  const std::string bare = bareToken(sentence[candidate.begin].text);
  if (!quantity.inWords && !hasDigit(bare)) return true;
  // Small numbers in words are the style guide's, not a statistic's: "three boroughs", "one of
  // their preferences", "four Lay Members". From eleven up they are figures ("Nineteen deaths").
  if (quantity.inWords && quantity.value.value_or(0) < 11) return true;
  // Telephone numbers and codes keep their leading zeros; figures do not. The groups after a
  // leading-zero group ("020 7641 2770") belong to it.
  const auto leadingZero = [](const std::string& token) {
    return token.size() > 1 && token[0] == '0' && std::isdigit(static_cast<unsigned char>(token[1]));
  };
  const auto digitsOnly = [](const std::string& token) {
    return !token.empty() && std::all_of(token.begin(), token.end(), [](unsigned char c) { return std::isdigit(c); });
  };
  if (leadingZero(bare)) return true;
  for (size_t k = candidate.begin; k > 0 && digitsOnly(bareToken(sentence[k - 1].text)); --k) {
    if (leadingZero(bareToken(sentence[k - 1].text))) return true;
  }
  // Paragraph numbers at the start of a line: "5.1 In the financial year ...", "3." "(2)".
  const std::string& raw = sentence[candidate.begin].text;
  // A plain number at a line start is a paragraph number only when dotted ("5.1", "3.") or small
  // and followed by a capitalised word ("2 Declarations"); "245 children in care" is a figure.
  if (sentence[candidate.begin].lineStart && candidate.end - candidate.begin == 1 &&
      std::regex_match(raw, kParagraphNumber) && quantity.unit == Unit::Count && !quantity.unitPrinted &&
      raw.find(',') == std::string::npos) {
    const bool dotted = raw.find('.') != std::string::npos || raw.find(')') != std::string::npos;
    const std::string next = candidate.end < sentence.size() ? bareToken(sentence[candidate.end].text) : "";
    const bool headingFollows = !next.empty() && std::isupper(static_cast<unsigned char>(next[0]));
    if (dotted || (headingFollows && quantity.value.value_or(0) < 100)) return true;
  }
  // Times: "7.00 pm", "6.30pm".
  const std::string after = candidate.end < sentence.size() ? lowered(bareToken(sentence[candidate.end].text)) : "";
  if (after == "pm" || after == "am" || endsWith(lowered(raw), "pm") || endsWith(lowered(raw), "am")) return true;
  // Days of the month: "31 March".
  if (isMonthWord(bareToken(after)) && quantity.value && *quantity.value >= 1 && *quantity.value <= 31) return true;
  // Durations that belong to a label: "within 12 months", "twelve months", "within 15 working days".
  const std::string afterNext =
      candidate.end + 1 < sentence.size() ? lowered(bareToken(sentence[candidate.end + 1].text)) : "";
  if (after == "month" || after == "months" || after == "year" || after == "years") return true;
  if (candidate.begin > 0) {
    const std::string lead = lowered(bareToken(sentence[candidate.begin - 1].text));
    const bool timeUnit = after == "days" || after == "weeks" || afterNext == "days" || afterNext == "weeks";
    if (timeUnit && (lead == "within" || lead == "in" || lead == "after" || lead == "over" || lead == "last" ||
                     lead == "next" || lead == "past")) {
      return true;
    }
  }
  if (candidate.begin > 0) {
    const std::string before = bareToken(sentence[candidate.begin - 1].text);
    if (isReferenceWord(before)) return true;
    // "page 2 of 5": both numbers are page numbers.
    if (lowered(before) == "of" && candidate.begin >= 3 &&
        lowered(bareToken(sentence[candidate.begin - 3].text)) == "page") {
      return true;
    }
    // "section 47 enquiries", "s47": the number is part of the name.
    const std::string lowerBefore = lowered(before);
    if ((lowerBefore == "section" || lowerBefore == "s") && quantity.value && *quantity.value == 47) return true;
  }
  return false;
}

bool isBullet(const std::string& token) {
  for (const char* bullet : {"\u2022", "\u25AA", "\u25CF", "\u2013", "\u2014", "-", "*", "\u00B7", "\u2023", "\u25E6",
                             "\uF0B7", "\uF0A7", "o"}) {
    if (token == bullet) return true;
  }
  return false;
}

struct Sentences {
  std::vector<Sentence> items;
  std::vector<bool> opensParagraph;  // one per item
};

Sentences sentencesOf(const std::vector<pdf::TextLine>& lines) {
  Sentences sentences;
  Sentence current;
  bool paragraphBreak = true;
  const auto flush = [&] {
    if (!current.empty()) {
      sentences.items.push_back(std::move(current));
      sentences.opensParagraph.push_back(paragraphBreak);
    }
    current.clear();
    paragraphBreak = false;
  };
  const auto breakParagraph = [&] {
    flush();
    paragraphBreak = true;
  };
  const pdf::TextLine* previous = nullptr;
  for (const pdf::TextLine& line : lines) {
    if (previous != nullptr) {
      // A paragraph break: a gap clearly larger than the line spacing, or a change of type size.
      const double height = std::max(1.0, previous->box.height());
      const double gap = line.box.y1 - previous->box.y2;
      const double sizeNow = line.words.front().fontSize;
      const double sizeBefore = previous->words.front().fontSize;
      if (gap > 0.8 * height || std::abs(sizeNow - sizeBefore) > 1.0) breakParagraph();
    }
    // A bulleted line starts a new item, whatever the line before ended with.
    if (!line.words.empty() && isBullet(line.words.front().text)) breakParagraph();
    bool lineStart = true;
    for (const pdf::Word& word : line.words) {
      current.push_back(Token{word.text, word.box, lineStart});
      lineStart = false;
      if (endsSentence(word.text)) flush();
    }
    previous = &line;
  }
  flush();
  return sentences;
}

std::string tokensText(const Sentence& sentence, size_t begin, size_t end) {
  std::string text;
  for (size_t i = begin; i < end; ++i) {
    if (!text.empty()) text.push_back(' ');
    text += sentence[i].text;
  }
  return text;
}

bool isLocalArea(const Area& area) {
  return area.kind == AreaKind::LocalAuthority || area.kind == AreaKind::Partnership;
}

bool isComparisonWord(const std::string& token) {
  const std::string lower = lowered(bareToken(token));
  return lower == "average" || lower == "rate" || lower == "rates" || lower == "figure" || lower == "level" ||
         lower == "overall" || lower == "benchmark" || lower == "comparator";
}

bool startsWithAnaphora(const Sentence& sentence) {
  if (sentence.empty()) return false;
  const std::string first = lowered(bareToken(sentence.front().text));
  for (const char* word : {"this", "these", "that", "those", "it", "they", "of", "which", "both"}) {
    if (first == word) return true;
  }
  return false;
}

// Whether a label names something the indicator dictionary knows.
bool names(const std::string& label) { return IndicatorDictionary::builtIn().match(label).has_value(); }

}  // namespace

std::vector<PrintedFigure> figuresFromProse(const std::vector<pdf::Word>& words, const pdf::PageInfo& page,
                                            const std::vector<pdf::Box>& exclude, const DocumentContext& context) {
  std::vector<pdf::Word> prose;
  for (const pdf::Word& word : words) {
    const double cx = word.box.centerX();
    const double cy = word.box.centerY();
    if (cy < page.height * kEdgeShare || cy > page.height * (1 - kEdgeShare)) continue;
    const bool inTable = std::any_of(exclude.begin(), exclude.end(), [&](const pdf::Box& box) {
      return cx >= box.x1 && cx <= box.x2 && cy >= box.y1 && cy <= box.y2;
    });
    if (!inTable) prose.push_back(word);
  }

  std::vector<PrintedFigure> figures;
  const Sentences sentences = sentencesOf(pdf::groupIntoLines(std::move(prose)));
  for (size_t index = 0; index < sentences.items.size(); ++index) {
    const Sentence& sentence = sentences.items[index];
    const Sentence* previous = index > 0 && !sentences.opensParagraph[index] ? &sentences.items[index - 1] : nullptr;
    std::vector<std::string> tokens;
    tokens.reserve(sentence.size());
    for (const Token& token : sentence) tokens.push_back(token.text);
    const auto areas = findAreaMentions(tokens);
    const auto periods = findPeriodMentions(tokens, context.periods);
    const auto coveredByMention = [&](size_t i) {
      for (const auto& m : periods) {
        if (i >= m.begin && i < m.end) return true;
      }
      for (const auto& m : areas) {
        if (i >= m.begin && i < m.end) return true;
      }
      return false;
    };

    for (size_t i = 0; i < sentence.size(); ++i) {
      if (coveredByMention(i)) continue;
      const auto candidate = quantityAt(sentence, i);
      if (!candidate) continue;
      const auto quantity = parseQuantity(candidate->printed);
      if (!quantity || looksLikeReference(sentence, *candidate, *quantity)) {
        i = candidate->end - 1;
        continue;
      }

      PrintedFigure figure;
      figure.page = page.number;
      figure.method = ExtractionMethod::Prose;
      figure.value = candidate->printed;
      // The nearest area named before the figure in its sentence, else one just after it.
      const AreaMention* area = nullptr;
      for (const auto& mention : areas) {
        if (mention.end <= candidate->begin) area = &mention;
      }
      if (area == nullptr) {
        for (const auto& mention : areas) {
          if (mention.begin >= candidate->end && mention.begin - candidate->end <= 4) {
            area = &mention;
            break;
          }
        }
      }
      // "Westminster is the 5th most active borough in London with 42.7%": a region named in
      // passing does not take the figure from the authority the sentence is about, unless it is
      // set up as the comparison ("compared to England 22%", "a London average of 36%").
      const auto setUpAsComparison = [&](const AreaMention& mention) {
        const auto words = split(mention.printed, ' ');
        return isComparisonWord(words.back()) ||
               isComparisonWord(mention.end < tokens.size() ? tokens[mention.end] : std::string());
      };
      if (area != nullptr && !isLocalArea(*area->area) && candidate->begin > area->end && !setUpAsComparison(*area)) {
        for (const auto& mention : areas) {
          if (mention.end <= area->begin && isLocalArea(*mention.area)) {
            area = &mention;
            break;
          }
        }
      }
      // "... compared with 18.5 per cent locally": the document's own area, whatever came before.
      for (size_t k = candidate->end; k < std::min(sentence.size(), candidate->end + 2); ++k) {
        if (lowered(bareToken(sentence[k].text)) == "locally") area = nullptr;
      }
      if (area != nullptr) figure.area = area->printed;
      figure.comparator = comparatorFor(area ? area->area : nullptr);
      const PeriodMention* period = nullptr;
      for (const auto& mention : periods) {
        if (mention.end <= candidate->begin) period = &mention;
      }
      if (period == nullptr && !periods.empty() && periods.front().begin >= candidate->end) period = &periods.front();
      if (period != nullptr) figure.period = period->period.label;

      const size_t from = candidate->begin > kWordsBefore ? candidate->begin - kWordsBefore : 0;
      const size_t to = std::min(sentence.size(), candidate->end + kWordsAfter);
      const std::string before = tokensText(sentence, from, candidate->begin);
      const std::string after = tokensText(sentence, candidate->end, to);
      figure.indicator = simplified(before + " " + after);
      const size_t hintFrom = candidate->begin > kHintBefore ? candidate->begin - kHintBefore : 0;
      const size_t hintTo = std::min(sentence.size(), candidate->end + kHintAfter);
      figure.indicatorHint = simplified(tokensText(sentence, hintFrom, candidate->begin) + " " +
                                        tokensText(sentence, candidate->end, hintTo));
      // "This has improved from 64% to 72%": the subject is in the sentence before.
      if (previous != nullptr && (startsWithAnaphora(sentence) || !names(figure.indicator))) {
        const size_t keep = std::min(previous->size(), kPreviousSentenceWords);
        figure.indicator =
            simplified(tokensText(*previous, previous->size() - keep, previous->size()) + " " + figure.indicator);
      }
      if (figure.indicator.empty()) continue;
      figure.snippet = tokensText(sentence, 0, sentence.size());
      if (figure.snippet.size() > 400) figure.snippet = tokensText(sentence, from, to);
      pdf::Box box = sentence[candidate->begin].box;
      for (size_t k = candidate->begin + 1; k < candidate->end; ++k) box = box.united(sentence[k].box);
      figure.box = Box{box.x1, box.y1, box.x2, box.y2};
      figure.confidence = 0.5 + (period ? 0.15 : 0.0) + (area ? 0.1 : 0.0);
      figures.push_back(std::move(figure));
      i = candidate->end - 1;
    }
  }
  return figures;
}

}  // namespace sbw::extract
