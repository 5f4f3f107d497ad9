#include "export/pdf_digital/pdf_digital.hpp"

#include "export/pdf_digital/cairo_pdf.hpp"
#include "export/pdf_digital/link_annotations.hpp"
#include "export/pdf_digital/page_plan.hpp"
#include "export/pdf_digital/pdf_finishing.hpp"
#include "util/atomic_file.hpp"
#include "util/diagnostics.hpp"

namespace exporter::pdf_digital {

void write(const draw::Document& document, const std::filesystem::path& target, const Options& options) {
  try {
    if (document.pages.empty()) util::fail({}, "nothing to write: the document has no pages");
    const PagePlan plan = plan_pages(document, options.spreads);
    const std::string cairo_pdf = render_with_cairo(document, plan, {options.build_date, options.spreads});

    Finishing finishing;
    finishing.language = document.meta.language;
    finishing.open_bookmarks = !document.outline.empty();
    finishing.links = place_links(document, plan);
    // Nothing reaches `target` unless every step succeeded; a failure keeps the last good file.
    util::write_file_atomically(target, finish_pdf(cairo_pdf, finishing, plan));
  } catch (util::Failure& failure) {
    if (!failure.diagnostic.where.known()) failure.diagnostic.where = {target.string()};
    throw;
  } catch (const std::filesystem::filesystem_error& e) {
    util::fail({target.string()}, std::string("cannot write the PDF: ") + e.what());
  }
}

}  // namespace exporter::pdf_digital
