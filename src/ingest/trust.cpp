#include "ingest/trust.h"

namespace sbw::ingest {

void decideTrust(const extract::PrintedFigure& printed, Figure& figure, const TrustOptions& options) {
  using extract::Source;
  figure.trusted = false;
  if (printed.areaShared) {
    figure.doubt = "printed once for several areas";
  } else if (figure.area.empty() || figure.areaKey.empty()) {
    figure.doubt = "no area";
  } else if (!figure.periodStart || !figure.periodEnd) {
    figure.doubt = "no period";
  } else if (printed.periodFrom == Source::Document && printed.method == ExtractionMethod::Prose &&
             !options.trustDocumentPeriodInProse) {
    figure.doubt = "period taken from the document's reporting year";
  } else if (figure.indicatorKey.empty() && (options.requireIndicator || !printed.indicatorSettled)) {
    figure.doubt = "measure not in the indicator dictionary";
  } else if (printed.indicatorByTopicAlone) {
    // "There are 17 cases in which Supervision Orders are in place" under "Care Proceedings":
    // the section says what cases it is about, the sentence does not.
    figure.doubt = "measure named only by the section it stands in";
  } else {
    figure.trusted = true;
    figure.doubt.clear();
  }
}

}  // namespace sbw::ingest
