#pragma once
// The area a figure in running text is for. In order of strength: an area printed right at the
// figure ("LBHF: 182,500", "19.5% in RBKC", "In Westminster, 24%"), the area the sentence is about,
// the area an earlier sentence of the paragraph named, a heading above it, the document's scope.
// "Across the three boroughs" is the partnership; "national" is England; a region named in passing
// ("the most active borough in London with 42.7%") does not take the figure from the authority
// the sentence is about; one number printed for two areas ("19% in K&C and Westminster") is shared.

#include <string>
#include <vector>

#include "core/area.h"
#include "extract/mentions.h"
#include "extract/numbers.h"
#include "extract/printed_figure.h"
#include "extract/sentences.h"

namespace sbw::extract {

struct AreaChoice {
  const Area* area = nullptr;
  std::string printed;
  Source source = Source::None;
  bool shared = false;
  Comparator comparator = Comparator::Local;
};

// Area mentions of a sentence, with "the three boroughs" and the like read as `partnership`.
std::vector<AreaMention> sentenceAreas(const Sentence& sentence, const Area* partnership);

// The area of the figure `numbers[figure]` from its own sentence, or source None.
AreaChoice areaInSentence(const Sentence& sentence, const std::vector<AreaMention>& areas,
                          const std::vector<NumberSpan>& numbers, const std::vector<size_t>& figures, size_t figure);

// The partnership "the three boroughs" means: the scope itself when it is a partnership, else
// the partnership of that many authorities the scope belongs to.
const Area* partnershipFor(const Area* scope, int members);

}  // namespace sbw::extract
