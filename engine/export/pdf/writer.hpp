#pragma once
// The engine's one PDF writer core, on libqpdf: fonts subset with hb-subset, text, paths and
// images painted from the display list onto planned PDF pages, under one of two colour
// policies. The editions (pdf_print, pdf_digital) plan the pages and add what their standard
// asks of the catalog; this paints and writes.
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <optional>
#include <string>
#include <vector>

#include "draw/document.hpp"
#include "export/pdf/canvas.hpp"
#include "export/pdf/color_policy.hpp"
#include "export/pdf/image_library.hpp"
#include "export/pdf/resources.hpp"
#include "export/pdf/surface.hpp"

namespace exporter::pdf {

// Items painted on a PDF page: a document page's at its trim origin, or placed on a sheet at
// `origin` and clipped to `clip` (surface coordinates).
struct Layer {
  const std::vector<draw::Item>* items = nullptr;
  draw::Point origin;
  std::optional<draw::Rect> clip;
};

struct PlannedPage {
  Surface surface;
  std::vector<Layer> layers;
};

struct WriterSettings {
  ColorPolicy color = ColorPolicy::press_cmyk;
  bool tagged = false;            // marked content for the structure tree
  std::string build_date;         // ISO 8601, for the sRGB profile's header
  std::string cmyk_profile;       // screen: what CMYK images are converted from; press: RGB images into
  bool convert_rgb_images = false;  // press: RGB images become CMYK through cmyk_profile
  draw::RenderingIntent intent = draw::RenderingIntent::relative_colorimetric;
  bool black_point_compensation = true;
  double screen_image_ppi = 0;    // screen: PNGs at most this resolution where placed; 0 = all
};

struct WriteSettings {
  int deflate_level = -1;          // zlib's level; qpdf keeps it process-wide, so set per file
  std::string minimum_version = "1.6";
};

class Writer {
 public:
  Writer(const draw::Document& document, WriterSettings settings);
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  QPDF& pdf() { return pdf_; }
  // The document's swatches and fonts; an edition may add its own (printer's marks) before
  // painting.
  SharedAssets& assets() { return assets_; }

  // Embeds the fonts all pages use, then paints each page and adds it to the page tree with
  // its MediaBox (and a transparency group where a soft mask needs one).
  void paint(const std::vector<PlannedPage>& pages);

  const std::vector<QPDFObjectHandle>& page_objects() const { return page_objects_; }
  // Tagged: by PDF page, the element of each MCID.
  const std::vector<std::vector<draw::ElementId>>& marked_content() const { return marked_; }
  // Every content stream, in order (an edition's XMP instance id hashes it).
  const std::string& painted() const { return painted_; }

  std::string write(const WriteSettings& settings);

 private:
  void embed_fonts(const std::vector<PlannedPage>& pages);
  void paint_items(Canvas& canvas, const std::vector<draw::Item>& items, const PageSpace& space) const;

  const draw::Document& document_;
  WriterSettings settings_;
  QPDF pdf_;
  DocumentResources resources_;
  ImageLibrary images_;
  SharedAssets assets_;
  std::vector<QPDFObjectHandle> page_objects_;
  std::vector<std::vector<draw::ElementId>> marked_;
  std::string painted_;
};

// Where each image is placed widest, in pixels at `ppi`, by ImageId (0 for JPEGs, which pass
// through as they are).
std::vector<int> screen_image_widths(const draw::Document& document, double ppi);

}  // namespace exporter::pdf
