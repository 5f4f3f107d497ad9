#include "export/pdf_digital/pdf_digital.hpp"

#include "export/pdf_digital/cairo_pdf.hpp"
#include "export/pdf_digital/link_annotations.hpp"
#include "export/pdf_digital/page_plan.hpp"
#include "export/pdf_digital/pdf_finishing.hpp"
#include "util/atomic_file.hpp"
#include "util/diagnostics.hpp"

namespace exporter::pdf_digital {

void write(const draw::Document& document, const std::filesystem::path& target, const Options& options) {
  if (document.pages.empty()) util::fail({target.string()}, "nothing to write: the document has no pages");
  const PagePlan plan = plan_pages(document, options.spreads);
  const std::string pdf = render_with_cairo(document, plan, {options.build_date, options.spreads});

  Finishing finishing;
  finishing.language = document.meta.language;
  finishing.open_bookmarks = !document.outline.empty();
  finishing.links = place_links(document, plan);
  util::AtomicFile file(target);  // nothing reaches `target` unless every step succeeded
  finish_pdf(pdf, finishing, plan, file.temp_path());
  file.commit();
}

}  // namespace exporter::pdf_digital
