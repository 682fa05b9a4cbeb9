#pragma once
// Whether a figure may be shown without review: its area, indicator and period must each rest on
// evidence the readers are sure of (see docs/extraction.md, "Trusted or for review").

#include "extract/printed_figure.h"
#include "ingest/document_reading.h"

namespace sbw::ingest {

// Sets figure.trusted and, when it is not, figure.doubt (the first reason).
void decideTrust(const extract::PrintedFigure& printed, Figure& figure);

}  // namespace sbw::ingest
