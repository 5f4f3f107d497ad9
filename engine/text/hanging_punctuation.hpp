#pragma once
// Optical margin alignment at the right edge of justified text: a hyphen, a full stop or a comma
// at the end of a line is mostly white, so a column whose marks end exactly at the measure looks
// indented there. Letting a share of the mark stand in the margin makes the edge look straight
// (Zapf's hz-program, microtype's protrusion, InDesign's Optical Margin Alignment, Typst's
// overhang); the shares here follow those models, lighter for marks with more ink.
namespace text {

// The share of the advance of `c` that may stand past the right edge of a justified line.
double right_hang(char32_t c);

}  // namespace text
