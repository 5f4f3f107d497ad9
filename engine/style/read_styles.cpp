// <paragraph-styles> and <character-styles>. A style may start as a copy of another, named by
// parent="…": one of the same file, wherever it is written there, or one of the base layout.
// A style that names itself as its parent extends the base layout's style of that name, so a
// leaflet can say "the handbook's body, smaller" in one line.
#include <algorithm>
#include <map>
#include <vector>

#include "style/layout_reading.hpp"
#include "util/suggest.hpp"

namespace style::reading {

using xml::Presence;

static void read_attributes(xml::Attributes& a, ParagraphStyle& style, bool has_parent) {
  // Without a parent nothing says how big the text is: a silent default would surprise.
  auto size_presence = has_parent ? Presence::optional : Presence::required;
  a.choice("font", style.font, {{"text", FontRole::text}, {"display", FontRole::display}});
  a.integer("weight", style.weight, 100, 900);
  a.boolean("italic", style.italic);
  a.positive_length("size", style.size, size_presence);
  a.positive_length("leading", style.leading, size_presence);
  a.choice("align", style.align,
           {{"left", Align::left}, {"center", Align::center}, {"right", Align::right}, {"justify", Align::justify}});
  a.coordinate("first-indent", style.first_indent);  // negative: a hanging indent
  a.length("left-indent", style.left_indent);
  a.length("space-before", style.space_before);
  a.length("space-after", style.space_after);
  a.identifier("color", style.color);
  a.boolean("keep-with-next", style.keep_with_next);
  a.boolean("span-columns", style.span_columns);
  a.boolean("no-runt", style.no_runt);
  a.boolean("hang-punctuation", style.hang_punctuation);
  a.boolean("hyphenate", style.hyphenate);
  a.boolean("uppercase", style.uppercase);
  a.number("letter-spacing", style.letter_spacing, -200, 1000);
  a.integer("min-lines", style.min_lines, 1, 10);
  a.length("min-size", style.min_size);
  if (style.min_size > style.size)
    a.error("min-size (" + pt_text(style.min_size) + ") is larger than the size (" + pt_text(style.size) +
            "); copy-fitting only ever reduces a style, so write a min-size at or below its size");
}

static void read_attributes(xml::Attributes& a, CharacterStyle& style, bool) {
  FontRole font{};
  if (a.choice("font", font, {{"text", FontRole::text}, {"display", FontRole::display}})) style.font = font;
  int weight = 0;
  if (a.integer("weight", weight, 100, 900)) style.weight = weight;
  bool flag = false;
  if (a.boolean("italic", flag)) style.italic = flag;
  std::string color;
  if (a.identifier("color", color)) style.color = color;
  double value = 0;
  if (a.number("size-scale", value, 0.1, 5)) style.size_scale = value;
  if (a.boolean("underline", flag)) style.underline = flag;
  if (a.coordinate("baseline-shift", value)) style.baseline_shift = value;
}

// The styles of one container element, resolved parent first.
template <class Style>
class StyleFamily {
 public:
  StyleFamily(const char* kind, FileReading& file, std::map<std::string, Style>& styles)
      : kind_(kind), file_(file), styles_(styles), base_(styles) {}

  void read(const tinyxml2::XMLElement& container) {
    std::vector<std::string> order;
    xml::read_children(container, file_.source, {{"style", [&](const tinyxml2::XMLElement& child) {
      xml::Attributes a(child, file_.source);
      std::string name;
      if (!a.identifier("name", name, Presence::required)) return;
      auto [earlier, first] = entries_.try_emplace(name, Entry{&child});
      if (!first) {
        a.error(std::string(kind_) + " \"" + name + "\" is defined twice; the first is on line " +
                std::to_string(earlier->second.element->GetLineNum()));
        return;
      }
      order.push_back(name);
    }}});
    for (const auto& name : order) styles_[name] = resolve(name);
  }

 private:
  enum class State { unread, reading, read };
  struct Entry {
    const tinyxml2::XMLElement* element;
    State state = State::unread;
    Style style{};
  };

  const Style& resolve(const std::string& name) {
    Entry& entry = entries_.at(name);
    if (entry.state == State::read) return entry.style;
    entry.state = State::reading;
    chain_.push_back(name);

    xml::Attributes a(*entry.element, file_.source);
    std::string ignored;
    a.identifier("name", ignored);
    std::string parent;
    bool has_parent = a.identifier("parent", parent);
    Style style{};
    if (has_parent) style = parent_of(name, parent, a);
    read_attributes(a, style, has_parent);
    a.reject_unknown();
    style.name = name;
    style.where = a.where();

    chain_.pop_back();
    entry.style = style;
    entry.state = State::read;
    return entry.style;
  }

  // What the style `name` starts from; defaults (and an error) when its parent is unusable.
  Style parent_of(const std::string& name, const std::string& parent, const xml::Attributes& a) {
    auto from_base = base_.find(parent);
    if (parent == name) {
      if (from_base != base_.end()) return from_base->second;
      a.error(std::string(kind_) + " \"" + name + "\" names itself as parent, which extends the base layout's \"" +
              name + "\", but there is none; remove parent=\"" + name + "\" or add the style to the base layout");
      return Style{};
    }
    auto here = entries_.find(parent);
    if (here != entries_.end()) {
      if (here->second.state == State::reading) {
        std::string cycle;
        for (auto it = std::find(chain_.begin(), chain_.end(), parent); it != chain_.end(); ++it) cycle += *it + " → ";
        a.error(std::string(kind_) + " \"" + name + "\" inherits from itself (" + cycle + parent +
                "); remove one of these parent= attributes");
        return Style{};
      }
      return resolve(parent);
    }
    if (from_base != base_.end()) return from_base->second;
    std::vector<std::string> known;
    for (const auto& [candidate, entry] : entries_) known.push_back(candidate);
    for (const auto& [candidate, style] : base_) known.push_back(candidate);
    a.error("unknown parent=\"" + parent + "\" of " + kind_ + " \"" + name + "\"" + util::did_you_mean(parent, known) +
            "; name a " + kind_ + " of this layout or of its base");
    return Style{};
  }

  const char* kind_;
  FileReading& file_;
  std::map<std::string, Style>& styles_;
  const std::map<std::string, Style> base_;  // as the base layout left them
  std::map<std::string, Entry> entries_;     // this file's
  std::vector<std::string> chain_;           // being resolved, outermost first
};

void read_paragraph_styles(const tinyxml2::XMLElement& element, FileReading& file) {
  StyleFamily<ParagraphStyle>("paragraph style", file, file.layout.paragraph_styles).read(element);
}

void read_character_styles(const tinyxml2::XMLElement& element, FileReading& file) {
  StyleFamily<CharacterStyle>("character style", file, file.layout.character_styles).read(element);
}

}  // namespace style::reading
