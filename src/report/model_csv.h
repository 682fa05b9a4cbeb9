#pragma once
// Any table the workbench shows (pivot, comparison, tracker, figures list) as CSV: UTF-8, RFC 4180
// (core/csv.h), the columns' headers first. A cell is its edit value where the model gives one (a
// number as a number, not "1,234 ⚠"), else the text shown.

#include <QString>
#include <string>

class QAbstractItemModel;

namespace sbw::report {

struct CsvOptions {
  // The rows' headers as a first column (the pivot's areas), under this title.
  bool rowHeaders = false;
  QString rowHeaderTitle = QStringLiteral("Area");
};

std::string modelToCsv(const QAbstractItemModel& model, const CsvOptions& options = {});
// Replaces `path` whole or not at all; throws std::runtime_error naming the file.
void writeModelCsv(const QAbstractItemModel& model, const QString& path, const CsvOptions& options = {});
// The same for text already made.
void writeTextFile(const std::string& text, const QString& path);

}  // namespace sbw::report
