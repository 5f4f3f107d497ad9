#pragma once
// The structure tree of tagged PDF (ISO 32000-1 14.7, PDF/UA-1): the document's elements under
// one /Document, each with its marked content and link annotations, in reading order, and the
// parent tree that leads from content back to its element.
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <vector>

#include "draw/structure.hpp"

namespace exporter::pdf_digital {

struct TaggedAnnotation {
  QPDFObjectHandle annotation;
  std::size_t pdf_page = 0;
  draw::ElementId element = draw::artifact;  // artifact: the annotation stays outside the tree
};

// `marked[i][mcid]` is the element of each marked-content sequence on PDF page i, as painted.
// An element enters its parent's kids where its first content comes, so siblings follow the
// order of reading; elements without content are left out. Sets /StructTreeRoot and
// /MarkInfo on the catalog, /StructParents and /Tabs /S on the pages, /StructParent on the
// annotations.
void write_structure_tree(QPDF& pdf, const std::vector<draw::Element>& elements,
                          const std::vector<QPDFObjectHandle>& pages,
                          const std::vector<std::vector<draw::ElementId>>& marked,
                          const std::vector<TaggedAnnotation>& annotations);

}  // namespace exporter::pdf_digital
