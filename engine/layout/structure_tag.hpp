#pragma once
// Tagged PDF from the layout's side: while a Tag lives, the items the block builder draws
// belong to its structure element (a paragraph, a table cell, a figure). Items drawn under no
// tag are artifacts: page furniture a screen reader skips.
#include "draw/document.hpp"

namespace layout {

class Tag {
 public:
  // A new element of `role` under `current`, made the current one.
  Tag(draw::Document& document, draw::ElementId& current, draw::Element element)
      : current_(current), saved_(current) {
    element.parent = current;
    current = document.add_element(std::move(element));
  }
  // An element made before (a table's header cell) made the current one again.
  Tag(draw::ElementId& current, draw::ElementId element) : current_(current), saved_(current) { current = element; }
  ~Tag() { current_ = saved_; }
  Tag(const Tag&) = delete;
  Tag& operator=(const Tag&) = delete;

  draw::ElementId id() const { return current_; }

 private:
  draw::ElementId& current_;
  draw::ElementId saved_;
};

// H1 … H3 for a heading or section level (deeper levels are H3).
inline draw::Role heading_role(int level) {
  return level <= 1 ? draw::Role::h1 : level == 2 ? draw::Role::h2 : draw::Role::h3;
}

}  // namespace layout
