#include "ingest/trust.h"

namespace sbw::ingest {

void decideTrust(const extract::PrintedFigure& printed, Figure& figure) {
  using extract::Source;
  figure.trusted = false;
  if (figure.area.empty() || figure.areaKey.empty()) {
    figure.doubt = printed.areaShared ? "printed once for several areas" : "no area";
  } else if (!figure.periodStart || !figure.periodEnd) {
    figure.doubt = "no period";
  } else if (printed.periodFrom == Source::Document && printed.method == ExtractionMethod::Prose) {
    figure.doubt = "period taken from the document's reporting year";
  } else if (figure.indicatorKey.empty() && !printed.indicatorSettled) {
    figure.doubt = "measure not in the indicator dictionary";
  } else {
    figure.trusted = true;
    figure.doubt.clear();
  }
}

}  // namespace sbw::ingest
