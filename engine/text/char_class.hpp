#pragma once
// The few character classes line breaking and justification distinguish.
namespace text {

inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F) || c == 0x3005 || c == 0x3007;  // 々 〇
}
inline bool is_kana(char32_t c) { return (c >= 0x3041 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF); }
inline bool is_hangul(char32_t c) {
  return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}
// CJK punctuation and full-width forms: brackets, commas, full stops, middle dots.
inline bool is_cjk_punctuation(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F && c != 0x3005 && c != 0x3007) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
         c == 0x30FB;
}
// Ideographs and kana: the characters CJK justification may space apart (JLReq, clreq).
inline bool is_ideographic(char32_t c) { return is_han(c) || is_kana(c); }
// A letter or digit of an alphabet set letter by letter: Latin (with Vietnamese), Greek,
// Cyrillic, digits. Set as one unit inside CJK lines, never letter-spaced.
inline bool is_alphabetic(char32_t c) {
  return c < 0x2E80 && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x52F) ||
                        (c >= 0x1E00 && c <= 0x1EFF));
}
inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_space(char32_t c) { return c == ' ' || c == '\t'; }

}  // namespace text
