#include "export/pdf_digital/page_labels.hpp"

#include <qpdf/QPDFObjectHandle.hh>

#include <algorithm>
#include <string>

namespace exporter::pdf_digital {

void set_page_labels(QPDF& pdf, const PagePlan& plan) {
  QPDFObjectHandle nums = QPDFObjectHandle::newArray();
  long long next = -1;  // what the open /D range would number the next page
  for (std::size_t i = 0; i < plan.pdf_pages.size(); ++i) {
    const std::string& label = plan.pdf_pages[i].label;
    const bool decimal = !label.empty() && label.size() < 10 && label[0] != '0' &&
                         std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (decimal && std::stoll(label) == next) {
      ++next;
      continue;
    }
    QPDFObjectHandle range = QPDFObjectHandle::newDictionary();
    if (decimal) {
      next = std::stoll(label);
      range.replaceKey("/S", QPDFObjectHandle::newName("/D"));
      range.replaceKey("/St", QPDFObjectHandle::newInteger(next++));
    } else {
      next = -1;
      if (!label.empty()) range.replaceKey("/P", QPDFObjectHandle::newUnicodeString(label));
    }
    nums.appendItem(QPDFObjectHandle::newInteger(static_cast<long long>(i)));
    nums.appendItem(range);
  }
  QPDFObjectHandle tree = QPDFObjectHandle::newDictionary();
  tree.replaceKey("/Nums", nums);
  pdf.getRoot().replaceKey("/PageLabels", pdf.makeIndirectObject(tree));
}

}  // namespace exporter::pdf_digital
