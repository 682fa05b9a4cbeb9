#pragma once
// Redaction of a document's reading before it is stored: e-mail addresses and phone numbers
// leave the page text (and so search), the words, and every text a figure, action or meeting
// keeps. Figures and actions themselves stay; only the contact details go.

#include "ingest/document_reading.h"

namespace sbw::ingest {

void redactPersonalDetails(DocumentReading& reading);

// The words with contact details replaced: a number printed over several words ("020", "8227",
// "2000") becomes one word [phone] with their joint box.
std::vector<pdf::Word> redactedWords(const std::vector<pdf::Word>& words);

}  // namespace sbw::ingest
