#pragma once
// Quality flags: what a reader should know about a document or page before trusting its figures
// (no text layer, a value that could not be read, a label that matched no indicator...).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sbw::store {

class Database;

struct QualityFlag {
  std::int64_t id = 0;
  std::int64_t documentId = 0;
  std::optional<int> page;                    // nullopt: the whole document
  std::optional<std::int64_t> observationId;  // the figure it is about, when it is about one
  std::string kind;
  std::string message;
  std::string createdAt;
};

class QualityFlagRepository {
 public:
  // Kinds the store itself raises; extractors may add their own.
  static constexpr const char* kUnreadableValue = "unreadable_value";
  static constexpr const char* kNoTextLayer = "no_text_layer";
  static constexpr const char* kConflict = "conflict";
  static constexpr const char* kExtractionFailed = "extraction_failed";

  explicit QualityFlagRepository(Database& db) : db_(db) {}

  std::int64_t add(std::int64_t documentId, std::optional<int> page, const std::string& kind,
                   const std::string& message, std::optional<std::int64_t> observationId = std::nullopt);
  // Removes a document's flags of one kind (before an extractor raises them afresh); all kinds when empty.
  void clear(std::int64_t documentId, const std::string& kind = {});
  std::vector<QualityFlag> forDocument(std::int64_t documentId) const;
  std::map<std::string, int> countByKind() const;

 private:
  Database& db_;
};

}  // namespace sbw::store
