#pragma once
// Committee Pack: the title page, the sections in order (trend charts, comparisons, tables, a
// filtered action tracker, text, headings), a definition saved as JSON (report/pack_spec.h) that
// rebuilds after new documents are imported, and Build PDF. The store is read on a worker; the
// pages are laid out on the GUI thread, where charts can be drawn.

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>
#include <memory>
#include <optional>
#include <vector>

#include "report/pack_builder.h"
#include "report/pack_spec.h"

namespace Ui {
class PackBuilderDialog;
}

namespace sbw::app {

class PackBuilderDialog : public QDialog {
  Q_OBJECT
 public:
  explicit PackBuilderDialog(const QString& storePath, QWidget* parent = nullptr);
  ~PackBuilderDialog() override;

  void setSpec(const report::PackSpec& spec);
  report::PackSpec spec() const;
  // Reads or writes a definition; shows why when it cannot. True on success.
  bool openDefinition(const QString& path);
  bool saveDefinition(const QString& path);
  // Builds the pack into `path` in the background; `built` or `failed` reports the outcome.
  void build(const QString& path);
  // Adds a section of the kind the Add button would, after the one chosen, and chooses it.
  void addSection(const report::PackSection& section);
  int sectionCount() const { return static_cast<int>(sections_.size()); }

 Q_SIGNALS:
  void built(const QString& path, int pages);
  void failed(const QString& message);

 private:
  struct Read {
    std::optional<report::PackData> data;
    QString error;
  };
  void fillIndicators();
  void addChosenKind();
  void removeSection();
  void moveSection(int by);
  void showSection(int row);  // the editor shows the section at `row`
  void sectionEdited();       // the editor's fields become the chosen section
  void refreshList();
  void chooseOpen();
  void chooseSave();
  void chooseBuild();
  void finishBuild(Read read);
  int currentRow() const;

  std::unique_ptr<Ui::PackBuilderDialog> ui_;
  QString storePath_;
  std::vector<report::PackSection> sections_;
  report::PackSpec loaded_;  // the definition last opened or set, for what the dialog does not show
  QString buildPath_;
  report::PackSpec buildSpec_;
  bool showing_ = false;  // the editor is being filled, not edited
  QThreadPool pool_;
  QFutureWatcher<Read> watcher_;
};

}  // namespace sbw::app
