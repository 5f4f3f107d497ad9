#include "export/pdf_digital/structure_tree.hpp"

#include <optional>
#include <string>

#include "export/pdf/structure_type.hpp"
#include "util/diagnostics.hpp"

namespace exporter::pdf_digital {
namespace {

using Object = QPDFObjectHandle;

const char* scope_name(draw::HeaderScope scope) {
  switch (scope) {
    case draw::HeaderScope::row: return "/Row";
    case draw::HeaderScope::column: return "/Column";
    case draw::HeaderScope::both: return "/Both";
    case draw::HeaderScope::none: break;
  }
  return nullptr;
}

class TreeBuilder {
 public:
  TreeBuilder(QPDF& pdf, const std::vector<draw::Element>& elements) : pdf_(pdf), elements_(elements), nodes_(elements.size()) {
    root_ = pdf_.makeIndirectObject(Object::newDictionary());
    root_.replaceKey("/Type", Object::newName("/StructTreeRoot"));
    document_ = element_dictionary("/Document", root_);
    root_.replaceKey("/K", Object::newArray({document_}));
  }

  Object root() const { return root_; }

  // The element's dictionary, entered into its parent's kids on first use.
  Object attach(draw::ElementId id) {
    if (id < 0 || static_cast<std::size_t>(id) >= elements_.size())
      util::fail({}, "content refers to structure element " + std::to_string(id) + ", which the document does not have");
    Node& node = nodes_[static_cast<std::size_t>(id)];
    if (node.dict.isInitialized()) return node.dict;
    const draw::Element& element = elements_[static_cast<std::size_t>(id)];
    Object parent = element.parent == draw::artifact ? document_ : attach(element.parent);
    node.dict = element_dictionary(pdf::structure_type(element.role), parent);
    if (!element.alt.empty()) node.dict.replaceKey("/Alt", Object::newUnicodeString(element.alt));
    if (!element.language.empty()) node.dict.replaceKey("/Lang", Object::newUnicodeString(element.language));
    if (!element.id.empty()) node.dict.replaceKey("/ID", Object::newString(element.id));
    if (const char* scope = scope_name(element.scope)) {
      Object attributes = Object::newDictionary();
      attributes.replaceKey("/O", Object::newName("/Table"));
      attributes.replaceKey("/Scope", Object::newName(scope));
      node.dict.replaceKey("/A", attributes);
    }
    parent.getKey("/K").appendItem(node.dict);
    return node.dict;
  }

  // Marked content `mcid` on `page` belongs to `id`. The element's /Pg is its first page; kids
  // on other pages name theirs.
  void add_content(draw::ElementId id, const Object& page, int mcid) {
    Object dict = attach(id);
    Node& node = nodes_[static_cast<std::size_t>(id)];
    if (!node.page) {
      node.page = page;
      dict.replaceKey("/Pg", page);
    }
    if (node.page->isSameObjectAs(page)) {
      dict.getKey("/K").appendItem(Object::newInteger(mcid));
    } else {
      Object reference = Object::newDictionary();
      reference.replaceKey("/Type", Object::newName("/MCR"));
      reference.replaceKey("/Pg", page);
      reference.replaceKey("/MCID", Object::newInteger(mcid));
      dict.getKey("/K").appendItem(reference);
    }
  }

  void add_annotation(draw::ElementId id, const Object& page, const Object& annotation) {
    Object reference = Object::newDictionary();
    reference.replaceKey("/Type", Object::newName("/OBJR"));
    reference.replaceKey("/Pg", page);
    reference.replaceKey("/Obj", annotation);
    attach(id).getKey("/K").appendItem(reference);
  }

 private:
  struct Node {
    Object dict;
    std::optional<Object> page;
  };

  Object element_dictionary(const std::string& type, const Object& parent) {
    Object dict = pdf_.makeIndirectObject(Object::newDictionary());
    dict.replaceKey("/Type", Object::newName("/StructElem"));
    dict.replaceKey("/S", Object::newName(type));
    dict.replaceKey("/P", parent);
    dict.replaceKey("/K", Object::newArray());
    return dict;
  }

  QPDF& pdf_;
  const std::vector<draw::Element>& elements_;
  std::vector<Node> nodes_;
  Object root_, document_;
};

}  // namespace

void write_structure_tree(QPDF& pdf, const std::vector<draw::Element>& elements, const std::vector<QPDFObjectHandle>& pages,
                          const std::vector<std::vector<draw::ElementId>>& marked,
                          const std::vector<TaggedAnnotation>& annotations) {
  TreeBuilder tree(pdf, elements);
  Object nums = Object::newArray();
  long long key = 0;
  for (std::size_t i = 0; i < pages.size() && i < marked.size(); ++i) {
    Object parents = Object::newArray();
    for (std::size_t mcid = 0; mcid < marked[i].size(); ++mcid) {
      tree.add_content(marked[i][mcid], pages[i], static_cast<int>(mcid));
      parents.appendItem(tree.attach(marked[i][mcid]));
    }
    Object page = pages[i];
    page.replaceKey("/StructParents", Object::newInteger(key));
    nums.appendItem(Object::newInteger(key++));
    nums.appendItem(pdf.makeIndirectObject(parents));
  }
  for (const TaggedAnnotation& tagged : annotations) {
    Object page = pages.at(tagged.pdf_page);
    page.replaceKey("/Tabs", Object::newName("/S"));  // tab through links in structure order
    if (tagged.element == draw::artifact) continue;
    tree.add_annotation(tagged.element, page, tagged.annotation);
    Object annotation = tagged.annotation;
    annotation.replaceKey("/StructParent", Object::newInteger(key));
    nums.appendItem(Object::newInteger(key++));
    nums.appendItem(tree.attach(tagged.element));
  }
  Object parent_tree = Object::newDictionary();
  parent_tree.replaceKey("/Nums", nums);
  Object root = tree.root();
  root.replaceKey("/ParentTree", pdf.makeIndirectObject(parent_tree));
  root.replaceKey("/ParentTreeNextKey", Object::newInteger(key));
  pdf.getRoot().replaceKey("/StructTreeRoot", root);
  Object mark_info = Object::newDictionary();
  mark_info.replaceKey("/Marked", Object::newBool(true));
  pdf.getRoot().replaceKey("/MarkInfo", mark_info);
}

}  // namespace exporter::pdf_digital
