#include "cli/job_report.hpp"

#include <sstream>

#include "cli/record_fields.hpp"
#include "util/content_hash.hpp"

namespace cli {
namespace {

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out(1);
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) {
      out.back() += line[i];
      out.back() += line[++i];
    } else if (line[i] == '\t') {
      out.emplace_back();
    } else {
      out.back() += line[i];
    }
  }
  return out;
}

}  // namespace

std::string serialize(const JobResult& r) {
  std::ostringstream out;
  out << "pages\t" << r.pages << "\n" << "seconds\t" << r.seconds << "\n";
  for (const auto& w : r.written) out << "written\t" << escape_field(w) << "\n";
  if (r.complete) out << "complete\n";
  for (const auto& f : r.failure_reports) out << "failure-report\t" << escape_field(f) << "\n";
  for (const auto& f : r.fonts) out << "font\t" << escape_field(f) << "\n";
  for (const auto& [file, digest] : r.previews)
    out << "preview\t" << util::hex64(digest) << "\t" << escape_field(file.string()) << "\n";
  for (const auto& f : r.kept) out << "kept\t" << escape_field(f.string()) << "\n";
  for (const auto& d : r.diagnostics.all())
    out << "diagnostic\t" << static_cast<int>(d.severity) << "\t" << escape_field(d.where.file) << "\t" << d.where.line
        << "\t" << d.where.column << "\t" << escape_field(d.message) << "\n";
  out << "end\n";
  return out.str();
}

std::optional<JobResult> deserialize(const std::string& text) {
  JobResult r;
  std::istringstream in(text);
  bool complete = false;
  for (std::string line; std::getline(in, line);) {
    auto f = fields(line);
    if (f[0] == "end") complete = true;
    else if (f[0] == "pages" && f.size() == 2) r.pages = std::stoi(f[1]);
    else if (f[0] == "seconds" && f.size() == 2) r.seconds = std::stod(f[1]);
    else if (f[0] == "written" && f.size() == 2) r.written.push_back(unescape_field(f[1]));
    else if (f[0] == "complete" && f.size() == 1) r.complete = true;
    else if (f[0] == "failure-report" && f.size() == 2) r.failure_reports.push_back(unescape_field(f[1]));
    else if (f[0] == "font" && f.size() == 2) r.fonts.push_back(unescape_field(f[1]));
    else if (f[0] == "preview" && f.size() == 3 && util::parse_hex64(f[1]))
      r.previews[unescape_field(f[2])] = *util::parse_hex64(f[1]);
    else if (f[0] == "kept" && f.size() == 2) r.kept.emplace_back(unescape_field(f[1]));
    else if (f[0] == "diagnostic" && f.size() == 6)
      r.diagnostics.add({static_cast<util::Severity>(std::stoi(f[1])),
                         {unescape_field(f[2]), std::stoi(f[3]), std::stoi(f[4])},
                         unescape_field(f[5])});
    else
      return std::nullopt;
  }
  if (!complete) return std::nullopt;
  r.ok = !r.diagnostics.has_errors();
  return r;
}

}  // namespace cli
