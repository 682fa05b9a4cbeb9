#include "ingest/figure_checks.h"

namespace sbw::ingest {

void checkFigures(std::vector<Figure>& figures, std::vector<QualityNote>& notes) {
  (void)figures;
  (void)notes;
}

}  // namespace sbw::ingest
