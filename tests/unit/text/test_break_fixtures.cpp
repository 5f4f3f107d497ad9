// Data-driven line-breaking fixtures, in the spirit of Pango's tests/breaks and HarfBuzz's
// test/shape/data: tests/fixtures/text/breaks/<lang>.breaks holds cases of input text, measure
// and the lines expected, so a case is added without writing C++. Run with BROCHURE_PRINT_BREAKS=1
// to see the lines the engine sets (to write a new case, check them by eye first).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "text/hyphenator.hpp"
#include "text_fixture.hpp"

namespace {

struct BreakCase {
  std::string file;
  int line = 0;  // where the case starts, for the failure message
  std::string name, language, font = "Noto Serif", hyphenation, text;
  double width = 100, size = 10;
  text::Align align = text::Align::justify;
  text::ParagraphFormat format;
  text::BreakRules rules;
  int hyphen_min_left = 2, hyphen_min_right = 3;
  std::vector<std::string> expected;
};

std::vector<std::string> words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// A file is a list of cases separated by blank lines; "key: value" lines set the case, lines
// starting with "|" are the expected lines, in order. "\n" in a text is a forced line break (<br/>).
std::vector<BreakCase> read_cases(const std::filesystem::path& path) {
  std::vector<BreakCase> cases;
  std::ifstream in(path);
  std::string row;
  int number = 0;
  BreakCase current;
  bool open = false;
  auto finish = [&] {
    if (open) cases.push_back(current);
    open = false;
  };
  while (std::getline(in, row)) {
    ++number;
    if (row.empty()) {
      finish();
      continue;
    }
    if (row[0] == '#') continue;
    if (!open) {
      current = BreakCase{};
      current.file = path.filename().string();
      current.line = number;
      open = true;
    }
    if (row[0] == '|') {
      current.expected.push_back(row.substr(row.size() > 1 && row[1] == ' ' ? 2 : 1));
      continue;
    }
    const auto colon = row.find(": ");
    REQUIRE(colon != std::string::npos);
    const std::string key = row.substr(0, colon), value = row.substr(colon + 2);
    if (key == "case") current.name = value;
    else if (key == "language") current.language = value;
    else if (key == "font") current.font = value;
    else if (key == "size") current.size = std::stod(value);
    else if (key == "width") current.width = std::stod(value);
    else if (key == "align") current.align = value == "left" ? text::Align::left : text::Align::justify;
    else if (key == "hyphenation") current.hyphenation = value;
    else if (key == "hyphen-min") {
      auto w = words(value);
      current.hyphen_min_left = std::stoi(w.at(0));
      current.hyphen_min_right = std::stoi(w.at(1));
    } else if (key == "units") current.rules.units = words(value);
    else if (key == "keep-with-next") current.rules.keep_with_next = words(value);
    else if (key == "prefer-with-next") current.rules.prefer_with_next = words(value);
    else if (key == "keep-all") current.format.keep_all = value == "true";
    else if (key == "justify") current.format.justify_characters = value == "characters";
    else if (key == "ideograph-latin-space") current.format.ideograph_latin_space = std::stod(value);
    else if (key == "letter-stretch") current.format.letter_stretch = std::stod(value);
    else if (key == "glyph-scaling") current.format.glyph_scaling = std::stod(value);
    else if (key == "compress-punctuation") current.format.compress_punctuation = value == "true";
    else if (key == "text") current.text = value;
    else FAIL(path.string() + ":" + std::to_string(number) + ": unknown key " + key);
  }
  finish();
  return cases;
}

// The lines as a reader sees them: a drawn hyphen as "-", a line separator dropped.
std::vector<std::string> set_lines(text::FontSet& fonts, const BreakCase& c, util::Diagnostics& diagnostics) {
  std::unique_ptr<text::Hyphenator> hyphenator;
  if (!c.hyphenation.empty())
    hyphenator = text::Hyphenator::load(
        (c.hyphenation.ends_with(".dic") ? "/usr/share/hyphen/" : BROCHURE_FIXTURES "/text/") + c.hyphenation,
        c.hyphen_min_left, c.hyphen_min_right);
  text::StyledText styled;
  const auto style = text_test::style(c.font, c.language, c.size);
  std::size_t start = 0;
  while (true) {
    const auto forced = c.text.find("\\n", start);
    const std::string piece = c.text.substr(start, forced == std::string::npos ? std::string::npos : forced - start);
    styled.append(hyphenator ? hyphenator->hyphenate(piece) : piece, style, {c.file, c.line, 0});
    if (forced == std::string::npos) break;
    styled.line_break(style, {c.file, c.line, 0});
    start = forced + 2;
  }
  text::ParagraphFormat format = c.format;
  format.width = c.width;
  format.align = c.align;
  format.leading = c.size * 1.4;
  format.rules = &c.rules;
  std::vector<std::string> out;
  for (const auto& line : text::typeset(fonts, styled, format, diagnostics).lines) {
    std::string t;
    for (const auto& run : line.runs)
      for (const auto& cluster : run.clusters)
        if (cluster.text == "\u00AD") t += "-";
        else if (cluster.text != "\u2028") t += cluster.text;
    out.push_back(t);
  }
  return out;
}

}  // namespace

TEST_CASE("line-breaking fixtures: the expected lines of every case in tests/fixtures/text/breaks") {
  text::FontSet fonts(text_test::font_config());
  const bool print = std::getenv("BROCHURE_PRINT_BREAKS") != nullptr;
  int cases = 0;
  for (const auto& entry : std::filesystem::directory_iterator(BROCHURE_FIXTURES "/text/breaks")) {
    if (entry.path().extension() != ".breaks") continue;
    for (const BreakCase& c : read_cases(entry.path())) {
      ++cases;
      util::Diagnostics diagnostics;
      const auto lines = set_lines(fonts, c, diagnostics);
      if (print) {
        std::cout << c.file << ":" << c.line << " " << c.name << "\n";
        for (const auto& l : lines) std::cout << "| " << l << "\n";
      }
      INFO(c.file << ":" << c.line << ": " << c.name);
      CHECK(lines == c.expected);
    }
  }
  CHECK(cases >= 12);
}
