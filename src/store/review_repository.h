#pragma once
// The review queue: figures the reader was unsure of (trusted 0) wait until a reviewer accepts one
// (it is right: trusted), corrects it (its area, indicator, period and/or value set: trusted) or
// rejects it (it is wrong: it stays untrusted and leaves the queue). Like corrections, decisions are
// keyed by the document's file name, the page and the figure's subject, never by row ids, so they
// survive a re-import and `sbw reextract` and attach to the figure read again. Every decision is
// written to the audit log in the same savepoint.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/observation.h"
#include "store/review.h"

namespace sbw::store {

class Database;

// What a reviewer sets: each field given replaces the one read.
struct FigureEdit {
  std::optional<std::string> area;          // a name or ONS code of the area registry
  std::optional<std::string> indicatorKey;  // a key of the indicator dictionary
  std::optional<std::string> period;        // as printed: "2014-15", "at 31 March 2015"
  std::optional<double> value;
  bool empty() const { return !area && !indicatorKey && !period && !value; }
};

struct FigureReview {
  std::int64_t id = 0;
  std::string document;        // file name
  std::string documentSha256;  // the version that was reviewed
  int page = 0;
  std::string subjectKey;
  ReviewDecision decision = ReviewDecision::Accepted;
  // What a correction set (canonical area name, dictionary key, period as given); nullopt otherwise.
  std::optional<std::string> area;
  std::optional<std::string> indicatorKey;
  std::optional<std::string> periodLabel;
  std::optional<double> value;
  std::string original;  // the figure as read when reviewed, in one line
  std::string author;
  std::string reason;
  std::string createdAt;
  bool attached = false;  // an observation currently carries it
};

class ReviewRepository {
 public:
  explicit ReviewRepository(Database& db) : db_(db) {}

  // Figures waiting for review: untrusted and not yet reviewed, ordered by document, page and id; at
  // most `limit` (all when < 0).
  std::vector<Observation> queue(int limit = -1) const;
  int queueCount() const;

  // Each returns the review's id. A new decision on a figure replaces the earlier one (and the value
  // correction made with it); the audit log keeps the history. Throws StoreError when there is no
  // such observation, or `author` or `reason` is empty.
  // accept: the figure as read is right. Refused for a figure without an area, an indicator or a
  // dated period: a trusted figure must have them, so it needs correcting instead.
  std::int64_t accept(std::int64_t observationId, const std::string& author, const std::string& reason);
  // reject: the figure is wrong. It stays untrusted, out of trends, and leaves the queue.
  std::int64_t reject(std::int64_t observationId, const std::string& author, const std::string& reason);
  // correct: sets any of area, indicator, period and value (at least one); the figure becomes trusted,
  // so with the edit it must have an area, an indicator and a dated period. Fields an earlier
  // correction of the same figure set and this one leaves out stay corrected. The value goes to the
  // value corrections (CorrectionRepository). Throws StoreError naming the nearest known areas or
  // indicator keys for ones it does not know, and for a period it cannot read.
  std::int64_t correct(std::int64_t observationId, const FigureEdit& edit, const std::string& author,
                       const std::string& reason);
  // Removes a review: the figure returns to the queue, and a value correction made with it is
  // removed too. False when there was no review with that id.
  bool undo(std::int64_t reviewId, const std::string& author, const std::string& reason);

  std::vector<FigureReview> reviews() const;  // newest first
  std::vector<FigureReview> reviewsOf(const std::string& document, int page, const std::string& subjectKey) const;
  // Reviews whose figure is not in the store now; they re-attach when it comes back.
  int detachedCount() const;

 private:
  Database& db_;
};

}  // namespace sbw::store
