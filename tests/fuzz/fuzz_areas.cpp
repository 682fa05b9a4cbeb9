// Fuzz target: areas named in text. The input is a printed name ("LBHF", "Royal Borough of
// Kensington and Chelsea Council", "E06000048") looked up in the built-in registry, with and
// without a day, and a sentence whose area mentions are found, "the three boroughs" included.
// Input with a tab in it is also read as a registry of its own (resources/areas.tsv's format).

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/area.h"
#include "core/area_registry.h"
#include "core/text.h"
#include "extract/area_reading.h"
#include "extract/mentions.h"
#include "extract/sentences.h"
#include "fuzz_input.h"

namespace {

using sbw::fuzz::check;

bool inRegistry(const sbw::AreaRegistry& registry, const sbw::Area* area) {
  const auto& all = registry.all();
  return area == nullptr || (area >= all.data() && area < all.data() + all.size());
}

void lookUp(const sbw::AreaRegistry& registry, std::string_view text, std::uint64_t hash) {
  sbw::areaNameKey(text);
  const sbw::Area* area = registry.resolve(text);
  check(inRegistry(registry, area));
  const auto day = sbw::Date::make(1990 + static_cast<int>(hash % 50), 1 + static_cast<int>((hash >> 8) % 12),
                                   1 + static_cast<int>((hash >> 16) % 28));
  const sbw::Area* then = registry.resolve(text, day);
  check(inRegistry(registry, then));
  check((area == nullptr) == (then == nullptr));  // the day only chooses among the same names
  check(inRegistry(registry, registry.byKey(text)));
  check(inRegistry(registry, registry.byCode(text)));
  if (area != nullptr) {
    for (const sbw::Area* member : registry.members(*area, day)) check(inRegistry(registry, member));
    for (const sbw::Area* partnership : registry.partnershipsOf(*area)) {
      check(partnership->kind == sbw::AreaKind::Partnership);
    }
  }
}

// The text as a sentence, with a partnership (chosen by the hash) for "the three boroughs".
void mentions(const sbw::AreaRegistry& registry, std::string_view text, std::uint64_t hash) {
  const std::vector<std::string> tokens = sbw::extract::wordsOf(std::string(text));
  for (const sbw::extract::AreaMention& mention : sbw::extract::findAreaMentions(tokens, registry)) {
    check(mention.begin < mention.end && mention.end <= tokens.size());
    check(mention.area != nullptr && inRegistry(registry, mention.area));
  }
  std::vector<const sbw::Area*> partnerships;
  for (const sbw::Area& area : registry.all()) {
    if (area.kind == sbw::AreaKind::Partnership) partnerships.push_back(&area);
  }
  const sbw::Area* partnership =
      partnerships.empty() || (hash & 1) == 0 ? nullptr : partnerships[(hash >> 1) % partnerships.size()];
  sbw::extract::Sentence sentence;
  for (const std::string& token : tokens) {
    sbw::extract::Word word;
    word.text = token;
    word.bare = sbw::extract::bareWord(token);
    word.lower = sbw::lowered(word.bare);
    sentence.words.push_back(std::move(word));
  }
  for (const sbw::extract::AreaMention& mention : sbw::extract::sentenceAreas(sentence, partnership)) {
    check(mention.begin < mention.end && mention.end <= sentence.words.size());
    check(mention.area != nullptr);
  }
  sbw::extract::partnershipFor(registry.resolve(text), static_cast<int>(hash % 5));
}

void registryOf(std::string_view text) {
  if (text.find('\t') == std::string_view::npos) return;
  try {
    const sbw::AreaRegistry registry = sbw::AreaRegistry::fromTsv(text);
    for (const sbw::Area& area : registry.all()) lookUp(registry, area.name, sbw::fuzz::hashOf(area.key));
  } catch (const std::invalid_argument&) {
    // Malformed data is refused with the line it is on: the expected outcome.
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = sbw::fuzz::textOf(data, size);
  const std::uint64_t hash = sbw::fuzz::hashOf(text);
  const sbw::AreaRegistry& registry = sbw::AreaRegistry::builtIn();
  lookUp(registry, text, hash);
  mentions(registry, text, hash);
  registryOf(text);
  return 0;
}
