#include "cli/job_inputs.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>

#include "model/language_view.hpp"
#include "util/content_hash.hpp"
#include "util/resources.hpp"

namespace cli {
namespace fs = std::filesystem;

namespace {

// The executable and every shared library mapped into this process: a rebuilt engine or an
// upgraded Pango, HarfBuzz, Cairo, ICU or qpdf may set or write the same input differently.
std::vector<fs::path> engine_files() {
  std::vector<fs::path> files;
  std::error_code ec;
  if (auto exe = fs::read_symlink("/proc/self/exe", ec); !ec) files.push_back(exe);
  std::set<fs::path> libraries;
  std::ifstream maps("/proc/self/maps");
  for (std::string line; std::getline(maps, line);) {
    const auto slash = line.find('/');
    if (slash == std::string::npos || line.find(".so", slash) == std::string::npos) continue;
    libraries.insert(line.substr(slash));
  }
  files.insert(files.end(), libraries.begin(), libraries.end());
  return files;
}

std::uint64_t engine_hash(FileHashes& hashes) {
  util::HashBuilder h;
  h.add(BROCHURE_VERSION);
  for (const auto& file : engine_files()) {
    h.add(file.string());
    h.add(hashes.of(file).value_or(0));
  }
  return h.value();
}

// Includes, the data file and the publication itself are read by language; anything else
// (images) whole.
bool read_by_language(const fs::path& file) { return file.extension() == ".xml"; }

std::optional<fs::path> output_profile(const style::Layout& layout) {
  if (!layout.print.output_profile.empty()) return layout.print.output_profile;
  return util::find_resource(fs::current_path(), "layouts/color/FOGRA39L-argyll.icc");
}

}  // namespace

BuildInputs build_inputs(const Options& options, const fs::path& font_conf, const text::FontConfig& fonts) {
  BuildInputs build;
  const auto& l = options.limits;
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  build.options = std::string("editions=") + (options.digital ? "digital," : "") + (options.print ? "print" : "") +
                  " previews=" + (options.previews ? std::to_string(options.preview_dpi) : "no") +
                  " dump=" + (options.dump ? "yes" : "no") + " spreads=" + (options.spreads ? "yes" : "no") +
                  " force=" + (options.force ? "yes" : "no") + " root=" + (options.root ? options.root->string() : "") +
                  " limits=" + std::to_string(l.source_bytes) + "," + std::to_string(l.include_bytes) + "," +
                  std::to_string(l.paragraph_bytes) + "," + std::to_string(l.image_pixels) + "," +
                  std::to_string(l.image_memory) + "," + std::to_string(l.pages) +
                  " SOURCE_DATE_EPOCH=" + (epoch ? epoch : "");
  build.font_conf = font_conf;
  // Which face fontconfig picks for a text depends on every face on offer (family, style,
  // coverage), not only on the files a job ended up using.
  util::HashBuilder h;
  if (FcFontSet* set = FcConfigGetFonts(fonts.get(), FcSetSystem)) {
    std::vector<std::string> faces;
    for (int i = 0; i < set->nfont; ++i)
      if (FcChar8* text = FcNameUnparse(set->fonts[i])) {
        faces.emplace_back(reinterpret_cast<const char*>(text));
        std::free(text);
      }
    std::sort(faces.begin(), faces.end());
    for (const auto& face : faces) h.add(face);
  }
  build.font_set = h.value();
  return build;
}

std::vector<JobInput> job_inputs(const Job& job, const std::vector<fs::path>& sources, const BuildInputs& build,
                                 FileHashes& hashes) {
  std::vector<JobInput> inputs;
  inputs.push_back({"engine " BROCHURE_VERSION " (the executable and its libraries)", engine_hash(hashes)});
  inputs.push_back({"options", util::hash_bytes(build.options)});
  for (const auto& file : sources) {
    if (read_by_language(file))
      inputs.push_back({"content " + file.string() + " (" + job.language + ")",
                        hashes.of(file, job.language, [&](std::string_view bytes) {
                          return model::language_view(bytes, job.language);
                        })});
    else
      inputs.push_back({"file " + file.string(), hashes.of(file)});
  }
  for (const auto& file : job.layout->chain) inputs.push_back({"layout " + file.string(), hashes.of(file)});
  if (auto profile = output_profile(*job.layout)) inputs.push_back({"profile " + profile->string(), hashes.of(*profile)});
  if (const auto* language = job.layout->language(job.language); language && !language->hyphenation.empty()) {
    // Resolved as the layout's style resolver does.
    fs::path dictionary = language->hyphenation;
    if (dictionary.is_relative()) dictionary = fs::path("/usr/share/hyphen") / dictionary;
    inputs.push_back({"hyphenation " + dictionary.string(), hashes.of(dictionary)});
  }
  util::HashBuilder fonts;
  fonts.add(hashes.of(build.font_conf).value_or(0)).add(build.font_set);
  inputs.push_back({"fonts " + build.font_conf.string() + " (and the faces it offers)", fonts.value()});
  return inputs;
}

std::string font_input(const std::string& file) { return "font " + file; }

}  // namespace cli
