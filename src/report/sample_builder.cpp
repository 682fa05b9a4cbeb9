#include "report/sample_builder.h"

#include <cstdlib>

namespace sbw::report {
namespace {

std::string escaped(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

constexpr const char* kRuledTable =
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse; "
    "border-color: #444444\" width=\"100%\">";
// An open table of a few columns is set narrower than the text; one of many takes the full width,
// as papers set them, so that its row labels wrap over two or three lines rather than six.
constexpr const char* kOpenTable = "<table border=\"0\" cellspacing=\"0\" cellpadding=\"4\" width=\"80%\">";
constexpr const char* kWideOpenTable = "<table border=\"0\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">";
constexpr size_t kFewColumns = 3;

}  // namespace

std::string figureAnchor(size_t index) { return "figure-" + std::to_string(index); }

std::string SampleBuilder::anchored(const std::string& printed) const {
  return "<a name=\"" + figureAnchor(document_.figures.size()) + "\">" + escaped(printed) + "</a>";
}

double printedNumber(const std::string& printed) {
  std::string digits;
  for (const char c : printed) {
    if ((c >= '0' && c <= '9') || c == '.' || c == '-') digits.push_back(c);
  }
  return digits.empty() ? 0.0 : std::strtod(digits.c_str(), nullptr);
}

SampleBuilder::SampleBuilder(std::string fileName, std::string title, std::string area, const SampleStyle& style) {
  document_.fileName = std::move(fileName);
  document_.title = std::move(title);
  document_.area = std::move(area);
  document_.html =
      "<html><body style=\"font-family: '" + style.font + "'; font-size: " + std::to_string(style.pointSize) + "pt\">";
}

void SampleBuilder::banner() {
  document_.html +=
      "<p style=\"background-color: #fff3cd; font-size: 9pt\"><b>SAMPLE DATA</b> &#8212; produced by the "
      "Safeguarding Board Workbench for demonstration. The figures are invented and are not official "
      "statistics for any area.</p>";
}

void SampleBuilder::heading(const std::string& text, int level) {
  const std::string tag = "h" + std::to_string(level);
  document_.html += "<" + tag + ">" + escaped(text) + "</" + tag + ">";
}

void SampleBuilder::paragraph(const std::string& html) { document_.html += "<p>" + html + "</p>"; }

void SampleBuilder::proseFigure(const std::string& before, const std::string& printed, const std::string& after,
                                const std::string& indicator, const std::string& period, const std::string& unit,
                                const std::string& key) {
  paragraph(escaped(before) + anchored(printed) + escaped(after));
  record(document_.area, indicator, period, printed, unit, "prose", key);
}

void SampleBuilder::indicatorTable(const std::string& caption, const std::string& corner,
                                   const std::vector<IndicatorColumn>& columns, const std::vector<IndicatorRow>& rows,
                                   bool ruled) {
  std::string& html = document_.html;
  html += "<p><b>" + escaped(caption) + "</b></p>";
  html += ruled ? kRuledTable : columns.size() > kFewColumns ? kWideOpenTable : kOpenTable;
  html += "<tr><th align=\"left\">" + escaped(corner) + "</th>";
  for (const auto& column : columns) html += "<th align=\"right\">" + escaped(column.header) + "</th>";
  html += "</tr>";
  for (const auto& row : rows) {
    html += "<tr><td>" + escaped(row.label) + "</td>";
    for (size_t i = 0; i < columns.size(); ++i) {
      const std::string printed = i < row.printed.size() ? row.printed[i] : "-";
      html += "<td align=\"right\">" + (printed != "-" ? anchored(printed) : escaped(printed)) + "</td>";
      if (printed != "-") record(columns[i].area, row.label, columns[i].period, printed, row.unit, "table", row.key);
    }
    html += "</tr>";
  }
  html += "</table>";
}

void SampleBuilder::budgetTable(const std::string& caption, const std::string& period,
                                const std::vector<std::pair<std::string, std::string>>& contributions,
                                const std::vector<std::string>& shares) {
  std::string& html = document_.html;
  html += "<p><b>" + escaped(caption) + "</b></p>";
  html += kRuledTable;
  // A two-row header: "Partner" spans both rows, the period spans both figure columns.
  html += "<tr><th rowspan=\"2\" align=\"left\">Partner</th><th colspan=\"2\">" + escaped(period) + "</th></tr>";
  html += "<tr><th align=\"right\">Contribution (&#163;)</th><th align=\"right\">Share</th></tr>";
  for (size_t i = 0; i < contributions.size(); ++i) {
    const auto& [partner, amount] = contributions[i];
    const std::string share = i < shares.size() ? shares[i] : "";
    html += "<tr><td>" + escaped(partner) + "</td><td align=\"right\">" + anchored(amount) + "</td>";
    record(document_.area, partner + " contribution", period, amount, "gbp", "table", "partner_contributions");
    html += "<td align=\"right\">" + (share.empty() ? std::string() : anchored(share)) + "</td></tr>";
    if (!share.empty()) {
      record(document_.area, partner + " share of contributions", period, share, "percent", "table",
             "partner_contributions");
    }
  }
  html += "</table>";
}

void SampleBuilder::actionTracker(const std::string& caption, const std::vector<SampleAction>& actions) {
  std::string& html = document_.html;
  html += "<p><b>" + escaped(caption) + "</b></p>";
  html += kRuledTable;
  html += "<tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th><th>RAG</th></tr>";
  for (const auto& action : actions) {
    html += "<tr><td>" + escaped(action.reference) + "</td><td width=\"40%\">" + escaped(action.text) + "</td><td>" +
            escaped(action.owner) + "</td><td>" + escaped(action.due) + "</td><td>" + escaped(action.status) +
            "</td><td>" + escaped(action.rag) + "</td></tr>";
    document_.actions.push_back(action);
  }
  html += "</table>";
}

void SampleBuilder::pageBreak() { document_.html += "<p style=\"page-break-before: always\"></p>"; }

void SampleBuilder::record(const std::string& area, const std::string& indicator, const std::string& period,
                           const std::string& printed, const std::string& unit, const std::string& kind,
                           const std::string& key) {
  document_.figures.push_back({area, indicator, period, printed, printedNumber(printed), unit, kind, key, 0});
}

SampleDocument SampleBuilder::take() {
  document_.html += "</body></html>";
  return std::move(document_);
}

}  // namespace sbw::report
