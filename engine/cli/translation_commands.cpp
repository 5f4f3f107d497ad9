#include "cli/translation_commands.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cli/console.hpp"
#include "util/atomic_file.hpp"
#include "xliff/translation_status.hpp"
#include "xliff/xliff_export.hpp"
#include "xliff/xliff_import.hpp"

namespace cli {

namespace {

constexpr const char* kUsage = R"(Usage: brochure xliff export PUB [--lang LIST] [--out DIR]
       brochure xliff import FILE... [--publication PUB]
       brochure status PUB [--json]

  xliff export   one XLIFF 2.0 file per target language, DIR/<id>.<source>-<target>.xlf
                 (default DIR: output/xliff; LIST: ru,ko or all, the default), for CAT tools
  xliff import   writes the translated segments (state translated, reviewed or final) back
                 into the publication's XML; the rest of every file stays byte for byte
  status         per language: translations missing, outdated (the source changed since
                 they were imported), current, and unrecorded (never imported)
)";

struct Usage {
  std::string message;
};

struct Arguments {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // --lang, --out, --publication, --json
};

Arguments parse(int argc, const char* const* argv, int first, const std::vector<std::string>& with_value,
                const std::vector<std::string>& flags) {
  Arguments a;
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--", 0) != 0) {
      a.positional.push_back(arg);
      continue;
    }
    std::string value;
    if (auto eq = arg.find('='); eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
    }
    if (std::find(flags.begin(), flags.end(), arg) != flags.end()) {
      a.options[arg] = "yes";
    } else if (std::find(with_value.begin(), with_value.end(), arg) != with_value.end()) {
      if (value.empty()) {
        if (i + 1 >= argc) throw Usage{arg + " needs a value"};
        value = argv[++i];
      }
      a.options[arg] = value;
    } else {
      throw Usage{"unknown option \"" + arg + "\""};
    }
  }
  return a;
}

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += std::string("\\") + c;
    else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else out += c;
  }
  return out + "\"";
}

int export_command(const Arguments& a, Console& console) {
  if (a.positional.size() != 1) throw Usage{"xliff export takes one publication file"};
  const std::filesystem::path publication = a.positional.front();
  util::Diagnostics diagnostics;
  auto content = xliff::read_content(publication, diagnostics);
  console.report(diagnostics);
  if (!content) return 1;
  std::vector<std::string> targets;
  const std::string lang = a.options.count("--lang") ? a.options.at("--lang") : "all";
  if (lang == "all") {
    for (const auto& l : content->languages)
      if (l != content->source_language) targets.push_back(l);
  } else {
    std::stringstream list(lang);
    for (std::string item; std::getline(list, item, ',');) {
      if (item == content->source_language || std::find(content->languages.begin(), content->languages.end(), item) ==
                                                      content->languages.end())
        throw Usage{"--lang " + item + ": not a target language of " + publication.string()};
      targets.push_back(item);
    }
  }
  const std::filesystem::path out = a.options.count("--out") ? a.options.at("--out") : "output/xliff";
  for (const auto& target : targets) {
    const auto file = out / (content->id + "." + content->source_language + "-" + target + ".xlf");
    util::write_file_atomically(file, xliff::export_xliff(*content, target, publication.generic_string()));
    console.line("brochure: " + target + " → " + file.string());
  }
  return 0;
}

int import_command(const Arguments& a, Console& console) {
  if (a.positional.empty()) throw Usage{"xliff import takes one or more XLIFF files"};
  const std::filesystem::path publication = a.options.count("--publication") ? a.options.at("--publication") : "";
  int status = 0;
  for (const auto& file : a.positional) {
    util::Diagnostics diagnostics;
    auto summary = xliff::import_xliff(file, publication, diagnostics);
    console.report(diagnostics);
    if (!summary) {
      console.line("brochure: " + file + " refused; nothing written");
      status = 1;
      continue;
    }
    console.line("brochure: " + file + " → " + summary->publication.string() + " (" + summary->language + "): " +
                 std::to_string(summary->written) + " translation(s) written, " + std::to_string(summary->skipped) +
                 " not translated yet, " + std::to_string(summary->units) + " unit(s), " +
                 std::to_string(summary->files_changed) + " file(s) changed");
  }
  return status;
}

int status_command(const Arguments& a, Console& console) {
  if (a.positional.size() != 1) throw Usage{"status takes one publication file"};
  util::Diagnostics diagnostics;
  auto content = xliff::read_content(a.positional.front(), diagnostics);
  console.report(diagnostics);
  if (!content) return 1;
  const auto findings = xliff::translation_status(*content);
  using xliff::TranslationState;
  const TranslationState states[] = {TranslationState::missing, TranslationState::outdated, TranslationState::current,
                                     TranslationState::unrecorded};
  std::map<std::string, std::map<TranslationState, int>> counts;
  for (const auto& f : findings) ++counts[f.language][f.state];
  if (a.options.count("--json")) {
    std::string out = "{\"publication\": " + json_string(content->id) + ", \"source\": " +
                      json_string(content->source_language) + ", \"languages\": {";
    bool first_language = true;
    for (const auto& language : content->languages) {
      if (language == content->source_language) continue;
      out += std::string(first_language ? "" : ", ") + json_string(language) + ": {";
      first_language = false;
      bool first_state = true;
      for (auto state : states) {
        out += std::string(first_state ? "" : ", ") + json_string(xliff::state_name(state)) + ": [";
        first_state = false;
        bool first_unit = true;
        for (const auto& f : findings)
          if (f.language == language && f.state == state) {
            out += std::string(first_unit ? "" : ", ") + "{\"unit\": " + json_string(f.unit->id) +
                   ", \"file\": " + json_string(f.where.file) + ", \"line\": " + std::to_string(f.where.line) + "}";
            first_unit = false;
          }
        out += "]";
      }
      out += "}";
    }
    console.line(out + "}}");
    return 0;
  }
  char row[128];
  std::snprintf(row, sizeof row, "%-8s %8s %8s %8s %10s", "language", "missing", "outdated", "current", "unrecorded");
  console.line(row);
  for (const auto& language : content->languages) {
    if (language == content->source_language) continue;
    auto& c = counts[language];
    std::snprintf(row, sizeof row, "%-8s %8d %8d %8d %10d", language.c_str(), c[TranslationState::missing],
                  c[TranslationState::outdated], c[TranslationState::current], c[TranslationState::unrecorded]);
    console.line(row);
  }
  for (const auto& f : findings)
    if (f.state == TranslationState::missing || f.state == TranslationState::outdated)
      console.line(f.where.str() + ": " + f.language + " " + xliff::state_name(f.state) + ": " + f.unit->id + " (" +
                   f.unit->context + ")");
  return 0;
}

}  // namespace

bool is_translation_command(int argc, const char* const* argv) {
  if (argc < 2) return false;
  const std::string command = argv[1];
  return command == "xliff" || command == "status";
}

int run_translation_command(int argc, const char* const* argv) {
  Console console;
  const std::string command = argv[1];
  try {
    if (command == "status") return status_command(parse(argc, argv, 2, {}, {"--json"}), console);
    const std::string action = argc > 2 ? argv[2] : "";
    if (action == "--help" || action == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (action == "export") return export_command(parse(argc, argv, 3, {"--lang", "--out"}, {}), console);
    if (action == "import") return import_command(parse(argc, argv, 3, {"--publication"}, {}), console);
    throw Usage{"xliff takes export or import"};
  } catch (const Usage& usage) {
    std::fprintf(stderr, "brochure: %s\n\n%s", usage.message.c_str(), kUsage);
    return 2;
  }
}

void check_translations(const std::filesystem::path& publication, const std::vector<std::string>& languages,
                        bool strict, util::Diagnostics& diagnostics) {
  util::Diagnostics reading;  // the content reader has already reported the file's own problems
  auto content = xliff::read_content(publication, reading);
  if (!content) return;
  for (const auto& f : xliff::translation_status(*content)) {
    if (f.state != xliff::TranslationState::outdated) continue;
    if (!languages.empty() && std::find(languages.begin(), languages.end(), f.language) == languages.end()) continue;
    const std::string message = "the " + f.language + " translation of " + f.unit->id +
                                " is outdated: its " + content->source_language +
                                " source changed since it was imported; send it to translation (brochure xliff export)";
    if (strict) diagnostics.error(f.where, message);
    else diagnostics.warning(f.where, message);
  }
}

}  // namespace cli
