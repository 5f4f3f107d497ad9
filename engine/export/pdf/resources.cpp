#include "export/pdf/resources.hpp"

namespace exporter::pdf {

using Object = QPDFObjectHandle;

static const char* dictionary_key(ResourceKind kind) {
  switch (kind) {
    case ResourceKind::font: return "/Font";
    case ResourceKind::xobject: return "/XObject";
    case ResourceKind::ext_gstate: return "/ExtGState";
    case ResourceKind::color_space: return "/ColorSpace";
  }
  return "/XObject";
}

void DocumentResources::add(ResourceKind kind, const std::string& name, Object object) {
  objects_.emplace(std::make_pair(kind, name), object);
}

bool DocumentResources::has(ResourceKind kind, const std::string& name) const {
  return objects_.count({kind, name}) > 0;
}

Object DocumentResources::dictionary(const PageResources& page) const {
  Object resources = Object::newDictionary();
  for (const auto& [kind, names] : page.used()) {
    Object entries = Object::newDictionary();
    for (const std::string& name : names) entries.replaceKey("/" + name, objects_.at({kind, name}));
    resources.replaceKey(dictionary_key(kind), entries);
  }
  return resources;
}

std::string DocumentResources::overprint_state(bool stroke, bool fill) {
  const std::string name = std::string("OP") + (stroke ? "s" : "") + (fill ? "f" : "") + (stroke || fill ? "" : "none");
  if (!has(ResourceKind::ext_gstate, name)) {
    Object state = Object::newDictionary();
    state.replaceKey("/Type", Object::newName("/ExtGState"));
    state.replaceKey("/OP", Object::newBool(stroke));
    state.replaceKey("/op", Object::newBool(fill));
    state.replaceKey("/OPM", Object::newInteger(1));
    add(ResourceKind::ext_gstate, name, pdf_.makeIndirectObject(state));
  }
  return name;
}

std::string DocumentResources::registration_color_space() {
  const std::string name = "All";
  if (!has(ResourceKind::color_space, name)) {
    // Tint t → CMYK (t, t, t, t).
    Object tint_transform = Object::newDictionary();
    tint_transform.replaceKey("/FunctionType", Object::newInteger(2));
    tint_transform.replaceKey("/Domain", Object::newArray({Object::newInteger(0), Object::newInteger(1)}));
    tint_transform.replaceKey("/C0", Object::newArray({Object::newInteger(0), Object::newInteger(0),
                                                       Object::newInteger(0), Object::newInteger(0)}));
    tint_transform.replaceKey("/C1", Object::newArray({Object::newInteger(1), Object::newInteger(1),
                                                       Object::newInteger(1), Object::newInteger(1)}));
    tint_transform.replaceKey("/N", Object::newInteger(1));
    Object space = Object::newArray({Object::newName("/Separation"), Object::newName("/All"),
                                     Object::newName("/DeviceCMYK"), pdf_.makeIndirectObject(tint_transform)});
    add(ResourceKind::color_space, name, pdf_.makeIndirectObject(space));
  }
  return name;
}

}  // namespace exporter::pdf
