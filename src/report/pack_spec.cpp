#include "report/pack_spec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace sbw::report {
namespace {

[[noreturn]] void fail(const QString& where, const QString& what) {
  throw PackSpecError((where.isEmpty() ? what : where + ": " + what).toStdString());
}

// Every key of `object` must be one of `known`: a misspelt filter would otherwise be ignored.
void onlyKnownKeys(const QJsonObject& object, const QStringList& known, const QString& where) {
  QStringList unknown;
  for (const QString& key : object.keys()) {
    if (!known.contains(key)) unknown << QStringLiteral("'%1'").arg(key);
  }
  if (unknown.isEmpty()) return;
  fail(where, QStringLiteral("unknown key%1 %2 (known: %3)")
                  .arg(unknown.size() > 1 ? QStringLiteral("s") : QString(), unknown.join(QStringLiteral(", ")),
                       known.join(QStringLiteral(", "))));
}

QString text(const QJsonObject& object, const QString& key, const QString& where, bool required = false) {
  const QJsonValue value = object.value(key);
  if (value.isUndefined() || value.isNull()) {
    if (required) fail(where, QStringLiteral("'%1' is required").arg(key));
    return {};
  }
  if (!value.isString()) fail(where, QStringLiteral("'%1' must be a string").arg(key));
  if (required && value.toString().trimmed().isEmpty()) fail(where, QStringLiteral("'%1' is empty").arg(key));
  return value.toString().trimmed();
}

QStringList texts(const QJsonObject& object, const QString& key, const QString& where) {
  const QJsonValue value = object.value(key);
  if (value.isUndefined() || value.isNull()) return {};
  if (!value.isArray()) fail(where, QStringLiteral("'%1' must be a list of strings").arg(key));
  QStringList out;
  for (const QJsonValue& item : value.toArray()) {
    if (!item.isString()) fail(where, QStringLiteral("'%1' must be a list of strings").arg(key));
    out << item.toString().trimmed();
  }
  return out;
}

std::optional<bool> flag(const QJsonObject& object, const QString& key, const QString& where) {
  const QJsonValue value = object.value(key);
  if (value.isUndefined() || value.isNull()) return std::nullopt;
  if (!value.isBool()) fail(where, QStringLiteral("'%1' must be true or false").arg(key));
  return value.toBool();
}

QJsonObject objectOf(const QJsonValue& value, const QString& where) {
  if (!value.isObject()) fail(where, QStringLiteral("must be an object"));
  return value.toObject();
}

PackSection sectionFrom(const QJsonValue& value, const QString& where) {
  const QJsonObject outer = objectOf(value, where);
  const QStringList kinds = {QStringLiteral("chart"),   QStringLiteral("comparison"), QStringLiteral("table"),
                             QStringLiteral("actions"), QStringLiteral("text"),       QStringLiteral("heading"),
                             QStringLiteral("figures")};
  if (outer.size() != 1) {
    fail(where, QStringLiteral("a section has exactly one key, its kind (%1); this one has %2")
                    .arg(kinds.join(QStringLiteral(", ")))
                    .arg(outer.size()));
  }
  const QString kind = outer.begin().key();
  const QString at = where + QLatin1Char('.') + kind;
  const QJsonValue body = outer.begin().value();
  if (kind == QLatin1String("text") || kind == QLatin1String("heading")) {
    if (!body.isString() || body.toString().trimmed().isEmpty()) fail(at, QStringLiteral("must be a non-empty string"));
    if (kind == QLatin1String("text")) return TextSection{body.toString().trimmed()};
    return HeadingSection{body.toString().trimmed()};
  }
  if (kind == QLatin1String("chart") || kind == QLatin1String("table")) {
    const QJsonObject o = objectOf(body, at);
    onlyKnownKeys(
        o, {QStringLiteral("indicator"), QStringLiteral("areas"), QStringLiteral("from"), QStringLiteral("to")}, at);
    const QString indicator = text(o, QStringLiteral("indicator"), at, true);
    const QStringList areas = texts(o, QStringLiteral("areas"), at);
    const QString from = text(o, QStringLiteral("from"), at);
    const QString to = text(o, QStringLiteral("to"), at);
    if (kind == QLatin1String("chart")) return ChartSection{indicator, areas, from, to};
    return TableSection{indicator, areas, from, to};
  }
  if (kind == QLatin1String("comparison")) {
    const QJsonObject o = objectOf(body, at);
    onlyKnownKeys(o, {QStringLiteral("indicator"), QStringLiteral("period")}, at);
    return ComparisonSection{text(o, QStringLiteral("indicator"), at, true), text(o, QStringLiteral("period"), at)};
  }
  if (kind == QLatin1String("actions")) {
    const QJsonObject o = objectOf(body, at);
    onlyKnownKeys(o,
                  {QStringLiteral("open"), QStringLiteral("overdue"), QStringLiteral("owner"), QStringLiteral("body"),
                   QStringLiteral("text")},
                  at);
    ActionsSection actions;
    actions.open = flag(o, QStringLiteral("open"), at);
    actions.overdue = flag(o, QStringLiteral("overdue"), at).value_or(false);
    actions.owner = text(o, QStringLiteral("owner"), at);
    actions.body = text(o, QStringLiteral("body"), at);
    actions.text = text(o, QStringLiteral("text"), at);
    return actions;
  }
  if (kind == QLatin1String("figures")) {
    const QJsonObject o = objectOf(body, at);
    onlyKnownKeys(
        o,
        {QStringLiteral("document"), QStringLiteral("indicator"), QStringLiteral("area"), QStringLiteral("for_review")},
        at);
    return FiguresSection{text(o, QStringLiteral("document"), at), text(o, QStringLiteral("indicator"), at),
                          text(o, QStringLiteral("area"), at),
                          flag(o, QStringLiteral("for_review"), at).value_or(false)};
  }
  fail(where, QStringLiteral("unknown section kind '%1' (known: %2)").arg(kind, kinds.join(QStringLiteral(", "))));
}

QJsonArray arrayOf(const QStringList& list) {
  QJsonArray out;
  for (const QString& item : list) out.append(item);
  return out;
}

// The optional fields of a section, written only when set, so a saved file reads as typed.
void putText(QJsonObject& object, const QString& key, const QString& value) {
  if (!value.isEmpty()) object.insert(key, value);
}

QJsonObject sectionToJson(const PackSection& section) {
  QJsonObject body;
  if (const auto* chart = std::get_if<ChartSection>(&section)) {
    body.insert(QStringLiteral("indicator"), chart->indicator);
    if (!chart->areas.isEmpty()) body.insert(QStringLiteral("areas"), arrayOf(chart->areas));
    putText(body, QStringLiteral("from"), chart->from);
    putText(body, QStringLiteral("to"), chart->to);
  } else if (const auto* table = std::get_if<TableSection>(&section)) {
    body.insert(QStringLiteral("indicator"), table->indicator);
    if (!table->areas.isEmpty()) body.insert(QStringLiteral("areas"), arrayOf(table->areas));
    putText(body, QStringLiteral("from"), table->from);
    putText(body, QStringLiteral("to"), table->to);
  } else if (const auto* comparison = std::get_if<ComparisonSection>(&section)) {
    body.insert(QStringLiteral("indicator"), comparison->indicator);
    putText(body, QStringLiteral("period"), comparison->period);
  } else if (const auto* actions = std::get_if<ActionsSection>(&section)) {
    if (actions->open) body.insert(QStringLiteral("open"), *actions->open);
    if (actions->overdue) body.insert(QStringLiteral("overdue"), true);
    putText(body, QStringLiteral("owner"), actions->owner);
    putText(body, QStringLiteral("body"), actions->body);
    putText(body, QStringLiteral("text"), actions->text);
  } else if (const auto* figures = std::get_if<FiguresSection>(&section)) {
    putText(body, QStringLiteral("document"), figures->document);
    putText(body, QStringLiteral("indicator"), figures->indicator);
    putText(body, QStringLiteral("area"), figures->area);
    if (figures->forReview) body.insert(QStringLiteral("for_review"), true);
  } else if (const auto* words = std::get_if<TextSection>(&section)) {
    return QJsonObject{{QStringLiteral("text"), words->text}};
  } else if (const auto* heading = std::get_if<HeadingSection>(&section)) {
    return QJsonObject{{QStringLiteral("heading"), heading->text}};
  }
  return QJsonObject{{sectionKind(section), body}};
}

}  // namespace

PackSpec parsePackSpec(const QByteArray& json) {
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(json, &error);
  if (error.error != QJsonParseError::NoError) {
    fail({}, QStringLiteral("not JSON: %1 at character %2").arg(error.errorString()).arg(error.offset));
  }
  if (!document.isObject()) fail({}, QStringLiteral("a pack definition is a JSON object"));
  const QJsonObject root = document.object();
  onlyKnownKeys(
      root,
      {QStringLiteral("title"), QStringLiteral("committee"), QStringLiteral("meeting_date"), QStringLiteral("author"),
       QStringLiteral("classification"), QStringLiteral("language"), QStringLiteral("sections")},
      {});
  PackSpec spec;
  spec.title = text(root, QStringLiteral("title"), {}, true);
  spec.committee = text(root, QStringLiteral("committee"), {});
  spec.meetingDate = text(root, QStringLiteral("meeting_date"), {});
  spec.author = text(root, QStringLiteral("author"), {});
  spec.classification = text(root, QStringLiteral("classification"), {});
  const QString language = text(root, QStringLiteral("language"), {});
  if (!language.isEmpty()) {
    // A BCP 47 tag, as a PDF reader and a screen reader expect it: "en-GB", "cy", "pa-Guru-IN".
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    if (!tag.match(language).hasMatch()) {
      fail({}, QStringLiteral("'language' is a language tag such as en-GB or cy, not '%1'").arg(language));
    }
    spec.language = language;
  }
  const QJsonValue sections = root.value(QStringLiteral("sections"));
  if (!sections.isArray()) fail({}, QStringLiteral("'sections' must be a list"));
  const QJsonArray list = sections.toArray();
  for (qsizetype i = 0; i < list.size(); ++i) {
    spec.sections.push_back(sectionFrom(list[i], QStringLiteral("sections[%1]").arg(i)));
  }
  return spec;
}

PackSpec readPackSpec(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    throw PackSpecError((path + QStringLiteral(": cannot read: ") + file.errorString()).toStdString());
  }
  try {
    return parsePackSpec(file.readAll());
  } catch (const PackSpecError& error) {
    throw PackSpecError(path.toStdString() + ": " + error.what());
  }
}

QByteArray packSpecToJson(const PackSpec& spec) {
  QJsonObject root;
  root.insert(QStringLiteral("title"), spec.title);
  putText(root, QStringLiteral("committee"), spec.committee);
  putText(root, QStringLiteral("meeting_date"), spec.meetingDate);
  putText(root, QStringLiteral("author"), spec.author);
  putText(root, QStringLiteral("classification"), spec.classification);
  if (spec.language != QLatin1String("en-GB")) root.insert(QStringLiteral("language"), spec.language);
  QJsonArray sections;
  for (const PackSection& section : spec.sections) sections.append(sectionToJson(section));
  root.insert(QStringLiteral("sections"), sections);
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void writePackSpec(const PackSpec& spec, const QString& path) {
  // Never saved unless it reads back: a definition that cannot be opened again would be lost work.
  const QByteArray json = packSpecToJson(spec);
  try {
    parsePackSpec(json);
  } catch (const PackSpecError& error) {
    throw PackSpecError((path + QStringLiteral(": not saved: ")).toStdString() + error.what());
  }
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0 || !file.commit()) {
    throw std::runtime_error((path + QStringLiteral(": cannot write: ") + file.errorString()).toStdString());
  }
}

QString sectionKind(const PackSection& section) {
  static const char* const kinds[] = {"chart", "comparison", "table", "actions", "text", "heading", "figures"};
  return QString::fromLatin1(kinds[section.index()]);
}

QString sectionSummary(const PackSection& section) {
  if (const auto* chart = std::get_if<ChartSection>(&section)) {
    QString out = QStringLiteral("Trend chart: %1").arg(chart->indicator);
    if (!chart->areas.isEmpty()) out += QStringLiteral(" (%1)").arg(chart->areas.join(QStringLiteral(", ")));
    if (!chart->from.isEmpty() || !chart->to.isEmpty()) out += QStringLiteral(", %1 to %2").arg(chart->from, chart->to);
    return out;
  }
  if (const auto* table = std::get_if<TableSection>(&section)) return QStringLiteral("Table: %1").arg(table->indicator);
  if (const auto* comparison = std::get_if<ComparisonSection>(&section)) {
    return QStringLiteral("Comparison: %1, %2")
        .arg(comparison->indicator,
             comparison->period.isEmpty() ? QStringLiteral("latest period") : comparison->period);
  }
  if (const auto* actions = std::get_if<ActionsSection>(&section)) {
    QStringList filters;
    if (actions->open) filters << (*actions->open ? QStringLiteral("open") : QStringLiteral("complete"));
    if (actions->overdue) filters << QStringLiteral("overdue");
    if (!actions->owner.isEmpty()) filters << QStringLiteral("owner %1").arg(actions->owner);
    if (!actions->body.isEmpty()) filters << actions->body;
    if (!actions->text.isEmpty()) filters << QStringLiteral("\"%1\"").arg(actions->text);
    return QStringLiteral("Actions") +
           (filters.isEmpty() ? QString() : QStringLiteral(": ") + filters.join(QStringLiteral(", ")));
  }
  if (const auto* figures = std::get_if<FiguresSection>(&section)) {
    QStringList filters;
    for (const QString& filter : {figures->document, figures->indicator, figures->area}) {
      if (!filter.isEmpty()) filters << filter;
    }
    if (figures->forReview) filters << QStringLiteral("with those for review");
    return QStringLiteral("Figures list") +
           (filters.isEmpty() ? QString() : QStringLiteral(": ") + filters.join(QStringLiteral(", ")));
  }
  if (const auto* words = std::get_if<TextSection>(&section)) return QStringLiteral("Text: ") + words->text.left(60);
  if (const auto* heading = std::get_if<HeadingSection>(&section)) return QStringLiteral("Heading: ") + heading->text;
  return {};
}

}  // namespace sbw::report
