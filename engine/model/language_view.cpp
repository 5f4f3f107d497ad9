#include "model/language_view.hpp"

namespace model {
namespace {

bool name_end(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/'; }

// The end of the tag that starts at `at` ('<'): the index after its '>', stepping over quoted
// attribute values; npos when the file ends first.
std::size_t tag_end(std::string_view xml, std::size_t at) {
  char quote = 0;
  for (std::size_t i = at + 1; i < xml.size(); ++i) {
    const char c = xml[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// The value of xml:lang in a start tag, or "" when it has none.
std::string_view lang_of(std::string_view tag) {
  for (std::size_t at = tag.find("xml:lang"); at != std::string_view::npos; at = tag.find("xml:lang", at + 1)) {
    if (at == 0 || !(tag[at - 1] == ' ' || tag[at - 1] == '\t' || tag[at - 1] == '\n' || tag[at - 1] == '\r')) continue;
    std::size_t i = at + 8;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r')) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r')) ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) continue;
    const std::size_t close = tag.find(tag[i], i + 1);
    if (close == std::string_view::npos) return {};
    return tag.substr(i + 1, close - i - 1);
  }
  return {};
}

bool starts_t_tag(std::string_view xml, std::size_t i) {
  return xml.compare(i, 2, "<t") == 0 && i + 2 < xml.size() && name_end(xml[i + 2]);
}

bool ends_t_tag(std::string_view xml, std::size_t i) {
  return xml.compare(i, 3, "</t") == 0 && i + 3 < xml.size() && name_end(xml[i + 3]);
}

// Index just past the </t> that closes the <t> whose start tag ends at `from`, counting nested
// <t> elements; npos when there is none.
std::size_t element_end(std::string_view xml, std::size_t from) {
  int depth = 1;
  for (std::size_t i = xml.find('<', from); i != std::string_view::npos; i = xml.find('<', i + 1)) {
    if (xml.compare(i, 4, "<!--") == 0) {
      i = xml.find("-->", i + 4);
      if (i == std::string_view::npos) return i;
    } else if (xml.compare(i, 9, "<![CDATA[") == 0) {
      i = xml.find("]]>", i + 9);
      if (i == std::string_view::npos) return i;
    } else if (starts_t_tag(xml, i) || ends_t_tag(xml, i)) {
      const std::size_t end = tag_end(xml, i);
      if (end == std::string_view::npos) return end;
      const bool closing = xml[i + 1] == '/', empty = !closing && xml[end - 2] == '/';
      if (closing && --depth == 0) return end;
      if (!closing && !empty) ++depth;
      i = end - 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::string language_view(std::string_view xml, std::string_view lang) {
  std::string view;
  view.reserve(xml.size());
  std::size_t copied = 0;  // xml[0, copied) is decided
  for (std::size_t i = xml.find('<'); i != std::string_view::npos; i = xml.find('<', i + 1)) {
    if (xml.compare(i, 4, "<!--") == 0) {
      i = xml.find("-->", i + 4);
    } else if (xml.compare(i, 9, "<![CDATA[") == 0) {
      i = xml.find("]]>", i + 9);
    } else if (starts_t_tag(xml, i)) {
      const std::size_t start_end = tag_end(xml, i);
      if (start_end == std::string_view::npos) break;
      const std::string_view other = lang_of(xml.substr(i, start_end - i));
      const bool empty = xml[start_end - 2] == '/';
      if (!other.empty() && other != lang && !empty) {
        const std::size_t end = element_end(xml, start_end);
        if (end == std::string_view::npos) break;  // unclosed: keep the rest as it is
        view.append(xml.substr(copied, i - copied));
        copied = end;
        i = end - 1;
        continue;
      }
      i = start_end - 1;
    }
    if (i == std::string_view::npos) break;
  }
  view.append(xml.substr(copied));
  return view;
}

}  // namespace model
