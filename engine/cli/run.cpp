#include "cli/run.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

#include "cli/console.hpp"
#include "cli/inputs.hpp"
#include "cli/job.hpp"
#include "cli/options.hpp"
#include "cli/translation_commands.hpp"
#include "cli/worker_pool.hpp"
#include "text/font_config.hpp"
#include "util/resources.hpp"

namespace cli {
namespace {

std::vector<Job> plan_jobs(const Inputs& inputs, const Options& options, util::Diagnostics& diagnostics) {
  std::vector<Job> jobs;
  for (const auto& pub : inputs.publications) {
    const style::Layout* layout = inputs.layout_for(pub);
    if (!layout) continue;
    std::vector<std::string> languages = options.languages.empty() ? pub.languages : options.languages;
    for (const auto& lang : languages) {
      if (!pub.declares(lang)) {
        diagnostics.error(pub.where, "--lang " + lang + ": " + pub.id + " is not written in \"" + lang +
                                         "\"; it declares: " + [&] {
                                           std::string s;
                                           for (const auto& l : pub.languages) s += (s.empty() ? "" : " ") + l;
                                           return s;
                                         }());
        continue;
      }
      jobs.push_back({&pub, layout, lang});
    }
  }
  return jobs;
}

std::string seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f s", s);
  return buf;
}

int execute(const Options& options) {
  Console console;
  const bool write = options.command == Command::build;
  const auto start = std::chrono::steady_clock::now();

  util::Diagnostics setup;
  Inputs inputs = read_inputs(options.inputs, setup);
  std::vector<Job> jobs = plan_jobs(inputs, options, setup);
  for (const auto& publication : inputs.publications)
    check_translations(publication.file, options.languages, options.strict_translations, setup);
  auto conf = util::find_resource(options.inputs.front(), "fonts/fonts.conf");
  std::optional<text::FontConfig> fonts;
  if (!conf)
    setup.error({}, "fonts/fonts.conf not found above the content or in the engine's folder; set BROCHURE_HOME");
  else
    fonts = text::FontConfig::load(*conf, setup);
  console.report(setup);
  if (setup.has_errors() || !fonts) {
    console.line("brochure: nothing " + std::string(write ? "built" : "checked") + ": " +
                 std::to_string(setup.error_count()) + " error(s) in the inputs");
    return 1;
  }

  const int parallel = std::max(1, std::min<int>(static_cast<int>(jobs.size()),
                                                 options.jobs > 0 ? options.jobs
                                                                  : static_cast<int>(std::thread::hardware_concurrency())));
  int failed = 0, pages = 0, warnings = 0, done = 0;
  auto report = [&](std::size_t index, JobResult r) {
    const Job& job = jobs[index];
    console.report(r.diagnostics);
    pages += r.pages;
    warnings += r.diagnostics.warning_count();
    if (!r.ok) ++failed;
    std::string what;
    for (const auto& w : r.written) what += (what.empty() ? "" : ", ") + w;
    console.line("[" + std::to_string(++done) + "/" + std::to_string(jobs.size()) + "] " + job.publication->id + " " +
                 job.language + ": " + (r.ok ? std::to_string(r.pages) + " pages" : "FAILED") +
                 (what.empty() ? "" : " → " + what) + " (" + seconds(r.seconds) + ")");
  };
  if (parallel == 1) {
    text::FontSet font_set(*fonts);
    for (std::size_t i = 0; i < jobs.size(); ++i) report(i, run_job(jobs[i], options, font_set, write));
  } else {
    run_in_workers(jobs.size(), parallel, [&](std::size_t i) {
      text::FontSet font_set(*fonts);
      return run_job(jobs[i], options, font_set, write);
    }, report);
  }

  const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  console.line("brochure: " + std::to_string(jobs.size() - failed) + " of " + std::to_string(jobs.size()) + " jobs " +
               (write ? "built" : "checked") + ", " + std::to_string(pages) + " pages, " +
               std::to_string(warnings) + " warning(s), " + std::to_string(failed) + " failed, " + seconds(total) +
               (write ? " → " + options.out.string() : ""));
  return failed > 0 ? 1 : 0;
}

}  // namespace

int run(int argc, const char* const* argv) {
  if (is_translation_command(argc, argv)) return run_translation_command(argc, argv);
  Options options;
  try {
    options = parse_options(argc, argv);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "brochure: %s\n\n%s", e.message.c_str(), usage_text());
    return 2;
  }
  switch (options.command) {
    case Command::help: std::fputs(usage_text(), stdout); return 0;
    case Command::version: std::printf("brochure %s\n", BROCHURE_VERSION); return 0;
    default: return execute(options);
  }
}

}  // namespace cli
