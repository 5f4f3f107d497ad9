#include "cli/run.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <map>
#include <set>
#include <thread>

#include "cli/build_manifest.hpp"
#include "cli/console.hpp"
#include "cli/inputs.hpp"
#include "cli/interruption.hpp"
#include "cli/job.hpp"
#include "cli/job_inputs.hpp"
#include "cli/job_outputs.hpp"
#include "cli/options.hpp"
#include "cli/preview_reuse.hpp"
#include "cli/translation_commands.hpp"
#include "cli/watch.hpp"
#include "cli/worker_pool.hpp"
#include "text/font_config.hpp"
#include "util/output_lock.hpp"
#include "util/resources.hpp"
#include "util/staging.hpp"

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

// Longest jobs first, so that no long job starts last while the other cores wait for it: by the
// time each took when last built (the build manifest), jobs never built by the size of their
// publication's sources (a handbook before a flyer). Workers start jobs in this order.
void schedule_longest_first(std::vector<std::size_t>& to_build, const std::vector<Job>& jobs, const Inputs& inputs,
                            const std::map<std::string, BuildManifest>& manifests) {
  auto estimate = [&](std::size_t i) {
    const Job& job = jobs[i];
    if (auto m = manifests.find(job.publication->id); m != manifests.end())
      if (const JobRecord* record = m->second.job(job.language); record && record->seconds > 0)
        return std::pair{1, record->seconds};
    double bytes = 0;
    std::error_code ec;
    if (auto s = inputs.sources.find(job.publication->id); s != inputs.sources.end())
      for (const auto& file : s->second)
        if (const auto size = std::filesystem::file_size(file, ec); !ec) bytes += static_cast<double>(size);
    return std::pair{0, bytes};
  };
  std::vector<std::pair<int, double>> cost(jobs.size());
  for (std::size_t i : to_build) cost[i] = estimate(i);
  // Never-built jobs (no time known) first: they are the ones a first build is made of.
  std::stable_sort(to_build.begin(), to_build.end(), [&](std::size_t a, std::size_t b) {
    if (cost[a].first != cost[b].first) return cost[a].first < cost[b].first;
    return cost[a].second > cost[b].second;
  });
}

// Stale staging folders and temporaries of builds that were killed, in every publication folder.
void recover_leftovers(const Options& options, Console& console) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(options.out, ec)) {
    std::error_code entry_ec;
    if (!entry.is_directory(entry_ec) || entry.is_symlink(entry_ec)) continue;
    for (const auto& line : util::recover_staging(entry.path())) console.line("brochure: " + line);
  }
}

// One build or check. `read`, if given, receives the files the inputs were read from (for watch).
int execute(const Options& options, std::set<std::filesystem::path>* read = nullptr) {
  Console console;
  const bool write = options.command == Command::build || options.command == Command::watch;
  const bool quiet_up_to_date = options.command == Command::watch;
  const auto start = std::chrono::steady_clock::now();
  util::set_limits(options.limits);
  interruption::install();

  util::Diagnostics setup;
  Inputs inputs = read_inputs(options.inputs, options.root, setup);
  std::vector<Job> jobs = plan_jobs(inputs, options, setup);
  if (read) {
    for (const auto& publication : inputs.publications) read->insert(publication.file);
    for (const auto& [id, files] : inputs.sources) read->insert(files.begin(), files.end());
    for (const auto& [id, layout] : inputs.layouts) read->insert(layout->chain.begin(), layout->chain.end());
  }
  for (const auto& publication : inputs.publications)
    check_translations(publication.file, options.languages, options.strict_translations, setup);
  auto conf = util::find_resource(options.inputs.front(), "fonts/fonts.conf");
  std::optional<text::FontConfig> fonts;
  if (!conf)
    setup.error({}, "fonts/fonts.conf not found above the content or in the engine's folder; set BROCHURE_HOME");
  else
    fonts = text::FontConfig::load(*conf, setup);
  if (read && conf) read->insert(*conf);
  console.report(setup);
  if (setup.has_errors() || !fonts) {
    console.line("brochure: nothing " + std::string(write ? "built" : "checked") + ": " +
                 std::to_string(setup.error_count()) + " error(s) in the inputs");
    return 1;
  }

  // One build at a time writes into an output folder; the lock lasts until this process ends.
  std::optional<util::OutputLock> lock;
  if (write) {
    std::string why;
    lock = util::OutputLock::acquire(
        options.out, options.wait,
        [&] {
          console.line("brochure: another build is writing into " + options.out.string() +
                       "; waiting for it to finish");
        },
        [] { return interruption::received() != 0; }, why);
    if (!lock) {
      if (const int signal = interruption::received()) return 128 + signal;
      console.report([&] {
        util::Diagnostics d;
        d.error({options.out.string()}, why);
        return d;
      }());
      return 1;
    }
    recover_leftovers(options, console);
  }

  // Jobs whose inputs and outputs are as the build manifest recorded them are not built again.
  std::map<std::string, BuildManifest> manifests;  // by publication id
  std::vector<std::vector<JobInput>> job_input_list(jobs.size());
  std::vector<std::string> reasons(jobs.size());
  std::vector<std::size_t> to_build;
  int done = 0, up_to_date = 0, pages = 0, warnings = 0;
  auto progress = [&](const Job& job, const std::string& what) {
    console.line("[" + std::to_string(++done) + "/" + std::to_string(jobs.size()) + "] " + job.publication->id + " " +
                 job.language + ": " + what);
  };
  if (write) {
    const BuildInputs build = build_inputs(options, *conf, *fonts);
    for (std::size_t i = 0; i < jobs.size(); ++i) {
      const std::string& id = jobs[i].publication->id;
      auto& manifest = manifests.try_emplace(id, BuildManifest::load(options.out / id)).first->second;
      job_input_list[i] = job_inputs(jobs[i], inputs.sources.at(id), build, manifest.hashes());
      const auto why = options.rebuild ? std::optional<std::string>("--rebuild")
                                       : manifest.out_of_date(jobs[i].language, job_input_list[i]);
      if (why) {
        reasons[i] = *why;
        to_build.push_back(i);
        continue;
      }
      const JobRecord& record = *manifest.job(jobs[i].language);
      ++up_to_date;
      pages += record.pages;
      if (quiet_up_to_date) continue;
      progress(jobs[i], std::to_string(record.pages) + " pages, up to date" +
                            (record.warnings ? " (" + std::to_string(record.warnings) +
                                                   " warning(s) when built; brochure check repeats them)"
                                             : ""));
    }
  } else {
    for (std::size_t i = 0; i < jobs.size(); ++i) to_build.push_back(i);
  }

  schedule_longest_first(to_build, jobs, inputs, manifests);
  const int parallel = std::max(1, std::min<int>(static_cast<int>(to_build.size()),
                                                 options.jobs > 0 ? options.jobs
                                                                  : static_cast<int>(std::thread::hardware_concurrency())));
  std::vector<std::filesystem::path> staging;
  for (std::size_t i : to_build) staging.push_back(write ? staging_folder(jobs[i], options) : std::filesystem::path());

  int failed = 0;
  auto report = [&](std::size_t n, JobResult r) {
    const std::size_t index = to_build[n];
    const Job& job = jobs[index];
    if (write)
      settle_outputs(job, options, r, [&](const std::vector<std::filesystem::path>& files) {
        if (!r.ok) return;  // forced past the preflight: built again next time, to say so again
        auto inputs = job_input_list[index];
        auto& manifest = manifests.at(job.publication->id);
        for (const auto& font : r.fonts) inputs.push_back({font_input(font), manifest.hashes().of(font)});
        try {
          manifest.record(job.language, std::move(inputs), files, r.pages, r.diagnostics.warning_count(),
                          {r.previews.begin(), r.previews.end()}, r.seconds);
        } catch (const std::filesystem::filesystem_error& e) {
          r.diagnostics.warning(job.publication->where,
                                "cannot write the build manifest (" + std::string(e.what()) +
                                    "); the outputs are in place, and the next build makes them again");
        }
      });
    console.report(r.diagnostics);
    pages += r.pages;
    warnings += r.diagnostics.warning_count();
    if (!r.ok) ++failed;
    std::string what;
    for (const auto& w : r.written) what += (what.empty() ? "" : ", ") + w;
    progress(job, (r.ok ? std::to_string(r.pages) + " pages" : "FAILED") + (what.empty() ? "" : " → " + what) + " (" +
                      seconds(r.seconds) + (reasons[index].empty() ? "" : "; " + reasons[index]) + ")");
  };
  // Every job runs in a worker process, even one at a time: a job that crashes or is stopped
  // never takes the parent (which commits) with it.
  // Fewer jobs than cores (a one-word edit): each job may use a second process for its previews.
  const int cores = options.jobs > 0 ? options.jobs : static_cast<int>(std::thread::hardware_concurrency());
  const bool spare_core = static_cast<int>(to_build.size()) < cores;
  // One font set, made and filled before forking: every worker inherits the font map and the
  // faces it opened (copy-on-write) instead of building its own and opening each file again.
  // Every worker starts from this same state, so the bytes do not depend on the scheduling.
  text::FontSet font_set(*fonts);
  if (!to_build.empty())
    for (const auto& family : fonts->families()) font_set.face_for(family);
  const PoolOutcome outcome = run_in_workers(to_build.size(), parallel, [&](std::size_t n) {
    const std::size_t index = to_build[n];
    EarlierPreviews earlier;  // --rebuild trusts nothing of the last build, its previews included
    if (write && options.previews && !options.rebuild) {
      const Job& job = jobs[index];
      earlier = earlier_previews(manifests.at(job.publication->id).job(job.language), options.out / job.publication->id,
                                 preview_salt(job_input_list[index]));
    }
    return run_job(jobs[index], options, font_set, staging[n], spare_core, earlier);
  }, report);
  // What the check learned (stats of unchanged files) is kept, unless a job failed: a failed
  // build leaves the output folder as it found it.
  if (failed == 0)
    for (auto& [id, manifest] : manifests) manifest.save_if_changed();

  if (outcome.signal) {
    for (std::size_t n : outcome.unfinished)
      if (write) discard_outputs(jobs[to_build[n]], options);
    console.line(std::string("brochure: stopped by ") + (outcome.signal == SIGINT ? "SIGINT" : "SIGTERM") + ": " +
                 std::to_string(done) + " job(s) finished, " + std::to_string(outcome.unfinished.size()) +
                 " stopped" + (write ? "; the stopped jobs' last outputs stay as they were" : ""));
    return 128 + outcome.signal;
  }

  const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const int built = static_cast<int>(to_build.size()) - failed;
  console.line("brochure: " + std::to_string(built + up_to_date) + " of " + std::to_string(jobs.size()) + " jobs " +
               (write ? "done (" + std::to_string(built) + " built, " + std::to_string(up_to_date) + " up to date)"
                      : std::string("checked")) +
               ", " + std::to_string(pages) + " pages, " +
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
    std::fprintf(stderr, "brochure: %s\n\n%s", e.message.c_str(), usage_text().c_str());
    return 2;
  }
  switch (options.command) {
    case Command::help: std::fputs(usage_text().c_str(), stdout); return 0;
    case Command::version: std::printf("brochure %s\n", BROCHURE_VERSION); return 0;
    case Command::watch: return watch([&](std::set<std::filesystem::path>& read) { execute(options, &read); });
    default: return execute(options);
  }
}

}  // namespace cli
