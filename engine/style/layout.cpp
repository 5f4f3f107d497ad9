#include "style/layout.hpp"

namespace style {

template <class Map>
static const typename Map::mapped_type* find_in(const Map& map, const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

const ParagraphStyle* Layout::paragraph_style(const std::string& name) const {
  return find_in(paragraph_styles, name);
}
const CharacterStyle* Layout::character_style(const std::string& name) const {
  return find_in(character_styles, name);
}
const Master* Layout::master(const std::string& name) const { return find_in(masters, name); }

const draw::Swatch* Layout::swatch(const std::string& name) const {
  for (const auto& s : swatches)
    if (s.name == name) return &s;
  return nullptr;
}

const LanguageSettings* Layout::language(const std::string& code) const {
  for (const auto& l : languages)
    if (l.code == code) return &l;
  return nullptr;
}

const Label* LanguageSettings::label(const std::string& key) const { return find_in(labels, key); }

const PanelDef* Layout::panel(const std::string& name) const {
  for (const auto& sheet : sheets)
    for (const auto& p : sheet.panels)
      if (p.name == name) return &p;
  return nullptr;
}

}  // namespace style
