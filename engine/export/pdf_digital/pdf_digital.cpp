#include "export/pdf_digital/pdf_digital.hpp"

#include <qpdf/QPDFObjectHandle.hh>
#include <zlib.h>

#include <exception>
#include <fstream>
#include <iterator>
#include <map>

#include "export/pdf/digest.hpp"
#include "export/pdf/document_metadata.hpp"
#include "export/pdf/pdf_date.hpp"
#include "export/pdf/srgb_profile.hpp"
#include "export/pdf/writer.hpp"
#include "export/pdf_digital/fold_guides.hpp"
#include "export/pdf_digital/link_annotations.hpp"
#include "export/pdf_digital/outline.hpp"
#include "export/pdf_digital/page_labels.hpp"
#include "export/pdf_digital/page_plan.hpp"
#include "export/pdf_digital/structure_tree.hpp"
#include "util/atomic_file.hpp"
#include "util/diagnostics.hpp"
#include "util/resources.hpp"

namespace exporter::pdf_digital {
namespace {

using Object = QPDFObjectHandle;

// 200 ppi is sharp on any display and keeps the file small; print keeps every pixel.
constexpr double screen_image_ppi = 200;

std::string full_title(const draw::Metadata& meta) {
  if (meta.subtitle.empty()) return meta.title;
  if (meta.title.empty()) return meta.subtitle;
  return meta.title + ": " + meta.subtitle;
}

std::string date_text(const Options& options, const draw::Metadata& meta) {
  if (!options.build_date.empty()) return options.build_date;
  return meta.date.empty() ? "1970-01-01T00:00:00Z" : meta.date;
}

// The CMYK profile the print edition separates with: CMYK images are shown through it.
std::string cmyk_profile(const draw::Document& document) {
  std::filesystem::path file = document.print.output_profile;
  if (file.empty())
    if (auto found = util::find_resource(std::filesystem::current_path(), "layouts/color/FOGRA39L-argyll.icc")) file = *found;
  if (file.empty()) return {};
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool has_cmyk_images(const draw::Document& document) {
  for (const draw::ImageResource& image : document.images)
    if (image.color == draw::ImageColor::cmyk) return true;
  return false;
}

// The colours are sRGB: an output intent says so once for the whole file.
Object srgb_output_intent(QPDF& pdf, const std::string& build_date) {
  Object icc = Object::newStream(&pdf, pdf::srgb_profile(build_date));
  icc.getDict().replaceKey("/N", Object::newInteger(3));
  Object intent = Object::newDictionary();
  intent.replaceKey("/Type", Object::newName("/OutputIntent"));
  intent.replaceKey("/S", Object::newName("/GTS_PDFA1"));
  intent.replaceKey("/OutputConditionIdentifier", Object::newUnicodeString("sRGB IEC61966-2.1"));
  intent.replaceKey("/Info", Object::newUnicodeString("sRGB IEC61966-2.1"));
  intent.replaceKey("/DestOutputProfile", icc);
  return pdf.makeIndirectObject(intent);
}

// The text of each element's glyph runs, for what a link annotation says.
std::map<draw::ElementId, std::string> element_texts(const draw::Document& document) {
  std::map<draw::ElementId, std::string> texts;
  for (const draw::Page& page : document.pages)
    for (const draw::Item& item : page.items)
      if (const auto* run = std::get_if<draw::GlyphRun>(&item.content); run && item.element != draw::artifact)
        for (const draw::Cluster& cluster : run->clusters) texts[item.element] += cluster.text;
  return texts;
}

// PDF/UA-1 7.3: every figure says what it shows. The layout leaves a figure's /Alt empty when
// the content gives none in this language; it points at the figure's line.
void require_alternative_texts(const draw::Document& document) {
  const std::string& language = document.meta.language;
  for (const draw::Element& element : document.structure)
    if (element.role == draw::Role::figure && element.alt.empty())
      util::fail(element.where, "this figure has no alternative text in \"" + language +
                                    "\", which the digital edition needs for screen readers: add <alt><t xml:lang=\"" +
                                    language + "\">what it shows</t></alt>, or decorative=\"true\" when it shows "
                                    "nothing to read");
}

// The links place_links() keeps, with their document page, in the same order.
std::vector<std::pair<std::size_t, draw::Link>> links_by_page(const draw::Document& document, const PagePlan& plan) {
  std::vector<std::pair<std::size_t, draw::Link>> out;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    if (!plan.locations.at(i)) continue;
    for (const draw::Link& link : document.pages[i].links) {
      if (link.target_page) {
        const auto target = static_cast<std::size_t>(*link.target_page);
        if (target >= plan.locations.size() || !plan.locations[target]) continue;
      } else if (link.uri.empty()) {
        continue;
      }
      out.emplace_back(i, link);
    }
  }
  return out;
}

// The characters whose glyphs start inside a link's area: what it says when its runs belong to
// the paragraph around it.
std::string text_under(const draw::Document& document, const std::pair<std::size_t, draw::Link>& placed) {
  const draw::Rect& area = placed.second.area;
  std::string text;
  for (const draw::Item& item : document.pages[placed.first].items)
    if (const auto* run = std::get_if<draw::GlyphRun>(&item.content))
      for (const draw::Cluster& cluster : run->clusters)
        if (cluster.first_glyph < run->glyphs.size()) {
          const draw::Glyph& g = run->glyphs[cluster.first_glyph];
          if (g.x >= area.left() && g.x <= area.right() && g.y >= area.top() && g.y <= area.bottom()) text += cluster.text;
        }
  return text;
}

class DigitalJob {
 public:
  DigitalJob(const draw::Document& document, const Options& options)
      : document_(document), options_(options), plan_(plan_pages(document, options.spreads)),
        writer_(document, settings(document, options)) {}

  std::string render() {
    writer_.paint(planned_pages());
    QPDF& pdf = writer_.pdf();
    const auto& pages = writer_.page_objects();
    set_page_labels(pdf, plan_);
    const int bookmarks = add_outline(pdf, pages, document_.outline, plan_);

    const std::vector<PlacedLink> links = place_links(document_, plan_);
    const std::vector<std::pair<std::size_t, draw::Link>> document_links = links_by_page(document_, plan_);
    const auto texts = element_texts(document_);
    std::vector<std::string> descriptions;
    for (std::size_t i = 0; i < links.size(); ++i) {
      auto found = texts.find(links[i].element);
      descriptions.push_back(found != texts.end() ? found->second : text_under(document_, document_links[i]));
    }
    const std::vector<Object> annotations = add_link_annotations(pdf, pages, links, descriptions, plan_);
    std::vector<TaggedAnnotation> tagged;
    for (std::size_t i = 0; i < links.size(); ++i) tagged.push_back({annotations[i], links[i].pdf_page, links[i].element});
    write_structure_tree(pdf, document_.structure, pages, writer_.marked_content(), tagged);

    Object catalog = pdf.getRoot();
    const draw::Metadata& m = document_.meta;
    if (!m.language.empty()) catalog.replaceKey("/Lang", Object::newUnicodeString(m.language));
    Object preferences = Object::newDictionary();
    preferences.replaceKey("/DisplayDocTitle", Object::newBool(true));  // the title, not the file name
    catalog.replaceKey("/ViewerPreferences", preferences);
    if (bookmarks > 0) catalog.replaceKey("/PageMode", Object::newName("/UseOutlines"));
    const std::string date = date_text(options_, m);
    catalog.replaceKey("/OutputIntents", Object::newArray({srgb_output_intent(pdf, date)}));

    draw::Metadata meta = m;
    meta.title = full_title(m);
    const pdf::DateTime when = pdf::parse_iso_date_time(date);
    pdf::MetadataIds ids;
    ids.document_id = pdf::uuid_urn(pdf::Digest().add(m.publication_id).add(m.language).add("digital").finish());
    ids.instance_id = pdf::uuid_urn(pdf::Digest().add(writer_.painted()).add(pdf::xmp_date(when)).add(meta.title).finish());
    // PDF/UA-1 is claimed for documents with a structure; a bare display list has none.
    pdf::write_document_metadata(pdf, meta, when, ids, pdf::Conformance{"", document_.structure.empty() ? 0 : 1});
    return writer_.write({Z_DEFAULT_COMPRESSION, "1.7"});  // PDF/UA-1 is built on PDF 1.7
  }

 private:
  static pdf::WriterSettings settings(const draw::Document& document, const Options& options) {
    pdf::WriterSettings s;
    s.color = pdf::ColorPolicy::screen_rgb;
    s.tagged = true;
    s.build_date = date_text(options, document.meta);
    if (has_cmyk_images(document)) s.cmyk_profile = cmyk_profile(document);
    s.screen_image_ppi = screen_image_ppi;
    return s;
  }

  std::vector<pdf::PlannedPage> planned_pages() {
    if (options_.spreads) {
      guide_ = static_cast<draw::SwatchId>(writer_.assets().swatches.size());
      writer_.assets().swatches.push_back(fold_guide_swatch());
    }
    std::vector<pdf::PlannedPage> out;
    guides_.reserve(plan_.pdf_pages.size());
    for (const PdfPage& shown : plan_.pdf_pages) {
      pdf::PlannedPage page{pdf::Surface(shown.width, shown.height, 0, 0), {}};
      if (shown.shows == PdfPage::Shows::page) {
        page.layers.push_back({&document_.pages.at(shown.index).items, {}, std::nullopt});
      } else {
        const draw::Sheet& sheet = document_.sheets.at(shown.index);
        for (const draw::Placement& placement : sheet.placements)
          page.layers.push_back({&document_.pages.at(static_cast<std::size_t>(placement.page)).items, placement.origin,
                                 pdf::placement_clip(document_.pages[placement.page], placement, sheet)});
        guides_.push_back(fold_guides(document_, sheet, guide_));
        page.layers.push_back({&guides_.back(), {}, std::nullopt});
      }
      out.push_back(std::move(page));
    }
    return out;
  }

  const draw::Document& document_;
  const Options& options_;
  PagePlan plan_;
  pdf::Writer writer_;
  draw::SwatchId guide_ = 0;
  std::vector<std::vector<draw::Item>> guides_;  // reserved: layers point into it
};

}  // namespace

std::string render(const draw::Document& document, const Options& options) {
  if (document.pages.empty()) util::fail({}, "nothing to write: the document has no pages");
  require_alternative_texts(document);
  return DigitalJob(document, options).render();
}

void write(const draw::Document& document, const std::filesystem::path& target, const Options& options) {
  try {
    // Nothing reaches `target` unless every step succeeded; a failure keeps the last good file.
    util::write_file_atomically(target, render(document, options));
  } catch (util::Failure& failure) {
    if (!failure.diagnostic.where.known()) failure.diagnostic.where = {target.string()};
    throw;
  } catch (const std::filesystem::filesystem_error& e) {
    util::fail({target.string()}, std::string("cannot write the PDF: ") + e.what());
  } catch (const std::exception& e) {
    util::fail({target.string()}, std::string("cannot write the PDF: ") + e.what());
  }
}

}  // namespace exporter::pdf_digital
