// sbw-report: the drawing half of `sbw chart`, `sbw pack` and `sbw export --view pivot|comparison`.
// Charts are Qt widgets and packs are typeset, so this program starts a (never shown) Qt
// application; sbw itself does not load Qt Gui (see sample_main.cpp), and runs this one instead.
//
//   sbw-report chart  --store S --indicator KEY [--areas A,B] [--from P] [--to Q] [--compare PERIOD]
//                     [--width PX] [--height PX] [--dpi N] --out F.pdf|F.svg|F.png
//   sbw-report pack   --store S --spec pack.json --out pack.pdf [--as-of DATE]
//   sbw-report export --store S --view pivot|comparison --indicator KEY [--areas A,B] [--from P]
//                     [--to Q] [--period P] --csv F|-

#include <fmt/core.h>

#include <QApplication>
#include <QChart>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "charts/chart_export.h"
#include "charts/comparison_chart.h"
#include "charts/trend_chart.h"
#include "cli/arguments.h"
#include "cli/open_store.h"
#include "core/date.h"
#include "models/comparison_model.h"
#include "models/indicator_table_model.h"
#include "report/figure_sources.h"
#include "report/indicator_figures.h"
#include "report/model_csv.h"
#include "report/pack_builder.h"
#include "report/pack_spec.h"

namespace {

using namespace sbw;

// On paper, a pixel is a CSS pixel: 1/96 inch.
constexpr double kMmPerPixel = 25.4 / 96;

QStringList listOf(const std::optional<std::string>& value) {
  QStringList out;
  if (!value) return out;
  for (const QString& part : QString::fromStdString(*value).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    out << part.trimmed();
  }
  return out;
}

QString q(const std::optional<std::string>& value) { return value ? QString::fromStdString(*value) : QString(); }

int positive(const cli::Arguments& parsed, const std::string& option, int otherwise) {
  const auto value = parsed.intValue(option);
  if (!value) return otherwise;
  if (*value <= 0) throw cli::UsageError(option + " must be a whole number above zero");
  return *value;
}

int runChart(const std::vector<std::string>& args) {
  const cli::Arguments parsed(
      args,
      {"--store", "--indicator", "--areas", "--from", "--to", "--compare", "--width", "--height", "--dpi", "--out"},
      {});
  if (!parsed.operands().empty()) throw cli::UsageError("unexpected argument '" + parsed.operands().front() + "'");
  const std::string storePath = parsed.required("--store");
  const QString indicator = QString::fromStdString(parsed.required("--indicator"));
  const QString out = QString::fromStdString(parsed.required("--out"));
  if (parsed.value("--compare") && (parsed.value("--from") || parsed.value("--to") || parsed.value("--areas"))) {
    throw cli::UsageError("--compare draws every area for one period: it takes no --areas, --from or --to");
  }
  store::Database db = cli::openStoreForReading(storePath);
  const report::DocumentNames names = report::documentNames(db);
  charts::ExportOptions options;
  options.exportedOn = QDate::currentDate();
  const int width = positive(parsed, "--width", 0);
  const int height = positive(parsed, "--height", 0);
  if (width > 0 && height > 0) {
    options.pixels = QSize(width, height);
    options.sizeMm = QSizeF(width * kMmPerPixel, height * kMmPerPixel);
  } else if (width > 0 || height > 0) {
    throw cli::UsageError("give both --width and --height, or neither");
  }
  options.dpi = positive(parsed, "--dpi", options.dpi);
  std::unique_ptr<QChart> chart;
  int figures = 0;
  if (const auto period = parsed.value("--compare")) {
    models::ComparisonModel model;
    const auto compared = report::readComparison(db, indicator);
    const QString label = report::fillComparison(model, compared, QString::fromStdString(*period));
    const QString title = QString::fromStdString(compared.indicator->label) + QStringLiteral(", ") + label;
    chart = charts::makeComparisonChart(model, title,
                                        report::valueAxisTitle(*compared.indicator, compared.indicator->unit));
    std::vector<const store::Observation*> shown;
    for (int r = 0; r < model.rowCount(); ++r) shown.push_back(&model.rowAt(r)->observation);
    options.title = title;
    options.sourceLine = report::sourceLine(shown, names);
    figures = static_cast<int>(shown.size());
  } else {
    const report::TrendFigures trend = report::readTrendFigures(db, indicator);
    models::IndicatorTableModel table;
    report::fillTable(table, trend, q(parsed.value("--from")), q(parsed.value("--to")));
    const QSet<QString> areas = report::chosenAreas(table, listOf(parsed.value("--areas")));
    charts::TrendChartOptions trendOptions;
    trendOptions.title = QString::fromStdString(trend.indicator->label);
    trendOptions.valueAxisTitle = report::valueAxisTitle(*trend.indicator, trend.unit);
    trendOptions.areas = areas;
    trendOptions.pointToolTips = false;
    chart = charts::makeTrendChart(table, trendOptions);
    const auto drawn = report::drawnFigures(table, areas);
    options.title = trendOptions.title;
    options.sourceLine = report::sourceLine(drawn, names);
    figures = static_cast<int>(drawn.size());
  }
  if (figures == 0) throw std::runtime_error("no trusted figures to draw for " + indicator.toStdString());
  charts::exportChart(*chart, out, options);
  fmt::print(stderr, "{}: chart of {} figures\n", out.toStdString(), figures);
  return cli::kExitOk;
}

int runPack(const std::vector<std::string>& args) {
  const cli::Arguments parsed(args, {"--store", "--spec", "--out", "--as-of"}, {});
  if (!parsed.operands().empty()) throw cli::UsageError("unexpected argument '" + parsed.operands().front() + "'");
  const std::string storePath = parsed.required("--store");
  const report::PackSpec spec = report::readPackSpec(QString::fromStdString(parsed.required("--spec")));
  const QString out = QString::fromStdString(parsed.required("--out"));
  report::PackOptions options;
  if (const auto asOf = parsed.value("--as-of")) {
    options.asOf = Date::fromIso(*asOf);
    if (!options.asOf) throw cli::UsageError("--as-of is a date as 2026-03-31, not '" + *asOf + "'");
  }
  store::Database db = cli::openStoreForReading(storePath);
  report::PackSummary summary;
  try {
    summary = report::buildPack(db, spec, out, options);
  } catch (const report::PackError& error) {
    throw std::runtime_error(parsed.required("--spec") + ": " + error.what());  // which definition
  }
  fmt::print(stderr, "{}: {} pages, {} sections, {} figures citing {} document page{}\n", out.toStdString(),
             summary.pages, summary.sections, summary.figures, summary.citations, summary.citations == 1 ? "" : "s");
  return cli::kExitOk;
}

int runExport(const std::vector<std::string>& args) {
  const cli::Arguments parsed(
      args, {"--store", "--view", "--indicator", "--areas", "--from", "--to", "--period", "--csv"}, {});
  if (!parsed.operands().empty()) throw cli::UsageError("unexpected argument '" + parsed.operands().front() + "'");
  const std::string storePath = parsed.required("--store");
  const std::string view = parsed.required("--view");
  const std::string out = parsed.required("--csv");
  if (!parsed.value("--indicator")) throw cli::UsageError("--view " + view + " needs --indicator KEY");
  const QString indicator = QString::fromStdString(*parsed.value("--indicator"));
  store::Database db = cli::openStoreForReading(storePath);
  std::string text;
  size_t rows = 0;
  if (view == "pivot") {
    if (parsed.value("--period")) throw cli::UsageError("--view pivot takes --from and --to, not --period");
    const report::TrendFigures trend = report::readTrendFigures(db, indicator);
    models::IndicatorTableModel table;
    report::fillTable(table, trend, q(parsed.value("--from")), q(parsed.value("--to")));
    if (const QStringList typed = listOf(parsed.value("--areas")); !typed.isEmpty()) {
      const QSet<QString> areas = report::chosenAreas(table, typed);
      report::TrendFigures kept = trend;
      kept.figures.clear();
      for (const auto& figure : trend.figures) {
        if (areas.contains(QString::fromStdString(figure.area))) kept.figures.push_back(figure);
      }
      report::fillTable(table, kept, q(parsed.value("--from")), q(parsed.value("--to")));
    }
    text = report::modelToCsv(table, report::CsvOptions{true, QStringLiteral("Area")});
    rows = static_cast<size_t>(table.rowCount());
  } else if (view == "comparison") {
    if (parsed.value("--from") || parsed.value("--to") || parsed.value("--areas")) {
      throw cli::UsageError("--view comparison takes --period, not --from, --to or --areas");
    }
    models::ComparisonModel model;
    report::fillComparison(model, report::readComparison(db, indicator), q(parsed.value("--period")));
    text = report::modelToCsv(model);
    rows = static_cast<size_t>(model.rowCount());
  } else {
    throw cli::UsageError("sbw-report exports pivot and comparison; not '" + view + "'");
  }
  if (out == "-") {
    // A full disk or a closed pipe is an error, not a short table.
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
      throw std::runtime_error("standard output: cannot write the table");
    }
    return cli::kExitOk;
  }
  report::writeTextFile(text, QString::fromStdString(out));
  fmt::print(stderr, "{}: {} rows of {}\n", out, rows, view);
  return cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> all(argv + 1, argv + argc);
  const std::string command = all.empty() ? std::string() : all.front();
  const std::vector<std::string> args(all.begin() + (all.empty() ? 0 : 1), all.end());
  // Charts are widgets, hence a widget application, but never a display.
  if (std::getenv("QT_QPA_PLATFORM") == nullptr) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  if (std::getenv("SBW_DEBUG") == nullptr)
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
  int qtArgc = 1;
  char name[] = "sbw";
  char* qtArgv[] = {name, nullptr};
  QApplication app(qtArgc, qtArgv);
  try {
    if (command == "chart") return runChart(args);
    if (command == "pack") return runPack(args);
    if (command == "export") return runExport(args);
    fmt::print(stderr, "sbw-report: unknown command '{}' (chart, pack or export)\n", command);
    return sbw::cli::kExitUsage;
  } catch (const sbw::cli::UsageError& error) {
    fmt::print(stderr, "sbw {}: {}\n", command, error.what());
    return sbw::cli::kExitUsage;
  } catch (const std::exception& error) {
    fmt::print(stderr, "sbw {}: {}\n", command, error.what());
    return sbw::cli::kExitError;
  }
}
