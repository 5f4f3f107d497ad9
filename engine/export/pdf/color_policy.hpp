#pragma once
// The one difference in colour between the two editions the writer makes (DESIGN.md,
// "Exporters"). Everything else — fonts, text, paths, images — is written the same way.
namespace exporter::pdf {

enum class ColorPolicy {
  // Print: swatches in the CMYK agreed with the printer, overprint as the swatches say, CMYK
  // images as they are, RGB images tagged sRGB, soft masks blending in CMYK.
  press_cmyk,
  // Screen: swatches in their RGB values, no overprint, CMYK images converted to sRGB through
  // the layout's output profile, soft masks blending in RGB.
  screen_rgb,
};

}  // namespace exporter::pdf
