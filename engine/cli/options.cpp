#include "cli/options.hpp"

#include <charconv>
#include <sstream>

namespace cli {

std::string usage_text() {
  return R"(Usage: brochure build PATH... [options]
       brochure check PATH... [options]
       brochure watch PATH... [options]
       brochure xliff export|import ..., brochure status PUB   (brochure xliff --help)

Builds multilingual brochures (handbooks, leaflets, flyers) from XML content: a digital PDF,
a press-ready PDF/X-4 and PNG previews for every language. PATH is a publication file or a
folder; in a folder, every *.xml whose root element is <publication> is built.

Commands:
  build              lay out and write every edition
  check              validate content and layout, lay out every language and run the print
                     preflight without writing anything; lists every finding
  watch              build, then build again each time an input file is saved (only the
                     jobs the change concerns); Ctrl-C stops

Options:
  --lang LIST        languages to build: vi,en,... or all (default: all the publication declares)
  --edition E        print, digital or all (default: all)
  --out DIR          output folder (default: output/); files go to DIR/<publication-id>/
  --preview          write PNG previews and a contact sheet per language (default)
  --no-preview       do not write previews
  --preview-dpi N    preview resolution (default: 72)
  --jobs N           parallel jobs (default: one per core)
  --force            write the print PDF even when the preflight finds errors (stamped in the report)
  --spreads          digital edition of a leaflet as the printer's spreads, for proofing
  --strict-translations  a translation older than its source (see brochure status) is an
                     error, not a warning
  --dump             also write the display list as text (<id>.<lang>.dump.txt)
  --rebuild          build every job, also those whose inputs and outputs are unchanged since
                     the last build (which are otherwise skipped as "up to date")
  --root DIR         the folder the content may read from (default: each publication's folder);
                     chapters, images and data outside it are refused
  --limit NAME=N     change a limit (see below)
  --no-wait          if another build is writing into the same --out folder, stop instead of
                     waiting for it
  --help             show this help
  --version          show the version

Outputs (staged in DIR/<id>/.staging-* and moved into place together when the whole job, one
language of one publication, succeeded; a failed or stopped job leaves the last outputs as
they were):
  DIR/<id>/<id>.<lang>.digital.pdf      RGB, links, bookmarks
  DIR/<id>/<id>.<lang>.print.pdf        PDF/X-4, CMYK, bleed and printer's marks
  DIR/<id>/<id>.<lang>.preflight.txt    the print preflight report (and .json)
  DIR/<id>/preview/<lang>/page-NNN.png  previews; contact-sheet.png
  DIR/<id>/<id>.<lang>.preflight-failed.txt  the report of a print edition the preflight refused
  DIR/<id>/.manifest                    what each job was built from; a job whose inputs (content
                                        in its language, images, data, layouts, fonts, hyphenation,
                                        engine, options) and outputs are unchanged is skipped

Exit status: 0 success, 1 findings that block output, 2 usage error, 130/143 stopped by
SIGINT/SIGTERM. Diagnostics are printed as file:line:col: error|warning|note: message.

)" + std::string(util::limits_help());
}

static std::vector<std::string> split_list(const std::string& value) {
  std::vector<std::string> out;
  std::stringstream in(value);
  for (std::string item; std::getline(in, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

Options parse_options(int argc, const char* const* argv) {
  Options o;
  if (argc < 2) throw UsageError{"no command given"};
  std::vector<std::string> args(argv + 1, argv + argc);
  std::size_t i = 0;
  const std::string& command = args[i++];
  if (command == "build") o.command = Command::build;
  else if (command == "check") o.command = Command::check;
  else if (command == "watch") o.command = Command::watch;
  else if (command == "--help" || command == "-h" || command == "help") return o;
  else if (command == "--version") { o.command = Command::version; return o; }
  else throw UsageError{"unknown command \"" + command + "\"; use build, check or watch"};

  auto value = [&](const std::string& flag) -> std::string {
    if (i >= args.size()) throw UsageError{flag + " needs a value"};
    return args[i++];
  };
  while (i < args.size()) {
    std::string arg = args[i++];
    std::string inline_value;
    if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      inline_value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
      args.insert(args.begin() + static_cast<long>(i), inline_value);
    }
    if (arg == "--lang") {
      std::string v = value(arg);
      if (v != "all") o.languages = split_list(v);
      if (v != "all" && o.languages.empty()) throw UsageError{"--lang needs a list such as vi,en or all"};
    } else if (arg == "--edition") {
      std::string v = value(arg);
      if (v == "all") o.digital = o.print = true;
      else if (v == "print") { o.print = true; o.digital = false; }
      else if (v == "digital") { o.digital = true; o.print = false; }
      else throw UsageError{"--edition takes print, digital or all, not \"" + v + "\""};
    } else if (arg == "--out") {
      o.out = value(arg);
    } else if (arg == "--preview") {
      o.previews = true;
    } else if (arg == "--no-preview") {
      o.previews = false;
    } else if (arg == "--preview-dpi") {
      std::string v = value(arg);
      double dpi = 0;
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), dpi);
      if (ec != std::errc{} || end != v.data() + v.size() || dpi < 10 || dpi > 1200)
        throw UsageError{"--preview-dpi takes a number from 10 to 1200, not \"" + v + "\""};
      o.preview_dpi = dpi;
    } else if (arg == "--jobs" || arg == "-j") {
      std::string v = value(arg);
      int n = 0;
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (ec != std::errc{} || end != v.data() + v.size() || n < 1 || n > 256)
        throw UsageError{"--jobs takes a number from 1 to 256, not \"" + v + "\""};
      o.jobs = n;
    } else if (arg == "--force") {
      o.force = true;
    } else if (arg == "--dump") {
      o.dump = true;
    } else if (arg == "--root") {
      o.root = value(arg);
    } else if (arg == "--limit") {
      if (auto problem = util::parse_limit(value(arg), o.limits)) throw UsageError{*problem};
    } else if (arg == "--no-wait") {
      o.wait = false;
    } else if (arg == "--spreads") {
      o.spreads = true;
    } else if (arg == "--rebuild") {
      o.rebuild = true;
    } else if (arg == "--strict-translations") {
      o.strict_translations = true;
    } else if (arg == "--help" || arg == "-h") {
      o.command = Command::help;
      return o;
    } else if (arg.rfind("-", 0) == 0) {
      throw UsageError{"unknown option \"" + arg + "\""};
    } else {
      o.inputs.push_back(arg);
    }
  }
  if (o.inputs.empty()) throw UsageError{"name a publication file or a folder, e.g. content/quang-ngai"};
  return o;
}

}  // namespace cli
