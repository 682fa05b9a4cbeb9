#pragma once
// The store's contents as plain tables for export: the figures (observation_v), the actions
// (action_v) and the page text. Each cell is text as a spreadsheet should see it. With `redact`,
// every cell has its e-mail addresses and phone numbers replaced (core/redaction.h), whether or not
// the store was imported with redaction.

#include <optional>
#include <string>
#include <vector>

namespace sbw::store {

class Database;

struct ExportTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

enum class ExportView { Figures, Actions, Pages };

std::optional<ExportView> exportViewFromName(const std::string& name);  // "figures", "actions", "pages"
std::vector<std::string> exportViewNames();

struct ExportOptions {
  bool redact = false;
  bool trustedOnly = false;  // figures: only those shown without review
};

ExportTable exportTable(Database& db, ExportView view, const ExportOptions& options = {});

}  // namespace sbw::store
