#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "text/hyphenator.hpp"

namespace {

// "про-вин-ция": the word with a hyphen after every letter the patterns allow a break after.
std::string marked(const text::Hyphenator& h, const std::u32string& word) {
  const auto after = h.break_points(word);
  std::u32string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    out += word[i];
    if (after[i]) out += U'-';
  }
  std::string utf8;
  for (char32_t c : out) {  // the test's own tiny UTF-8 encoder: BMP only
    if (c < 0x80) utf8 += static_cast<char>(c);
    else if (c < 0x800) utf8 += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    else
      utf8 += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
               static_cast<char>(0x80 | (c & 0x3F))};
  }
  return utf8;
}

}  // namespace

TEST_CASE("Liang's example: his thesis's patterns hyphenate 'hyphenation' as hy-phen-ation") {
  // Worked by hand from the patterns: hy3ph puts 3 between y and p, hen5at 5 between n and a;
  // every other vote there is even (he2n, 1na, n2at, hena4, 1tio, 2io, o2n).
  auto h = text::Hyphenator::load(BROCHURE_FIXTURES "/text/liang-example.pat.txt", 1, 1);
  REQUIRE(h);
  CHECK(marked(*h, U"hyphenation") == "hy-phen-ation");
}

TEST_CASE("Russian patterns read by Liang's algorithm break where a Russian dictionary does") {
  // libhyphen found no break in "провинция" with Debian's hyph_ru_RU.dic, whose patterns are not
  // expanded the way libhyphen needs; Liang's maximum over all matches does not care.
  auto ru = text::Hyphenator::load("/usr/share/hyphen/hyph_ru_RU.dic", 2, 2);
  REQUIRE(ru);
  // Dictionary hyphenation (Розенталь), with two letters kept on each side.
  CHECK(ru->hyphenate("провинция") == "про\u00ADвин\u00ADция");
  CHECK(ru->hyphenate("законодательство") == "за\u00ADко\u00ADно\u00ADда\u00ADтель\u00ADство");
  CHECK(ru->hyphenate("побережья") == "по\u00ADбе\u00ADре\u00ADжья");
}

TEST_CASE("English patterns: a libhyphen dictionary's keywords are skipped, its patterns used") {
  auto en = text::Hyphenator::load("/usr/share/hyphen/hyph_en_US.dic", 2, 3);
  REQUIRE(en);
  CHECK(en->hyphenate("investment") == "in\u00ADvest\u00ADment");
  CHECK(en->hyphenate("accepted") == "ac\u00ADcepted");  // "ed" is fewer than 3 letters
}

TEST_CASE("patterns that cannot be read are an error saying why") {
  std::string error;
  CHECK_FALSE(text::Hyphenator::load("/nonexistent/hyph_xx.dic", 2, 3, &error));
  CHECK(error.find("/nonexistent/hyph_xx.dic") != std::string::npos);
  const std::string empty = std::string(BROCHURE_TEST_SCRATCH) + "/empty.pat.txt";
  std::filesystem::create_directories(BROCHURE_TEST_SCRATCH);
  std::ofstream{empty};
  CHECK_FALSE(text::Hyphenator::load(empty, 2, 3, &error));
  CHECK(error.find("no hyphenation patterns") != std::string::npos);
}
