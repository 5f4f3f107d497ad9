#pragma once
// Which translations are missing, outdated or current. A translation is current when its
// translated-from (written by `xliff import`) is the fingerprint of today's source text,
// outdated when it is another, unrecorded when it has none (written by hand, never imported).
#include <string>
#include <vector>

#include "xliff/text_units.hpp"

namespace xliff {

enum class TranslationState { current, outdated, missing, unrecorded };

const char* state_name(TranslationState state);

struct TranslationFinding {
  const TextUnit* unit = nullptr;
  std::string language;
  TranslationState state = TranslationState::current;
  util::SourceLocation where;  // the translation's <t>, or the element when it is missing
};

// Every (unit, target language) of the publication with a source text, in document order.
std::vector<TranslationFinding> translation_status(const Content& content);

}  // namespace xliff
