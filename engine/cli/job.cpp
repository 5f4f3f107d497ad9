#include "cli/job.hpp"

#include <chrono>
#include <cstdint>
#include <new>
#include <optional>
#include <cstdlib>
#include <ctime>
#include <exception>

#include "cli/aside.hpp"
#include "draw/dump.hpp"
#include "export/pdf_digital/pdf_digital.hpp"
#include "export/pdf_print/pdf_print.hpp"
#include "export/png/page_digest.hpp"
#include "export/png/png.hpp"
#include "layout/layout.hpp"
#include "preflight/preflight.hpp"
#include "util/atomic_file.hpp"
#include "util/io_error.hpp"
#include "util/limits.hpp"

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

constexpr std::string_view kPreflightPrefix = "preflight (";

// Preflight findings join the job's diagnostics, pointing at the element the item came from
// (a paragraph, a figure, a folio's layout line), else at the publication.
void report_findings(const preflight::Report& report, const Job& job, util::Diagnostics& diagnostics) {
  for (const auto& f : report.findings) {
    const util::SourceLocation& where = f.where.known() ? f.where : job.publication->where;
    std::string message = std::string(kPreflightPrefix) + job.language + ", print" +
                          (f.page > 0 ? ", page " + std::to_string(f.page) : std::string()) + "): " + f.check + ": " +
                          f.message;
    if (f.level == preflight::Level::error)
      diagnostics.error(where, message);
    else
      diagnostics.warning(where, message);
  }
}

bool only_preflight_errors(const util::Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.all())
    if (d.severity == util::Severity::error && !d.message.starts_with(kPreflightPrefix)) return false;
  return true;
}

// The print edition: preflight the display list, render, preflight the written file's objects. With
// errors the job fails and the reports are staged as <stem>.preflight-failed.*, which go in place
// without touching the last good edition; with --force the file is staged too, the report says
// FORCED, and the exit status stays 1.
void print_edition(const Job& job, const Options& options, draw::Document& document, const std::string& date,
                   const std::filesystem::path& folder, const std::string& stem, bool write, JobResult& result) {
  document.meta.edition = "print";
  preflight::Report report = preflight::check_document(document);
  bool blocked = report.has_errors() && !options.force;
  if (write && !blocked) {
    const auto pdf = folder / (stem + ".print.pdf");
    const std::string bytes = exporter::pdf_print::render(document, {date});
    util::write_file_atomically(pdf, bytes);
    preflight::check_written_print_file(bytes, report);
    blocked = report.has_errors() && !options.force;
    if (blocked) std::filesystem::remove(pdf);
  }
  report_findings(report, job, result.diagnostics);
  if (write) {
    std::string text = report.text(), json = report.json();
    const bool forced = options.force && report.has_errors();
    if (forced) {
      text = "FORCED: the print file was written despite " + std::to_string(report.count(preflight::Level::error)) +
             " error(s) because --force was given.\n" + text;
      json.insert(json.find('{') + 1, "\"forced\": true, ");
    }
    const std::string name = stem + (blocked ? ".preflight-failed" : ".preflight");
    util::write_file_atomically(folder / (name + ".txt"), text);
    util::write_file_atomically(folder / (name + ".json"), json);
    if (blocked) result.failure_reports = {name + ".txt", name + ".json"};
    else result.written.push_back(forced ? "print (forced)" : "print");
  }
  // A forced file is written, but the findings still count: the exit status says so.
  if (options.force && report.has_errors())
    result.diagnostics.note(job.publication->where, "--force: " + stem + ".print.pdf written despite preflight errors");
}

// Decoded images take width × height × 4 bytes (8-bit RGBA) or twice that (16-bit), in every
// writer that paints them.
void check_image_memory(const draw::Document& document, const Job& job, util::Diagnostics& diagnostics) {
  std::uint64_t bytes = 0;
  for (const auto& image : document.images)
    bytes += std::uint64_t(image.width_px) * std::uint64_t(image.height_px) * (image.bits_per_component > 8 ? 8 : 4);
  const std::uint64_t limit = util::limits().image_memory;
  if (bytes > limit)
    diagnostics.error(job.publication->where,
                      "the images of " + job.publication->id + " (" + job.language + ") take " + util::byte_size(bytes) +
                          " decoded, more than the limit of " + util::byte_size(limit) +
                          "; scale the largest images down to the resolution the page needs (or raise --limit "
                          "image-memory=…)");
}

// The page previews in a folder (the contact sheet is not a page).
std::size_t count_pages(const std::filesystem::path& folder) {
  std::size_t n = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
    if (entry.path().filename().string().starts_with("page-")) ++n;
  return n;
}

// Which previews this job paints and which it keeps from the earlier build: every preview's
// digest goes into the result (the manifest records them), and the kept files too (the commit
// leaves them in place).
exporter::png::Kept plan_previews(const Job& job, const draw::Document& document, const exporter::png::Options& png,
                                  const EarlierPreviews& earlier, JobResult& result) {
  exporter::png::Kept kept{earlier.folder / preview_folder(job), {}, false};
  auto keep = [&](const std::filesystem::path& file, std::uint64_t digest) {
    result.previews[file] = digest;
    const auto before = earlier.digests.find(file);
    const bool same = before != earlier.digests.end() && before->second == digest;
    if (same) result.kept.push_back(file);
    return same;
  };
  const std::vector<std::uint64_t> pages = exporter::png::page_digests(document, png);
  for (std::size_t i = 0; i < pages.size(); ++i)
    kept.pages.push_back(keep(preview_folder(job) / exporter::png::page_file_name(i), pages[i]));
  kept.contact_sheet = keep(preview_folder(job) / exporter::png::contact_sheet_file_name,
                            exporter::png::contact_sheet_digest(document, pages, png));
  return kept;
}

// "24 previews", or with pages kept from the earlier build "3 previews (21 unchanged)".
std::string previews_written(std::size_t painted, const JobResult& result) {
  std::size_t kept = 0;
  for (const auto& file : result.kept) kept += file.filename().string().starts_with("page-");
  return std::to_string(painted) + (painted == 1 ? " preview" : " previews") + (kept ? " (" + std::to_string(kept) + " unchanged)" : "");
}

// A write that failed with an OS error, told in words (a full disk above all).
std::string io_failure(const std::filesystem::filesystem_error& e) {
  return util::describe_io_error(e.code(), "writing", e.path1().filename());
}

}  // namespace

std::string output_stem(const Job& job) { return job.publication->id + "." + job.language; }
std::filesystem::path preview_folder(const Job& job) { return std::filesystem::path("preview") / job.language; }

JobResult run_job(const Job& job, const Options& options, text::FontSet& fonts, const std::filesystem::path& staging,
                  bool spare_core, const EarlierPreviews& earlier) {
  const auto start = std::chrono::steady_clock::now();
  JobResult result;
  const model::Publication& pub = *job.publication;
  const bool write = !staging.empty();
  try {
    auto document = layout::lay_out(pub, *job.layout, job.language, fonts, result.diagnostics);
    if (document) {
      result.pages = static_cast<int>(document->pages.size());
      for (const auto& face : document->fonts) result.fonts.push_back(face.file.string());
      if (static_cast<std::uint64_t>(result.pages) > util::limits().pages)
        result.diagnostics.error(pub.where, pub.id + " (" + job.language + ") has " + std::to_string(result.pages) +
                                                " pages, more than the limit of " +
                                                std::to_string(util::limits().pages) + " (raise it with --limit pages=…)");
      check_image_memory(*document, job, result.diagnostics);
    }
    // Nothing is written for a language whose layout has errors.
    if (document && !result.diagnostics.has_errors()) {
      const std::string date = build_date(pub);
      const std::string stem = output_stem(job);
      if (write) {
        std::filesystem::create_directories(staging);
        // The previews only read the laid-out document: with a core to spare they are painted
        // beside the PDF writers.
        const auto previews = staging / preview_folder(job);
        const exporter::png::Options png{options.preview_dpi, preview_salt_with_fonts(earlier.salt, *document)};
        exporter::png::Kept kept;
        if (options.previews) kept = plan_previews(job, *document, png, earlier, result);
        auto write_previews = [&] {
          document->meta.edition = "digital";
          return exporter::png::write_previews(*document, previews, png, kept).size();
        };
        std::optional<Aside> previews_aside;
        if (options.previews && spare_core && (options.digital || options.print))
          previews_aside.emplace([&] { write_previews(); });
        if (options.dump) {
          util::write_file_atomically(staging / (stem + ".dump.txt"), draw::dump(*document));
          result.written.push_back("dump");
        }
        if (options.digital) {
          document->meta.edition = "digital";
          exporter::pdf_digital::write(*document, staging / (stem + ".digital.pdf"), {date, options.spreads});
          result.written.push_back("digital");
          // The screen edition as a picture too, where the layout asks for one (an infographic).
          if (job.layout->png_pixel_width > 0) {
            exporter::png::write_page_images(*document, staging, stem, job.layout->png_pixel_width);
            result.written.push_back("png");
          }
        }
        if (options.print) print_edition(job, options, *document, date, staging, stem, true, result);
        if (previews_aside) {
          if (auto error = previews_aside->wait()) {
            const std::string what = "the previews of " + pub.id + " (" + job.language + ") could not be written: " + *error;
            // As below: libpng's "Write Error" has lost the OS error; a full file system says what it was.
            if (util::nearly_full(staging))
              result.diagnostics.error(pub.where, util::describe_io_error(
                                                      std::make_error_code(std::errc::no_space_on_device), "writing",
                                                      staging.parent_path()) + " (" + what + ")");
            else
              result.diagnostics.error(pub.where, what);
          }
          else
            result.written.push_back(previews_written(count_pages(previews), result));
        } else if (options.previews) {
          write_previews();
          result.written.push_back(previews_written(count_pages(previews), result));
        }
        result.complete = true;
      } else if (options.print) {
        print_edition(job, options, *document, date, staging, stem, false, result);
      }
    }
  } catch (const util::Failure& failure) {
    // Writers that report through their library (libpng's "Write Error") lose the OS error; a
    // file system with no room left says what it was.
    if (write && util::nearly_full(staging))
      result.diagnostics.error(pub.where, util::describe_io_error(std::make_error_code(std::errc::no_space_on_device),
                                                                  "writing", staging.parent_path()) +
                                              " (" + failure.diagnostic.message + ")");
    else
      result.diagnostics.add(failure.diagnostic);
  } catch (const std::filesystem::filesystem_error& e) {
    result.diagnostics.error(pub.where, io_failure(e) + " (" + job.language + ")");
  } catch (const std::bad_alloc&) {
    result.diagnostics.error(pub.where, "out of memory while building \"" + job.language +
                                            "\"; lower the limits (--limit) or build fewer jobs at once (--jobs)");
  } catch (const std::exception& e) {
    result.diagnostics.error(pub.where, std::string("internal error while building \"") + job.language +
                                            "\": " + e.what() + "; please report it with the input files");
  }
  result.ok = !result.diagnostics.has_errors();
  // With --force, preflight errors do not keep the staged set from going in place.
  if (result.complete && !result.ok && !(options.force && result.failure_reports.empty() &&
                                         only_preflight_errors(result.diagnostics)))
    result.complete = false;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace cli
