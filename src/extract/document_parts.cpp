#include "extract/document_parts.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>

#include "core/area_registry.h"
#include "core/regex.h"
#include "core/text.h"
#include "extract/mentions.h"

namespace sbw::extract {
namespace {

struct PlacedLine {
  int page = 0;
  const pdf::TextLine* line = nullptr;
  pdf::BlockKind kind = pdf::BlockKind::Paragraph;
  int headingLevel = 0;
};

// Cover sheet lines: a label and its colon ("Date:", "Report of:"), or the phrases covers print.
bool isCue(const std::string& text) {
  static const Regex labelled(
      R"(^(meeting|date|title|subject|report of|report by|report author|author|classification|wards?( involved| affected)?|key decision|cabinet member portfolio|policy context|purpose of (the )?report|decision maker|financial summary|report for|contact officer|lead officer|contact details|portfolio)\s*:)",
      Regex::icase);
  static const Regex phrase(R"(^(report of |report by |wards affected|wards involved|key decision|agenda item \d))",
                            Regex::icase);
  return std::regex_search(text, labelled) || std::regex_search(text, phrase);
}

bool numbered(const std::string& text) { return !text.empty() && std::isdigit(static_cast<unsigned char>(text[0])); }

std::string kindOf(const std::string& title) {
  const std::string lower = lowered(title);
  if (lower.find("minutes") != std::string::npos) return "minutes";
  if (lower.find("tracker") != std::string::npos) return "tracker";
  if (lower.find("work programme") != std::string::npos) return "work_programme";
  if (startsWith(lower, "appendix") || startsWith(lower, "annex")) return "appendix";
  if (lower == "agenda" || startsWith(lower, "agenda ")) return "agenda";
  return "report";
}

// A paper that reports progress on pledges and news to the committee ("Cabinet Member Update",
// "... Progress Report", "Committee Briefing", "This report provides a brief overview of recent
// developments"): its "we will" sentences restate pledges, they set no tasks.
bool isUpdatePaper(const std::vector<PlacedLine>& lines, size_t from, size_t count) {
  static const Regex update(
      R"(\b(cabinet member update|director'?s? update|progress report|committee briefing|overview of recent developments|update on progress)\b)",
      Regex::icase);
  for (size_t i = from; i < lines.size() && i < from + count; ++i) {
    if (std::regex_search(lines[i].line->text(), update)) return true;
  }
  return false;
}

// "The meeting ended at 9.15 pm", "Meeting ended: 8.45 pm": what follows is another paper.
bool endsMeeting(const std::string& text) {
  const std::string lower = lowered(text);
  return startsWith(lower, "meeting ended") || startsWith(lower, "the meeting ended") ||
         startsWith(lower, "meeting closed") || startsWith(lower, "the meeting closed");
}

bool isLocal(const Area& area) { return area.kind == AreaKind::LocalAuthority || area.kind == AreaKind::Partnership; }

// Area and period of a part, from its first lines; title lines (headings) count most.
void readScope(DocumentPart& part, const std::vector<PlacedLine>& lines, size_t from, size_t count) {
  std::map<const Area*, double> areaWeight;
  std::map<const Area*, std::string> areaPrinted;
  std::map<std::string, double> periodWeight;
  std::map<std::string, Period> periods;
  std::optional<Date> dated;
  std::vector<const Area*> firstLineAreas;
  for (size_t i = from; i < lines.size() && i < from + count; ++i) {
    const double weight = lines[i].kind == pdf::BlockKind::Heading ? 5 : 1;
    const auto tokens = wordsOf(lines[i].line->text());
    const auto areas = findAreaMentions(tokens);
    for (const auto& mention : areas) {
      if (!isLocal(*mention.area)) continue;
      areaWeight[mention.area] += weight;
      areaPrinted.emplace(mention.area, mention.printed);
    }
    for (const auto& mention : findPeriodMentions(tokens)) {
      const PeriodKind kind = mention.period.kind;
      if (kind == PeriodKind::FinancialYear || kind == PeriodKind::AcademicYear ||
          (kind == PeriodKind::Range && mention.period.dated() &&
           mention.period.end->year - mention.period.start->year <= 1)) {
        periodWeight[mention.period.label] += weight;
        periods.emplace(mention.period.label, mention.period);
      } else if (kind == PeriodKind::PointInTime && mention.period.dated() && !dated) {
        dated = mention.period.start;
      }
    }
  }
  // The three boroughs named together on a cover are the partnership they make up.
  std::vector<const Area*> authorities;
  for (const auto& [area, weight] : areaWeight) {
    if (area->kind == AreaKind::LocalAuthority && weight >= 1) authorities.push_back(area);
  }
  if (authorities.size() >= 2) {
    for (const Area& candidate : AreaRegistry::builtIn().all()) {
      if (candidate.kind != AreaKind::Partnership) continue;
      const bool all = std::all_of(candidate.members.begin(), candidate.members.end(), [&](const std::string& key) {
        return std::any_of(authorities.begin(), authorities.end(), [&](const Area* a) { return a->key == key; });
      });
      if (all && candidate.members.size() == authorities.size()) {
        double total = 0;
        for (const Area* a : authorities) total += areaWeight[a];
        areaWeight[&candidate] += total;
        areaPrinted.emplace(&candidate, candidate.name);
      }
    }
  }
  // A part names its own area in its title or more than once; a passing mention is not its scope.
  double best = 1;
  for (const auto& [area, weight] : areaWeight) {
    if (weight > best) {
      best = weight;
      part.area = area;
      part.areaPrinted = areaPrinted[area];
    }
  }
  best = 0;
  for (const auto& [label, weight] : periodWeight) {
    if (weight > best) {
      best = weight;
      part.periodPrinted = label;
      const Period& period = periods[label];
      if (period.start) part.periods.financialYearStart = period.start->year;
      part.periods.academic = period.kind == PeriodKind::AcademicYear;
    }
  }
  part.dated = dated;
  // A paper dated on its cover reports on the year it is dated in, unless its title names a year.
  const bool titleYear = !findPeriodMentions(wordsOf(part.title)).empty();
  if (dated && !titleYear) part.periodPrinted.clear();
  if (part.periodPrinted.empty() && dated) {
    const int start = dated->month >= 4 ? dated->year : dated->year - 1;
    const int next = (start + 1) % 100;
    part.periodPrinted = std::to_string(start) + (next < 10 ? "-0" : "-") + std::to_string(next);
    part.periods.financialYearStart = start;
  }
}

}  // namespace

std::vector<DocumentPart> findParts(const std::vector<PartPage>& pages, const std::string& title,
                                    const PartOptions& options) {
  std::vector<PlacedLine> lines;
  for (const PartPage& page : pages) {
    if (page.layout == nullptr) continue;
    for (const pdf::TextBlock& block : page.layout->blocks) {
      if (block.kind == pdf::BlockKind::PageHeader || block.kind == pdf::BlockKind::PageFooter) continue;
      for (const pdf::TextLine& line : block.lines)
        lines.push_back({page.number, &line, block.kind, block.headingLevel});
    }
  }
  // Starts: the first line; a cluster of cover cues (from the title block just above it); an
  // annual report's title; an appendix, the minutes, a tracker, the work programme as a heading.
  std::vector<size_t> starts = {0};
  std::vector<std::string> titles = {title};
  // "LIST OF APPENDICES: Appendix 1 - Annual Report of the LSCB 2016-17" at the end of a cover
  // report: the appendix follows on the next page.
  std::string listedAppendix;
  int listedOnPage = 0;
  bool afterMinutes = false;
  // "HLSCB Annual Report 2016-2017" printed as a heading on page after page: a running title over
  // one report, which starts where it is first printed.
  std::map<std::string, std::set<int>> headingPages;
  for (const PlacedLine& line : lines) {
    if (line.kind == pdf::BlockKind::Heading) headingPages[simplified(line.line->text())].insert(line.page);
  }
  std::set<std::string> runningSeen;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (!listedAppendix.empty() && lines[i].page > listedOnPage) {
      if (i > starts.back() + 3) {
        starts.push_back(i);
        titles.push_back(listedAppendix);
      }
      listedAppendix.clear();
    }
    const std::string text = simplified(lines[i].line->text());
    const std::string lower = lowered(text);
    if (startsWith(lower, "list of appendices") && i + 1 < lines.size()) {
      const std::string next = simplified(lines[i + 1].line->text());
      if (startsWith(lowered(next), "appendix")) {
        listedAppendix = next;
        listedOnPage = lines[i].page;
      }
    }
    if (endsMeeting(text)) {
      afterMinutes = true;
      continue;
    }
    bool start = false;
    size_t at = i;
    size_t resume = i;
    std::string partTitle;
    if (isCue(text) && !isCue(simplified(lines[i - 1].line->text()))) {
      int cues = 0;
      for (size_t k = i; k < lines.size() && k < i + options.coverLines; ++k)
        cues += isCue(simplified(lines[k].line->text()));
      if (cues >= options.minCues) {
        start = true;
        // The cover's title block just above the first cue ("Cabinet Member Update").
        size_t first = i;
        while (first > starts.back() + 1 && i - first < 3 && lines[first - 1].kind == pdf::BlockKind::Heading &&
               lines[first - 1].page == lines[i].page) {
          --first;
        }
        for (size_t k = i; k < lines.size() && k < i + options.coverLines; ++k) {
          const std::string cueText = simplified(lines[k].line->text());
          if (startsWith(lowered(cueText), "title")) {
            const size_t colon = cueText.find(':');
            partTitle = trimmed(cueText.substr(colon == std::string::npos ? 5 : colon + 1));
            if (partTitle.empty() && k + 1 < lines.size()) partTitle = simplified(lines[k + 1].line->text());
          }
        }
        if (partTitle.empty()) partTitle = simplified(lines[first].line->text());
        at = first;
        resume = std::min(lines.size() - 1, i + options.coverLines);  // past this cover's cues
      }
    } else if (afterMinutes && lines[i].kind == pdf::BlockKind::Heading && text.size() < 100) {
      start = true;  // the first heading after the minutes closed: the next paper, cover or not
      partTitle = text;
    } else if (lines[i].kind == pdf::BlockKind::Heading && lines[i].headingLevel <= 2 && text.size() < 100 &&
               !numbered(text)) {
      const bool annual = lower.find("annual report") != std::string::npos &&
                          std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
      const bool named = startsWith(lower, "appendix") || lower == "minutes" || startsWith(lower, "minutes of") ||
                         lower.find("tracker") != std::string::npos || lower == "work programme" || lower == "agenda";
      const bool running = headingPages[text].size() >= options.runningTitlePages;
      if (running && !runningSeen.insert(text).second) {
        // printed again over the same report
      } else if (annual || named) {
        start = true;
        partTitle = text;
      }
    }
    if (!start) continue;
    afterMinutes = false;
    // A new start right after the last one is the same part's title block.
    if (at <= starts.back() + 3) {
      if (kindOf(titles.back()) == "report" && kindOf(partTitle) != "report") titles.back() = partTitle;
    } else {
      starts.push_back(at);
      titles.push_back(partTitle);
    }
    i = std::max(i, resume);
  }
  std::vector<DocumentPart> parts;
  for (size_t p = 0; p < starts.size(); ++p) {
    DocumentPart part;
    const PlacedLine& first = lines.empty() ? PlacedLine{} : lines[starts[p]];
    part.firstPage = lines.empty() ? 1 : first.page;
    part.firstY = lines.empty() ? 0 : first.line->box.y1;
    const size_t end = p + 1 < starts.size() ? starts[p + 1] : lines.size();
    part.lastPage = end > 0 && !lines.empty() ? lines[end - 1].page : part.firstPage;
    part.title = titles[p];
    part.kind = p == 0 && starts.size() == 1 ? "report" : kindOf(part.title);
    const size_t earliest = p > 0 ? starts[p - 1] + 1 : 0;
    // The paper's name may stand just above its cover's first cue ("... Committee Briefing" over "Date:").
    const size_t named = std::max(earliest, starts[p] - std::min(starts[p], options.coverLinesAbove));
    if (part.kind == "report" && isUpdatePaper(lines, named, std::min(options.coverLines, end - named))) {
      part.kind = "update";
    }
    if (!lines.empty()) readScope(part, lines, starts[p], std::min(options.scopeLines, end - starts[p]));
    // "13 November 2017" printed over the title on the paper's cover: the date it is dated on.
    for (size_t k = starts[p]; !part.dated && k > earliest && starts[p] - k < options.coverLinesAbove; --k) {
      const PlacedLine& above = lines[k - 1];
      if (above.page != part.firstPage) break;
      const auto period = parsePeriod(simplified(above.line->text()));
      if (period && period->kind == PeriodKind::PointInTime && period->dated()) part.dated = period->start;
    }
    // An appendix belongs to the report before it.
    if (part.kind == "appendix" && !parts.empty()) {
      if (part.area == nullptr) {
        part.area = parts.back().area;
        part.areaPrinted = parts.back().areaPrinted;
      }
      if (part.periodPrinted.empty() || part.dated) {
        part.periodPrinted = parts.back().periodPrinted;
        part.periods = parts.back().periods;
      }
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

}  // namespace sbw::extract
