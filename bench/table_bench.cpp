// Table extraction benchmark on an ICDAR 2013 style folder (NAME.pdf, NAME-reg.xml, NAME-str.xml).
//   detection: Tabula's criterion (a detected box contains a true region, 2 pt slack, and touches
//              no other true region on the page), P/R/F1 over all tables;
//   structure: ICDAR 2013 adjacency relations between non-empty cells (right and down neighbours,
//              alphanumeric lower-case content), each true table against the detected table on the
//              same page that overlaps it most.
// The same rules as ../shared/tools/icdar_eval.py, so the two can be checked against each other.
// Timing: `sbw tables FILE --json` and `pdftotext -layout FILE` run once per file, alternately, in
// this run; the detected tables scored are those `sbw` printed.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "pdf/pdf_document.h"

namespace {

constexpr double kSlack = 2.0;

struct Rect {  // PDF points, origin bottom-left
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};

struct Cell {
  int row = 0, col = 0, rowspan = 1, colspan = 1;
  QString text;
};

struct TrueTable {
  int page = 0;
  Rect box;
  bool hasBox = false;
  std::vector<Cell> cells;
};

struct Detected {
  int page = 0;
  Rect box;
  std::vector<Cell> cells;
};

using Relation = std::tuple<QString, QString, char>;

QString norm(const QString& text) {
  QString out;
  for (const QChar c : text.toLower()) {
    if ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z')) out.append(c);
  }
  return out;
}

double coordinate(const QXmlStreamAttributes& attributes, const char* name) {
  // The ground truth has a typo or two ("26ß"): keep the digits only, as icdar_eval.py does.
  static const QRegularExpression junk(QStringLiteral("[^0-9.\\-]"));
  return attributes.value(QLatin1String(name)).toString().remove(junk).toDouble();
}

Rect readBox(const QXmlStreamAttributes& a) {
  return {coordinate(a, "x1"), coordinate(a, "y1"), coordinate(a, "x2"), coordinate(a, "y2")};
}

std::vector<std::pair<int, Rect>> readRegions(const QString& path) {
  std::vector<std::pair<int, Rect>> regions;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return regions;
  QXmlStreamReader xml(&file);
  int page = 0;
  while (!xml.atEnd()) {
    if (!xml.readNextStartElement()) continue;
    if (xml.name() == u"region") page = xml.attributes().value(QLatin1String("page")).toInt();
    if (xml.name() == u"bounding-box") regions.emplace_back(page, readBox(xml.attributes()));
  }
  return regions;
}

std::vector<TrueTable> readStructures(const QString& path) {
  std::vector<TrueTable> tables;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return tables;
  QXmlStreamReader xml(&file);
  Cell* cell = nullptr;
  while (!xml.atEnd()) {
    const auto token = xml.readNext();
    if (token == QXmlStreamReader::EndElement && xml.name() == u"cell") cell = nullptr;
    if (token != QXmlStreamReader::StartElement) continue;
    const auto a = xml.attributes();
    if (xml.name() == u"region") {
      tables.push_back({a.value(QLatin1String("page")).toInt(), {}, false, {}});
    } else if (xml.name() == u"cell" && !tables.empty()) {
      const int sr = a.value(QLatin1String("start-row")).toInt();
      const int sc = a.value(QLatin1String("start-col")).toInt();
      const int er = a.hasAttribute(QLatin1String("end-row")) ? a.value(QLatin1String("end-row")).toInt() : sr;
      const int ec = a.hasAttribute(QLatin1String("end-col")) ? a.value(QLatin1String("end-col")).toInt() : sc;
      tables.back().cells.push_back({sr, sc, er - sr + 1, ec - sc + 1, {}});
      cell = &tables.back().cells.back();
    } else if (xml.name() == u"bounding-box" && cell != nullptr) {
      const Rect b = readBox(a);
      TrueTable& t = tables.back();
      t.box = t.hasBox ? Rect{std::min(t.box.x1, b.x1), std::min(t.box.y1, b.y1), std::max(t.box.x2, b.x2),
                              std::max(t.box.y2, b.y2)}
                       : b;
      t.hasBox = true;
    } else if (xml.name() == u"content" && cell != nullptr) {
      cell->text = xml.readElementText();
    }
  }
  return tables;
}

std::set<Relation> relations(const std::vector<Cell>& cells) {
  std::map<std::pair<int, int>, size_t> grid;
  int maxRow = -1, maxCol = -1;
  for (size_t i = 0; i < cells.size(); ++i) {
    for (int r = cells[i].row; r < cells[i].row + cells[i].rowspan; ++r) {
      for (int c = cells[i].col; c < cells[i].col + cells[i].colspan; ++c) {
        grid[{r, c}] = i;
        maxRow = std::max(maxRow, r);
        maxCol = std::max(maxCol, c);
      }
    }
  }
  std::vector<QString> normed;
  for (const Cell& cell : cells) normed.push_back(norm(cell.text));
  std::set<Relation> out;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (normed[i].isEmpty()) continue;
    const Cell& cell = cells[i];
    for (int r = cell.row; r < cell.row + cell.rowspan; ++r) {
      for (int c = cell.col + cell.colspan; c <= maxCol; ++c) {
        const auto found = grid.find({r, c});
        if (found != grid.end() && found->second != i && !normed[found->second].isEmpty()) {
          out.emplace(normed[i], normed[found->second], 'h');
          break;
        }
      }
    }
    for (int c = cell.col; c < cell.col + cell.colspan; ++c) {
      for (int r = cell.row + cell.rowspan; r <= maxRow; ++r) {
        const auto found = grid.find({r, c});
        if (found != grid.end() && found->second != i && !normed[found->second].isEmpty()) {
          out.emplace(normed[i], normed[found->second], 'v');
          break;
        }
      }
    }
  }
  return out;
}

double overlap(const Rect& a, const Rect& b) {
  const double w = std::min(a.x2, b.x2) - std::max(a.x1, b.x1);
  const double h = std::min(a.y2, b.y2) - std::max(a.y1, b.y1);
  return std::max(0.0, w) * std::max(0.0, h);
}

bool contains(const Rect& outer, const Rect& inner) {
  return outer.x1 <= inner.x1 + kSlack && outer.y1 <= inner.y1 + kSlack && outer.x2 >= inner.x2 - kSlack &&
         outer.y2 >= inner.y2 - kSlack;
}

std::vector<Detected> parseSbw(const QByteArray& json) {
  std::vector<Detected> out;
  for (const QJsonValue value : QJsonDocument::fromJson(json).object().value(QLatin1String("tables")).toArray()) {
    const QJsonObject t = value.toObject();
    const double h = t.value(QLatin1String("page_height")).toDouble();
    const QJsonArray b = t.value(QLatin1String("bbox")).toArray();
    const double x1 = b.at(0).toDouble(), y1 = b.at(1).toDouble(), x2 = b.at(2).toDouble(), y2 = b.at(3).toDouble();
    Detected d;
    d.page = t.value(QLatin1String("page")).toInt();
    d.box = {std::min(x1, x2), h - std::max(y1, y2), std::max(x1, x2), h - std::min(y1, y2)};
    for (const QJsonValue cv : t.value(QLatin1String("cells")).toArray()) {
      const QJsonObject c = cv.toObject();
      d.cells.push_back({c.value(QLatin1String("row")).toInt(), c.value(QLatin1String("col")).toInt(),
                         c.value(QLatin1String("rowspan")).toInt(1), c.value(QLatin1String("colspan")).toInt(1),
                         c.value(QLatin1String("text")).toString()});
    }
    out.push_back(std::move(d));
  }
  return out;
}

struct Timed {
  QByteArray out;
  double seconds = 0;
  bool ok = false;
};

Timed runTimed(const QString& program, const QStringList& arguments) {
  QProcess process;
  QElapsedTimer timer;
  timer.start();
  process.start(program, arguments);
  const bool finished = process.waitForFinished(120000);
  Timed result;
  result.seconds = timer.nsecsElapsed() / 1e9;
  result.out = process.readAllStandardOutput();
  result.ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
  return result;
}

double printPrf(const char* what, long ok, long detected, long truth) {
  const double p = detected > 0 ? double(ok) / detected : 0;
  const double r = truth > 0 ? double(ok) / truth : 0;
  const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::printf("%-10s P %.3f  R %.3f  F1 %.3f   (%ld correct, %ld found, %ld expected)\n", what, p, r, f, ok, detected,
              truth);
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  auto option = [&](const QString& name, const QString& fallback) {
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
  };
  const QString data = option(QStringLiteral("--data"), QStringLiteral("../shared/icdar2013-eu"));
  const QString sbw = option(QStringLiteral("--sbw"), QCoreApplication::applicationDirPath() + QStringLiteral("/sbw"));
  const bool verbose = args.contains(QStringLiteral("--verbose"));
  // Floors for the suite: below either F1 the run fails (exit 1), naming the score.
  const double minDetection = option(QStringLiteral("--min-detection"), QStringLiteral("0")).toDouble();
  const double minStructure = option(QStringLiteral("--min-structure"), QStringLiteral("0")).toDouble();
  const QDir dir(data);
  const QStringList pdfs = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
  if (pdfs.isEmpty()) {
    std::fprintf(stderr, "sbw_table_bench: no PDFs in %s\n", qPrintable(data));
    return 2;
  }

  long expected = 0, correct = 0, erroneous = 0, relTruth = 0, relDetected = 0, relOk = 0;
  long pages = 0;
  double sbwSeconds = 0, pdftotextSeconds = 0;
  int files = 0;
  for (const QString& name : pdfs) {
    const QString pdf = dir.filePath(name);
    const QString stem = pdf.left(pdf.size() - 4);
    if (!QFileInfo::exists(stem + QStringLiteral("-str.xml"))) continue;
    ++files;
    try {
      pages += sbw::pdf::PdfDocument::open(pdf.toStdString()).pageCount();
    } catch (const std::exception& error) {
      std::fprintf(stderr, "%s: %s\n", qPrintable(name), error.what());
    }
    const Timed text = runTimed(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const Timed tables = runTimed(sbw, {QStringLiteral("tables"), pdf, QStringLiteral("--json")});
    pdftotextSeconds += text.seconds;
    sbwSeconds += tables.seconds;
    if (!tables.ok) std::fprintf(stderr, "%s: sbw tables failed\n", qPrintable(name));
    const std::vector<Detected> detected = tables.ok ? parseSbw(tables.out) : std::vector<Detected>{};

    const auto regions = readRegions(stem + QStringLiteral("-reg.xml"));
    std::vector<bool> taken(detected.size(), false);
    long fileCorrect = 0;
    for (size_t g = 0; g < regions.size(); ++g) {
      const auto& [page, box] = regions[g];
      for (size_t k = 0; k < detected.size(); ++k) {
        if (taken[k] || detected[k].page != page || !contains(detected[k].box, box)) continue;
        bool touchesOther = false;
        for (size_t o = 0; o < regions.size(); ++o) {
          if (o != g && regions[o].first == page && overlap(detected[k].box, regions[o].second) > 0)
            touchesOther = true;
        }
        if (touchesOther) continue;
        taken[k] = true;
        ++fileCorrect;
        break;
      }
    }
    const long fileWrong = static_cast<long>(std::count(taken.begin(), taken.end(), false));
    expected += static_cast<long>(regions.size());
    correct += fileCorrect;
    erroneous += fileWrong;

    std::vector<bool> used(detected.size(), false);
    long fileTruth = 0, fileOk = 0;
    for (const TrueTable& truth : readStructures(stem + QStringLiteral("-str.xml"))) {
      const std::set<Relation> g = relations(truth.cells);
      fileTruth += static_cast<long>(g.size());
      double best = 0;
      int bestIndex = -1;
      for (size_t k = 0; k < detected.size(); ++k) {
        if (used[k] || detected[k].page != truth.page || !truth.hasBox) continue;
        const double ov = overlap(detected[k].box, truth.box);
        if (ov > best) {
          best = ov;
          bestIndex = static_cast<int>(k);
        }
      }
      if (bestIndex < 0) continue;
      used[static_cast<size_t>(bestIndex)] = true;
      const std::set<Relation> d = relations(detected[static_cast<size_t>(bestIndex)].cells);
      relDetected += static_cast<long>(d.size());
      for (const Relation& r : d) fileOk += g.contains(r) ? 1 : 0;
    }
    for (size_t k = 0; k < detected.size(); ++k) {
      if (!used[k]) relDetected += static_cast<long>(relations(detected[k].cells).size());
    }
    relTruth += fileTruth;
    relOk += fileOk;
    if (verbose) {
      std::printf("%s: tables %ld/%zu +%ld wrong; relations %ld/%ld; sbw %.3f s, pdftotext %.3f s\n", qPrintable(name),
                  fileCorrect, regions.size(), fileWrong, fileOk, fileTruth, tables.seconds, text.seconds);
    }
  }
  std::printf("ICDAR-style folder %s: %d files, %ld pages\n", qPrintable(data), files, pages);
  const double detectionF1 = printPrf("detection", correct, correct + erroneous, expected);
  const double structureF1 = printPrf("structure", relOk, relDetected, relTruth);
  std::printf("time      sbw tables %.2f s (%.0f pages/s), pdftotext -layout %.2f s (%.0f pages/s), ratio %.2fx\n",
              sbwSeconds, pages / std::max(sbwSeconds, 1e-9), pdftotextSeconds,
              pages / std::max(pdftotextSeconds, 1e-9), sbwSeconds / std::max(pdftotextSeconds, 1e-9));
  if (detectionF1 < minDetection || structureF1 < minStructure) {
    std::fprintf(stderr, "sbw_table_bench: %s: detection F1 %.3f (floor %.2f), structure F1 %.3f (floor %.2f)\n",
                 qPrintable(data), detectionF1, minDetection, structureF1, minStructure);
    return 1;
  }
  return 0;
}
