#include "xliff/inline_tokens.hpp"

#include <cstdint>
#include <cstdio>
#include <map>

namespace xliff {

namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// <br/>, <num/> and <label/> stand alone; every other inline element wraps text.
bool is_standalone(std::string_view name) { return name == "br" || name == "num" || name == "label"; }

std::string start_tag(const tinyxml2::XMLElement& element, bool standalone) {
  std::string tag = "<" + std::string(element.Name());
  for (const tinyxml2::XMLAttribute* a = element.FirstAttribute(); a; a = a->Next())
    tag += " " + std::string(a->Name()) + "=\"" + escape_attribute(a->Value()) + "\"";
  return tag + (standalone ? "/>" : ">");
}

void walk(const tinyxml2::XMLNode& parent, Tokens& out, int& next_code) {
  for (const tinyxml2::XMLNode* node = parent.FirstChild(); node; node = node->NextSibling()) {
    if (const auto* text = node->ToText()) {
      out.push_back({Token::Kind::text, text->Value(), "", "", 0});
    } else if (const auto* element = node->ToElement()) {
      const std::string name = element->Name();
      const int code = next_code++;
      if (is_standalone(name)) {
        out.push_back({Token::Kind::standalone, "", name, start_tag(*element, true), code});
      } else {
        out.push_back({Token::Kind::open, "", name, start_tag(*element, false), code});
        walk(*element, out, next_code);
        out.push_back({Token::Kind::close, "", name, "</" + name + ">", code});
      }
    }
  }
}

// White space as the content reader collapses it (model/white_space): across inline
// boundaries, none at the ends, none around a <br/>; a <num/> counts as a word.
void collapse(Tokens& tokens) {
  bool after_space = true;  // drops white space at the start
  Token* last_text = nullptr;
  auto drop_trailing_space = [&] {
    if (last_text && !last_text->text.empty() && last_text->text.back() == ' ') last_text->text.pop_back();
  };
  for (auto& token : tokens) {
    if (token.kind == Token::Kind::standalone) {
      if (token.name == "br") {
        drop_trailing_space();
        after_space = true;
      } else {
        after_space = false;
      }
      last_text = nullptr;
      continue;
    }
    if (token.kind != Token::Kind::text) continue;
    last_text = &token;
    std::string collapsed;
    for (char c : token.text) {
      if (is_xml_space(c)) {
        if (!after_space) collapsed += ' ';
        after_space = true;
      } else {
        collapsed += c;
        after_space = false;
      }
    }
    token.text = collapsed;
  }
  for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
    if (it->kind != Token::Kind::text) continue;
    while (!it->text.empty() && it->text.back() == ' ') it->text.pop_back();
    if (!it->text.empty()) break;
  }
  std::erase_if(tokens, [](const Token& t) { return t.kind == Token::Kind::text && t.text.empty(); });
}

}  // namespace

std::string escape_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::string escape_attribute(const std::string& text) {
  std::string out;
  for (char c : escape_text(text)) {
    if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

std::string markup_name(const std::string& markup) {
  std::size_t begin = markup.starts_with("</") ? 2 : 1, end = begin;
  while (end < markup.size() && markup[end] != ' ' && markup[end] != '>' && markup[end] != '/') ++end;
  return markup.substr(begin, end - begin);
}

Tokens read_tokens(const tinyxml2::XMLElement& t) {
  Tokens tokens;
  int next_code = 1;
  walk(t, tokens, next_code);
  collapse(tokens);
  return tokens;
}

void match_codes(const Tokens& source, Tokens& target) {
  std::map<std::string, std::vector<int>> source_codes;  // name → codes in order
  int highest = 0;
  for (const auto& t : source)
    if (t.kind == Token::Kind::open || t.kind == Token::Kind::standalone) {
      source_codes[t.name].push_back(t.code);
      highest = std::max(highest, t.code);
    }
  std::map<std::string, std::size_t> used;
  std::map<int, int> renumbered;  // the target's own numbering → the source's
  for (auto& t : target) {
    if (t.kind == Token::Kind::open || t.kind == Token::Kind::standalone) {
      auto& codes = source_codes[t.name];
      std::size_t k = used[t.name]++;
      renumbered[t.code] = k < codes.size() ? codes[k] : ++highest;
      t.code = renumbered[t.code];
    } else if (t.kind == Token::Kind::close) {
      t.code = renumbered[t.code];
    }
  }
}

std::string content_xml(const Tokens& tokens) {
  std::string out;
  for (const auto& t : tokens) out += t.kind == Token::Kind::text ? escape_text(t.text) : t.markup;
  return out;
}

std::string fingerprint(const Tokens& tokens) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : content_xml(tokens)) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

}  // namespace xliff
