// <paragraph-styles> and <character-styles>: styles based on styles.
//
// Every paragraph style has a parent: the style its parent="…" names, or else body, the base of
// running text (body itself starts from nothing and must say its size and leading). A style
// holds its parent's values wherever it writes none, so a list, a table cell or a callout based
// on body follows a change of body's font or size. size="84.21%" is relative to the parent's
// size and leading="1.421" a ratio of the style's own size: the proportions survive a change.
//
// A character style changes only what it names over the paragraph it is used in; parent="…"
// makes it start from another character style.
//
// Declarations merge along the chain of layouts: a derived file's <style name="body"
// size="11pt"/> changes body's size and keeps the rest, and remove="true" takes a style out.
// The styles are therefore resolved only once the whole chain is read.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <vector>

#include "style/layout_reading.hpp"
#include "util/suggest.hpp"

namespace style::reading {

using xml::Presence;

namespace {

constexpr const char* kRunningText = "body";  // the default parent of paragraph styles

// What a style's own attributes are read against.
struct Inherited {
  bool has_base = false;     // a parent, or an earlier layer of the same style
  double parent_size = 0;    // pt: what size="85%" is relative to
};

// Sizes and leadings computed from a percentage or a ratio are rounded to 0.01 pt, the precision
// a designer writes and layout programs show: 84.21 % of 9.5 pt is 8 pt, not 7.99995 pt.
double hundredths(double points) { return std::round(points * 100) / 100; }

// "1.42" (a ratio) rather than "13.5pt" or "13.5mm".
bool is_bare_number(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return !text.empty() && text.find_first_not_of("0123456789.") == std::string_view::npos;
}

bool ends_with_percent(const char* text) {
  std::string_view view = text ? text : "";
  while (!view.empty() && view.back() == ' ') view.remove_suffix(1);
  return !view.empty() && view.back() == '%';
}

// Returns whether the layer sets the size or the leading (checked against each other after).
bool read_attributes(xml::Attributes& a, ParagraphStyle& style, const Inherited& from) {
  // Without a parent nothing says how big the text is: a silent default would surprise.
  auto needed = from.has_base ? Presence::optional : Presence::required;
  a.choice("font", style.font, {{"text", FontRole::text}, {"display", FontRole::display}});
  a.integer("weight", style.weight, 100, 900);
  a.boolean("italic", style.italic);

  double size = style.size;
  bool sets_size = false;
  if (ends_with_percent(a.written("size"))) {
    double scale = 1;
    if (a.percentage("size", scale, 10, 1000, needed)) {
      if (from.parent_size > 0)
        size = hundredths(from.parent_size * scale), sets_size = true;
      else
        a.error("size=\"" + std::string(a.written("size")) +
                "\" is relative to the parent's size, but this style has no parent; write a size in pt");
    }
  } else {
    sets_size = a.positive_length("size", size, needed);
  }
  if (sets_size) {
    // A copy-fitting floor inherited with the size keeps its proportion to it.
    if (style.min_size > 0 && !a.written("min-size") && style.size > 0) style.min_size *= size / style.size;
    style.size = size;
  }

  bool sets_leading = false;
  if (const char* leading = a.written("leading"); leading && is_bare_number(leading)) {
    std::string text;
    a.verbatim("leading", text);
    double ratio = std::atof(text.c_str());
    if (ratio < 0.5 || ratio > 3)
      a.error(xml::quoted("leading", text) + " is read as a ratio of the size (a number without unit) and is out of "
              "range; write a ratio from 0.5 to 3, such as leading=\"1.42\", or a length, such as leading=\"" +
              text + "pt\"");
    else
      style.leading_ratio = ratio, sets_leading = true;
  } else if (a.positive_length("leading", style.leading, needed)) {
    style.leading_ratio = 0;
    sets_leading = true;
  }

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
  return sets_size || sets_leading;
}

bool read_attributes(xml::Attributes& a, CharacterStyle& style, const Inherited&) {
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
  return false;
}

double size_of(const ParagraphStyle& style) { return style.size; }
double size_of(const CharacterStyle&) { return 0; }

// The checks on a finished paragraph style, at the element that last set what they concern.
void finish(ParagraphStyle& style, const xml::Attributes& a, bool sets_metrics) {
  if (style.leading_ratio > 0) style.leading = hundredths(style.leading_ratio * style.size);
  if (style.min_size > style.size + 1e-9)
    a.error("min-size (" + pt_text(style.min_size) + ") is larger than the size (" + pt_text(style.size) +
            ") of paragraph style \"" + style.name +
            "\"; copy-fitting only ever reduces a style, so write a min-size at or below its size");
  // Set solid or tighter, lines of text touch or collide: nearly always a slip (16 pt type on a
  // 13.5 pt leading inherited from body). A warning, not an error, since display type in capitals
  // or a one-line title can be set tight on purpose.
  if (sets_metrics && style.leading < style.size - 1e-9)
    a.warning("paragraph style \"" + style.name + "\" has a leading of " + pt_text(style.leading) +
              ", smaller than its size of " + pt_text(style.size) +
              ": its lines will touch; write a leading at least as large, or a ratio such as leading=\"1.3\"");
}
void finish(CharacterStyle&, const xml::Attributes&, bool) {}

// Resolves the declarations of one family of styles, parent first.
template <class Style>
class StyleResolver {
 public:
  StyleResolver(const char* kind, const char* default_parent, const StyleDeclarations& declarations,
                std::map<std::string, Style>& styles)
      : kind_(kind), default_parent_(default_parent), declarations_(declarations), styles_(styles) {}

  void run() {
    styles_.clear();
    for (const auto& [name, declaration] : declarations_.by_name)
      if (!declaration.layers.empty()) resolve(name);
  }

 private:
  enum class State { unread, reading, read };

  // nullptr when the style could not be resolved (the reason is reported).
  const Style* resolve(const std::string& name) {
    State& state = states_[name];
    if (state == State::read) {
      auto found = styles_.find(name);
      return found == styles_.end() ? nullptr : &found->second;
    }
    state = State::reading;
    chain_.push_back(name);
    const auto& layers = declarations_.by_name.at(name).layers;

    // The parent is the last one a layer names; parent="<its own name>", the old way of saying
    // "the base layout's", names none: the layers before it are merged anyway.
    std::optional<std::pair<std::string, const StyleLayer*>> parent;
    for (const auto& layer : layers)
      if (const char* named = layer.element->Attribute("parent"); named && name != named) parent = {named, &layer};
    if (const char* self = layers.front().element->Attribute("parent"); self && name == self)
      layers.front().source->error(*layers.front().element,
                                   std::string(kind_) + " \"" + name + "\" names itself as parent, which extends the "
                                   "base layout's \"" + name + "\", but there is none; remove parent=\"" + name +
                                   "\" or add the style to the base layout");

    Style style{};
    Inherited from;
    if (parent) {
      if (const Style* found = parent_style(name, parent->first, *parent->second)) style = *found, from.has_base = true;
    } else if (default_parent_ && name != default_parent_ && declared(default_parent_)) {
      if (const Style* found = parent_style(name, default_parent_, layers.front())) style = *found, from.has_base = true;
    }
    from.parent_size = from.has_base ? size_of(style) : 0;

    bool sets_metrics = false;
    std::optional<xml::Attributes> last;
    for (std::size_t i = 0; i < layers.size(); ++i) {
      xml::Attributes& a = last.emplace(*layers[i].source, *layers[i].element);
      std::string ignored;
      bool no = false;
      a.identifier("name", ignored);
      a.identifier("parent", ignored);
      a.boolean("remove", no);
      Inherited layer_from = from;
      layer_from.has_base = from.has_base || i > 0;
      sets_metrics |= read_attributes(a, style, layer_from);
      a.report_unknown();
      style.where = a.where();
    }
    style.name = name;
    finish(style, *last, sets_metrics);

    chain_.pop_back();
    state = State::read;
    return &(styles_[name] = style);
  }

  bool declared(const std::string& name) const {
    auto found = declarations_.by_name.find(name);
    return found != declarations_.by_name.end() && !found->second.layers.empty();
  }

  // The resolved parent of `name`, or nullptr (and an error at `at`) when it cannot serve.
  const Style* parent_style(const std::string& name, const std::string& parent, const StyleLayer& at) {
    auto error = [&](std::string message) { at.source->error(*at.element, std::move(message)); };
    auto found = declarations_.by_name.find(parent);
    if (found != declarations_.by_name.end() && !found->second.layers.empty()) {
      if (states_[parent] == State::reading) {
        std::string cycle;
        for (auto it = std::find(chain_.begin(), chain_.end(), parent); it != chain_.end(); ++it) cycle += *it + " → ";
        error(std::string(kind_) + " \"" + name + "\" inherits from itself (" + cycle + parent +
              "); remove one of these parent= attributes" +
              (parent == default_parent_ ? std::string(" (a style without parent= is based on ") + default_parent_ + ")"
                                         : ""));
        return nullptr;
      }
      return resolve(parent);
    }
    if (found != declarations_.by_name.end() && found->second.removed_at.known()) {
      error(std::string(kind_) + " \"" + name + "\" is based on \"" + parent + "\", which " +
            found->second.removed_at.str() + " removes; name another parent, or keep \"" + parent + "\"");
      return nullptr;
    }
    std::vector<std::string> known;
    for (const auto& [candidate, declaration] : declarations_.by_name)
      if (!declaration.layers.empty()) known.push_back(candidate);
    error("unknown parent=\"" + parent + "\" of " + kind_ + " \"" + name + "\"" + util::did_you_mean(parent, known) +
          "; name a " + kind_ + " of this layout or of its base");
    return nullptr;
  }

  const char* kind_;
  const char* default_parent_;  // nullptr: a style without parent= starts from nothing
  const StyleDeclarations& declarations_;
  std::map<std::string, Style>& styles_;
  std::map<std::string, State> states_;
  std::vector<std::string> chain_;  // being resolved, outermost first
};

// Notes the <style> elements of one file; they are resolved when the whole chain is read.
void record(const tinyxml2::XMLElement& container, FileReading& file, StyleDeclarations& declarations,
            const std::string& kind) {
  std::map<std::string, int> lines_in_this_file;
  xml::read_children(container, file.source, {{"style", [&](const tinyxml2::XMLElement& child) {
    xml::Attributes a(file.source, child);
    std::string name;
    if (!a.identifier("name", name, Presence::required)) return;
    auto [earlier, first] = lines_in_this_file.emplace(name, child.GetLineNum());
    if (!first) {
      a.error(kind + " \"" + name + "\" is defined twice; the first is on line " + std::to_string(earlier->second) +
              "; merge them");
      return;
    }
    auto found = declarations.by_name.find(name);
    const bool exists = found != declarations.by_name.end() && !found->second.layers.empty();
    if (is_removal(a, kind, name, exists)) {
      if (exists) found->second = StyleDeclaration{{}, a.where()};
      return;
    }
    declarations.by_name[name].layers.push_back({&child, &file.source});
  }}});
}

}  // namespace

bool is_removal(xml::Attributes& a, const std::string& what, const std::string& name, bool exists) {
  bool remove = false;
  if (!a.boolean("remove", remove) || !remove) return false;
  if (!exists)
    a.error("remove=\"true\" on " + what + " \"" + name +
            "\", which the base layout does not define: there is nothing to remove; delete this element");
  for (const auto* attribute = a.element().FirstAttribute(); attribute; attribute = attribute->Next()) {
    std::string_view attribute_name = attribute->Name();
    if (attribute_name != "remove" && attribute_name != "name" && attribute_name != "code" && attribute_name != "key")
      a.error("<" + std::string(a.element().Name()) + " remove=\"true\"> removes " + what + " \"" + name +
              "\" and says nothing else; delete " + xml::quoted(attribute_name, attribute->Value()) +
              " or remove=\"true\"");
  }
  if (a.element().FirstChildElement())
    a.error("<" + std::string(a.element().Name()) + " remove=\"true\"> removes " + what + " \"" + name +
            "\" and holds nothing; delete its content or remove=\"true\"");
  return true;
}

void read_paragraph_styles(const tinyxml2::XMLElement& element, FileReading& file) {
  record(element, file, file.provenance.paragraph_styles, "paragraph style");
}

void read_character_styles(const tinyxml2::XMLElement& element, FileReading& file) {
  record(element, file, file.provenance.character_styles, "character style");
}

void resolve_styles(Layout& layout, Provenance& provenance, util::Diagnostics&) {
  StyleResolver<ParagraphStyle>("paragraph style", kRunningText, provenance.paragraph_styles,
                                layout.paragraph_styles)
      .run();
  StyleResolver<CharacterStyle>("character style", nullptr, provenance.character_styles, layout.character_styles)
      .run();
}

}  // namespace style::reading
