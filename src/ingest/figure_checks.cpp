#include "ingest/figure_checks.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/area_registry.h"
#include "core/indicator_dictionary.h"
#include "core/number_format.h"

namespace sbw::ingest {
namespace {

std::optional<double> valueOf(const Figure& f) {
  if (!f.quantity.value) return std::nullopt;
  return *f.quantity.value * f.quantity.scale;
}

std::string shown(double value) {
  const bool whole = std::abs(value - std::round(value)) < 1e-9;
  return formatNumber(value, whole ? 0 : 1);
}

bool sameRow(const Figure& a, const Figure& b) {
  return a.box && b.box && a.page == b.page && std::abs(a.box->y1 - b.box->y1) < 3 &&
         std::abs(a.box->y2 - b.box->y2) < 3;
}

void note(std::vector<QualityNote>& notes, const std::vector<Figure>& figures, size_t index, const char* kind,
          const std::string& message) {
  notes.push_back({figures[index].page, kind, message, static_cast<int>(index)});
}

// A row of a table: members of a partnership beside the partnership's total.
void checkRowTotals(const std::vector<Figure>& figures, std::vector<QualityNote>& notes, const CheckOptions& options) {
  const AreaRegistry& registry = AreaRegistry::builtIn();
  for (size_t t = 0; t < figures.size(); ++t) {
    const Figure& total = figures[t];
    if (total.table < 0 || total.areaKey.empty() || !valueOf(total)) continue;
    const Area* partnership = registry.byKey(total.areaKey);
    if (partnership == nullptr || partnership->kind != AreaKind::Partnership) continue;
    double sum = 0;
    std::set<std::string> seen;
    for (const Figure& part : figures) {
      if (&part == &total || part.table != total.table || !sameRow(part, total) || !valueOf(part)) continue;
      if (std::find(partnership->members.begin(), partnership->members.end(), part.areaKey) ==
          partnership->members.end())
        continue;
      if (part.quantity.unit != total.quantity.unit || !seen.insert(part.areaKey).second) continue;
      sum += *valueOf(part);
    }
    if (seen.size() != partnership->members.size()) continue;
    if (std::abs(sum - *valueOf(total)) > options.sumTolerance) {
      note(notes, figures, t, kPartsDoNotAddUp,
           "the " + partnership->name + " total " + total.quantity.printed + " is not the sum of its areas (" +
               shown(sum) + ")");
    }
  }
}

// Prose: "476 Children were in Care across the three boroughs. Hammersmith and Fulham (204), Kensington
// and Chelsea (99), Westminster (178)": a partnership's figure and its areas' figures just after.
void checkBreakdowns(const std::vector<Figure>& figures, std::vector<QualityNote>& notes, const CheckOptions& options) {
  constexpr size_t kReach = 6;  // figures after a total searched for its parts
  const AreaRegistry& registry = AreaRegistry::builtIn();
  for (size_t t = 0; t < figures.size(); ++t) {
    const Figure& total = figures[t];
    if (total.table >= 0 || total.areaKey.empty() || !valueOf(total)) continue;
    const Area* partnership = registry.byKey(total.areaKey);
    if (partnership == nullptr || partnership->kind != AreaKind::Partnership) continue;
    std::map<std::string, double> parts;
    for (size_t k = t + 1; k < figures.size() && k <= t + kReach; ++k) {
      const Figure& part = figures[k];
      if (part.page != total.page || part.table >= 0 || part.quantity.unit != total.quantity.unit || !valueOf(part))
        break;
      if (part.indicatorLabel != total.indicatorLabel || part.kind != total.kind) break;
      if (std::find(partnership->members.begin(), partnership->members.end(), part.areaKey) ==
          partnership->members.end()) {
        break;
      }
      parts.emplace(part.areaKey, *valueOf(part));
    }
    if (parts.size() != partnership->members.size()) continue;
    double sum = 0;
    for (const auto& [key, value] : parts) sum += value;
    if (std::abs(sum - *valueOf(total)) > options.sumTolerance) {
      note(notes, figures, t, kPartsDoNotAddUp,
           total.quantity.printed + " for " + partnership->name + " is not the sum of its areas' figures (" +
               shown(sum) + ")");
    }
  }
}

// Prose: "66 of the total number of 146 referrals ... representing 45%".
void checkShares(const std::vector<Figure>& figures, std::vector<QualityNote>& notes, const CheckOptions& options) {
  for (size_t i = 0; i + 1 < figures.size(); ++i) {
    const Figure& part = figures[i];
    if (part.table >= 0 || part.quantity.unit != Unit::Count || !valueOf(part)) continue;
    for (size_t j = i + 1; j < figures.size() && j <= i + 3; ++j) {
      const Figure& share = figures[j];
      if (share.snippet != part.snippet || share.quantity.unit != Unit::Percent || !valueOf(share)) continue;
      if (share.kind != FigureKind::Outturn) continue;
      // The whole is the count printed as what the part is "of", right after it.
      for (size_t k = i + 1; k < j; ++k) {
        const Figure& whole = figures[k];
        if (whole.snippet != part.snippet || whole.quantity.unit != Unit::Count || !valueOf(whole)) continue;
        const double of = *valueOf(whole);
        const size_t at = part.snippet.find(part.quantity.printed);
        const size_t ofAt = at == std::string::npos ? at : part.snippet.find(" of ", at);
        const size_t wholeAt = ofAt == std::string::npos ? ofAt : part.snippet.find(whole.quantity.printed, ofAt);
        if (of <= *valueOf(part) || wholeAt == std::string::npos || wholeAt - ofAt > 30) continue;
        const double expected = 100.0 * *valueOf(part) / of;
        if (std::abs(expected - *valueOf(share)) > options.shareTolerance) {
          note(notes, figures, j, kShareMismatch,
               share.quantity.printed + " printed, but " + part.quantity.printed + " of " + whole.quantity.printed +
                   " is " + shown(std::round(expected * 10) / 10) + "%");
        }
      }
    }
  }
}

void checkRepeats(std::vector<Figure>& figures, std::vector<QualityNote>& notes) {
  std::map<std::string, std::vector<size_t>> groups;
  for (size_t i = 0; i < figures.size(); ++i) {
    const Figure& f = figures[i];
    if (f.indicatorKey.empty() || f.areaKey.empty() || !f.periodStart || !f.periodEnd || !valueOf(f)) continue;
    if (f.kind != FigureKind::Outturn || f.bound != Bound::Exact) continue;
    // Only a measure printed at the figure itself: one carried over from a neighbour is a breakdown.
    if (f.note.find("area from document") != std::string::npos ||
        f.note.find("measure from paragraph") != std::string::npos ||
        f.note.find("measure from heading") != std::string::npos ||
        f.note.find("share of the count") != std::string::npos) {
      continue;
    }
    // The same figure: the same measure as printed, not only the same key (a breakdown's rows share one).
    std::string measure;
    for (const std::string& word : labelWords(f.indicatorLabel)) measure += word + " ";
    if (measure.empty()) continue;
    groups[f.areaKey + "|" + f.indicatorKey + "|" + measure + "|" + f.periodStart->iso() + "|" + f.periodEnd->iso() +
           "|" + unitName(f.quantity.unit) + "|" + comparatorName(f.comparator)]
        .push_back(i);
  }
  for (const auto& [key, members] : groups) {
    std::set<double> values;
    for (const size_t i : members) values.insert(*valueOf(figures[i]));
    if (values.size() < 2) continue;
    for (const size_t i : members) {
      std::string others;
      for (const size_t j : members) {
        // Two figures of one sentence or row are parts of a breakdown, not one figure twice.
        const bool elsewhere = figures[j].page != figures[i].page || figures[j].method != figures[i].method;
        if (j != i && *valueOf(figures[j]) != *valueOf(figures[i]) && figures[j].snippet != figures[i].snippet &&
            elsewhere) {
          others += (others.empty() ? "" : ", ") + figures[j].quantity.printed + " (p." +
                    std::to_string(figures[j].page) + ")";
        }
      }
      if (others.empty()) continue;
      note(notes, figures, i, kPrintedDifferently, "the same figure is printed as " + others);
      figures[i].trusted = false;
      figures[i].doubt = "printed differently elsewhere in the document";
    }
  }
}

}  // namespace

void checkFigures(std::vector<Figure>& figures, std::vector<QualityNote>& notes, const CheckOptions& options) {
  checkRowTotals(figures, notes, options);
  checkBreakdowns(figures, notes, options);
  checkShares(figures, notes, options);
  checkRepeats(figures, notes);
  for (size_t i = 0; i < figures.size(); ++i) {
    if (figures[i].areaLabel.empty() && !figures[i].area.empty() &&
        figures[i].note.find("area from document") != std::string::npos) {
      note(notes, figures, i, kAreaInferred, "area " + figures[i].area + " inferred from the document's scope");
    }
  }
}

}  // namespace sbw::ingest
