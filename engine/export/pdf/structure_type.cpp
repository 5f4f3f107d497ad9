#include "export/pdf/structure_type.hpp"

namespace exporter::pdf {

std::string structure_type(draw::Role role) {
  using draw::Role;
  switch (role) {
    case Role::h1: return "/H1";
    case Role::h2: return "/H2";
    case Role::h3: return "/H3";
    case Role::p: return "/P";
    case Role::list: return "/L";
    case Role::list_item: return "/LI";
    case Role::label: return "/Lbl";
    case Role::list_body: return "/LBody";
    case Role::table: return "/Table";
    case Role::table_head: return "/THead";
    case Role::table_body: return "/TBody";
    case Role::table_row: return "/TR";
    case Role::header_cell: return "/TH";
    case Role::data_cell: return "/TD";
    case Role::figure: return "/Figure";
    case Role::caption: return "/Caption";
    case Role::toc: return "/TOC";
    case Role::toc_item: return "/TOCI";
    case Role::link: return "/Link";
    case Role::note: return "/Note";
  }
  return "/P";
}

}  // namespace exporter::pdf
