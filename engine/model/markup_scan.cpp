#include "model/markup_scan.hpp"

#include <algorithm>
#include <array>

namespace model::xml {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Names as tinyxml2 takes them: ASCII letters, `_` and `:` to start, then digits, `-` and `.`
// too; every byte of a non-ASCII character counts, so names in any script pass.
bool is_name_start(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u == ':' || u >= 0x80;
}
bool is_name_char(char c) { return is_name_start(c) || is_digit(c) || c == '-' || c == '.'; }

bool is_predefined_entity(std::string_view name) {
  return name == "lt" || name == "gt" || name == "amp" || name == "quot" || name == "apos";
}

struct HtmlEntity {
  std::string_view name, reference, meaning;
};
// The HTML entities people paste most often, with what XML understands instead.
constexpr std::array kHtmlEntities{
    HtmlEntity{"nbsp", "&#xA0;", "no-break space"}, HtmlEntity{"ndash", "&#x2013;", "en dash"},
    HtmlEntity{"mdash", "&#x2014;", "em dash"},     HtmlEntity{"hellip", "&#x2026;", "ellipsis"},
    HtmlEntity{"copy", "&#xA9;", "copyright sign"}, HtmlEntity{"reg", "&#xAE;", "registered sign"},
    HtmlEntity{"deg", "&#xB0;", "degree sign"},     HtmlEntity{"euro", "&#x20AC;", "euro sign"},
    HtmlEntity{"laquo", "&#xAB;", "«"},             HtmlEntity{"raquo", "&#xBB;", "»"},
};

std::string entity_advice(std::string_view name) {
  for (const auto& e : kHtmlEntities)
    if (e.name == name)
      return "write the character itself, or " + std::string(e.reference) + " (" +
             std::string(e.meaning) + ")";
  return "write the character itself, or its code point as &#x…;";
}

// XML 1.0 allows these code points as characters; a reference to any other is an error.
bool is_xml_char(unsigned long cp) {
  if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  return cp <= 0x10FFFF && cp != 0xFFFE && cp != 0xFFFF;
}

std::string tag(std::string_view name) { return "<" + std::string(name) + ">"; }

std::string place(Position p) {
  return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

class Scanner {
 public:
  explicit Scanner(std::string_view xml) : s_(xml) {}

  // With `stop_at_root`, only the root start tag is wanted: no checks beyond it, no copy.
  MarkupScan scan(bool stop_at_root);

 private:
  struct Open {
    std::string_view name;
    Position at;
  };

  std::string_view s_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  // Column cache for the current line: code points in [line_start_, counted_to_).
  std::size_t counted_to_ = 0;
  int counted_ = 0;
  std::vector<Open> open_;
  bool root_closed_ = false;
  std::size_t copied_ = 0;  // parse_text holds the input up to here
  MarkupScan out_;

  Position here();
  void advance_to(std::size_t end);
  bool at(std::string_view prefix) const { return s_.substr(pos_).starts_with(prefix); }
  bool skip_spaces();
  std::string_view name();
  void problem(Position where, std::string message, bool fatal = false) {
    out_.problems.push_back({where, std::move(message), fatal});
  }
  // Each returns false after a fatal problem.
  bool markup();
  bool skip_past(std::string_view terminator, Position start, std::string_view what);
  bool comment(Position start);
  bool declaration(Position start);
  bool end_tag(Position start);
  bool start_tag(Position start);
  bool attribute_value(std::string_view attribute, std::string_view element);
  void reference();
  void keep_white_space(std::size_t run_start);
};

Position Scanner::here() {
  if (counted_to_ < line_start_) {
    counted_to_ = line_start_;
    counted_ = 0;
  }
  for (; counted_to_ < pos_; ++counted_to_)
    if ((static_cast<unsigned char>(s_[counted_to_]) & 0xC0) != 0x80) ++counted_;
  return {line_, counted_ + 1};
}

void Scanner::advance_to(std::size_t end) {
  end = std::min(end, s_.size());
  for (std::size_t i = pos_; i < end; ++i) {
    if (s_[i] == '\n') {
      ++line_;
      line_start_ = i + 1;
    }
  }
  pos_ = end;
}

bool Scanner::skip_spaces() {
  std::size_t end = pos_;
  while (end < s_.size() && is_space(s_[end])) ++end;
  bool skipped = end > pos_;
  advance_to(end);
  return skipped;
}

std::string_view Scanner::name() {
  std::size_t start = pos_;
  if (pos_ < s_.size() && is_name_start(s_[pos_])) {
    ++pos_;
    while (pos_ < s_.size() && is_name_char(s_[pos_])) ++pos_;
  }
  return s_.substr(start, pos_ - start);
}

MarkupScan Scanner::scan(bool stop_at_root) {
  if (s_.starts_with(kByteOrderMark)) pos_ = line_start_ = counted_to_ = kByteOrderMark.size();
  if (!stop_at_root) out_.parse_text.reserve(s_.size() + s_.size() / 8);

  std::size_t text_start = pos_;
  bool blank = true;  // the text since the last markup is white space only
  Position text_at;
  auto text_outside_root = [&] {
    problem(text_at, "malformed XML: text outside the root element; everything goes inside "
                     "the root element (<publication>, or <section> in an included part)",
            true);
  };
  while (pos_ < s_.size()) {
    char c = s_[pos_];
    if (c == '<') {
      if (open_.empty() && !blank && !stop_at_root) {
        text_outside_root();
        break;
      }
      if (!open_.empty() && blank && pos_ > text_start) keep_white_space(text_start);
      if (!markup()) break;
      if (stop_at_root && !out_.start_tags.empty()) return std::move(out_);
      text_start = pos_;
      blank = true;
    } else if (c == '&') {
      if (blank) text_at = here();
      blank = false;
      reference();
    } else {
      if (blank && !is_space(c)) {
        text_at = here();
        blank = false;
      }
      advance_to(pos_ + 1);
    }
  }
  if (stop_at_root) return std::move(out_);

  if (!out_.fatal()) {
    if (open_.empty() && !blank) {
      text_outside_root();
    } else if (!open_.empty()) {
      const Open& unclosed = open_.back();
      problem(unclosed.at, "malformed XML: " + tag(unclosed.name) +
                               " is never closed; add </" + std::string(unclosed.name) + ">",
              true);
    } else if (out_.start_tags.empty()) {
      problem(here(), "malformed XML: the file has no root element", true);
    }
  }
  out_.parse_text.append(s_.substr(copied_));
  return std::move(out_);
}

void Scanner::keep_white_space(std::size_t run_start) {
  out_.parse_text.append(s_.substr(copied_, run_start - copied_));
  out_.parse_text += "&#32;";
  copied_ = run_start;
}

bool Scanner::markup() {
  Position start = here();
  if (at("<!--")) return comment(start);
  if (at("<![CDATA[")) return skip_past("]]>", start, "CDATA section");
  if (at("<?xml ")) return declaration(start);
  if (at("<?")) return skip_past("?>", start, "processing instruction");
  if (at("<!")) {
    problem(start, "a DOCTYPE (or other <!…> declaration): remove it; publications use no DTD, "
                   "their schema is content/schema/publication.rng",
            true);
    return false;
  }
  if (at("</")) return end_tag(start);
  return start_tag(start);
}

bool Scanner::skip_past(std::string_view terminator, Position start, std::string_view what) {
  auto end = s_.find(terminator, pos_ + 2);
  if (end == std::string_view::npos) {
    problem(start, "malformed XML: this " + std::string(what) + " is never closed with " +
                       std::string(terminator),
            true);
    return false;
  }
  advance_to(end + terminator.size());
  return true;
}

// The engine reads UTF-8 only; a file that declares another encoding would read differently
// in an editor or xmllint than here.
bool Scanner::declaration(Position start) {
  auto end = s_.find("?>", pos_);
  if (end == std::string_view::npos) return skip_past("?>", start, "XML declaration");
  std::string_view text = s_.substr(pos_, end - pos_);
  if (auto at_name = text.find("encoding"); at_name != std::string_view::npos) {
    auto open = text.find_first_of("\"'", at_name);
    auto close = open == std::string_view::npos ? open : text.find(text[open], open + 1);
    if (close != std::string_view::npos) {
      std::string_view declared = text.substr(open + 1, close - open - 1);
      auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
      bool utf8 = declared.size() == 5 &&
                  std::equal(declared.begin(), declared.end(), "UTF-8",
                             [&](char a, char b) { return upper(a) == b; });
      if (!utf8)
        problem(start, "the file declares encoding=\"" + std::string(declared) +
                           "\"; content files are UTF-8: save it as UTF-8 and declare "
                           "encoding=\"UTF-8\"");
    }
  }
  advance_to(end + 2);
  return true;
}

bool Scanner::comment(Position start) {
  auto end = s_.find("-->", pos_ + 4);
  if (end == std::string_view::npos) return skip_past("-->", start, "comment");  // reports it
  if (auto dashes = s_.find("--", pos_ + 4); dashes < end) {
    advance_to(dashes);
    problem(here(), "'--' inside a comment, which XML does not allow; write a single dash");
  }
  advance_to(end + 3);
  return true;
}

bool Scanner::end_tag(Position start) {
  advance_to(pos_ + 2);
  std::string_view closing = name();
  skip_spaces();
  if (closing.empty() || pos_ >= s_.size() || s_[pos_] != '>') {
    problem(start, "malformed XML: a broken end tag; write </name>", true);
    return false;
  }
  advance_to(pos_ + 1);
  std::string end = "</" + std::string(closing) + ">";
  if (open_.empty()) {
    problem(start, "malformed XML: " + end + " closes nothing, no element is open here", true);
    return false;
  }
  const Open& top = open_.back();
  if (top.name != closing) {
    bool closes_outer = std::any_of(open_.begin(), open_.end(),
                                    [&](const Open& o) { return o.name == closing; });
    if (closes_outer)
      problem(start, "malformed XML: " + tag(top.name) + " (" + place(top.at) +
                         ") is not closed before " + end + "; add </" + std::string(top.name) +
                         ">",
              true);
    else
      problem(start, "malformed XML: " + end + " matches no open element; the element open here "
                     "is " + tag(top.name) + " (" + place(top.at) + ")",
              true);
    return false;
  }
  open_.pop_back();
  if (open_.empty()) root_closed_ = true;
  return true;
}

bool Scanner::start_tag(Position start) {
  advance_to(pos_ + 1);
  if (pos_ >= s_.size() || !is_name_start(s_[pos_])) {
    problem(start, "malformed XML: a '<' that starts no tag; write &lt; for a less-than sign",
            true);
    return false;
  }
  StartTag started{name(), start, {}};
  if (open_.empty() && root_closed_) {
    problem(start, "malformed XML: a second root element " + tag(started.name) +
                       "; a file holds one root element (<publication>, or <section> in an "
                       "included part)",
            true);
    return false;
  }
  std::string element = tag(started.name);
  for (;;) {
    bool spaced = skip_spaces();
    if (pos_ >= s_.size()) {
      problem(start, "malformed XML: the start tag " + element + " is never closed with '>'",
              true);
      return false;
    }
    if (s_[pos_] == '>') {
      advance_to(pos_ + 1);
      open_.push_back({started.name, start});
      break;
    }
    if (at("/>")) {
      advance_to(pos_ + 2);
      if (open_.empty()) root_closed_ = true;
      break;
    }
    Position attribute_at = here();
    if (!spaced || !is_name_start(s_[pos_])) {
      problem(attribute_at, "malformed XML: in the start tag " + element +
                                ", expected an attribute name (after a space), '>' or '/>'",
              true);
      return false;
    }
    std::string_view attribute = name();
    for (const auto& earlier : started.attributes) {
      if (earlier.name == attribute) {
        problem(attribute_at, "malformed XML: attribute " + std::string(attribute) +
                                  " appears twice in " + element + "; keep one",
                true);
        return false;
      }
    }
    started.attributes.push_back({attribute, attribute_at});
    if (!attribute_value(attribute, element)) return false;
  }
  out_.start_tags.push_back(std::move(started));
  return true;
}

bool Scanner::attribute_value(std::string_view attribute, std::string_view element) {
  std::string name(attribute);
  skip_spaces();
  if (pos_ >= s_.size() || s_[pos_] != '=') {
    problem(here(), "malformed XML: attribute " + name + " in " + std::string(element) +
                        " has no value; write " + name + "=\"…\"",
            true);
    return false;
  }
  advance_to(pos_ + 1);
  skip_spaces();
  if (pos_ >= s_.size() || (s_[pos_] != '"' && s_[pos_] != '\'')) {
    problem(here(), "malformed XML: the value of " + name + " needs quotes: " + name + "=\"…\"",
            true);
    return false;
  }
  char quote = s_[pos_];
  auto close = s_.find(quote, pos_ + 1);
  if (close == std::string_view::npos) {
    problem(here(), "malformed XML: the value of " + name + " is never closed with its quote",
            true);
    return false;
  }
  advance_to(pos_ + 1);
  while (pos_ < close) {
    if (s_[pos_] == '&') {
      reference();  // stops at the quote at the latest: it is neither a name character nor ';'
    } else if (s_[pos_] == '<') {
      problem(here(), "malformed XML: '<' inside the value of " + name + "; write &lt;");
      advance_to(pos_ + 1);
    } else {
      advance_to(pos_ + 1);
    }
  }
  advance_to(close + 1);
  return true;
}

void Scanner::reference() {
  Position start = here();
  std::size_t p = pos_ + 1;
  if (p < s_.size() && s_[p] == '#') {
    ++p;
    bool hex = p < s_.size() && s_[p] == 'x';
    if (hex) ++p;
    std::size_t digits = p;
    unsigned long code_point = 0;
    while (p < s_.size() && (hex ? is_hex_digit(s_[p]) : is_digit(s_[p]))) {
      if (code_point <= 0x10FFFF) code_point = code_point * (hex ? 16 : 10) +
                                               (is_digit(s_[p]) ? s_[p] - '0'
                                                                : (s_[p] | 0x20) - 'a' + 10);
      ++p;
    }
    if (p == digits || p >= s_.size() || s_[p] != ';') {
      problem(start, "malformed character reference; write &#233; or &#xE9;");
      advance_to(pos_ + 1);
      return;
    }
    if (!is_xml_char(code_point))
      problem(start, "&#" + std::string(hex ? "x" : "") +
                         std::string(s_.substr(digits, p - digits)) +
                         "; is not a character XML allows");
    advance_to(p + 1);
    return;
  }
  std::size_t name_start = p;
  while (p < s_.size() && is_name_char(s_[p])) ++p;
  std::string_view entity = s_.substr(name_start, p - name_start);
  if (entity.empty() || p >= s_.size() || s_[p] != ';') {
    problem(start, "a bare '&'; write &amp; for an ampersand");
    advance_to(pos_ + 1);
    return;
  }
  if (!is_predefined_entity(entity))
    problem(start, "unknown entity &" + std::string(entity) +
                       "; (XML knows only &lt; &gt; &amp; &quot; &apos;): " + entity_advice(entity));
  advance_to(p + 1);
}

}  // namespace

MarkupScan scan_markup(std::string_view xml) { return Scanner(xml).scan(false); }

std::string_view root_element_name(std::string_view xml) {
  MarkupScan scan = Scanner(xml).scan(true);
  return scan.start_tags.empty() ? std::string_view{} : scan.start_tags.front().name;
}

}  // namespace model::xml
