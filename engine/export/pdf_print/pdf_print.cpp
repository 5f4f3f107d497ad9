#include "export/pdf_print/pdf_print.hpp"

#include "export/pdf_print/print_job.hpp"
#include "util/atomic_file.hpp"

namespace exporter::pdf_print {

std::string render(const draw::Document& document, const Options& options) {
  return PrintJob(document, options).render();
}

void write(const draw::Document& document, const std::filesystem::path& target, const Options& options) {
  util::write_file_atomically(target, render(document, options));
}

}  // namespace exporter::pdf_print
