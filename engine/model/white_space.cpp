#include "model/white_space.hpp"

#include <algorithm>
#include <string>

#include "model/values.hpp"

namespace model {
namespace {

// One walk over a translation in reading order, so a run of white space that spans element
// boundaries is seen as one run.
class Collapser {
 public:
  void run(std::vector<Inline>& content) {
    walk(content);
    drop_trailing_space();
  }

 private:
  bool after_space_ = true;  // at the start, after a space or after a line break
  std::string* trailing_space_ = nullptr;  // the text that ends with the last space written

  void walk(std::vector<Inline>& nodes) {
    for (auto& node : nodes) {
      switch (node.kind) {
        case InlineKind::text: collapse(node.text); break;
        case InlineKind::line_break:
          // A space before a forced break would hang in the margin, one after it would indent.
          drop_trailing_space();
          after_space_ = true;
          break;
        case InlineKind::number:
        case InlineKind::label:
          after_space_ = false;
          trailing_space_ = nullptr;
          break;
        default: walk(node.children);
      }
    }
  }

  void collapse(std::string& text) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (values::is_xml_space(text[i])) {
        if (after_space_) continue;
        text[kept++] = ' ';
        after_space_ = true;
      } else {
        text[kept++] = text[i];
        after_space_ = false;
      }
    }
    text.resize(kept);
    if (!text.empty()) trailing_space_ = text.back() == ' ' ? &text : nullptr;
  }

  void drop_trailing_space() {
    if (trailing_space_) trailing_space_->pop_back();
    trailing_space_ = nullptr;
  }
};

void drop_empty_text(std::vector<Inline>& nodes) {
  std::erase_if(nodes, [](const Inline& n) { return n.kind == InlineKind::text && n.text.empty(); });
  for (auto& node : nodes) drop_empty_text(node.children);
}

}  // namespace

void collapse_white_space(std::vector<Inline>& content) {
  Collapser().run(content);
  drop_empty_text(content);
}

bool has_content(const std::vector<Inline>& content) {
  return std::any_of(content.begin(), content.end(), [](const Inline& n) {
    return (n.kind == InlineKind::text && !n.text.empty()) || n.kind == InlineKind::number || n.kind == InlineKind::label ||
           has_content(n.children);
  });
}

}  // namespace model
