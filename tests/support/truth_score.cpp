#include "support/truth_score.h"

#include <sqlite3.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace sbw::test {
namespace {

constexpr double kSlack = 0.005;  // a value agrees with the truth to half a hundredth

using Key = std::tuple<std::string, int>;  // document prefix, page

struct Observation {
  Key key;
  double value = 0;
  std::string area, indicatorKey, periodStart, periodEnd;
};

// Area, indicator key and period all as the truth has them. A financial year ("2016-17") runs
// from April to March; a point in time ("2017-03-31") starts and ends on its day.
bool agrees(const QJsonObject& figure, const Observation& got) {
  const std::string period = figure.value("period").toString().toStdString();
  std::string start = period, end = period;
  if (period.size() == 7 && period[4] == '-') {
    const int year = std::stoi(period.substr(0, 4));
    start = std::to_string(year) + "-04-01";
    end = std::to_string(year + 1) + "-03-31";
  }
  return figure.value("area").toString().toStdString() == got.area &&
         figure.value("indicator_key").toString().toStdString() == got.indicatorKey && start == got.periodStart &&
         end == got.periodEnd;
}

}  // namespace

TruthScore scoreAgainstTruth(const QString& storePath, const QString& truthPath) {
  TruthScore s;
  QFile file(truthPath);
  if (!file.open(QIODevice::ReadOnly)) return s;
  const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
  std::map<Key, std::vector<QJsonObject>> byPage;
  for (const QJsonValue& f : truth.value(QStringLiteral("figures")).toArray()) {
    const QJsonObject o = f.toObject();
    byPage[{o.value("doc").toString().toStdString(), o.value("page").toInt()}].push_back(o);
    ++s.truth;
  }
  s.pages = static_cast<int>(truth.value(QStringLiteral("pages")).toArray().size());
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(storePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return s;
  sqlite3_stmt* rows = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT document, page, value, area, IFNULL(indicator_key, ''), IFNULL(period_start, ''), "
                     "IFNULL(period_end, '') FROM observation_v WHERE value IS NOT NULL",
                     -1, &rows, nullptr);
  std::vector<Observation> observations;
  while (rows != nullptr && sqlite3_step(rows) == SQLITE_ROW) {
    const auto text = [&](int c) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(rows, c))); };
    observations.push_back({{text(0).substr(0, 3), sqlite3_column_int(rows, 1)},
                            sqlite3_column_double(rows, 2),
                            text(3),
                            text(4),
                            text(5),
                            text(6)});
  }
  sqlite3_finalize(rows);
  sqlite3_close(db);
  s.observations = static_cast<int>(observations.size());
  // Observations that agree in full are paired first, so that one that does not never takes the
  // true figure another agrees with; then the rest, by value alone.
  std::map<Key, std::vector<bool>> used;
  std::vector<bool> paired(observations.size(), false);
  for (const bool fully : {true, false}) {
    for (size_t o = 0; o < observations.size(); ++o) {
      if (paired[o]) continue;
      const Observation& got = observations[o];
      const auto& figures = byPage[got.key];
      auto& taken = used[got.key];
      taken.resize(figures.size(), false);
      for (size_t i = 0; i < figures.size(); ++i) {
        if (taken[i] || std::abs(figures[i].value("value").toDouble() - got.value) > kSlack) continue;
        if (fully && !agrees(figures[i], got)) continue;
        taken[i] = paired[o] = true;
        ++s.paired;
        s.right += fully ? 1 : 0;
        break;
      }
    }
  }
  return s;
}

}  // namespace sbw::test
