#include "layout/list_labels.hpp"

#include <memory>
#include <sstream>
#include <vector>

#include <glib.h>

namespace layout {
namespace {

std::vector<std::string> letters_of(const std::string& alphabet) {
  std::vector<std::string> letters;
  std::istringstream in(alphabet);
  for (std::string letter; in >> letter;) letters.push_back(letter);
  return letters;
}

std::string bijective(int n, const std::vector<std::string>& letters) {
  if (n <= 0 || letters.empty()) return std::to_string(n);
  const int base = static_cast<int>(letters.size());
  std::string out;
  while (n > 0) {
    --n;
    out.insert(0, letters[static_cast<std::size_t>(n % base)]);
    n /= base;
  }
  return out;
}

std::string roman(int n) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static const std::pair<int, const char*> digits[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                      {90, "xc"},   {50, "l"},   {40, "xl"},  {10, "x"},   {9, "ix"},
                                                      {5, "v"},     {4, "iv"},   {1, "i"}};
  std::string out;
  for (const auto& [value, text] : digits)
    while (n >= value) {
      out += text;
      n -= value;
    }
  return out;
}

std::string upper(const std::string& text) {
  std::unique_ptr<gchar, decltype(&g_free)> up(g_utf8_strup(text.c_str(), static_cast<gssize>(text.size())), g_free);
  return up ? std::string(up.get()) : text;
}

}  // namespace

std::string list_counter(model::Numbering numbering, int n, const style::LanguageSettings& language) {
  switch (numbering) {
    case model::Numbering::decimal: return std::to_string(n);
    case model::Numbering::lower_alpha: return bijective(n, letters_of(language.alphabet));
    case model::Numbering::upper_alpha: return upper(bijective(n, letters_of(language.alphabet)));
    case model::Numbering::lower_roman: return roman(n);
    case model::Numbering::upper_roman: return upper(roman(n));
  }
  return std::to_string(n);
}

std::string list_label(const model::List& list, int n, const std::string& parent,
                       const style::LanguageSettings& language) {
  const bool letters =
      list.numbering == model::Numbering::lower_alpha || list.numbering == model::Numbering::upper_alpha;
  std::string label = letters ? language.letter_format : language.number_format;
  const std::string counter = (list.inherits ? parent : std::string()) + list_counter(list.numbering, n, language);
  if (auto at = label.find("{n}"); at != std::string::npos) label.replace(at, 3, counter);
  return label;
}

}  // namespace layout
