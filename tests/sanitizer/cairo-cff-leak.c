/* Reproduces the leak tests/sanitizer/lsan.supp suppresses: Cairo 1.16.0 keeps 768 bytes per
   CFF font subset when a PDF surface is finished. Not part of the build. */
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
int main(void) {
  FT_Library lib; FT_Face face;
  FT_Init_FreeType(&lib);
  FT_New_Face(lib, "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, &face);
  cairo_font_face_t* ff = cairo_ft_font_face_create_for_ft_face(face, 0);
  cairo_surface_t* s = cairo_pdf_surface_create("/tmp/dbg/leak.pdf", 200, 200);
  cairo_t* cr = cairo_create(s);
  cairo_set_font_face(cr, ff); cairo_set_font_size(cr, 20);
  cairo_glyph_t g = {1000, 20, 50}; cairo_show_glyphs(cr, &g, 1);
  cairo_destroy(cr); cairo_surface_finish(s); cairo_surface_destroy(s);
  cairo_font_face_destroy(ff); FT_Done_Face(face); FT_Done_FreeType(lib);
  return 0;
}
