#include "export/pdf_digital/link_annotations.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace exporter::pdf_digital {

std::vector<PlacedLink> place_links(const draw::Document& document, const PagePlan& plan) {
  std::vector<PlacedLink> placed;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    const auto& here = plan.locations.at(i);
    if (!here) continue;
    for (const draw::Link& link : document.pages[i].links) {
      PlacedLink out;
      out.element = link.element;
      out.pdf_page = here->pdf_page;
      out.area = link.area;
      out.area.x += here->origin.x;
      out.area.y += here->origin.y;
      if (link.target_page) {
        const auto target = static_cast<std::size_t>(*link.target_page);
        if (target >= plan.locations.size() || !plan.locations[target]) continue;
        const PageLocation& there = *plan.locations[target];
        out.target_pdf_page = there.pdf_page;
        out.target = {there.origin.x, there.origin.y + link.target_y};
      } else if (!link.uri.empty()) {
        out.uri = ascii_uri(link.uri);
      } else {
        continue;  // points nowhere
      }
      placed.push_back(std::move(out));
    }
  }
  return placed;
}

std::string ascii_uri(const std::string& uri) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : uri) {
    if (c > 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xf];
    }
  }
  return out;
}

std::vector<QPDFObjectHandle> add_link_annotations(QPDF& pdf, const std::vector<QPDFObjectHandle>& pages,
                                                   const std::vector<PlacedLink>& links,
                                                   const std::vector<std::string>& descriptions, const PagePlan& plan) {
  std::vector<QPDFObjectHandle> made;
  for (std::size_t i = 0; i < links.size(); ++i) {
    const PlacedLink& link = links[i];
    QPDFObjectHandle page = pages.at(link.pdf_page);
    const double height = plan.pdf_pages.at(link.pdf_page).height;  // PDF's y runs upwards
    const draw::Rect& a = link.area;

    QPDFObjectHandle annotation = QPDFObjectHandle::newDictionary();
    annotation.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
    annotation.replaceKey("/Subtype", QPDFObjectHandle::newName("/Link"));
    annotation.replaceKey("/Rect", QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(
                                       a.left(), height - a.bottom(), a.right(), height - a.top())));
    annotation.replaceKey("/Border", QPDFObjectHandle::parse("[0 0 0]"));  // no frame around it
    annotation.replaceKey("/P", page);
    annotation.replaceKey("/F", QPDFObjectHandle::newInteger(4));  // print, like the text it covers
    const std::string& description = i < descriptions.size() && !descriptions[i].empty() ? descriptions[i] : link.uri;
    if (!description.empty()) annotation.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(description));
    if (link.target_pdf_page) {
      const double target_height = plan.pdf_pages.at(*link.target_pdf_page).height;
      QPDFObjectHandle destination = QPDFObjectHandle::newArray();
      destination.appendItem(pages.at(*link.target_pdf_page));
      destination.appendItem(QPDFObjectHandle::newName("/XYZ"));
      destination.appendItem(QPDFObjectHandle::newReal(link.target.x, 2));
      destination.appendItem(QPDFObjectHandle::newReal(target_height - link.target.y, 2));
      destination.appendItem(QPDFObjectHandle::newNull());  // keep the reader's zoom
      annotation.replaceKey("/Dest", destination);
    } else {
      QPDFObjectHandle action = QPDFObjectHandle::newDictionary();
      action.replaceKey("/S", QPDFObjectHandle::newName("/URI"));
      action.replaceKey("/URI", QPDFObjectHandle::newString(link.uri));
      annotation.replaceKey("/A", action);
    }

    QPDFObjectHandle annotations = page.getKey("/Annots");
    if (!annotations.isArray()) {
      annotations = QPDFObjectHandle::newArray();
      page.replaceKey("/Annots", annotations);
    }
    made.push_back(pdf.makeIndirectObject(annotation));
    annotations.appendItem(made.back());
  }
  return made;
}

}  // namespace exporter::pdf_digital
