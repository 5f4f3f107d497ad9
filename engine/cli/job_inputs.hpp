#pragma once
// Everything that decides a job's bytes and is known before the job runs, as JobInputs in a
// fixed order: the engine (its executable and the libraries it has loaded), the options that
// change outputs, the publication's files (the publication, its includes and data file as seen
// by the job's language, see model/language_view.hpp; its images whole), the layout and its
// bases, the output-intent profile, the language's hyphenation patterns, and the font
// configuration. The font files a job uses are known only once it is laid out: the job reports
// them and the manifest records them beside these (see BuildManifest::out_of_date).
#include <filesystem>
#include <string>
#include <vector>

#include "cli/build_manifest.hpp"
#include "cli/file_hashes.hpp"
#include "cli/job.hpp"
#include "cli/options.hpp"
#include "text/font_config.hpp"

namespace cli {

// What is the same for every job of a build.
struct BuildInputs {
  std::string options;  // the options that change outputs, as text
  std::filesystem::path font_conf;
  std::uint64_t font_set = 0;  // every face the font configuration offers, as fontconfig sees it
};

BuildInputs build_inputs(const Options& options, const std::filesystem::path& font_conf, const text::FontConfig& fonts);

// `sources`: the files the job's publication was read from (util::ContentRoot::named_files).
std::vector<JobInput> job_inputs(const Job& job, const std::vector<std::filesystem::path>& sources,
                                 const BuildInputs& build, FileHashes& hashes);

// The name under which a job reports a font file it used.
std::string font_input(const std::string& file);

}  // namespace cli
