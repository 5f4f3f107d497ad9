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
#include "preflight/preflight.hpp"
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

namespace {

// Preflight findings join the job's diagnostics, pointing at the publication.
void report_findings(const preflight::Report& report, const Job& job, util::Diagnostics& diagnostics) {
  for (const auto& f : report.findings) {
    std::string message = "preflight (" + job.language + ", print" +
                          (f.page > 0 ? ", page " + std::to_string(f.page) : std::string()) + "): " + f.check + ": " +
                          f.message;
    if (f.level == preflight::Level::error)
      diagnostics.error(job.publication->where, message);
    else
      diagnostics.warning(job.publication->where, message);
  }
}

// The print edition: preflight the display list, render, preflight the written bytes, and only
// then put the file in place. With errors the file is not written, unless --force, which the
// report then says.
void print_edition(const Job& job, const Options& options, draw::Document& document, const std::string& date,
                   const std::filesystem::path& folder, const std::string& stem, bool write, JobResult& result) {
  document.meta.edition = "print";
  preflight::Report report = preflight::check_document(document);
  const bool blocked = report.has_errors() && !options.force;
  bool written = false;
  if (write && !blocked) {
    util::AtomicFile pdf(folder / (stem + ".print.pdf"));
    util::write_file_atomically(pdf.temp_path(), exporter::pdf_print::render(document, {date}));
    preflight::check_written_pdf(pdf.temp_path(), report);
    if (!report.has_errors() || options.force) {
      pdf.commit();
      written = true;
    }
  }
  report_findings(report, job, result.diagnostics);
  if (write) {
    std::string text = report.text(), json = report.json();
    if (options.force && report.has_errors()) {
      text = "FORCED: the print file was written despite " + std::to_string(report.count(preflight::Level::error)) +
             " error(s) because --force was given.\n" + text;
      json.insert(json.find('{') + 1, "\"forced\": true, ");
    }
    util::write_file_atomically(folder / (stem + ".preflight.txt"), text);
    util::write_file_atomically(folder / (stem + ".preflight.json"), json);
    if (written) result.written.push_back(options.force && report.has_errors() ? "print (forced)" : "print");
  }
  // A forced file is written, but the findings still count: the exit status says so.
  if (options.force && report.has_errors())
    result.diagnostics.note(job.publication->where, "--force: " + stem + ".print.pdf written despite preflight errors");
}

}  // namespace

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
        if (options.print) print_edition(job, options, *document, date, folder, stem, true, result);
        if (options.previews) {
          document->meta.edition = "digital";
          const auto previews = folder / "preview" / job.language;
          auto files = exporter::png::write_pages(*document, previews, {options.preview_dpi});
          exporter::png::write_contact_sheet(*document, previews / "contact-sheet.png");
          result.written.push_back(std::to_string(files.size()) + " previews");
        }
      } else if (options.print) {
        print_edition(job, options, *document, date, folder, stem, false, result);
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
