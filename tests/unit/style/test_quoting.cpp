// Messages quote what the writer wrote, shortened: one way for content and layouts, and never
// cut inside a UTF-8 character (the content reader once cut "ệ" in half at byte 60).
#include <catch2/catch.hpp>

#include "model/element_reader.hpp"
#include "style/xml_element.hpp"
#include "util/utf8.hpp"

TEST_CASE("quoting: a long value is shortened between characters, the same in content and layout messages") {
  // 59 ASCII bytes, then "ệ" (3 bytes) across the 60-byte limit.
  const std::string value = std::string(59, 'a') + "ệ và phần còn lại của giá trị";
  const std::string content = model::xml::quoted("title", value);
  const std::string layout = style::xml::quoted("title", value);
  CHECK(content == layout);
  CHECK_FALSE(util::find_invalid_utf8(content));
  CHECK(content == "title=\"" + std::string(59, 'a') + "…\"");
  // A value within the limit is quoted whole.
  CHECK(model::xml::quoted("code", "Tiếng Việt") == "code=\"Tiếng Việt\"");
  for (std::size_t cut = 55; cut < 66; ++cut) {
    INFO(cut);
    CHECK_FALSE(util::find_invalid_utf8(util::shortened(std::string(cut, 'x') + "ếệ广义", 60)));
  }
}
