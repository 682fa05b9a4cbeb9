#include "app/pack_builder_dialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrent>
#include <algorithm>

#include "core/indicator_dictionary.h"
#include "store/database.h"
#include "ui_pack_builder_dialog.h"

namespace sbw::app {
namespace {

// The kinds in the order of the Add combo.
enum Kind { ChartKind, ComparisonKind, TableKind, ActionsKind, TextKind, HeadingKind, FiguresKind };

const QDate kNoMeetingDate(2000, 1, 1);  // the date edit's minimum, shown blank

QStringList areasOf(const QString& text) {
  QStringList out;
  for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    if (!part.trimmed().isEmpty()) out << part.trimmed();
  }
  return out;
}

QString settingsKey() { return QStringLiteral("packs/lastDefinition"); }

}  // namespace

PackBuilderDialog::PackBuilderDialog(const QString& storePath, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::PackBuilderDialog>()), storePath_(storePath) {
  ui_->setupUi(this);
  pool_.setMaxThreadCount(1);
  ui_->meetingDateEdit->setMinimumDate(kNoMeetingDate);
  ui_->meetingDateEdit->setSpecialValueText(tr("none"));
  ui_->meetingDateEdit->setDate(kNoMeetingDate);
  fillIndicators();
  connect(ui_->addButton, &QPushButton::clicked, this, &PackBuilderDialog::addChosenKind);
  connect(ui_->removeButton, &QPushButton::clicked, this, &PackBuilderDialog::removeSection);
  connect(ui_->upButton, &QPushButton::clicked, this, [this] { moveSection(-1); });
  connect(ui_->downButton, &QPushButton::clicked, this, [this] { moveSection(1); });
  connect(ui_->sectionList, &QListWidget::currentRowChanged, this, &PackBuilderDialog::showSection);
  connect(ui_->indicatorCombo, &QComboBox::currentIndexChanged, this, &PackBuilderDialog::sectionEdited);
  for (QLineEdit* edit :
       {ui_->areasEdit, ui_->fromEdit, ui_->toEdit, ui_->periodEdit, ui_->ownerEdit, ui_->bodyEdit, ui_->documentEdit})
    connect(edit, &QLineEdit::textEdited, this, &PackBuilderDialog::sectionEdited);
  connect(ui_->openCheck, &QCheckBox::toggled, this, &PackBuilderDialog::sectionEdited);
  connect(ui_->overdueCheck, &QCheckBox::toggled, this, &PackBuilderDialog::sectionEdited);
  connect(ui_->forReviewCheck, &QCheckBox::toggled, this, &PackBuilderDialog::sectionEdited);
  connect(ui_->textEdit, &QPlainTextEdit::textChanged, this, &PackBuilderDialog::sectionEdited);
  connect(ui_->openButton, &QPushButton::clicked, this, &PackBuilderDialog::chooseOpen);
  connect(ui_->saveButton, &QPushButton::clicked, this, &PackBuilderDialog::chooseSave);
  connect(ui_->buildButton, &QPushButton::clicked, this, &PackBuilderDialog::chooseBuild);
  connect(&watcher_, &QFutureWatcher<Read>::finished, this, [this] {
    if (watcher_.future().resultCount() > 0) finishBuild(watcher_.future().takeResult());
  });
  showSection(-1);
}

PackBuilderDialog::~PackBuilderDialog() {
  watcher_.disconnect(this);
  pool_.waitForDone();
}

void PackBuilderDialog::fillIndicators() {
  // A figures list may leave the indicator open; the other kinds need one.
  ui_->indicatorCombo->addItem(tr("(any indicator: figures lists only)"), QString());
  std::vector<const Indicator*> indicators;
  for (const Indicator& indicator : IndicatorDictionary::builtIn().all()) indicators.push_back(&indicator);
  std::sort(indicators.begin(), indicators.end(),
            [](const Indicator* a, const Indicator* b) { return a->label < b->label; });
  for (const Indicator* indicator : indicators) {
    ui_->indicatorCombo->addItem(QString::fromStdString(indicator->label + " (" + indicator->key + ")"),
                                 QString::fromStdString(indicator->key));
  }
}

void PackBuilderDialog::setSpec(const report::PackSpec& spec) {
  ui_->titleEdit->setText(spec.title);
  ui_->committeeEdit->setText(spec.committee);
  const QDate date = QDate::fromString(spec.meetingDate, Qt::ISODate);
  ui_->meetingDateEdit->setDate(date.isValid() ? date : kNoMeetingDate);
  ui_->authorEdit->setText(spec.author);
  ui_->classificationCombo->setCurrentText(spec.classification);
  sections_ = spec.sections;
  loaded_ = spec;
  refreshList();
  ui_->sectionList->setCurrentRow(sections_.empty() ? -1 : 0);
  showSection(currentRow());  // the row may not have changed, and then no signal says so
}

report::PackSpec PackBuilderDialog::spec() const {
  // What the dialog does not show (the language; a meeting date that is not a date) is kept as read.
  report::PackSpec spec = loaded_;
  spec.title = ui_->titleEdit->text().trimmed();
  spec.committee = ui_->committeeEdit->text().trimmed();
  const QDate date = ui_->meetingDateEdit->date();
  const bool unreadDate =
      !loaded_.meetingDate.isEmpty() && !QDate::fromString(loaded_.meetingDate, Qt::ISODate).isValid();
  if (date != kNoMeetingDate) {
    spec.meetingDate = date.toString(Qt::ISODate);
  } else if (!unreadDate) {
    spec.meetingDate.clear();
  }
  spec.author = ui_->authorEdit->text().trimmed();
  spec.classification = ui_->classificationCombo->currentText().trimmed();
  spec.sections = sections_;
  return spec;
}

int PackBuilderDialog::currentRow() const { return ui_->sectionList->currentRow(); }

void PackBuilderDialog::refreshList() {
  const int row = currentRow();
  const QSignalBlocker block(ui_->sectionList);
  ui_->sectionList->clear();
  for (const auto& section : sections_) ui_->sectionList->addItem(report::sectionSummary(section));
  if (row >= 0 && row < ui_->sectionList->count()) ui_->sectionList->setCurrentRow(row);
}

void PackBuilderDialog::addSection(const report::PackSection& section) {
  const int at = currentRow() < 0 ? static_cast<int>(sections_.size()) : currentRow() + 1;
  sections_.insert(sections_.begin() + at, section);
  refreshList();
  ui_->sectionList->setCurrentRow(at);
}

void PackBuilderDialog::addChosenKind() {
  const QString indicator = ui_->indicatorCombo->currentData().toString();
  switch (ui_->kindCombo->currentIndex()) {
    case ChartKind: addSection(report::ChartSection{indicator, {}, {}, {}}); break;
    case ComparisonKind: addSection(report::ComparisonSection{indicator, {}}); break;
    case TableKind: addSection(report::TableSection{indicator, {}, {}, {}}); break;
    case ActionsKind: addSection(report::ActionsSection{true, false, {}, {}, {}}); break;
    case TextKind: addSection(report::TextSection{tr("Type the text here.")}); break;
    case HeadingKind: addSection(report::HeadingSection{tr("Part 2")}); break;
    case FiguresKind: addSection(report::FiguresSection{{}, indicator, {}, false}); break;
  }
}

void PackBuilderDialog::removeSection() {
  const int row = currentRow();
  if (row < 0) return;
  sections_.erase(sections_.begin() + row);
  refreshList();
  ui_->sectionList->setCurrentRow(std::min(row, static_cast<int>(sections_.size()) - 1));
  showSection(currentRow());
}

void PackBuilderDialog::moveSection(int by) {
  const int row = currentRow();
  const int to = row + by;
  if (row < 0 || to < 0 || to >= static_cast<int>(sections_.size())) return;
  std::swap(sections_[static_cast<size_t>(row)], sections_[static_cast<size_t>(to)]);
  refreshList();
  ui_->sectionList->setCurrentRow(to);
}

void PackBuilderDialog::showSection(int row) {
  showing_ = true;
  const bool valid = row >= 0 && row < static_cast<int>(sections_.size());
  const report::PackSection* section = valid ? &sections_[static_cast<size_t>(row)] : nullptr;
  const auto* chart = section ? std::get_if<report::ChartSection>(section) : nullptr;
  const auto* table = section ? std::get_if<report::TableSection>(section) : nullptr;
  const auto* comparison = section ? std::get_if<report::ComparisonSection>(section) : nullptr;
  const auto* actions = section ? std::get_if<report::ActionsSection>(section) : nullptr;
  const auto* text = section ? std::get_if<report::TextSection>(section) : nullptr;
  const auto* heading = section ? std::get_if<report::HeadingSection>(section) : nullptr;
  const auto* list = section ? std::get_if<report::FiguresSection>(section) : nullptr;
  const QString indicator = chart        ? chart->indicator
                            : table      ? table->indicator
                            : comparison ? comparison->indicator
                            : list       ? list->indicator
                                         : QString();
  if (chart || table || comparison || list) {
    int index = ui_->indicatorCombo->findData(indicator);
    if (index < 0) {
      // A key or label a script wrote: kept as written, and checked when the pack is built.
      ui_->indicatorCombo->addItem(indicator, indicator);
      index = ui_->indicatorCombo->count() - 1;
    }
    ui_->indicatorCombo->setCurrentIndex(index);
  }
  ui_->areasEdit->setText(chart   ? chart->areas.join(QStringLiteral(", "))
                          : table ? table->areas.join(QStringLiteral(", "))
                                  : QString());
  ui_->fromEdit->setText(chart ? chart->from : table ? table->from : QString());
  ui_->toEdit->setText(chart ? chart->to : table ? table->to : QString());
  ui_->periodEdit->setText(comparison ? comparison->period : QString());
  ui_->openCheck->setChecked(actions && actions->open && *actions->open);
  ui_->overdueCheck->setChecked(actions && actions->overdue);
  ui_->ownerEdit->setText(actions ? actions->owner : QString());
  ui_->bodyEdit->setText(actions ? actions->body : QString());
  ui_->textEdit->setPlainText(text ? text->text : heading ? heading->text : QString());
  const bool figures = chart || table || comparison || list;
  ui_->indicatorCombo->setEnabled(figures);
  ui_->areasEdit->setEnabled(chart || table || list);
  ui_->documentEdit->setEnabled(list);
  ui_->forReviewCheck->setEnabled(list);
  ui_->fromEdit->setEnabled(chart || table);
  ui_->toEdit->setEnabled(chart || table);
  ui_->periodEdit->setEnabled(comparison);
  for (QWidget* field :
       std::initializer_list<QWidget*>{ui_->openCheck, ui_->overdueCheck, ui_->ownerEdit, ui_->bodyEdit})
    field->setEnabled(actions);
  ui_->textEdit->setEnabled(text || heading);
  ui_->removeButton->setEnabled(valid);
  ui_->upButton->setEnabled(valid && row > 0);
  ui_->downButton->setEnabled(valid && row + 1 < static_cast<int>(sections_.size()));
  showing_ = false;
}

void PackBuilderDialog::sectionEdited() {
  const int row = currentRow();
  if (showing_ || row < 0 || row >= static_cast<int>(sections_.size())) return;
  report::PackSection& section = sections_[static_cast<size_t>(row)];
  const QString indicator = ui_->indicatorCombo->currentData().toString();
  if (auto* chart = std::get_if<report::ChartSection>(&section)) {
    *chart = report::ChartSection{indicator, areasOf(ui_->areasEdit->text()), ui_->fromEdit->text().trimmed(),
                                  ui_->toEdit->text().trimmed()};
  } else if (auto* table = std::get_if<report::TableSection>(&section)) {
    *table = report::TableSection{indicator, areasOf(ui_->areasEdit->text()), ui_->fromEdit->text().trimmed(),
                                  ui_->toEdit->text().trimmed()};
  } else if (auto* comparison = std::get_if<report::ComparisonSection>(&section)) {
    *comparison = report::ComparisonSection{indicator, ui_->periodEdit->text().trimmed()};
  } else if (auto* actions = std::get_if<report::ActionsSection>(&section)) {
    // Ticked: open only. Unticked: as the definition had it (complete only, or any).
    if (ui_->openCheck->isChecked()) {
      actions->open = true;
    } else if (actions->open == true) {
      actions->open.reset();
    }
    actions->overdue = ui_->overdueCheck->isChecked();
    actions->owner = ui_->ownerEdit->text().trimmed();
    actions->body = ui_->bodyEdit->text().trimmed();
  } else if (auto* list = std::get_if<report::FiguresSection>(&section)) {
    *list = report::FiguresSection{ui_->documentEdit->text().trimmed(), indicator, ui_->areasEdit->text().trimmed(),
                                   ui_->forReviewCheck->isChecked()};
  } else if (auto* text = std::get_if<report::TextSection>(&section)) {
    text->text = ui_->textEdit->toPlainText();
  } else if (auto* heading = std::get_if<report::HeadingSection>(&section)) {
    heading->text = ui_->textEdit->toPlainText().simplified();
  }
  if (QListWidgetItem* item = ui_->sectionList->item(row)) item->setText(report::sectionSummary(section));
}

bool PackBuilderDialog::openDefinition(const QString& path) {
  try {
    setSpec(report::readPackSpec(path));
    QSettings().setValue(settingsKey(), path);
    ui_->statusLabel->setText(tr("Opened %1.").arg(QFileInfo(path).fileName()));
    return true;
  } catch (const std::exception& error) {
    ui_->statusLabel->setText(QString::fromUtf8(error.what()));
    Q_EMIT failed(QString::fromUtf8(error.what()));
    return false;
  }
}

bool PackBuilderDialog::saveDefinition(const QString& path) {
  try {
    report::writePackSpec(spec(), path);
    QSettings().setValue(settingsKey(), path);
    ui_->statusLabel->setText(
        tr("Saved %1: build it again after importing new documents.").arg(QFileInfo(path).fileName()));
    return true;
  } catch (const std::exception& error) {
    ui_->statusLabel->setText(QString::fromUtf8(error.what()));
    Q_EMIT failed(QString::fromUtf8(error.what()));
    return false;
  }
}

void PackBuilderDialog::chooseOpen() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open Pack Definition"), QSettings().value(settingsKey()).toString(), tr("Pack definitions (*.json)"));
  if (!path.isEmpty()) openDefinition(path);
}

void PackBuilderDialog::chooseSave() {
  QString path = QFileDialog::getSaveFileName(this, tr("Save Pack Definition"),
                                              QSettings().value(settingsKey(), QStringLiteral("pack.json")).toString(),
                                              tr("Pack definitions (*.json)"));
  if (path.isEmpty()) return;
  if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) path += QStringLiteral(".json");
  saveDefinition(path);
}

void PackBuilderDialog::chooseBuild() {
  QString path = QFileDialog::getSaveFileName(this, tr("Build Pack"), QStringLiteral("pack.pdf"), tr("PDF (*.pdf)"));
  if (path.isEmpty()) return;
  if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) path += QStringLiteral(".pdf");
  build(path);
}

void PackBuilderDialog::build(const QString& path) {
  buildSpec_ = spec();
  buildPath_ = path;
  if (buildSpec_.title.isEmpty()) {
    ui_->statusLabel->setText(tr("Give the pack a title first."));
    Q_EMIT failed(ui_->statusLabel->text());
    return;
  }
  ui_->buildButton->setEnabled(false);
  ui_->statusLabel->setText(tr("Reading the figures…"));
  const std::string store = storePath_.toStdString();
  const report::PackSpec spec = buildSpec_;
  watcher_.setFuture(QtConcurrent::run(&pool_, [store, spec]() -> Read {
    try {
      store::Database db = store::Database::openRawForReading(store);
      return Read{report::readPackData(db, spec), {}};
    } catch (const std::exception& error) {
      return Read{std::nullopt, QString::fromUtf8(error.what())};
    }
  }));
}

void PackBuilderDialog::finishBuild(Read read) {
  ui_->buildButton->setEnabled(true);
  QString error = read.error;
  report::PackSummary summary;
  if (read.data) {
    try {
      summary = report::writePack(*read.data, buildSpec_, buildPath_);
    } catch (const std::exception& failure) {
      error = QString::fromUtf8(failure.what());
    }
  }
  if (!error.isEmpty()) {
    ui_->statusLabel->setText(tr("Not built: %1").arg(error));
    Q_EMIT failed(error);
    return;
  }
  ui_->statusLabel->setText(tr("Built %1: %2 pages, %3 figures citing %4 document pages.")
                                .arg(QFileInfo(buildPath_).fileName())
                                .arg(summary.pages)
                                .arg(summary.figures)
                                .arg(summary.citations));
  Q_EMIT built(buildPath_, summary.pages);
}

}  // namespace sbw::app
