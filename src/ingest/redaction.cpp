#include "ingest/redaction.h"

#include <algorithm>

#include "core/redaction.h"

namespace sbw::ingest {
namespace {

// A phone number takes at most five words: "+44", "(0)20", "7641", "2500" and a stray group.
constexpr size_t kMostWordsInANumber = 5;

bool mayStartContactDetail(const std::string& text) { return text.find_first_of("0+(@") != std::string::npos; }

PhoneWords phoneWordsFrom(const std::vector<pdf::Word>& words, size_t first) {
  std::vector<std::string> texts;
  for (size_t k = first; k < words.size() && texts.size() < kMostWordsInANumber; ++k) texts.push_back(words[k].text);
  return leadingPhoneNumber(texts);
}

void redact(std::string& text) { text = redactContactDetails(text); }

}  // namespace

std::vector<pdf::Word> redactedWords(const std::vector<pdf::Word>& words) {
  std::vector<pdf::Word> out;
  out.reserve(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    pdf::Word word = words[i];
    if (!mayStartContactDetail(word.text)) {
      out.push_back(std::move(word));
      continue;
    }
    if (const PhoneWords phone = phoneWordsFrom(words, i); phone.count > 1) {
      const size_t n = phone.count;
      for (size_t k = 1; k < n; ++k) word.box = word.box.united(words[i + k].box);
      word.text = phone.redacted;
      word.spaceAfter = words[i + n - 1].spaceAfter;
      i += n - 1;
    } else {
      redact(word.text);
    }
    out.push_back(std::move(word));
  }
  return out;
}

void redactPersonalDetails(DocumentReading& reading) {
  redact(reading.title);
  for (PageText& page : reading.pages) {
    redact(page.text);
    page.words = redactedWords(page.words);
  }
  for (pdf::Table& table : reading.tables) {
    for (pdf::TableCell& cell : table.cells) redact(cell.text);
  }
  redact(reading.area);
  redact(reading.period);
  for (DocumentPart& part : reading.parts) {
    for (std::string* text : {&part.title, &part.area, &part.period}) redact(*text);
  }
  for (Figure& figure : reading.figures) {
    for (std::string* text :
         {&figure.snippet, &figure.note, &figure.doubt, &figure.areaLabel, &figure.indicatorLabel}) {
      redact(*text);
    }
  }
  for (Meeting& meeting : reading.meetings) {
    for (std::string* text : {&meeting.body, &meeting.title, &meeting.venue, &meeting.dateLabel, &meeting.time}) {
      redact(*text);
    }
    for (Attendee& attendee : meeting.attendees) {
      redact(attendee.name);
      redact(attendee.role);
    }
    for (AgendaItem& item : meeting.agenda) redact(item.title);
  }
  for (Action& action : reading.actions) {
    for (std::string* text : {&action.text, &action.owner, &action.updateText, &action.snippet, &action.agendaItem,
                              &action.reference, &action.dueLabel, &action.meetingBody}) {
      redact(*text);
    }
  }
  for (QualityNote& note : reading.notes) redact(note.message);
}

}  // namespace sbw::ingest
