#pragma once
// How the store reads an observation back: one SELECT of an observation with its document, its value
// correction and its review, and that row as an Observation. Shared by the repositories that return
// observations (ObservationRepository, ReviewRepository's queue); not part of the store's API.

#include <string>

#include "store/observation.h"

namespace sbw::store {

class Statement;

// "SELECT ... FROM observations o JOIN documents d ... LEFT JOIN observation_corrections c ...
// LEFT JOIN figure_reviews r ...", ending in a new line, ready for WHERE and ORDER BY.
const std::string& observationSelect();
Observation readObservation(const Statement& row);

}  // namespace sbw::store
