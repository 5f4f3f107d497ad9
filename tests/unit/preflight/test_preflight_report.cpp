// The preflight report as people and programs read it.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "preflight/preflight.hpp"

namespace fs = std::filesystem;
using preflight::Level;

namespace {

preflight::Report sample_report() {
  preflight::Report report;
  report.findings.push_back({Level::error, "image-resolution", 3, "image \"map\" is placed at 72 ppi", {10, 20, 30, 40}});
  report.findings.push_back({Level::warning, "hairline", 4, "1 stroke thinner than 0.25 pt\ttabbed", {1.5, 2, 3, 4},
                             {"content/leaflet.xml", 12, 5}});
  report.findings.push_back({Level::error, "output-intent", 0, "no output intent", {}});
  return report;
}

std::string python(const std::string& script, const std::string& input) {
  const fs::path file = fs::path(BROCHURE_TEST_SCRATCH) / "preflight-report.json";
  fs::create_directories(file.parent_path());
  std::ofstream(file) << input;
  std::string command = "python3 -c '" + script + "' < " + file.string();
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe)) out += buffer;
  REQUIRE(pclose(pipe) == 0);
  return out;
}

}  // namespace

TEST_CASE("preflight report: text has one finding per line and a summary", "[preflight]") {
  const auto report = sample_report();
  CHECK(report.has_errors());
  CHECK(report.count(Level::error) == 2);
  CHECK(report.count(Level::warning) == 1);
  CHECK(report.text() ==
        "profile: pdfx4 (text under 9 pt in one ink, strokes at least 0.25 pt, images at 300 ppi, total ink at most "
        "300 %)\n"
        "error: page 3: image-resolution: image \"map\" is placed at 72 ppi\n"
        "warning: page 4: hairline: content/leaflet.xml:12:5: 1 stroke thinner than 0.25 pt\ttabbed\n"
        "error: document: output-intent: no output intent\n"
        "preflight: 2 errors, 1 warning\n");
  preflight::Report warnings_only;
  warnings_only.findings.push_back({Level::warning, "hairline", 1, "thin", {}});
  CHECK_FALSE(warnings_only.has_errors());
}

TEST_CASE("preflight report: JSON is valid and complete (read back by Python)", "[preflight]") {
  const std::string out = python(
      "import json,sys\n"
      "d = json.load(sys.stdin)\n"
      "print(d[\"errors\"], d[\"warnings\"], len(d[\"findings\"]))\n"
      "print(d[\"profile\"][\"name\"], d[\"profile\"][\"small_text_pt\"], d[\"profile\"][\"max_ink_percent\"])\n"
      "for f in d[\"findings\"]: print(f[\"level\"], f[\"check\"], f[\"page\"], f[\"source\"], f[\"area\"][\"x\"], f[\"area\"][\"height\"], repr(f[\"message\"]))\n",
      sample_report().json());
  CHECK(out ==
        "2 1 3\n"
        "pdfx4 9.0 300.0\n"
        "error image-resolution 3 None 10.0 40.0 'image \"map\" is placed at 72 ppi'\n"
        "warning hairline 4 content/leaflet.xml:12:5 1.5 4.0 '1 stroke thinner than 0.25 pt\\ttabbed'\n"
        "error output-intent 0 None 0.0 0.0 'no output intent'\n");
  CHECK(python("import json,sys\nd = json.load(sys.stdin)\nprint(d[\"errors\"], d[\"warnings\"], d[\"findings\"])\n",
               preflight::Report{}.json()) == "0 0 []\n");
}
