#include "extract/action_context.h"

#include <algorithm>
#include <limits>
#include <regex>
#include <set>

#include "core/regex.h"
#include "core/text.h"
#include "extract/action_phrases.h"

namespace sbw::extract {

namespace {

// "APPENDIX", "Section 4", "Introduction": the parts of a document, not bodies.
bool namesDocumentPart(const std::string& heading) {
  static const Regex part(
      R"(^(appendix|annex|section|part|chapter|introduction|summary|contents|foreword|conclusions?|glossary)\b)",
      Regex::icase);
  return std::regex_search(heading, part);
}

}  // namespace

// "Havering Youth Offending Service", "Barts Health NHS Trust": a heading that is a body's name,
// with a word that names a kind of body or an acronym in it.
bool namesBody(const std::string& heading) {
  static const Regex body(
      R"(\b(board|service|services|trust|council|police|team|partnership|group|subgroup|sub-group|college|hospital|ccg|authority|department|unit|panel|forum|foundation|school|academy)\b)",
      Regex::icase);
  static const Regex acronym(R"(\b[A-Z]{2,}\b)");
  // A heading set all in capitals ("DATE", "CHAIRMAN") shows no acronyms; nor does a form's blank.
  const bool shouted =
      std::none_of(heading.begin(), heading.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  if (heading.find('_') != std::string::npos) return false;
  if (simplified(heading).empty()) return false;
  // An acronym names a body only where the heading ends in it ("Havering YOS", "CDOP"), not a
  // topic that mentions one ("Our local LSCP Response").
  const auto words = split(simplified(heading), ' ');
  static const Regex acronymWord(R"(^[A-Z]{2,}[a-z]?$)");
  const bool endsInAcronym = !words.empty() && std::regex_match(words.back(), acronymWord);
  // A word for a body heads the name, or every word is capitalised: "Barts Health NHS Trust",
  // "Havering College of Further and Higher Education", not "Partnership working with providers".
  static const Regex bodyLast(
      R"(\b(board|service|services|trust|council|police|team|partnership|group|subgroup|sub-group|college|hospital|ccg|authority|department|unit|panel|forum|foundation|school|academy)\s*$)",
      Regex::icase);
  const bool proper = std::all_of(words.begin(), words.end(), [](const std::string& w) {
    const std::string l = lowered(w);
    return std::isupper(static_cast<unsigned char>(w.front())) != 0 || l == "of" || l == "and" || l == "for" ||
           l == "the" || l == "&" || l == "in";
  });
  const bool bodyNamed = std::regex_search(heading, body) && (proper || std::regex_search(heading, bodyLast));
  const bool kind = bodyNamed || (!shouted && endsInAcronym);
  return kind && namesAgent(heading) && words.size() <= 12;
}

bool startsBefore(const Passage& passage, int page, double y, double slack) {
  if (passage.tokens.empty()) return false;
  return passage.page < page || (passage.page == page && passage.tokens.front().box.y1 < y + slack);
}

std::vector<std::string> headingsAt(const DocumentView& document, int page, double y) {
  const Passages& passages = document.passages;
  for (size_t i = passages.items.size(); i-- > 0;) {
    const Passage& p = passages.items[i];
    if (!startsBefore(p, page, y)) continue;
    std::vector<std::string> out;
    if (p.kind == pdf::BlockKind::Heading) out.push_back(p.text());
    for (auto it = p.headings.rbegin(); it != p.headings.rend(); ++it) out.push_back(passages.items[*it].text());
    return out;
  }
  return {};
}

std::string agencyOf(const std::vector<std::string>& headings) {
  static const Regex acronym(R"(\(([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\)\s*$)");
  for (const std::string& heading : headings) {
    const std::string h = simplified(heading);
    std::smatch m;
    // "… University Hospital Trust (BHRUT)", not "Female Genital Mutilation (FGM)": a body's name.
    if (std::regex_search(h, m, acronym) && namesBody(trimmed(h.substr(0, static_cast<size_t>(m.position()))))) {
      return m.str(1);
    }
    // "Havering Clinical Commissioning Group (CCG) Brief summary of service…": a heading run on
    // past the body's name and its abbreviation.
    // A name of 5 to 70 characters before the abbreviation.
    static const Regex named(R"(^([A-Z][^():]{5,70}?)\s*\(([A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\))");
    if (std::regex_search(h, m, named) && namesBody(m.str(1))) return m.str(1) + " (" + m.str(2) + ")";
    if (h.size() < 80 && h.back() != ':' && h.back() != '.' && !namesDocumentPart(h) && namesBody(h)) return h;
  }
  return {};
}

// "Review of Safeguarding Activity 2016-17" and "Review of Safeguarding Activity": the same
// template heading (its first three words, lower case).
std::string headingStem(const std::string& heading) {
  constexpr size_t kStemWords = 3;  // the words a template heading keeps from section to section
  const auto words = split(lowered(simplified(heading)), ' ');
  const size_t kept = std::min(kStemWords, words.size());
  return join(std::vector<std::string>(words.begin(), words.begin() + static_cast<long>(kept)), " ");
}

std::string agencyAt(const DocumentView& document, int page, double y, int maxPages) {
  const Passages& passages = document.passages;
  const DocumentPart* here = document.context.partAt(page, y);
  // Near its heading, text is the agency's. Further on, only when the agency's section follows
  // the template the sections of other agencies follow ("Review of Safeguarding Activity" under
  // each): the sub-headings passed recur under an earlier agency, none larger than its heading.
  int largestSince = std::numeric_limits<int>::max();
  std::set<std::string> passed;
  for (size_t i = passages.items.size(); i-- > 0;) {
    const Passage& p = passages.items[i];
    if (p.kind != pdf::BlockKind::Heading || !startsBefore(p, page, y)) continue;
    if (document.context.partAt(p.page, p.tokens.front().box.y1) != here) break;
    if (std::string agency = agencyOf({p.text()}); !agency.empty()) {
      if (p.page >= page - maxPages) return agency;
      if (p.headingLevel > largestSince) return {};
      for (size_t k = i; k-- > 0;) {
        const Passage& earlier = passages.items[k];
        if (earlier.tokens.empty() || earlier.kind != pdf::BlockKind::Heading) continue;
        if (document.context.partAt(earlier.page, earlier.tokens.front().box.y1) != here) break;
        if (passed.contains(headingStem(earlier.text()))) return agency;
      }
      return {};
    }
    largestSince = std::min(largestSince, p.headingLevel);
    passed.insert(headingStem(p.text()));
  }
  return {};
}

std::optional<Date> dayIn(const std::string& text) {
  static const Regex day(
      R"((\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+(\d{4}))",
      Regex::icase);
  std::smatch m;
  if (!std::regex_search(text, m, day)) return std::nullopt;
  return Date::make(std::stoi(m.str(3)), monthFromName(m.str(2)), std::stoi(m.str(1)));
}

TableSetting settingAbove(const DocumentView& document, int page, double y, int maxLines) {
  TableSetting setting;
  const PageView& view = document.page(page);
  std::vector<const pdf::TextLine*> above;
  for (const pdf::TextBlock& block : view.layout.blocks) {
    if (block.kind == pdf::BlockKind::PageHeader || block.kind == pdf::BlockKind::PageFooter) continue;
    for (const pdf::TextLine& line : block.lines) {
      if (line.box.y2 <= y + 1) above.push_back(&line);
    }
  }
  std::sort(above.begin(), above.end(), [](const auto* a, const auto* b) { return a->box.y1 > b->box.y1; });
  static const Regex bodyName(R"(\b(committee|board|panel|partnership|forum|cabinet|council|group)\s*$)", Regex::icase);
  int seen = 0;
  for (const pdf::TextLine* line : above) {
    if (++seen > maxLines) break;
    const std::string text = simplified(line->text());
    if (split(text, ' ').size() > 10) break;  // running text: the table's headings are above no further
    if (!setting.meetingDate) {
      if (const auto date = dayIn(text)) {
        setting.meetingDate = date;
        setting.meetingLabel = text;
        continue;
      }
    }
    if (setting.body.empty() && std::regex_search(text, bodyName)) setting.body = text;
  }
  return setting;
}

std::string periodAt(const DocumentView& document, int page, double y) {
  return document.context.scopeAt(page, y).periodPrinted;
}

}  // namespace sbw::extract
