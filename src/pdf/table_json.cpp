#include "pdf/table_json.h"

#include <cmath>
#include <cstdio>

namespace sbw::pdf {
namespace {

void appendEscaped(std::string& out, std::string_view text) {
  out.push_back('"');
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buffer;
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

void appendNumber(std::string& out, double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::isfinite(value) ? value : 0.0);
  out += buffer;
}

}  // namespace

std::string tablesToJson(std::string_view fileName, const std::vector<Table>& tables) {
  std::string out = "{\"file\": ";
  appendEscaped(out, fileName);
  out += ",\n \"tables\": [";
  for (size_t t = 0; t < tables.size(); ++t) {
    const Table& table = tables[t];
    out += t == 0 ? "\n  " : ",\n  ";
    out += "{\"page\": " + std::to_string(table.page) + ", \"page_width\": ";
    appendNumber(out, table.pageWidth);
    out += ", \"page_height\": ";
    appendNumber(out, table.pageHeight);
    out += ", \"bbox\": [";
    const double coords[] = {table.bbox.x1, table.bbox.y1, table.bbox.x2, table.bbox.y2};
    for (int i = 0; i < 4; ++i) {
      if (i > 0) out += ", ";
      appendNumber(out, coords[i]);
    }
    out += "], \"continues\": " + (table.continues ? std::to_string(*table.continues) : std::string("null"));
    out += ", \"rows\": " + std::to_string(table.rowCount) + ", \"cols\": " + std::to_string(table.columnCount);
    out += ", \"header_rows\": " + std::to_string(table.headerRows);
    out += ", \"ruled\": ";
    out += table.ruled ? "true" : "false";
    out += ",\n   \"cells\": [";
    bool firstCell = true;
    for (const TableCell& cell : table.cells) {
      if (cell.text.empty()) continue;  // the contract allows empty cells to be left out
      out += firstCell ? "\n    " : ",\n    ";
      firstCell = false;
      out += "{\"row\": " + std::to_string(cell.row) + ", \"col\": " + std::to_string(cell.col) +
             ", \"rowspan\": " + std::to_string(cell.rowspan) + ", \"colspan\": " + std::to_string(cell.colspan) +
             ", \"text\": ";
      appendEscaped(out, cell.text);
      out += "}";
    }
    out += "]}";
  }
  out += "]}\n";
  return out;
}

std::string tableToCsv(const Table& table) {
  std::string out;
  for (int r = 0; r < table.rowCount; ++r) {
    for (int c = 0; c < table.columnCount; ++c) {
      if (c > 0) out.push_back(',');
      const TableCell* cell = table.cellAt(r, c);
      if (cell == nullptr || cell->row != r || cell->col != c || cell->text.empty()) continue;
      const bool quote = cell->text.find_first_of(",\"\n\r") != std::string::npos;
      if (!quote) {
        out += cell->text;
        continue;
      }
      out.push_back('"');
      for (const char ch : cell->text) {
        if (ch == '"') out.push_back('"');
        out.push_back(ch);
      }
      out.push_back('"');
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace sbw::pdf
