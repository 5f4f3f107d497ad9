#pragma once
// Named resources (fonts, images, graphics states, colour spaces): made once per document,
// listed in the /Resources of each PDF page that uses them.
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <map>
#include <set>
#include <string>

namespace exporter::pdf {

enum class ResourceKind { font, xobject, ext_gstate, color_space };

// The resources one page uses, by kind and name.
class PageResources {
 public:
  void use(ResourceKind kind, const std::string& name) { used_[kind].insert(name); }
  bool uses(ResourceKind kind) const { return used_.count(kind) > 0; }
  const std::map<ResourceKind, std::set<std::string>>& used() const { return used_; }

 private:
  std::map<ResourceKind, std::set<std::string>> used_;
};

// The document's resources; a name means one object per kind.
class DocumentResources {
 public:
  explicit DocumentResources(QPDF& pdf) : pdf_(pdf) {}
  QPDF& pdf() { return pdf_; }

  void add(ResourceKind kind, const std::string& name, QPDFObjectHandle object);
  bool has(ResourceKind kind, const std::string& name) const;
  // The /Resources dictionary for a page.
  QPDFObjectHandle dictionary(const PageResources& page) const;

  // Graphics states for overprint (/OP for strokes, /op for fills, /OPM 1 so that zero CMYK
  // components leave the inks below alone). Both false is the PDF default: knock out.
  std::string overprint_state(bool stroke, bool fill);
  // /Separation /All: registration colour, ink on every plate, for printer's marks.
  std::string registration_color_space();

 private:
  QPDF& pdf_;
  std::map<std::pair<ResourceKind, std::string>, QPDFObjectHandle> objects_;
};

}  // namespace exporter::pdf
