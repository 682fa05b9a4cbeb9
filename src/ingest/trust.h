#pragma once
// Whether a figure may be shown without review: its area, indicator and period must each rest on
// evidence the readers are sure of. What is not sure waits in the review queue (trusted 0) with
// the first reason in `doubt`; it is never drawn as a trend. See docs/extraction.md.

#include "extract/printed_figure.h"
#include "ingest/document_reading.h"

namespace sbw::ingest {

struct TrustOptions {
  // A figure whose measure names no dictionary indicator cannot be charted or compared: it waits
  // for a reviewer to say what it measures.
  bool requireIndicator = true;
  // A period read only from the document's reporting year is a guess for a sentence; for a table
  // cell under a dated caption or heading it is the table's.
  bool trustDocumentPeriodInProse = false;
};

// Sets figure.trusted and, when it is not, figure.doubt (the first reason).
void decideTrust(const extract::PrintedFigure& printed, Figure& figure, const TrustOptions& options = {});

}  // namespace sbw::ingest
