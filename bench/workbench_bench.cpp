// Workbench benchmark: a generated store of 1,000,000 observations (150 boroughs, every
// dictionary indicator, ten years of annual reports that restate the two years before and give
// four quarters, with England and London beside them), then
// - cold start: `safeguarding-workbench --report-startup` from process start to a usable window
//   (shown, documents listed) and to the explorer's first chart, against the same start on an
//   empty store in the same run;
// - indicator switch: in this process, the explorer drawing the pivot and chart of one indicator
//   after another (read on its worker, laid out, painted), against the bare SQLite read of the same
//   rows in the same run.
//
// usage: sbw_workbench_bench [--store PATH] [--workbench PATH] [--observations N] [--switches N]
//                            [--startups N]

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "app/indicator_explorer.h"
#include "core/area_registry.h"
#include "core/indicator_dictionary.h"
#include "models/indicator_table_model.h"
#include "store/database.h"
#include "store/observation_repository.h"

namespace {

constexpr int kAreas = 150;
constexpr int kReportYears = 10;
constexpr int kPagesPerReport = 20;

struct Options {
  QString store;
  QString workbench;
  long observations = 1'000'000;
  int switches = 40;
  int startups = 5;
};

sbw::store::Observation figure(const sbw::Area& area, sbw::Comparator comparator, const sbw::Indicator& indicator,
                               const sbw::Period& period, double value, int page) {
  sbw::store::Observation o;
  o.page = page;
  o.area = area.name;
  o.areaKey = area.key;
  o.areaCode = area.onsCode;
  o.areaLabel = area.name;
  o.comparator = comparator;
  o.indicatorKey = indicator.key;
  o.indicatorLabel = indicator.label;
  o.periodKind = period.kind;
  o.periodLabel = period.label;
  o.periodStart = period.start;
  o.periodEnd = period.end;
  o.quantity.value = value;
  o.quantity.printed = std::to_string(static_cast<long>(value));
  o.quantity.unit = indicator.unit;
  o.trusted = true;
  o.box = sbw::PageBox{300, 200, 330, 210};
  return o;
}

sbw::Period period(const std::string& printed) {
  const auto parsed = sbw::parsePeriod(printed);
  if (!parsed || !parsed->start) throw std::runtime_error("the benchmark's period '" + printed + "' does not parse");
  return *parsed;
}

sbw::Period financialYear(int startYear) {
  return period(std::to_string(startYear) + "-" + std::to_string((startYear + 1) % 100));
}

sbw::Period quarter(int startYear, int q) {
  return period("Q" + std::to_string(q) + " " + std::to_string(startYear) + "-" +
                std::to_string((startYear + 1) % 100));
}

// One annual report per borough and year: its year and the two before (revised a little), its
// four quarters, and England and London for its year and the one before.
long generate(const std::string& path, long wanted) {
  std::filesystem::remove(path);
  auto db = sbw::store::Database::open(path);
  std::vector<const sbw::Area*> boroughs;
  const sbw::Area* england = nullptr;
  const sbw::Area* london = nullptr;
  for (const auto& area : sbw::AreaRegistry::builtIn().all()) {
    if (area.kind == sbw::AreaKind::LocalAuthority && static_cast<int>(boroughs.size()) < kAreas)
      boroughs.push_back(&area);
    if (area.name == "England") england = &area;
    if (area.name == "London") london = &area;
  }
  const auto& indicators = sbw::IndicatorDictionary::builtIn().all();
  const long perReport = static_cast<long>(indicators.size()) * (3 + 4 + 4);
  const int years = std::clamp(static_cast<int>(wanted / (perReport * static_cast<long>(boroughs.size()))), 1, 40);
  std::mt19937 random(20261201);
  std::uniform_int_distribution<int> page(1, kPagesPerReport);
  std::normal_distribution<double> revision(0, 0.02);
  long total = 0;
  sbw::store::Transaction transaction(db);
  auto insertDocument = db.prepare(
      "INSERT INTO documents (file_name, path, sha256, title, page_count, file_size, imported_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, 1000000, '2026-12-01T00:00:00Z')");
  auto insertPage =
      db.prepare("INSERT INTO pages (document_id, number, width, height, text) VALUES (?1, ?2, 595, 842, '')");
  sbw::store::ObservationRepository repository(db);
  for (size_t b = 0; b < boroughs.size(); ++b) {
    for (int y = 0; y < years; ++y) {
      const int year = 2026 - years + y;
      const std::string name = "generated-" + boroughs[b]->key + "-" + std::to_string(year) + ".pdf";
      insertDocument.bind(1, name)
          .bind(2, "/generated/" + name)
          .bind(3, name)
          .bind(4, boroughs[b]->name + " annual report");
      insertDocument.bind(5, kPagesPerReport);
      insertDocument.run();
      insertDocument.reset();
      const std::int64_t document = db.lastInsertId();
      for (int p = 1; p <= kPagesPerReport; ++p) {
        insertPage.bind(1, document).bind(2, p);
        insertPage.run();
        insertPage.reset();
      }
      std::vector<sbw::store::Observation> figures;
      for (size_t i = 0; i < indicators.size(); ++i) {
        const auto& indicator = indicators[i];
        const double base = 100.0 + 10.0 * static_cast<double>((b * 7 + i * 13) % 50);
        for (int back = 0; back < 3; ++back) {
          const double value =
              std::round(base * (1 + 0.03 * (year - back - 2016)) * (1 + (back ? revision(random) : 0)));
          figures.push_back(
              figure(*boroughs[b], sbw::Comparator::Local, indicator, financialYear(year - back), value, page(random)));
        }
        for (int q = 1; q <= 4; ++q) {
          figures.push_back(figure(*boroughs[b], sbw::Comparator::Local, indicator, quarter(year, q),
                                   std::round(base / 4 * (1 + 0.01 * q)), page(random)));
        }
        for (int back = 0; back < 2; ++back) {
          figures.push_back(figure(*england, sbw::Comparator::England, indicator, financialYear(year - back),
                                   std::round(base * 1.1), page(random)));
          figures.push_back(figure(*london, sbw::Comparator::London, indicator, financialYear(year - back),
                                   std::round(base * 1.05), page(random)));
        }
      }
      total += static_cast<long>(figures.size());
      repository.replaceForDocument(document, figures);
    }
  }
  transaction.commit();
  db.exec("ANALYZE");
  return total;
}

struct Startup {
  double usableMs = 0;
  double explorerMs = 0;
  bool ok = false;
};

// From spawning the program to the lines it prints: the whole cold start, loading included.
Startup startup(const QString& workbench, const QString& store, const QString& config) {
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);  // no remembered window or store
  process.setProcessEnvironment(environment);
  process.setProcessChannelMode(QProcess::SeparateChannels);
  QElapsedTimer timer;
  timer.start();
  process.start(workbench, {QStringLiteral("--store"), store, QStringLiteral("--report-startup")});
  Startup result;
  QByteArray output;
  while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
    process.waitForReadyRead(100);
    output += process.readAllStandardOutput();
    if (result.usableMs == 0 && output.contains("usable"))
      result.usableMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (output.contains("explorer")) {
      result.explorerMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
      break;
    }
    if (timer.elapsed() > 60000) break;
  }
  process.waitForFinished(10000);
  result.ok = result.usableMs > 0 && result.explorerMs > 0;
  return result;
}

// The value `share` of the runs stay at or under (0.5: the median).
double quantile(std::vector<double> values, double share) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<size_t>(share * static_cast<double>(values.size())))];
}

double median(std::vector<double> values) { return quantile(std::move(values), 0.5); }

Options parse(const QStringList& args) {
  Options options;
  options.workbench = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("safeguarding-workbench"));
  options.store = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../workbench-bench.sqlite"));
  for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
    if (args[i] == "--store") options.store = args[i + 1];
    if (args[i] == "--workbench") options.workbench = args[i + 1];
    if (args[i] == "--observations") options.observations = args[i + 1].toLong();
    if (args[i] == "--switches") options.switches = args[i + 1].toInt();
    if (args[i] == "--startups") options.startups = args[i + 1].toInt();
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  const Options options = parse(app.arguments());
  const std::string path = QDir::cleanPath(options.store).toStdString();

  long count = 0;
  try {
    if (std::filesystem::exists(path)) {
      auto existing = sbw::store::Database::openRawForReading(path);
      count = sbw::store::ObservationRepository(existing).count();
    }
  } catch (const std::exception&) {
    count = 0;  // not a store this program can read: generated afresh
  }
  if (count < options.observations * 9 / 10) {
    QElapsedTimer timer;
    timer.start();
    count = generate(path, options.observations);
    std::printf("generated %ld observations in %s (%.1f s)\n", count, path.c_str(), timer.elapsed() / 1000.0);
  } else {
    // Brought up to the current schema now, so no start below pays for a migration.
    sbw::store::Database::open(path);
    std::printf("reusing %ld observations in %s\n", count, path.c_str());
  }

  QTemporaryDir config;
  const QString emptyStore = config.filePath(QStringLiteral("empty.sqlite"));
  sbw::store::Database::open(emptyStore.toStdString());
  std::vector<double> usable;
  std::vector<double> explorer;
  std::vector<double> emptyUsable;
  for (int run = 0; run < options.startups; ++run) {
    const Startup full = startup(options.workbench, QString::fromStdString(path), config.path());
    const Startup empty = startup(options.workbench, emptyStore, config.path());
    if (!full.ok) {
      std::fprintf(stderr, "%s: the workbench did not report its start\n", qPrintable(options.workbench));
      return 1;
    }
    usable.push_back(full.usableMs);
    explorer.push_back(full.explorerMs);
    emptyUsable.push_back(empty.usableMs);
  }

  // Switching indicators, in this process: the explorer shown at a laptop's size.
  sbw::app::IndicatorExplorer view;
  view.resize(1366, 700);
  view.show();
  QSignalSpy catalogue(&view, &sbw::app::IndicatorExplorer::catalogueLoaded);
  QSignalSpy shown(&view, &sbw::app::IndicatorExplorer::indicatorShown);
  view.setStorePath(QString::fromStdString(path));
  if (!catalogue.wait(60000) || (shown.isEmpty() && !shown.wait(60000))) {
    std::fprintf(stderr, "%s: the explorer did not load\n", path.c_str());
    return 1;
  }
  const auto& indicators = sbw::IndicatorDictionary::builtIn().all();
  std::vector<double> switchMs;
  std::vector<double> readMs;
  int rows = 0;
  int columns = 0;
  for (int i = 0; i < options.switches; ++i) {
    const QString key = QString::fromStdString(indicators[static_cast<size_t>(i * 7 + 3) % indicators.size()].key);
    if (key == view.shownIndicator()) continue;
    shown.clear();
    QElapsedTimer timer;
    timer.start();
    view.showIndicator(key);
    if (!shown.wait(10000)) {
      std::fprintf(stderr, "%s: no chart for %s\n", path.c_str(), qPrintable(key));
      return 1;
    }
    view.repaint();  // paints the pivot and the chart now, as the next frame would
    switchMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    rows = view.table().rowCount();
    columns = view.table().columnCount();

    // The reference: the same figures read straight from SQLite, nothing else.
    QElapsedTimer bare;
    bare.start();
    auto db = sbw::store::Database::openRawForReading(path);
    auto statement =
        db.prepare("SELECT * FROM observations WHERE indicator_key = ?1 AND trusted = 1 AND kind = 'outturn'");
    statement.bind(1, key.toStdString());
    long read = 0;
    while (statement.step()) ++read;
    readMs.push_back(static_cast<double>(bare.nsecsElapsed()) / 1e6);
  }
  std::printf("workbench on %ld observations (%d areas x %d periods per indicator):\n", count, rows, columns);
  if (!usable.empty()) {
    std::printf("  cold start to a usable window: median %.0f ms, max %.0f ms (target < 1500); empty store %.0f ms\n",
                median(usable), *std::max_element(usable.begin(), usable.end()), median(emptyUsable));
  }
  if (!explorer.empty()) std::printf("  cold start to the explorer's first chart: median %.0f ms\n", median(explorer));
  std::printf(
      "  indicator switch (read, pivot, chart, painted): median %.0f ms, 90%% within %.0f ms, max %.0f ms over %zu"
      " (target < 100); bare SQLite read of the same rows %.0f ms\n",
      median(switchMs), quantile(switchMs, 0.9), *std::max_element(switchMs.begin(), switchMs.end()), switchMs.size(),
      median(readMs));
  return 0;
}
