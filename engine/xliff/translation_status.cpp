#include "xliff/translation_status.hpp"

namespace xliff {

const char* state_name(TranslationState state) {
  switch (state) {
    case TranslationState::current: return "current";
    case TranslationState::outdated: return "outdated";
    case TranslationState::missing: return "missing";
    case TranslationState::unrecorded: return "unrecorded";
  }
  return "";
}

std::vector<TranslationFinding> translation_status(const Content& content) {
  std::vector<TranslationFinding> out;
  for (const auto& file : content.files)
    for (const auto& unit : file.units) {
      const TextVersion* source = unit.in(content.source_language);
      if (!source) continue;
      const std::string print = fingerprint(source->tokens);
      for (const auto& language : content.languages) {
        if (language == content.source_language) continue;
        TranslationFinding finding{&unit, language, TranslationState::missing, unit.where};
        if (const TextVersion* t = unit.in(language)) {
          finding.where = t->where;
          finding.state = t->translated_from.empty()     ? TranslationState::unrecorded
                          : t->translated_from == print ? TranslationState::current
                                                        : TranslationState::outdated;
        }
        out.push_back(finding);
      }
    }
  return out;
}

}  // namespace xliff
