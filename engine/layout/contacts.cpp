// The contacts block: organisations with address, phone, e-mail and web, the latter two clickable.
#include "layout/block_builder.hpp"
#include "layout/inline_text.hpp"

namespace layout {

void BlockBuilder::contacts(const model::Contacts& c, BlockOutput& out, const Measure& measure) {
  if (!c.title.empty()) {
    const Tag p = tag(draw::Role::p);
    paragraph(c.title, "contacts-title", c.where, out, 0, measure.column);
  }
  for (const auto& contact : c.items) {
    const Tag p = tag(draw::Role::p);  // one paragraph per organisation, its lines in it
    paragraph(contact.organisation, "contact-org", contact.where, out, 0, measure.column);
    if (!contact.address.empty()) paragraph(contact.address, "contact-line", contact.where, out, 0, measure.column);
    auto literal_line = [&](const std::string& text, const std::string& link) {
      if (text.empty()) return;
      ResolvedParagraph rp = styles_.paragraph("contact-line", contact.where);
      text::StyledText s;
      append_literal(s, text, rp.text, contact.where, link);
      add_lines(out, typeset(s, rp, measure.column), rp, 0, contact.where, nullptr);
    };
    literal_line(contact.phone, contact.phone.empty() ? "" : "tel:" + contact.phone);
    literal_line(contact.email, contact.email.empty() ? "" : "mailto:" + contact.email);
    std::string web = contact.web;
    for (const char* scheme : {"https://", "http://"})
      if (web.rfind(scheme, 0) == 0) web = web.substr(std::string(scheme).size());
    literal_line(web, contact.web);
  }
}

}  // namespace layout
