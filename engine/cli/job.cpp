#include "cli/job.hpp"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <exception>

#include "draw/dump.hpp"
#include "export/pdf_digital/pdf_digital.hpp"
#include "export/pdf_print/pdf_print.hpp"
#include "export/png/png.hpp"
#include "layout/layout.hpp"
#include "util/atomic_file.hpp"

namespace cli {

std::string build_date(const model::Publication& publication) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    std::time_t t = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
  }
  if (publication.meta.date.size() == 10) return publication.meta.date + "T00:00:00Z";
  return "1970-01-01T00:00:00Z";
}

JobResult run_job(const Job& job, const Options& options, text::FontSet& fonts, bool write) {
  const auto start = std::chrono::steady_clock::now();
  JobResult result;
  const model::Publication& pub = *job.publication;
  try {
    auto document = layout::lay_out(pub, *job.layout, job.language, fonts, result.diagnostics);
    if (document) {
      result.pages = static_cast<int>(document->pages.size());
      const std::string date = build_date(pub);
      const auto folder = options.out / pub.id;
      const std::string stem = pub.id + "." + job.language;
      if (write) {
        if (options.dump) {
          util::write_file_atomically(folder / (stem + ".dump.txt"), draw::dump(*document));
          result.written.push_back("dump");
        }
        if (options.digital) {
          document->meta.edition = "digital";
          exporter::pdf_digital::write(*document, folder / (stem + ".digital.pdf"), {date, options.spreads});
          result.written.push_back("digital");
        }
        if (options.print) {
          document->meta.edition = "print";
          exporter::pdf_print::write(*document, folder / (stem + ".print.pdf"), {date});
          result.written.push_back("print");
        }
        if (options.previews) {
          document->meta.edition = "digital";
          const auto previews = folder / "preview" / job.language;
          auto files = exporter::png::write_pages(*document, previews, {options.preview_dpi});
          exporter::png::write_contact_sheet(*document, previews / "contact-sheet.png");
          result.written.push_back(std::to_string(files.size()) + " previews");
        }
      }
    }
  } catch (const util::Failure& failure) {
    result.diagnostics.add(failure.diagnostic);
  } catch (const std::exception& e) {
    result.diagnostics.error(pub.where, std::string("internal error while building \"") + job.language +
                                            "\": " + e.what() + "; please report it with the input files");
  }
  result.ok = !result.diagnostics.has_errors();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace cli
