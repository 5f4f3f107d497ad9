#include "export/pdf_digital/outline.hpp"

#include <memory>
#include <string>

namespace exporter::pdf_digital {
namespace {

using Object = QPDFObjectHandle;

struct Node {
  Object dict;
  bool open = false;
  std::vector<std::unique_ptr<Node>> children;
};

// Entries a viewer shows under `node` while it is open, and what /Count says about them:
// positive when open, the negative of its children's count when closed.
int visible_below(const Node& node) {
  int count = 0;
  for (const auto& child : node.children) count += 1 + (child->open ? visible_below(*child) : 0);
  return count;
}

void link(Node& parent) {
  Object previous;
  for (std::size_t i = 0; i < parent.children.size(); ++i) {
    Node& child = *parent.children[i];
    link(child);
    child.dict.replaceKey("/Parent", parent.dict);
    if (i > 0) {
      child.dict.replaceKey("/Prev", previous);
      previous.replaceKey("/Next", child.dict);
    }
    previous = child.dict;
  }
  if (parent.children.empty()) return;
  parent.dict.replaceKey("/First", parent.children.front()->dict);
  parent.dict.replaceKey("/Last", parent.children.back()->dict);
  const int visible = visible_below(parent);
  parent.dict.replaceKey("/Count", Object::newInteger(parent.open ? visible : -visible));
}

}  // namespace

int add_outline(QPDF& pdf, const std::vector<QPDFObjectHandle>& pages, const std::vector<draw::OutlineEntry>& entries,
                const PagePlan& plan) {
  Node root;
  root.open = true;
  struct Open {
    int level;
    Node* node;
  };
  std::vector<Open> ancestors;  // the chain from the root to the last entry added
  int added = 0;
  for (const draw::OutlineEntry& entry : entries) {
    if (entry.page < 0 || static_cast<std::size_t>(entry.page) >= plan.locations.size()) continue;
    const auto& where = plan.locations[static_cast<std::size_t>(entry.page)];
    if (!where) continue;
    while (!ancestors.empty() && ancestors.back().level >= entry.level) ancestors.pop_back();
    Node& parent = ancestors.empty() ? root : *ancestors.back().node;
    auto node = std::make_unique<Node>();
    node->open = entry.level <= 1;
    node->dict = pdf.makeIndirectObject(Object::newDictionary());
    node->dict.replaceKey("/Title", Object::newUnicodeString(entry.title));
    const double height = plan.pdf_pages.at(where->pdf_page).height;  // PDF's y runs upwards
    node->dict.replaceKey("/Dest", Object::newArray({pages.at(where->pdf_page), Object::newName("/XYZ"),
                                                     Object::newReal(where->origin.x, 2),
                                                     Object::newReal(height - (where->origin.y + entry.y), 2),
                                                     Object::newNull()}));
    ancestors.push_back({entry.level, node.get()});
    parent.children.push_back(std::move(node));
    ++added;
  }
  if (added == 0) return 0;
  root.dict = pdf.makeIndirectObject(Object::newDictionary());
  root.dict.replaceKey("/Type", Object::newName("/Outlines"));
  link(root);
  pdf.getRoot().replaceKey("/Outlines", root.dict);
  return added;
}

}  // namespace exporter::pdf_digital
