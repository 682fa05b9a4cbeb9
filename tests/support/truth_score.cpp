#include "support/truth_score.h"

#include <sqlite3.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace sbw::test {
namespace {

constexpr double kSlack = 0.005;  // a value agrees with the truth to half a hundredth

}  // namespace

TruthScore scoreAgainstTruth(const QString& storePath, const QString& truthPath) {
  TruthScore s;
  QFile file(truthPath);
  if (!file.open(QIODevice::ReadOnly)) return s;
  const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
  using Key = std::tuple<std::string, int>;  // document prefix, page
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
  std::map<Key, std::vector<bool>> used;
  while (rows != nullptr && sqlite3_step(rows) == SQLITE_ROW) {
    ++s.observations;
    const auto text = [&](int c) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(rows, c))); };
    const Key key{text(0).substr(0, 3), sqlite3_column_int(rows, 1)};
    auto& figures = byPage[key];
    auto& taken = used[key];
    taken.resize(figures.size(), false);
    // Paired with a true figure of the same value on the page, one that agrees in full if any does.
    const auto agrees = [&](const QJsonObject& figure) {
      const std::string period = figure.value("period").toString().toStdString();
      std::string start = period, end = period;      // a point in time: "2017-03-31"
      if (period.size() == 7 && period[4] == '-') {  // a financial year: "2016-17"
        const int year = std::stoi(period.substr(0, 4));
        start = std::to_string(year) + "-04-01";
        end = std::to_string(year + 1) + "-03-31";
      }
      return figure.value("area").toString().toStdString() == text(3) &&
             figure.value("indicator_key").toString().toStdString() == text(4) && start == text(5) && end == text(6);
    };
    std::optional<size_t> chosen;
    bool right = false;
    for (size_t i = 0; i < figures.size() && !right; ++i) {
      if (taken[i] || std::abs(figures[i].value("value").toDouble() - sqlite3_column_double(rows, 2)) > kSlack)
        continue;
      right = agrees(figures[i]);
      if (!chosen || right) chosen = i;
    }
    if (!chosen) continue;
    taken[*chosen] = true;
    ++s.paired;
    if (right) ++s.right;
  }
  sqlite3_finalize(rows);
  sqlite3_close(db);
  return s;
}

}  // namespace sbw::test
