#include "cli/build_manifest.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli/record_fields.hpp"
#include "util/atomic_file.hpp"
#include "util/content_hash.hpp"

namespace cli {
namespace fs = std::filesystem;

namespace {

constexpr const char* kFileName = ".manifest";
constexpr const char* kHeader = "brochure-manifest 1";
constexpr std::string_view kFontPrefix = "font ";

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0;;) {
    const std::size_t tab = line.find('\t', at);
    out.push_back(line.substr(at, tab == std::string_view::npos ? tab : tab - at));
    if (tab == std::string_view::npos) return out;
    at = tab + 1;
  }
}

template <typename T>
bool number(std::string_view text, T& value) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc{} && end == text.data() + text.size();
}

std::string stat_fields(const FileStat& s) {
  return std::to_string(s.size) + "\t" + std::to_string(s.mtime_ns) + "\t" + std::to_string(s.inode);
}

bool parse_stat(std::string_view size, std::string_view mtime, std::string_view inode, FileStat& s) {
  return number(size, s.size) && number(mtime, s.mtime_ns) && number(inode, s.inode);
}

std::string hash_field(const std::optional<std::uint64_t>& hash) { return hash ? util::hex64(*hash) : "-"; }

bool parse_hash(std::string_view text, std::optional<std::uint64_t>& hash) {
  if (text == "-") {
    hash.reset();
    return true;
  }
  hash = util::parse_hex64(text);
  return hash.has_value();
}

// Reads the manifest's lines; false at the first line it does not understand (a manifest of
// another version or a damaged one counts as none: everything is built).
bool parse(std::istream& in, std::map<std::string, JobRecord>& jobs, FileHashes& hashes) {
  std::string line;
  if (!std::getline(in, line) || line != kHeader) return false;
  JobRecord* job = nullptr;
  while (std::getline(in, line)) {
    const auto f = split_tabs(line);
    if (f[0] == "file" && f.size() == 6) {
      FileHashes::Entry entry;
      std::optional<std::uint64_t> hash;
      if (!parse_stat(f[1], f[2], f[3], entry.stat) || !parse_hash(f[4], hash) || !hash) return false;
      entry.hash = *hash;
      hashes.remember(unescape_field(f[5]), entry);
    } else if (f[0] == "job" && f.size() == 2) {
      job = &jobs[unescape_field(f[1])];
    } else if (f[0] == "input" && f.size() == 3 && job) {
      JobInput input{unescape_field(f[2]), {}};
      if (!parse_hash(f[1], input.hash)) return false;
      job->inputs.push_back(std::move(input));
    } else if (f[0] == "output" && f.size() == 7 && job) {
      OutputFile out;
      std::optional<std::uint64_t> hash;
      if (!parse_stat(f[1], f[2], f[3], out.stat) || !parse_hash(f[4], hash) || !hash) return false;
      out.hash = *hash;
      out.trusted = f[5] == "trusted";
      out.file = unescape_field(f[6]);
      job->outputs.push_back(std::move(out));
    } else if (f[0] == "preview" && f.size() == 3 && job) {
      std::optional<std::uint64_t> digest;
      if (!parse_hash(f[1], digest) || !digest) return false;
      job->previews[unescape_field(f[2])] = *digest;
    } else if (f[0] == "pages" && f.size() == 2 && job) {
      if (!number(f[1], job->pages)) return false;
    } else if (f[0] == "seconds" && f.size() == 2 && job) {
      if (!number(f[1], job->seconds)) return false;
    } else if (f[0] == "warnings" && f.size() == 2 && job) {
      if (!number(f[1], job->warnings)) return false;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

BuildManifest BuildManifest::load(const fs::path& folder) {
  BuildManifest manifest(folder);
  std::ifstream in(folder / kFileName, std::ios::binary);
  if (in && !parse(in, manifest.jobs_, manifest.hashes_)) {
    manifest.jobs_.clear();
    manifest.hashes_ = FileHashes();
  }
  return manifest;
}

const JobRecord* BuildManifest::job(const std::string& key) const {
  auto it = jobs_.find(key);
  return it == jobs_.end() ? nullptr : &it->second;
}

std::optional<std::string> BuildManifest::out_of_date(const std::string& key, const std::vector<JobInput>& inputs) {
  auto it = jobs_.find(key);
  if (it == jobs_.end()) return "not built before";
  JobRecord& record = it->second;

  // Inputs known before the build, in the same order each time; then the fonts it used.
  std::vector<JobInput> planned, fonts;
  for (const auto& input : record.inputs) (input.name.starts_with(kFontPrefix) ? fonts : planned).push_back(input);
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (i >= planned.size() || planned[i].name != inputs[i].name) return inputs[i].name + " is new";
    if (planned[i].hash != inputs[i].hash)
      return inputs[i].name + (inputs[i].hash ? (planned[i].hash ? " changed" : " appeared") : " is gone");
  }
  if (planned.size() > inputs.size()) return planned[inputs.size()].name + " is no longer read";
  for (const auto& font : fonts)
    if (hashes_.of(font.name.substr(kFontPrefix.size())) != font.hash) return font.name + " changed";

  for (auto& out : record.outputs) {
    const auto stat = stat_file(folder_ / out.file);
    if (!stat) return "output " + out.file.string() + " is missing";
    if (out.trusted && *stat == out.stat) continue;
    if (util::hash_file(folder_ / out.file) != out.hash) return "output " + out.file.string() + " was changed";
    // The same bytes: from now on the stat stands for them.
    out.stat = *stat;
    out.trusted = stat_trusted(*stat, std::chrono::system_clock::now());
    learned_ = learned_ || out.trusted;
  }
  return std::nullopt;
}

void BuildManifest::record(const std::string& key, std::vector<JobInput> inputs,
                           const std::vector<fs::path>& outputs, int pages, int warnings,
                           std::map<fs::path, std::uint64_t> previews, double seconds) {
  JobRecord record{std::move(inputs), {}, pages, warnings, std::move(previews), seconds};
  std::map<fs::path, const OutputFile*> last;
  if (const JobRecord* before = job(key))
    for (const auto& out : before->outputs) last[out.file] = &out;
  for (const auto& file : outputs) {
    const auto stat = stat_file(folder_ / file);
    if (!stat) continue;  // vanished at once: the record then fails its check next time
    if (auto kept = last.find(file); kept != last.end() && kept->second->trusted && kept->second->stat == *stat) {
      record.outputs.push_back(*kept->second);  // a file the job kept (an unchanged preview)
      continue;
    }
    const auto now = std::chrono::system_clock::now();
    const auto hash = util::hash_file(folder_ / file);
    if (!hash) continue;
    record.outputs.push_back({file, *stat, *hash, stat_trusted(*stat, now)});
  }
  // A job with no outputs on record would count as up to date whatever happened to its files.
  if (record.outputs.size() != outputs.size()) {
    jobs_.erase(key);
  } else {
    jobs_[key] = std::move(record);
  }
  save();
}

void BuildManifest::save_if_changed() {
  if (learned_ || hashes_.learned()) save();
}

void BuildManifest::save() {
  std::ostringstream out;
  out << kHeader << "\n";
  for (const auto& [key, entry] : hashes_.to_keep())
    out << "file\t" << stat_fields(entry.stat) << "\t" << util::hex64(entry.hash) << "\t" << escape_field(key) << "\n";
  for (const auto& [key, job] : jobs_) {
    out << "job\t" << escape_field(key) << "\n";
    for (const auto& input : job.inputs) out << "input\t" << hash_field(input.hash) << "\t" << escape_field(input.name) << "\n";
    for (const auto& o : job.outputs)
      out << "output\t" << stat_fields(o.stat) << "\t" << util::hex64(o.hash) << "\t"
          << (o.trusted ? "trusted" : "check") << "\t" << escape_field(o.file.string()) << "\n";
    for (const auto& [file, digest] : job.previews)
      out << "preview\t" << util::hex64(digest) << "\t" << escape_field(file.string()) << "\n";
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.3f", job.seconds);
    out << "pages\t" << job.pages << "\n" << "warnings\t" << job.warnings << "\n" << "seconds\t" << seconds << "\n";
  }
  util::write_file_atomically(folder_ / kFileName, out.str());
  learned_ = false;
}

}  // namespace cli
