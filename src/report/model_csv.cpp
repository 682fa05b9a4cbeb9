#include "report/model_csv.h"

#include <QAbstractItemModel>
#include <QRegularExpression>
#include <QSaveFile>
#include <stdexcept>
#include <vector>

#include "core/csv.h"

namespace sbw::report {
namespace {

std::string cellText(const QAbstractItemModel& model, const QModelIndex& index) {
  QVariant value = model.data(index, Qt::EditRole);
  if (!value.isValid()) value = model.data(index, Qt::DisplayRole);
  if (value.typeId() == QMetaType::Double) {
    // As many decimals as the value has, never an exponent: a spreadsheet reads it exactly.
    return QString::number(value.toDouble(), 'f', 10)
        .remove(QRegularExpression(QStringLiteral("\\.?0+$")))
        .toStdString();
  }
  return value.toString().toStdString();
}

}  // namespace

std::string modelToCsv(const QAbstractItemModel& model, const CsvOptions& options) {
  std::vector<std::string> header;
  if (options.rowHeaders) header.push_back(options.rowHeaderTitle.toStdString());
  for (int column = 0; column < model.columnCount(); ++column) {
    header.push_back(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().toStdString());
  }
  std::string out = csvRecord(header);
  for (int row = 0; row < model.rowCount(); ++row) {
    std::vector<std::string> fields;
    if (options.rowHeaders)
      fields.push_back(model.headerData(row, Qt::Vertical, Qt::DisplayRole).toString().toStdString());
    for (int column = 0; column < model.columnCount(); ++column)
      fields.push_back(cellText(model, model.index(row, column)));
    out += csvRecord(fields);
  }
  return out;
}

void writeTextFile(const std::string& text, const QString& path) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 ||
      !file.commit()) {
    throw std::runtime_error((path + QStringLiteral(": cannot write: ") + file.errorString()).toStdString());
  }
}

void writeModelCsv(const QAbstractItemModel& model, const QString& path, const CsvOptions& options) {
  writeTextFile(modelToCsv(model, options), path);
}

}  // namespace sbw::report
