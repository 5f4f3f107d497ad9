// The language view decides whether a job is rebuilt after an edit: a change to another
// language's text must leave it as it was, any change this language can see must not.
#include <catch2/catch.hpp>

#include "model/language_view.hpp"

using model::language_view;

namespace {

const char* kFile = R"(<section id="s">
  <!-- a comment with <t xml:lang="ru"> in it -->
  <h><t xml:lang="en">Port</t><t xml:lang="ru" translated-from="abc">Порт</t></h>
  <p><t xml:lang='ru'>Текст <b>жирный</b></t>
     <t xml:lang="en">Text <b>bold</b> <num value="3"/></t></p>
  <p>Neutral</p>
  <p><t xml:lang="ru"/><t xml:lang="en">Only English</t></p>
</section>)";

std::string edited(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("another language's text is not in the view") {
  const std::string en = language_view(kFile, "en");
  CHECK(en.find("Порт") == std::string::npos);
  CHECK(en.find("жирный") == std::string::npos);
  CHECK(en.find("Text <b>bold</b>") != std::string::npos);
  CHECK(en.find("Neutral") != std::string::npos);
  CHECK(en.find("a comment with <t xml:lang=\"ru\"> in it") != std::string::npos);  // comments are kept whole
  CHECK(language_view(edited(kFile, "Порт", "Гавань"), "en") == en);
  CHECK(language_view(edited(kFile, "жирный", "полужирный"), "en") == en);
}

TEST_CASE("every change the language can see changes the view") {
  for (const char* lang : {"en", "ru"}) {
    const std::string view = language_view(kFile, lang);
    CHECK(language_view(edited(kFile, "Neutral", "Neutral 2"), lang) != view);
    CHECK(language_view(edited(kFile, "<section id=\"s\">", "<section id=\"t\">"), lang) != view);
    const bool changed = language_view(edited(kFile, "<num value=\"3\"/>", "<num value=\"4\"/>"), lang) != view;
    CHECK(changed == (std::string(lang) == "en"));  // the number is inside the English text
  }
  CHECK(language_view(edited(kFile, "Only English", "English only"), "en") != language_view(kFile, "en"));
  CHECK(language_view(edited(kFile, "translated-from=\"abc\"", "translated-from=\"abd\""), "ru") !=
        language_view(kFile, "ru"));
}

TEST_CASE("text it cannot read is kept") {
  const std::string unclosed = "<p><t xml:lang=\"ru\">never closed</p>";
  CHECK(language_view(unclosed, "en") == unclosed);
  CHECK(language_view("<t xml:lang=\"ru\"", "en") == "<t xml:lang=\"ru\"");
}
